namespace ContentApi.Text.Statistics;

/// <summary>What the extractor decided a number in the text is; the values of <see cref="NumberMention.Decision"/>.</summary>
public static class NumberDecision
{
    public const string Statistic = "statistic";
    public const string Ordinal = "ordinal";
    public const string Date = "date";
    public const string Time = "time";
    public const string Name = "name";
    public const string Enumeration = "enumeration";
    public const string Word = "word";
    public const string Structure = "structure";
    public const string Other = "other";
}

/// <summary>A decision on a number and the short phrase naming the rule that took it (a value: one is made per number).</summary>
internal readonly record struct Verdict(string Decision, string Reason);
