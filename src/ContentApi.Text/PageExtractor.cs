using ContentApi.Text.Parsing;
using ContentApi.Text.Periods;
using ContentApi.Text.Places;
using ContentApi.Text.Statistics;

namespace ContentApi.Text;

/// <summary>The whole text pipeline: parse a raw page into articles, then extract the statistics of each.</summary>
public static class PageExtractor
{
    /// <summary>Stored with every document and statistic so that rows can be traced to the rules that made them.</summary>
    public const string Version = "2.23.0";

    /// <summary>Parses <paramref name="text"/> and fills every article's statistics; with <paramref name="explain"/>, also every number's decision.</summary>
    public static ParsedPage Extract(string text, bool explain = false) => Extract(text, DocumentFacts.None, explain);

    /// <summary>
    /// Parses <paramref name="text"/>, fills every article's statistics, and gives each its place, period and metric
    /// key, reading relative time words against <paramref name="facts"/>' publication date and falling back on its place.
    /// </summary>
    public static ParsedPage Extract(string text, DocumentFacts facts, bool explain = false)
    {
        var page = PageParser.Parse(text);
        var placed = WhereAndWhen.Apply(StatisticsExtractor.Apply(text, page, explain), facts);
        return HonourListYear.Apply(text, placed);
    }
}
