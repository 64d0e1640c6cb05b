using ContentApi.Text.Parsing;

namespace ContentApi.Text.Statistics;

/// <summary>Finds the statistics in every paragraph of a parsed page.</summary>
public static class StatisticsExtractor
{
    public static ParsedPage Apply(string text, ParsedPage page, bool explain) => page;
}
