using ContentApi.Text.Periods;
using ContentApi.Text.Places;

namespace ContentApi.Text.Statistics;

/// <summary>
/// A figure reported in the text. <see cref="Value"/> is what a reader takes (万/亿 applied); for a range it is the
/// low end and <see cref="ValueMax"/> the high end. <see cref="Start"/>/<see cref="End"/> are offsets into the
/// original page, so that <c>page[Start..End] == Text</c>. <see cref="Section"/> and <see cref="Paragraph"/> are
/// the zero-based positions, within the article, of the section and (within it) the paragraph it was found in. A figure
/// in a section's heading has a <see cref="Section"/> and no <see cref="Paragraph"/>; one in the article's title or
/// subtitle (山西百名西部计划志愿者出征) has neither: the article itself is its provenance.
/// </summary>
public sealed record Statistic(
    string Metric,
    string Category,
    decimal Value,
    decimal? ValueMax,
    string Unit,
    string Qualifier,
    string Text,
    string Sentence,
    int Start,
    int End,
    int? Section,
    int? Paragraph)
{
    /// <summary>The area the figure belongs to, or null when neither the text nor the document says.</summary>
    public Place? Place { get; init; }

    /// <summary>The time the figure describes, or null when neither the text nor the publication date gives a year.</summary>
    public Period? Period { get; init; }

    /// <summary><see cref="Metric"/> normalised across pages (no places, time or scope words): what a series is keyed by.</summary>
    public string MetricKey { get; init; } = "";
}

/// <summary>A number found in the text and what the extractor decided about it, with the rule that decided.</summary>
public sealed record NumberMention(
    string Text,
    int Start,
    int End,
    decimal? Value,
    decimal? ValueMax,
    string Decision,
    string Reason);
