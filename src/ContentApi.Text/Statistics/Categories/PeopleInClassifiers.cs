using static ContentApi.Text.Parsing.WordSearch;

namespace ContentApi.Text.Statistics.Categories;

/// <summary>
/// People and families counted with a classifier of things or of groups (惠及300个家庭, 20多个孩子, 50组家庭): the
/// classifier only counts the people or the families named right after it, which the category rules read as they read
/// persons (人) and households (户).
/// </summary>
internal static class PeopleInClassifiers
{
    // 个, the general classifier, counts persons too (两个孩子, 几十个学生); 组 counts families (50组家庭) but also teams
    // (医疗专家9组, 12组志愿者), so only its families are read as households.
    private const string General = "个";
    private const string Group = "组";
    private const string Persons = "人";
    private const string Households = "户";

    // The words that name families after 组 (家庭, 亲子), as measure-contexts.tsv lists them for the measure word itself.
    private static readonly string[] FamilyWords =
        [.. DataTable.Read("measure-contexts.tsv", "measure", "word", "role").Where(row => row[0] == Group && row[2] == "counts").Select(row => row[1])];

    private static readonly CategoryLexicon Lexicon = CategoryLexicon.Default;

    /// <summary>
    /// The count as the category rules read it: in 户 when 个 or 组 counts families named right after it (30组亲子家庭,
    /// 300个患儿家庭), in 人 when 个 counts people (20多个村民); else the count itself. 30个家庭农场 counts farms (the
    /// phrase's head is no word for people), and 3000个床位安置转移群众 beds (a verb stands before the people).
    /// </summary>
    public static FoundNumber AsCounted(string text, FoundNumber number, string metric)
    {
        if (number.Unit is not (General or Group) || metric.Length == 0 || !text.AsSpan(number.End).StartsWith(metric, StringComparison.Ordinal))
        {
            return number;
        }

        if (number.Unit == Group)
        {
            return StartsWithAny(metric, FamilyWords) ? number with { Unit = Households } : number;
        }

        if (Lexicon.PhraseWordEndingAt(metric, metric.Length) is not { Role: CategoryRole.Person } head || HasAVerb(metric.AsSpan(0, metric.Length - head.Word.Length)))
        {
            return number;
        }

        return number with { Unit = EndsWithAny(head.Word, FamilyWords) ? Households : Persons };
    }

    private static bool HasAVerb(ReadOnlySpan<char> words)
    {
        for (var end = words.Length; end > 0; end--)
        {
            if (Lexicon.VerbEndingAt(words, end) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
