using ContentApi.Data.Documents;
using ContentApi.Text.Parsing;
using ContentApi.Text.Statistics;

namespace ContentApi.Data.Corrections;

/// <summary>An article of the new parse; <c>Id</c> is the stored article with the same span, null for a new one.</summary>
internal sealed record TargetArticle(long? Id, int Position, ParsedArticle Parsed, bool AuthorsChanged);

/// <summary>A section of the new parse, under <c>Article</c> (an index into the plan's articles).</summary>
internal sealed record TargetSection(long? Id, int Article, int Position, ParsedSection Parsed);

/// <summary>A paragraph of the new parse, under <c>Section</c> (an index into the plan's sections).</summary>
internal sealed record TargetParagraph(long? Id, int Section, int Position, ParsedParagraph Parsed);

/// <summary>
/// A statistic as it will be: found again (<c>Id</c> set, values merged), new (<c>Id</c> null), or an editor's that
/// the extractor no longer finds, moved to the new paragraph its span lies in. Indexes point into the plan's lists;
/// -1 for the section and paragraph of a figure in a title, and for the paragraph of one in a heading.
/// <c>ChangedFields</c> are the editable fields that take a new value; the sentence quoted may change besides.
/// </summary>
internal sealed record TargetStatistic(
    long? Id,
    int Article,
    int Section,
    int Paragraph,
    int Position,
    string Text,
    string Sentence,
    int Start,
    int End,
    IReadOnlyDictionary<string, object?> Values,
    IReadOnlyList<string> ChangedFields,
    bool SentenceChanged,
    Statistic? Extracted = null);

/// <summary>
/// What re-extracting a document changes, worked out in memory from the stored rows and the new parse, so that a dry
/// run and a real run report the same thing and only the real run writes it (<see cref="ReextractionWriter"/>).
/// Rows are recognised by their span: an article, a paragraph or a statistic at the same offsets keeps its id; a
/// section by the span of its paragraphs within a kept article.
/// </summary>
internal sealed class ReextractionPlan
{
    public required StoredDocument Stored { get; init; }
    public required ParsedPage Page { get; init; }
    public List<TargetArticle> Articles { get; } = [];
    public List<TargetSection> Sections { get; } = [];
    public List<TargetParagraph> Paragraphs { get; } = [];
    public List<TargetStatistic> Statistics { get; } = [];
    public List<StoredStatistic> Removed { get; } = [];
    public List<StoredStatistic> Orphaned { get; } = [];

    /// <summary>Whether articles, sections, paragraphs or authors are written at all.</summary>
    public bool Rederived { get; private set; }

    /// <summary>Whether any statistic is written (added, removed, changed, moved or renumbered).</summary>
    public bool StatisticsWritten { get; private set; }

    /// <summary>Stored articles, sections and paragraphs that stay: matched by the new parse, or holding an orphaned correction.</summary>
    public HashSet<long> KeptArticles { get; } = [];
    public HashSet<long> KeptSections { get; } = [];
    public HashSet<long> KeptParagraphs { get; } = [];

    public static ReextractionPlan Make(StoredDocument stored, ParsedPage page)
    {
        var plan = new ReextractionPlan { Stored = stored, Page = page };
        plan.MatchStructure();
        plan.MatchStatistics();
        return plan;
    }

    public ReextractionReport Report(string version, bool written, IReadOnlyDictionary<(int Start, int End), long>? addedIds = null)
    {
        static StatisticChange Change(long? id, int start, int end, string text, IReadOnlyList<string> fields) => new(id, start, end, text, fields);
        var added = Statistics.Where(s => s.Id is null).Select(s => Change(addedIds?.GetValueOrDefault((s.Start, s.End)), s.Start, s.End, s.Text, [])).ToList();
        var changed = Statistics.Where(s => s.Id is not null && s.ChangedFields.Count > 0).Select(s => Change(s.Id, s.Start, s.End, s.Text, s.ChangedFields)).ToList();
        var text = Stored.RawText;
        return new ReextractionReport(Stored.Id, Stored.ExtractorVersion, version, Skipped: false, written,
            Unchanged: Statistics.Count(s => s.Id is not null && s.ChangedFields.Count == 0),
            added,
            Removed.Select(s => Change(s.Id, s.Start, s.End, text[s.Start..s.End], [])).ToList(),
            changed,
            Orphaned.Select(s => Change(s.Id, s.Start, s.End, text[s.Start..s.End], [])).ToList(),
            new StructureChanges(Rederived,
                ArticlesKept: Articles.Count(a => a.Id is not null),
                ArticlesAdded: Articles.Count(a => a.Id is null),
                ArticlesRemoved: Stored.Articles.Count(a => !KeptArticles.Contains(a.Id)),
                SectionsAdded: Sections.Count(s => s.Id is null),
                SectionsRemoved: Stored.Sections.Count(s => !KeptSections.Contains(s.Id)),
                ParagraphsAdded: Paragraphs.Count(p => p.Id is null),
                ParagraphsRemoved: Stored.Paragraphs.Count(p => !KeptParagraphs.Contains(p.Id))));
    }

    private void MatchStructure()
    {
        var articlesBySpan = Stored.Articles.ToDictionary(a => (a.Start, a.End));
        var storedParagraphs = Stored.Paragraphs.ToLookup(p => p.SectionId);
        var sectionsByKey = Stored.Sections.ToDictionary(s => (s.ArticleId, SectionKey(s.Position, storedParagraphs[s.Id].Select(p => (p.Start, p.End)).ToList())));
        var authors = Stored.Authors.ToLookup(a => a.ArticleId);
        var stored = Stored.Articles.ToDictionary(a => a.Id);
        var storedSections = Stored.Sections.ToDictionary(s => s.Id);

        for (var a = 0; a < Page.Articles.Count; a++)
        {
            var parsed = Page.Articles[a];
            var articleId = articlesBySpan.TryGetValue((parsed.Start, parsed.End), out var match) ? match.Id : (long?)null;
            var authorsChanged = articleId is null
                || !authors[articleId.Value].Select(x => (x.Name, x.Role)).SequenceEqual(parsed.Authors.Select(x => (x.Name, x.Role)));
            Articles.Add(new TargetArticle(articleId, a, parsed, authorsChanged));
            Rederived |= authorsChanged || articleId is null || match!.Position != a || match.Title != DocumentWriter.StoredTitle(parsed)
                || match.Subtitle != DocumentWriter.NoneIfEmpty(parsed.Subtitle) || match.Body != DocumentWriter.Body(parsed);
            if (articleId is { } kept)
            {
                KeptArticles.Add(kept);
            }

            for (var s = 0; s < parsed.Sections.Count; s++)
            {
                var section = parsed.Sections[s];
                long? sectionId = null;
                if (articleId is not null
                    && sectionsByKey.TryGetValue((articleId.Value, SectionKey(s, section.Paragraphs.Select(p => (p.Start, p.End)).ToList())), out var storedSection))
                {
                    sectionId = storedSection.Id;
                    KeptSections.Add(storedSection.Id);
                }

                Rederived |= sectionId is null || storedSections[sectionId.Value].Position != s
                    || storedSections[sectionId.Value].Heading != DocumentWriter.NoneIfEmpty(section.Heading);
                var sectionIndex = Sections.Count;
                Sections.Add(new TargetSection(sectionId, a, s, section));
                var paragraphsOfSection = sectionId is null ? [] : storedParagraphs[sectionId.Value].ToDictionary(p => (p.Start, p.End));
                for (var p = 0; p < section.Paragraphs.Count; p++)
                {
                    var paragraph = section.Paragraphs[p];
                    var paragraphMatch = paragraphsOfSection.GetValueOrDefault((paragraph.Start, paragraph.End));
                    if (paragraphMatch is not null)
                    {
                        KeptParagraphs.Add(paragraphMatch.Id);
                    }

                    Rederived |= paragraphMatch is null || paragraphMatch.Position != p || paragraphMatch.Text != paragraph.Text
                        || paragraphMatch.Lead != DocumentWriter.NoneIfEmpty(paragraph.Lead);
                    Paragraphs.Add(new TargetParagraph(paragraphMatch?.Id, sectionIndex, p, paragraph));
                }
            }
        }

        Rederived |= stored.Count != KeptArticles.Count || Stored.Sections.Count != KeptSections.Count || Stored.Paragraphs.Count != KeptParagraphs.Count;
    }

    // A section is its paragraphs' span; one with no paragraph, its position.
    private static (int, int) SectionKey(int position, List<(int Start, int End)> paragraphs) =>
        paragraphs.Count == 0 ? (-1, position) : (paragraphs[0].Start, paragraphs[^1].End);

    private void MatchStatistics()
    {
        var storedBySpan = Stored.Statistics.ToDictionary(s => (s.Start, s.End));
        var found = new HashSet<long>();
        var targets = new List<(int Article, TargetStatistic Statistic)>();
        var firstSection = 0;
        for (var a = 0; a < Articles.Count; a++)
        {
            var parsed = Articles[a].Parsed;
            foreach (var statistic in parsed.Statistics)
            {
                var section = statistic.Section is { } inArticle ? firstSection + inArticle : -1;
                var paragraph = statistic.Paragraph is { } position ? Paragraphs.FindIndex(p => p.Section == section && p.Position == position) : -1;
                var previous = storedBySpan.GetValueOrDefault((statistic.Start, statistic.End));
                if (previous is not null)
                {
                    found.Add(previous.Id);
                }

                var (values, changed) = Merge(previous, statistic);
                var sentenceChanged = previous is not null && previous.Sentence != statistic.Sentence;
                targets.Add((a, new TargetStatistic(previous?.Id, a, section, paragraph, 0, statistic.Text, statistic.Sentence, statistic.Start, statistic.End,
                    values, changed, sentenceChanged, statistic)));
            }

            firstSection += parsed.Sections.Count;
        }

        foreach (var previous in Stored.Statistics.Where(s => !found.Contains(s.Id)))
        {
            if (!previous.IsEditors)
            {
                Removed.Add(previous);
                continue;
            }

            // An editor's statistic stays: in the new paragraph that holds its span, else where it was.
            var paragraph = Paragraphs.FindIndex(p => p.Parsed.Start <= previous.Start && previous.End <= p.Parsed.End);
            if (paragraph < 0)
            {
                Orphaned.Add(previous);
                KeptArticles.Add(previous.ArticleId);
                if (previous.SectionId is { } sectionId)
                {
                    KeptSections.Add(sectionId);
                }

                if (previous.ParagraphId is { } paragraphId)
                {
                    KeptParagraphs.Add(paragraphId);
                }

                continue;
            }

            var section = Paragraphs[paragraph].Section;
            targets.Add((Sections[section].Article, new TargetStatistic(previous.Id, Sections[section].Article, section, paragraph, 0,
                Stored.RawText[previous.Start..previous.End], previous.Sentence, previous.Start, previous.End, previous.Values, [], SentenceChanged: false)));
        }

        // Reading order within each article, as an ingest numbers them.
        foreach (var article in targets.GroupBy(t => t.Article))
        {
            var position = 0;
            foreach (var (_, statistic) in article.OrderBy(t => t.Statistic.Start))
            {
                Statistics.Add(statistic with { Position = position++ });
            }
        }

        var storedById = Stored.Statistics.ToDictionary(s => s.Id);
        StatisticsWritten = Rederived || Removed.Count > 0 || Statistics.Any(t => t.Id is not { } id
            || t.ChangedFields.Count > 0
            || t.SentenceChanged
            || storedById[id].Position != t.Position
            || storedById[id].ParagraphId != (t.Paragraph < 0 ? null : Paragraphs[t.Paragraph].Id)
            || storedById[id].SectionId != (t.Section < 0 ? null : Sections[t.Section].Id));
    }

    // The extractor's new value of every field it fills, except the fields an editor set, which keep the editor's value.
    private static (Dictionary<string, object?> Values, List<string> Changed) Merge(StoredStatistic? previous, Statistic statistic)
    {
        var values = new Dictionary<string, object?>();
        var changed = new List<string>();
        foreach (var field in EditableFields.All)
        {
            var extracted = field.Extracted?.Invoke(statistic);
            if (previous is null)
            {
                values[field.Name] = field.Extracted is null ? null : extracted;
                continue;
            }

            var keep = field.Extracted is null || previous.EditedFields.Contains(field.Name);
            values[field.Name] = keep ? previous.Values[field.Name] : extracted;
            if (!keep && !Equals(previous.Values[field.Name], extracted))
            {
                changed.Add(field.Name);
            }
        }

        return (values, changed);
    }
}
