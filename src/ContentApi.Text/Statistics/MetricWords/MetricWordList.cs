namespace ContentApi.Text.Statistics;

/// <summary>
/// The word lists the metric rules read, kept as embedded TSV files in this folder: comment lines (#) naming where
/// the list comes from, a header row <c>word	note</c>, then one word a row with what it means.
/// </summary>
internal static class MetricWordList
{
    /// <summary>The names of the lists, as the files are named without .tsv.</summary>
    public static readonly string[] Names = ["nouns-with-stop-characters", "predicate-adverbs", "people-events", "change-verbs", "period-endings", "generic-nouns", "change-to-verbs", "causal-verbs", "predicate-verbs", "aspect-adverbs", "degree-adverbs", "sums-of-money", "function-characters", "attributive-verbs", "predicate-endings", "verbs-after-a-recipient", "attribute-nouns", "descriptive-adjectives", "gathering-verbs", "institution-heads", "league-measures", "comparison-lookalikes", "verbs-ending-in-yue", "locatives-in-words", "rate-names", "ranking-verbs", "words-before-a-complement-share", "words-after-a-share", "shared-heads", "words-beginning-with-shi", "adverbs-before-a-comparison", "one-character-predicate-openers", "dimension-adjectives", "words-beginning-with-di", "words-ending-in-fen"];

    public const string Header = "word\tnote";

    /// <summary>The words of the list <paramref name="name"/>, in file order.</summary>
    public static string[] Words(string name) => [.. Rows(name).Select(row => row[0])];

    /// <summary>The rows of the list <paramref name="name"/> after its header, split at tabs.</summary>
    public static IEnumerable<string[]> Rows(string name) => Lines(name).SkipWhile(line => line.StartsWith('#')).Skip(1).Select(line => line.Split('\t'));

    /// <summary>Every line of the list <paramref name="name"/>, comments and header included.</summary>
    public static IEnumerable<string> Lines(string name) => EmbeddedTsv.Lines($"MetricWords.{name}.tsv");
}
