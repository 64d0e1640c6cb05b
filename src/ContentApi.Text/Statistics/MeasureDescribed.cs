namespace ContentApi.Text.Statistics;

/// <summary>
/// 跑赢全国5.5%的平均增速, 1.5%的平均担保费率: a rate before 的 and a measuring head (增速, 费率, 占比) is the value of that
/// measure, which names it, with the words of an average (平均, 年均) that stop a noun elsewhere (an average opens the next
/// figure's words: 210名农民年人均增收8500元).
/// </summary>
internal static class MeasureDescribed
{
    // How far the measure may run after the 的.
    private const int MaxMeasure = 8;

    /// <summary>The longest run of Chinese characters from <paramref name="at"/> that ends in a measuring head of the category lexicon, and its end; or null.</summary>
    public static (string Noun, int End)? After(string text, int at, int clauseEnd)
    {
        var run = 0;
        while (at + run < clauseEnd && run < MaxMeasure && Parsing.ChineseText.IsIdeograph(text[at + run]) && text[at + run] != '的')
        {
            run++;
        }

        for (var length = run; length >= 2; length--)
        {
            if (Categories.CategoryLexicon.Default.PhraseWordEndingAt(text.AsSpan(at, length), length) is { Role: Categories.CategoryRole.Measure })
            {
                return (text.Substring(at, length), at + length);
            }
        }

        return null;
    }
}
