using ContentApi.Text.Numbers;

namespace ContentApi.Text.Statistics;

/// <summary>
/// 一半, "half", said as a share: 约占全市的一半, 线上销售额占了近一半, 数量接近总数的一半, 电费少了近一半, 超过一半的图书.
/// It is 50 %, as 占全市三分之一 is a third, in the frames of a share only: after 占 (占, 占了, 占比 or 占…的), after the
/// whole it is part of (总数的, 人口的), after a verb of falling (少了, 节约了), or after a qualifier with 的 and its noun
/// next; and it closes the phrase (a mark, 的, 以上, 左右). Elsewhere it is a word: 另一半 (a spouse), 话说一半, 进行到一半,
/// 首尔市一半面积 (a comparison), 军功章也有她们的一半 (a saying).
/// </summary>
internal static class HalfAsAShare
{
    private const string Half = "一半";

    // What a share follows: 占 and its forms, the whole it is part of with 的, and verbs of falling by a share.
    private static readonly Lexicon ShareOpeners = new(["占", "占了", "占到", "占比", "少了", "减少了", "节约了", "节省了", "降低了", "下降了", "缩短了"]);

    // The whole that a share with 的 is part of: 接近总数的一半, 占该国总人口的一半.
    private static readonly Lexicon Wholes = new(["总数", "总量", "人口", "总人口", "总面积", "总额"]);

    // What may close the share: its noun after 的, a bound (一半以上), or the end of the phrase.
    private static readonly Lexicon Closers = new(["的", "以上", "左右"]);

    /// <summary>The numeral 一 of 一半 read as 50 % where a share is said, or null.</summary>
    public static Numeral? Read(string text, Numeral numeral)
    {
        var end = numeral.Start + Half.Length;
        if (numeral.End != numeral.Start + 1 || !text.AsSpan(numeral.Start).StartsWith(Half) || !Closes(text, end))
        {
            return null;
        }

        var qualifier = QualifierRules.Before(text, numeral);
        var opening = qualifier?.Start ?? numeral.Start;
        var clauseStart = Clauses.Clause(text, numeral.Start).Start;
        var before = text.AsSpan(clauseStart, opening - clauseStart);
        var share = ShareOpeners.EndsAt(text, opening)
            || (before.EndsWith("的") && (before.Contains('占') || Wholes.EndsAt(text, opening - 1)))
            || (qualifier is not null && end < text.Length && text[end] == '的');
        return share ? numeral with { End = end, Value = 50, Shape = numeral.Shape | NumeralShape.Percent } : null;
    }

    private static bool Closes(string text, int at) =>
        at >= text.Length || !Parsing.ChineseText.IsIdeograph(text[at]) || Closers.StartsAt(text, at);
}
