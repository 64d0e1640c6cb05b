namespace ContentApi.Data.Corrections;

/// <summary>
/// What re-extracting one document did (or, in a dry run, would do). <c>Changed</c> lists the fields that took a new
/// value; an editor's field never does. <c>Orphaned</c> are editors' statistics whose span no longer falls in any
/// paragraph the parser finds: they stay on the document, in the article, section and paragraph they had.
/// </summary>
public sealed record ReextractionReport(
    long DocumentId,
    string PreviousVersion,
    string Version,
    bool Skipped,
    bool Written,
    int Unchanged,
    IReadOnlyList<StatisticChange> Added,
    IReadOnlyList<StatisticChange> Removed,
    IReadOnlyList<StatisticChange> Changed,
    IReadOnlyList<StatisticChange> Orphaned,
    StructureChanges Structure)
{
    public bool ChangesAnything => Added.Count + Removed.Count + Changed.Count > 0 || Structure.Rederived;
}

/// <summary>A statistic re-extraction added, removed, changed or left orphaned; <c>Id</c> is null for one a dry run would add.</summary>
public sealed record StatisticChange(long? Id, int Start, int End, string Text, IReadOnlyList<string> Fields);

/// <summary>Articles, sections and paragraphs kept (same span, same id), added and removed when the parse changed.</summary>
public sealed record StructureChanges(
    bool Rederived,
    int ArticlesKept,
    int ArticlesAdded,
    int ArticlesRemoved,
    int SectionsAdded,
    int SectionsRemoved,
    int ParagraphsAdded,
    int ParagraphsRemoved);
