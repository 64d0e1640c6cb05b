using System.Text.Json;
using ContentApi.Data.Documents;
using ContentApi.Text;
using ContentApi.Text.MetricKeys;
using ContentApi.Text.Serialization;
using Dapper;
using Npgsql;

namespace ContentApi.Data.Corrections;

/// <summary>
/// Writes a <see cref="ReextractionPlan"/> inside its document's transaction. Unique positions (an article within its
/// document, a section within its article …) would collide while rows are renumbered, so the document's rows are first
/// moved out of the way (<see cref="Shift"/> added), then given their final positions; rows kept only because they
/// hold an editor's orphaned correction are numbered after the new ones at the end.
/// </summary>
internal sealed class ReextractionWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, ReextractionPlan plan, CancellationToken cancellationToken)
{
    private const int Shift = 1_000_000;

    private long DocumentId => plan.Stored.Id;

    /// <summary>Writes the plan; returns the ids of the statistics it added, by span.</summary>
    public async Task<IReadOnlyDictionary<(int Start, int End), long>> WriteAsync()
    {
        IReadOnlyDictionary<(int, int), long> added = new Dictionary<(int, int), long>();
        if (plan.StatisticsWritten)
        {
            await ExecuteAsync("UPDATE statistics SET position = position + @Shift WHERE document_id = @DocumentId", new { Shift, DocumentId });
            await ExecuteAsync("DELETE FROM statistics WHERE id = ANY(@ids)", new { ids = plan.Removed.Select(s => s.Id).ToArray() });
        }

        var articleIds = plan.Articles.Select(a => a.Id ?? 0).ToArray();
        var sectionIds = plan.Sections.Select(s => s.Id ?? 0).ToArray();
        var paragraphIds = plan.Paragraphs.Select(p => p.Id ?? 0).ToArray();
        if (plan.Rederived)
        {
            await ShiftStructureAsync();
            await WriteArticlesAsync(articleIds);
            await WriteAuthorsAsync(articleIds);
            await WriteSectionsAsync(articleIds, sectionIds);
            await WriteParagraphsAsync(sectionIds, paragraphIds);
        }

        if (plan.StatisticsWritten)
        {
            await UpdateStatisticsAsync(articleIds, sectionIds, paragraphIds);
            added = await InsertStatisticsAsync(articleIds, sectionIds, paragraphIds);
        }

        if (plan.Rederived)
        {
            await ExecuteAsync(DeleteUnkeptSql, new
            {
                DocumentId,
                articles = plan.KeptArticles.ToArray(),
                sections = plan.KeptSections.ToArray(),
                paragraphs = plan.KeptParagraphs.ToArray(),
            });
        }

        if (plan.StatisticsWritten || plan.Rederived)
        {
            await ExecuteAsync(RenumberLeftoversSql, new { DocumentId, Shift });
        }

        await ExecuteAsync(UpdateDocumentSql, new
        {
            DocumentId,
            version = PageExtractor.Version,
            report = JsonSerializer.Serialize(plan.Page.Report, PageJsonContext.Compact.IReadOnlyListReportEntry),
            furniture = JsonSerializer.Serialize(plan.Page.Furniture, PageJsonContext.Compact.IReadOnlyListFurnitureLine),
        });
        return added;
    }

    private async Task ShiftStructureAsync()
    {
        await ExecuteAsync("""
            UPDATE articles SET position = position + @Shift WHERE document_id = @DocumentId;
            UPDATE sections s SET position = s.position + @Shift FROM articles a WHERE a.id = s.article_id AND a.document_id = @DocumentId;
            UPDATE paragraphs p SET position = p.position + @Shift FROM sections s JOIN articles a ON a.id = s.article_id
            WHERE s.id = p.section_id AND a.document_id = @DocumentId;
            """, new { Shift, DocumentId });
    }

    private async Task WriteArticlesAsync(long[] articleIds)
    {
        var all = plan.Articles;
        await ExecuteAsync("""
            UPDATE articles a SET position = u.p, title = u.t, subtitle = u.st, body = u.b
            FROM unnest(@ids, @positions, @titles, @subtitles, @bodies) AS u(id, p, t, st, b)
            WHERE a.id = u.id
            """, new
        {
            ids = all.Where(a => a.Id is not null).Select(a => a.Id!.Value).ToArray(),
            positions = all.Where(a => a.Id is not null).Select(a => a.Position).ToArray(),
            titles = all.Where(a => a.Id is not null).Select(a => DocumentWriter.StoredTitle(a.Parsed)).ToArray(),
            subtitles = all.Where(a => a.Id is not null).Select(a => DocumentWriter.NoneIfEmpty(a.Parsed.Subtitle)).ToArray(),
            bodies = all.Where(a => a.Id is not null).Select(a => DocumentWriter.Body(a.Parsed)).ToArray(),
        });

        var fresh = all.Where(a => a.Id is null).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var rows = await connection.QueryAsync<(long Id, int Position)>(new CommandDefinition("""
            INSERT INTO articles (document_id, position, title, subtitle, published_on, source, body, start_offset, end_offset)
            SELECT @DocumentId, u.p, u.t, u.st, d.published_on, d.source, u.b, u.s, u.e
            FROM documents d, unnest(@positions, @titles, @subtitles, @bodies, @starts, @ends) AS u(p, t, st, b, s, e)
            WHERE d.id = @DocumentId
            RETURNING id, position
            """, new
        {
            DocumentId,
            positions = fresh.Select(a => a.Position).ToArray(),
            titles = fresh.Select(a => DocumentWriter.StoredTitle(a.Parsed)).ToArray(),
            subtitles = fresh.Select(a => DocumentWriter.NoneIfEmpty(a.Parsed.Subtitle)).ToArray(),
            bodies = fresh.Select(a => DocumentWriter.Body(a.Parsed)).ToArray(),
            starts = fresh.Select(a => a.Parsed.Start).ToArray(),
            ends = fresh.Select(a => a.Parsed.End).ToArray(),
        }, transaction, cancellationToken: cancellationToken));
        foreach (var (id, position) in rows)
        {
            articleIds[position] = id;
        }
    }

    private async Task WriteAuthorsAsync(long[] articleIds)
    {
        var rewritten = plan.Articles.Where(a => a.AuthorsChanged).ToList();
        await ExecuteAsync("DELETE FROM authors WHERE article_id = ANY(@ids)", new { ids = rewritten.Where(a => a.Id is not null).Select(a => a.Id!.Value).ToArray() });
        var authors = rewritten.SelectMany(a => a.Parsed.Authors.Select((author, position) => (Article: articleIds[a.Position], Position: position, author))).ToList();
        await ExecuteAsync("INSERT INTO authors (article_id, position, name, role) SELECT * FROM unnest(@articles, @positions, @names, @roles)", new
        {
            articles = authors.Select(a => a.Article).ToArray(),
            positions = authors.Select(a => a.Position).ToArray(),
            names = authors.Select(a => a.author.Name).ToArray(),
            roles = authors.Select(a => a.author.Role).ToArray(),
        });
    }

    private async Task WriteSectionsAsync(long[] articleIds, long[] sectionIds)
    {
        var kept = plan.Sections.Where(s => s.Id is not null).ToList();
        await ExecuteAsync("""
            UPDATE sections s SET position = u.p, heading = u.h FROM unnest(@ids, @positions, @headings) AS u(id, p, h) WHERE s.id = u.id
            """, new
        {
            ids = kept.Select(s => s.Id!.Value).ToArray(),
            positions = kept.Select(s => s.Position).ToArray(),
            headings = kept.Select(s => DocumentWriter.NoneIfEmpty(s.Parsed.Heading)).ToArray(),
        });

        var fresh = plan.Sections.Select((s, i) => (Section: s, Index: i)).Where(x => x.Section.Id is null).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var rows = (await connection.QueryAsync<(long Id, long ArticleId, int Position)>(new CommandDefinition("""
            INSERT INTO sections (article_id, position, heading) SELECT * FROM unnest(@articles, @positions, @headings)
            RETURNING id, article_id, position
            """, new
        {
            articles = fresh.Select(x => articleIds[x.Section.Article]).ToArray(),
            positions = fresh.Select(x => x.Section.Position).ToArray(),
            headings = fresh.Select(x => DocumentWriter.NoneIfEmpty(x.Section.Parsed.Heading)).ToArray(),
        }, transaction, cancellationToken: cancellationToken))).ToDictionary(r => (r.ArticleId, r.Position), r => r.Id);
        foreach (var (section, index) in fresh)
        {
            sectionIds[index] = rows[(articleIds[section.Article], section.Position)];
        }
    }

    private async Task WriteParagraphsAsync(long[] sectionIds, long[] paragraphIds)
    {
        var kept = plan.Paragraphs.Where(p => p.Id is not null).ToList();
        await ExecuteAsync("""
            UPDATE paragraphs p SET position = u.po, text = u.t, lead = u.l FROM unnest(@ids, @positions, @texts, @leads) AS u(id, po, t, l) WHERE p.id = u.id
            """, new
        {
            ids = kept.Select(p => p.Id!.Value).ToArray(),
            positions = kept.Select(p => p.Position).ToArray(),
            texts = kept.Select(p => p.Parsed.Text).ToArray(),
            leads = kept.Select(p => DocumentWriter.NoneIfEmpty(p.Parsed.Lead)).ToArray(),
        });

        var fresh = plan.Paragraphs.Select((p, i) => (Paragraph: p, Index: i)).Where(x => x.Paragraph.Id is null).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var rows = (await connection.QueryAsync<(long Id, long SectionId, int Position)>(new CommandDefinition("""
            INSERT INTO paragraphs (section_id, position, text, lead, start_offset, end_offset)
            SELECT * FROM unnest(@sections, @positions, @texts, @leads, @starts, @ends)
            RETURNING id, section_id, position
            """, new
        {
            sections = fresh.Select(x => sectionIds[x.Paragraph.Section]).ToArray(),
            positions = fresh.Select(x => x.Paragraph.Position).ToArray(),
            texts = fresh.Select(x => x.Paragraph.Parsed.Text).ToArray(),
            leads = fresh.Select(x => DocumentWriter.NoneIfEmpty(x.Paragraph.Parsed.Lead)).ToArray(),
            starts = fresh.Select(x => x.Paragraph.Parsed.Start).ToArray(),
            ends = fresh.Select(x => x.Paragraph.Parsed.End).ToArray(),
        }, transaction, cancellationToken: cancellationToken))).ToDictionary(r => (r.SectionId, r.Position), r => r.Id);
        foreach (var (paragraph, index) in fresh)
        {
            paragraphIds[index] = rows[(sectionIds[paragraph.Section], paragraph.Position)];
        }
    }

    // Every statistic kept gets its final position and provenance; one whose values, sentence or place changed also a
    // new row version (its ETag), and one whose values changed the current extractor version.
    private async Task UpdateStatisticsAsync(long[] articleIds, long[] sectionIds, long[] paragraphIds)
    {
        var stored = plan.Stored.Statistics.ToDictionary(s => s.Id);
        var kept = plan.Statistics.Where(s => s.Id is not null).ToList();
        var parameters = new DynamicParameters(new
        {
            version = PageExtractor.Version,
            ids = kept.Select(s => s.Id!.Value).ToArray(),
            articles = kept.Select(s => articleIds[s.Article]).ToArray(),
            sections = kept.Select(s => IdAt(sectionIds, s.Section)).ToArray(),
            paragraphs = kept.Select(s => IdAt(paragraphIds, s.Paragraph)).ToArray(),
            positions = kept.Select(s => s.Position).ToArray(),
            sentences = kept.Select(s => s.Sentence).ToArray(),
            valuesChanged = kept.Select(s => s.ChangedFields.Count > 0).ToArray(),
            bumps = kept.Select(s => s.ChangedFields.Count > 0 || s.SentenceChanged || stored[s.Id!.Value].ParagraphId != IdAt(paragraphIds, s.Paragraph)
                || stored[s.Id!.Value].SectionId != IdAt(sectionIds, s.Section)).ToArray(),
        });
        var fields = AddFieldArrays(parameters, kept);
        AddWhereAndWhen(parameters, kept);
        await ExecuteAsync($"""
            UPDATE statistics s
            SET article_id = u.article_id, section_id = u.section_id, paragraph_id = u.paragraph_id, position = u.position, sentence = u.sentence,
                {string.Join(", ", WhereAndWhenColumns.Select(c => $"{c} = CASE WHEN u.derived THEN {Derived(c)} ELSE s.{c} END"))},
                extractor_version = CASE WHEN u.values_changed THEN @version ELSE s.extractor_version END,
                row_version = s.row_version + CASE WHEN u.bump THEN 1 ELSE 0 END,
                {string.Join(", ", fields.Select(f => $"{f.Column} = u.{f.Column}"))}
            FROM unnest(@ids, @articles, @sections, @paragraphs, @positions, @sentences, @valuesChanged, @bumps, {string.Join(", ", fields.Select(f => "@" + f.Column))},
                        {WhereAndWhenUnnest})
                AS u(id, article_id, section_id, paragraph_id, position, sentence, values_changed, bump, {string.Join(", ", fields.Select(f => f.Column))},
                     derived, {string.Join(", ", WhereAndWhenColumns)})
            WHERE s.id = u.id
            """, parameters);
    }

    private async Task<IReadOnlyDictionary<(int Start, int End), long>> InsertStatisticsAsync(long[] articleIds, long[] sectionIds, long[] paragraphIds)
    {
        var fresh = plan.Statistics.Where(s => s.Id is null).ToList();
        if (fresh.Count == 0)
        {
            return new Dictionary<(int, int), long>();
        }

        var parameters = new DynamicParameters(new
        {
            DocumentId,
            version = PageExtractor.Version,
            articles = fresh.Select(s => articleIds[s.Article]).ToArray(),
            sections = fresh.Select(s => IdAt(sectionIds, s.Section)).ToArray(),
            paragraphs = fresh.Select(s => IdAt(paragraphIds, s.Paragraph)).ToArray(),
            positions = fresh.Select(s => s.Position).ToArray(),
            texts = fresh.Select(s => s.Text).ToArray(),
            sentences = fresh.Select(s => s.Sentence).ToArray(),
            starts = fresh.Select(s => s.Start).ToArray(),
            ends = fresh.Select(s => s.End).ToArray(),
        });
        var fields = AddFieldArrays(parameters, fresh);
        AddWhereAndWhen(parameters, fresh);
        var columns = string.Join(", ", fields.Select(f => f.Column).Concat(WhereAndWhenColumns));
        var rows = await connection.QueryAsync<(long Id, int Start, int End)>(new CommandDefinition($"""
            INSERT INTO statistics (document_id, article_id, section_id, paragraph_id, position, source_text, sentence, start_offset, end_offset,
                                    extractor_version, published_on, {columns})
            SELECT @DocumentId, u.article_id, u.section_id, u.paragraph_id, u.position, u.text, u.sentence, u.start_offset, u.end_offset,
                   @version, d.published_on, {string.Join(", ", fields.Select(f => "u." + f.Column).Concat(WhereAndWhenColumns.Select(Derived)))}
            FROM documents d, unnest(@articles, @sections, @paragraphs, @positions, @texts, @sentences, @starts, @ends, {string.Join(", ", fields.Select(f => "@" + f.Column))},
                                     {WhereAndWhenUnnest})
                AS u(article_id, section_id, paragraph_id, position, text, sentence, start_offset, end_offset, {string.Join(", ", fields.Select(f => f.Column))},
                     derived, {string.Join(", ", WhereAndWhenColumns)})
            WHERE d.id = @DocumentId
            RETURNING id, start_offset, end_offset
            """, parameters, transaction, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => (r.Start, r.End), r => r.Id);
    }

    // The row id at a plan index; none for -1 (a figure in a title has no section, one in a heading no paragraph).
    private static long? IdAt(long[] ids, int index) => index < 0 ? null : ids[index];

    // One array parameter per field the extractor fills, named by its column, typed by its kind.
    private static List<EditableField> AddFieldArrays(DynamicParameters parameters, List<TargetStatistic> statistics)
    {
        var fields = EditableFields.All.Where(f => f.Extracted is not null).ToList();
        foreach (var field in fields)
        {
            object values = field.Kind == EditableFieldKind.Number
                ? statistics.Select(s => (decimal?)s.Values[field.Name]).ToArray()
                : statistics.Select(s => (string?)s.Values[field.Name]).ToArray();
            parameters.Add(field.Column, values);
        }

        return fields;
    }

    // Where and when a figure stands (place, period) are the extractor's alone, and its metric key follows its metric:
    // re-extraction writes them afresh for every figure it found again or anew, and leaves an orphaned editor's figure
    // (derived = false) as it was.
    private static readonly string[] WhereAndWhenColumns =
        ["place_code", "place_name", "place_level", "place_path", "period_year", "period_from", "period_to", "period_label", "period_is_target", "metric_key"];

    private static string Derived(string column) => column == "place_path" ? "string_to_array(u.place_path, '/')" : "u." + column;

    private const string WhereAndWhenUnnest =
        "@derived, @placeCodes::text[], @placeNames::text[], @placeLevels::text[], @placePaths::text[], @periodYears::integer[], " +
        "@periodFroms::date[], @periodTos::date[], @periodLabels::text[], @periodTargets, @metricKeys::text[]";

    private static void AddWhereAndWhen(DynamicParameters parameters, List<TargetStatistic> statistics)
    {
        parameters.Add("derived", statistics.Select(s => s.Extracted is not null).ToArray());
        // The key of the metric the row keeps, which is the editor's where an editor set it: a corrected wording keeps
        // the figure in the series the editor moved it to.
        WhereAndWhenArrays.AddTo(parameters, statistics.Select(s => s.Extracted is { } extracted
            ? extracted with { MetricKey = MetricKey.Of((string)s.Values["metric"]!) }
            : null).ToList());
    }

    private Task ExecuteAsync(string sql, object parameters) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    // Rows of the document that no longer stand for anything in the parse and hold no editor's correction. Children go
    // first by cascade from whichever parent goes.
    private const string DeleteUnkeptSql = """
        DELETE FROM articles WHERE document_id = @DocumentId AND NOT id = ANY(@articles);
        DELETE FROM sections s USING articles a WHERE a.id = s.article_id AND a.document_id = @DocumentId AND NOT s.id = ANY(@sections)
            AND s.id NOT IN (SELECT section_id FROM statistics WHERE document_id = @DocumentId AND section_id IS NOT NULL);
        DELETE FROM paragraphs p USING sections s, articles a WHERE s.id = p.section_id AND a.id = s.article_id AND a.document_id = @DocumentId
            AND NOT p.id = ANY(@paragraphs) AND p.id NOT IN (SELECT paragraph_id FROM statistics WHERE document_id = @DocumentId AND paragraph_id IS NOT NULL);
        """;

    // What is still above the shift was kept for an orphaned correction: number it after the rest of its parent.
    private const string RenumberLeftoversSql = """
        UPDATE articles t SET position = r.n - 1
        FROM (SELECT id, row_number() OVER (ORDER BY position) AS n FROM articles WHERE document_id = @DocumentId) r
        WHERE t.id = r.id AND t.position >= @Shift;
        UPDATE sections t SET position = r.n - 1
        FROM (SELECT s.id, row_number() OVER (PARTITION BY s.article_id ORDER BY s.position) AS n
              FROM sections s JOIN articles a ON a.id = s.article_id WHERE a.document_id = @DocumentId) r
        WHERE t.id = r.id AND t.position >= @Shift;
        UPDATE paragraphs t SET position = r.n - 1
        FROM (SELECT p.id, row_number() OVER (PARTITION BY p.section_id ORDER BY p.position) AS n
              FROM paragraphs p JOIN sections s ON s.id = p.section_id JOIN articles a ON a.id = s.article_id WHERE a.document_id = @DocumentId) r
        WHERE t.id = r.id AND t.position >= @Shift;
        UPDATE statistics t SET position = r.n - 1
        FROM (SELECT id, row_number() OVER (PARTITION BY article_id ORDER BY position) AS n FROM statistics WHERE document_id = @DocumentId) r
        WHERE t.id = r.id AND t.position >= @Shift;
        """;

    private const string UpdateDocumentSql = """
        UPDATE documents SET extractor_version = @version, report = @report::jsonb, furniture = @furniture::jsonb WHERE id = @DocumentId
        """;
}
