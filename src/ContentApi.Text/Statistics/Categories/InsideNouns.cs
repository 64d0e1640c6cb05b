using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics.Categories;

/// <summary>
/// A verb or an outcome written as the first part of a longer noun of a place or a body (安置点, 安置房, 劝导站, 检查组):
/// the compound is a noun (a site of resettlement), and what its verb would tell is not said of the people at it who are
/// named by a role of their own (20位志愿者来到安置点服务, 每个安置点成立10人工作专班). People named by nothing but
/// who they are (村民, 群众) are at a site of resettlement because they were resettled, and the site still tells so.
/// </summary>
internal static class InsideNouns
{
    /// <summary>
    /// Whether <paramref name="word"/>, ending at <paramref name="end"/> of <paramref name="text"/>, stands in a longer
    /// noun of a place or a body of another category than its own.
    /// </summary>
    public static bool HidesItsCategory(ReadOnlySpan<char> text, int end, CategoryWord word) =>
        CategoryLexicon.Default.PhraseWordAround(text, end - word.Word.Length, end)
            is { Role: CategoryRole.Noun, Category: StatisticCategory.Infrastructure or StatisticCategory.Organizations } noun
        && noun.Category != word.Category;

    /// <summary>
    /// Whether the counted people are named by a role of their own: a noun that tells their category
    /// (<paramref name="headTells"/>: 志愿者), staff (老师, 心理咨询师, 专家) or a body (工作专班).
    /// </summary>
    public static bool NamedByTheirRole(string metric, bool headTells) =>
        headTells || EndsWithAny(metric, CategoryRules.StaffHeads)
        || CategoryLexicon.Default.PhraseWordEndingAt(metric, metric.Length) is { Role: CategoryRole.Measure, Category: StatisticCategory.Organizations };
}
