using System.Text.Json.Serialization;
using ContentApi.Text.Places;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Parsing;

/// <summary>A newspaper page split into articles, with the page furniture kept apart and every repair reported.</summary>
public sealed record ParsedPage(
    IReadOnlyList<ParsedArticle> Articles,
    IReadOnlyList<FurnitureLine> Furniture,
    IReadOnlyList<ReportEntry> Report)
{
    /// <summary>Every number in the text with the decision taken on it; filled only when an explanation is asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<NumberMention>? Mentions { get; init; }

    /// <summary>The area the document is about: its metadata's place, else its first article's.</summary>
    public Place? Place { get; init; }
}

/// <summary>One article; <see cref="Start"/> and <see cref="End"/> are offsets into the original page text.</summary>
public sealed record ParsedArticle(
    string Title,
    string? Subtitle,
    IReadOnlyList<Author> Authors,
    IReadOnlyList<ParsedSection> Sections,
    int Start,
    int End)
{
    /// <summary>The statistics found in this article's title, subtitle, headings and paragraphs; empty until the extractor has run.</summary>
    public IReadOnlyList<Statistic> Statistics { get; init; } = [];

    /// <summary>The area the article is about (its title, dateline or most named place), or null.</summary>
    public Place? Place { get; init; }

    /// <summary>The lines the title and subtitle were read from (a kicker, the title, its decks), as written, for the statistics they hold.</summary>
    [JsonIgnore]
    public IReadOnlyList<ParsedParagraph> TitleLines { get; init; } = [];
}

/// <summary>A person named in a byline, with the role the byline gives (通讯员, 记者, 摄影 …).</summary>
public sealed record Author(string Name, string Role);

/// <summary>A run of paragraphs under one subheading; the part before the first subheading has none.</summary>
public sealed record ParsedSection(string? Heading, IReadOnlyList<ParsedParagraph> Paragraphs)
{
    /// <summary>The line the heading was read from, as written, for the statistics it holds; null when the section has no heading.</summary>
    [JsonIgnore]
    public ParsedParagraph? HeadingLine { get; init; }
}

/// <summary>
/// A paragraph in its normalised, repaired form. <see cref="Start"/>/<see cref="End"/> delimit it in the original
/// page text; <see cref="Map"/> turns an index into <see cref="Text"/> back into an offset of the original.
/// </summary>
public sealed record ParsedParagraph(string Text, string? Lead, int Start, int End, [property: JsonIgnore] SourceMap Map);

/// <summary>A line that belongs to the page rather than to an article: a follow-us footer, a page number, an editor line.</summary>
public sealed record FurnitureLine(string Kind, string Text, int Start, int End);

/// <summary>A repair the parser made or an anomaly it saw, with enough context for an editor to audit it.</summary>
public sealed record ReportEntry(string Kind, int Start, int End, string Before, string After, string Message);
