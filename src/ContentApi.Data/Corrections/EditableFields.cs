using ContentApi.Text.Statistics;

namespace ContentApi.Data.Corrections;

/// <summary>How an editable field is written in JSON and checked.</summary>
public enum EditableFieldKind
{
    /// <summary>A JSON string of <see cref="EditableField.MinLength"/> to <see cref="EditableField.MaxLength"/> characters.</summary>
    Text,

    /// <summary>A JSON string, one of <see cref="EditableField.Choices"/>.</summary>
    Choice,

    /// <summary>A JSON number.</summary>
    Number,
}

/// <summary>
/// A field of a statistic that an editor may set: its JSON name, its column, how it is written and checked, and
/// where the extractor's value of it comes from (null for a field only editors set, like <c>status</c>).
/// </summary>
public sealed record EditableField(
    string Name,
    string Column,
    EditableFieldKind Kind,
    bool Nullable,
    Func<Statistic, object?>? Extracted,
    IReadOnlyList<string>? Choices = null,
    int MinLength = 0,
    int MaxLength = 0);

/// <summary>
/// The one list of what an editor may change on a statistic (PATCH and the body of an added figure), and what
/// re-extraction leaves as an editor set it. A field added to statistics (place, period …) joins here: one line.
/// </summary>
public static class EditableFields
{
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> Statuses = [Accepted, Rejected];

    public static readonly IReadOnlyList<EditableField> All =
    [
        new("metric", "metric", EditableFieldKind.Text, Nullable: false, s => s.Metric, MinLength: 1, MaxLength: 200),
        new("category", "category", EditableFieldKind.Choice, Nullable: false, s => s.Category, StatisticCategory.All),
        new("value", "value", EditableFieldKind.Number, Nullable: false, s => s.Value),
        new("valueMax", "value_max", EditableFieldKind.Number, Nullable: true, s => s.ValueMax),
        new("unit", "unit", EditableFieldKind.Text, Nullable: false, s => s.Unit, MaxLength: 20),
        new("qualifier", "qualifier", EditableFieldKind.Choice, Nullable: false, s => s.Qualifier, StatisticQualifier.All),
        new("status", "status", EditableFieldKind.Choice, Nullable: false, Extracted: null, Statuses),
    ];

    /// <summary>Fields of a statistic a client sees but cannot set: named in a patch, they are refused, not ignored.</summary>
    public static readonly IReadOnlyList<string> ReadOnly =
        ["id", "text", "sentence", "start", "end", "publishedOn", "provenance", "origin", "reviewed", "documentId", "articleId", "sectionId", "paragraphId"];

    private static readonly Dictionary<string, EditableField> ByName = All.ToDictionary(f => f.Name);

    public static EditableField? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The columns of every editable field, for a select or insert list, qualified by <paramref name="alias"/> when given.</summary>
    public static string Columns(string? alias = null) => string.Join(", ", All.Select(f => alias is null ? f.Column : $"{alias}.{f.Column}"));
}
