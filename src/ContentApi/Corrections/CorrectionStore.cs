using System.Text.Json.Nodes;
using ContentApi.Data;
using ContentApi.Data.Corrections;
using ContentApi.Replicas;
using ContentApi.Statistics;
using ContentApi.Text.Corrections;
using ContentApi.Text.MetricKeys;
using Dapper;
using FluentValidation;
using Npgsql;

namespace ContentApi.Corrections;

/// <summary>
/// Reads statistics one at a time with their revisions, and writes editors' corrections on the primary: each in one
/// transaction with its revision, checked against the row version the editor last saw.
/// </summary>
internal sealed class CorrectionStore(ContentDataSources dataSources, ReadConnections reads, IValidator<StatisticFields> validator)
{
    public async Task<StatisticRow?> FindAsync(long id, bool fromPrimary, CancellationToken cancellationToken)
    {
        await using var connection = fromPrimary ? await dataSources.Write.OpenConnectionAsync(cancellationToken) : await reads.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StatisticRow>(new CommandDefinition(FindSql, new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>The revisions of a statistic, oldest first; null when there is no such statistic.</summary>
    public async Task<IReadOnlyList<StatisticRevision>?> RevisionsAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(RevisionsSql, new { id }, cancellationToken: cancellationToken));
        if (!await results.ReadSingleAsync<bool>())
        {
            return null;
        }

        return (await results.ReadAsync<RevisionRow>()).Select(r => new StatisticRevision(r.Id, r.StatisticId, r.Kind, r.Author,
            new DateTimeOffset(r.ChangedAt, TimeSpan.Zero), r.Fields, (JsonObject)JsonNode.Parse(r.Before)!, (JsonObject)JsonNode.Parse(r.After)!, r.Reason)).ToList();
    }

    /// <summary>
    /// Applies a merge patch to statistic <paramref name="id"/> if its row version is still <paramref name="expectedVersion"/>.
    /// The row is locked first, so of two editors with the same version one wins and the other finds it stale.
    /// </summary>
    public async Task<CorrectionOutcome> EditAsync(long id, int expectedVersion, StatisticEdit edit, string author, CancellationToken cancellationToken)
    {
        await using var connection = await dataSources.Write.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = (IDictionary<string, object?>?)await connection.QuerySingleOrDefaultAsync(new CommandDefinition(
            $"SELECT {EditableFields.Columns("s")}, s.row_version FROM statistics s WHERE s.id = @id FOR UPDATE", new { id }, transaction, cancellationToken: cancellationToken));
        if (current is null)
        {
            return new CorrectionOutcome(CorrectionResult.NotFound);
        }

        var rowVersion = (int)current["row_version"]!;
        if (rowVersion != expectedVersion)
        {
            return new CorrectionOutcome(CorrectionResult.Stale, id, rowVersion);
        }

        var before = EditableFields.All.ToDictionary(f => f.Name, f => current[f.Column]);
        var after = new Dictionary<string, object?>(before);
        foreach (var (name, value) in edit.Fields)
        {
            after[name] = value;
        }

        if (await InvalidAsync(after, edit, cancellationToken) is { } errors)
        {
            return new CorrectionOutcome(CorrectionResult.Invalid, Errors: errors);
        }

        var given = edit.Fields.Keys.ToArray();
        var parameters = new DynamicParameters(new { id, expectedVersion, given });
        foreach (var name in given)
        {
            parameters.Add("f_" + name, after[name]);
        }

        var assignments = string.Concat(given.Select(name => $"{EditableFields.Find(name)!.Column} = @f_{name}, "));
        if (edit.Fields.ContainsKey("metric"))
        {
            // The key follows the wording an editor gives, so the corrected figure joins its quantity's series.
            parameters.Add("metricKey", MetricKey.Of((string)after["metric"]!));
            assignments += "metric_key = @metricKey, ";
        }

        var newVersion = await connection.ExecuteScalarAsync<int?>(new CommandDefinition($"""
            UPDATE statistics
            SET {assignments}edited_fields = ARRAY(SELECT DISTINCT f FROM unnest(edited_fields || @given::text[]) AS f ORDER BY f),
                reviewed = true, row_version = row_version + 1
            WHERE id = @id AND row_version = @expectedVersion
            RETURNING row_version
            """, parameters, transaction, cancellationToken: cancellationToken));
        await AddRevisionAsync(connection, transaction, id, "edited", author, given, before, after, edit.Reason, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CorrectionOutcome(CorrectionResult.Done, id, newVersion!.Value, await WalPositionAsync(connection, cancellationToken));
    }

    /// <summary>
    /// Adds a figure the extractor missed, at <c>start..end</c> of the page of article <paramref name="articleId"/>: the
    /// span must lie in one of the article's paragraphs and read as a number; the number's value, range and measure word
    /// are the defaults of the fields the editor does not give. Metric and category are the editor's to say.
    /// </summary>
    public async Task<CorrectionOutcome> AddAsync(long articleId, StatisticEdit edit, string author, CancellationToken cancellationToken)
    {
        await using var connection = await dataSources.Write.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The article's row lock orders concurrent additions to it, which take the next position in turn.
        var page = await connection.QuerySingleOrDefaultAsync<(long DocumentId, string RawText)>(new CommandDefinition(
            "SELECT a.document_id, d.raw_text FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = @articleId FOR UPDATE OF a",
            new { articleId }, transaction, cancellationToken: cancellationToken));
        if (page.DocumentId == 0)
        {
            return new CorrectionOutcome(CorrectionResult.NotFound);
        }

        int start = edit.Start!.Value, end = edit.End!.Value;
        if (start < 0 || end > page.RawText.Length || start >= end)
        {
            return Invalid("start", $"start and end must satisfy 0 <= start < end <= {page.RawText.Length}, the length of the page.");
        }

        var paragraph = await connection.QuerySingleOrDefaultAsync<(long Id, long SectionId, int Start, int End)>(new CommandDefinition("""
            SELECT p.id, p.section_id, p.start_offset, p.end_offset FROM paragraphs p JOIN sections s ON s.id = p.section_id
            WHERE s.article_id = @articleId AND p.start_offset <= @start AND p.end_offset >= @end
            """, new { articleId, start, end }, transaction, cancellationToken: cancellationToken));
        if (paragraph.Id == 0)
        {
            return Invalid("start", $"{start}..{end} is not inside a paragraph of article {articleId}.");
        }

        if (WrittenFigure.At(page.RawText, start, end) is not { } figure)
        {
            return Invalid("start", $"The text at {start}..{end} (\"{page.RawText[start..end]}\") is not a number.");
        }

        var values = new Dictionary<string, object?>
        {
            ["value"] = figure.Value,
            ["valueMax"] = figure.ValueMax,
            ["unit"] = figure.Unit,
            ["qualifier"] = figure.Qualifier,
            ["status"] = EditableFields.Accepted,
        };
        foreach (var (name, value) in edit.Fields)
        {
            values[name] = value;
        }

        var missing = EditableFields.All.Where(f => !f.Nullable && values.GetValueOrDefault(f.Name) is null).Select(f => f.Name).ToList();
        if (missing.Count > 0)
        {
            return new CorrectionOutcome(CorrectionResult.Invalid, Errors: missing.ToDictionary(name => name, name => new[] { $"{name} is required for an added figure." }));
        }

        var fields = EditableFields.All.Select(f => f.Name).ToArray();
        if (await InvalidAsync(values, edit with { Fields = values }, cancellationToken) is { } errors)
        {
            return new CorrectionOutcome(CorrectionResult.Invalid, Errors: errors);
        }

        var parameters = new DynamicParameters(new
        {
            page.DocumentId,
            articleId,
            sectionId = paragraph.SectionId,
            paragraphId = paragraph.Id,
            text = page.RawText[start..end],
            sentence = SentenceAround(page.RawText, paragraph.Start, paragraph.End, start, end),
            start,
            end,
            fields,
            version = Text.PageExtractor.Version,
            metricKey = MetricKey.Of((string)values["metric"]!),
        });
        foreach (var field in EditableFields.All)
        {
            parameters.Add("f_" + field.Name, values.GetValueOrDefault(field.Name));
        }

        var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition($"""
            INSERT INTO statistics (document_id, article_id, section_id, paragraph_id, position, source_text, sentence, start_offset, end_offset,
                                    extractor_version, published_on, origin, reviewed, edited_fields, metric_key, {EditableFields.Columns()})
            SELECT @DocumentId, @articleId, @sectionId, @paragraphId,
                   coalesce((SELECT max(position) + 1 FROM statistics WHERE article_id = @articleId), 0),
                   @text, @sentence, @start, @end, @version, a.published_on, 'editor', true, @fields, @metricKey,
                   {string.Join(", ", EditableFields.All.Select(f => "@f_" + f.Name))}
            FROM articles a WHERE a.id = @articleId
            ON CONFLICT (document_id, start_offset, end_offset) DO NOTHING
            RETURNING id
            """, parameters, transaction, cancellationToken: cancellationToken));
        if (id is null)
        {
            return new CorrectionOutcome(CorrectionResult.Conflict, Detail: $"The page already has a statistic at {start}..{end}; correct it with PATCH instead.");
        }

        await AddRevisionAsync(connection, transaction, id.Value, "added", author, fields, new Dictionary<string, object?>(), values, edit.Reason, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CorrectionOutcome(CorrectionResult.Done, id.Value, 1, await WalPositionAsync(connection, cancellationToken));
    }

    private async Task<IDictionary<string, string[]>?> InvalidAsync(IReadOnlyDictionary<string, object?> values, StatisticEdit edit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var result = await validator.ValidateAsync(new StatisticFields(values, edit.Fields.Keys.ToHashSet()), cancellationToken);
        foreach (var failure in result.Errors.GroupBy(e => e.PropertyName))
        {
            errors[failure.Key] = failure.Select(e => e.ErrorMessage).ToArray();
        }

        if (edit.Reason is { } reason && (reason.Length is < 1 or > 1000 || reason.Contains('\0')))
        {
            errors[StatisticEditReader.ReasonField] = ["reason must have 1 to 1000 characters and no NUL."];
        }

        return errors.Count > 0 ? errors : null;
    }

    private static CorrectionOutcome Invalid(string field, string message) =>
        new(CorrectionResult.Invalid, Errors: new Dictionary<string, string[]> { [field] = [message] });

    private static async Task AddRevisionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, string kind, string author, string[] fields,
        IReadOnlyDictionary<string, object?> before, IReadOnlyDictionary<string, object?> after, string? reason, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO statistic_revisions (statistic_id, kind, author, fields, before, after, reason)
            VALUES (@id, @kind, @author, @fields, @before::jsonb, @after::jsonb, @reason)
            """, new
        {
            id,
            kind,
            author,
            fields,
            before = Json(before, fields.Where(before.ContainsKey)),
            after = Json(after, fields),
            reason,
        }, transaction, cancellationToken: cancellationToken));
    }

    private static string Json(IReadOnlyDictionary<string, object?> values, IEnumerable<string> names)
    {
        var json = new JsonObject();
        foreach (var name in names)
        {
            json[name] = values[name] switch
            {
                decimal number => JsonValue.Create(number),
                string text => JsonValue.Create(text),
                _ => null,
            };
        }

        return json.ToJsonString();
    }

    // The sentence of an added figure: from the end mark before it to the one after it (or the paragraph's ends), with
    // the page's line breaks taken out as the parser takes them out of paragraphs.
    internal static string SentenceAround(string page, int paragraphStart, int paragraphEnd, int start, int end)
    {
        const string EndMarks = "。！？；!?;";
        var from = page.AsSpan(paragraphStart, start - paragraphStart).LastIndexOfAny(EndMarks);
        from = from < 0 ? paragraphStart : paragraphStart + from + 1;
        var to = page.AsSpan(end, paragraphEnd - end).IndexOfAny(EndMarks);
        to = to < 0 ? paragraphEnd : end + to + 1;
        return string.Concat(page[from..to].Split('\r', '\n').Select(line => line.Trim())).Trim();
    }

    private static Task<string> WalPositionAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<string>(new CommandDefinition("SELECT pg_current_wal_lsn()::text", cancellationToken: cancellationToken))!;

    private const string FindSql = $"""
        SELECT {StatisticRow.Columns}
        FROM statistics s
        {StatisticRow.Joins}
        WHERE s.id = @id
        """;

    private const string RevisionsSql = """
        SELECT EXISTS (SELECT 1 FROM statistics WHERE id = @id);
        SELECT id, statistic_id AS statisticid, kind, author, changed_at AS changedat, fields, before::text AS before, after::text AS after, reason
        FROM statistic_revisions WHERE statistic_id = @id ORDER BY id;
        """;

    // Settable properties rather than a constructor: Npgsql reports a text[] column as System.Array, which Dapper matches
    // to no constructor parameter, while it assigns the string[] value to a property.
    private sealed class RevisionRow
    {
        public long Id { get; init; }
        public long StatisticId { get; init; }
        public string Kind { get; init; } = "";
        public string Author { get; init; } = "";
        public DateTime ChangedAt { get; init; }
        public string[] Fields { get; init; } = [];
        public string Before { get; init; } = "";
        public string After { get; init; } = "";
        public string? Reason { get; init; }
    }
}
