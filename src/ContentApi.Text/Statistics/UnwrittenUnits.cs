using System.Text.RegularExpressions;
using ContentApi.Text.Statistics.Categories;
using ContentApi.Text.Numbers;

namespace ContentApi.Text.Statistics;

/// <summary>
/// The unit of a count in 万 or 亿 that the writer left out, read from the words around it: people
/// (组织35万适龄青年参加体检, 全县常住人口增加至62万), households (3万农户), attendances (门诊人次为812.6万) and money
/// (营业额达到1500万, 实现GDP120.6亿). ANNOTATION.md counts them in the unit left out. Small numbers keep their measure
/// word in news, so they are read so only with the 余 or 多 of "more than" before a noun of people (20余村民).
/// </summary>
internal static class UnwrittenUnits
{
    /// <summary>A unit left out, and the verdict that makes its number a statistic.</summary>
    public sealed record Unwritten(string Unit, Verdict Verdict);

    private static readonly Unwritten People = new("人", new(NumberDecision.Statistic, "statistic: people counted in 万 or 亿 without 人 (35万适龄青年, 人口达62万)"));

    private static readonly Unwritten Attendances = new("人次", new(NumberDecision.Statistic, "statistic: attendances counted in 万 or 亿 without 人次 (门诊人次为812.6万)"));

    private static readonly Unwritten Households = new("户", new(NumberDecision.Statistic, "statistic: households counted without 户 (850多贫困户, 3万农户)"));

    private static readonly Unwritten Money = new("元", new(NumberDecision.Statistic, "statistic: money counted in 万 or 亿 without 元 (营业额达到1500万, GDP120.6亿)"));

    /// <summary>
    /// The unit left out after <paramref name="numeral"/>, which has no measure word; <paramref name="start"/> is where
    /// the count starts with its qualifier, <paramref name="after"/> where a measure word would have stood.
    /// </summary>
    public static Unwritten? Read(string text, Numeral numeral, int start, int after)
    {
        if (!text.AsSpan(numeral.Start, numeral.End - numeral.Start).ContainsAny('万', '亿'))
        {
            // 转移20余居民, 带动850多贫困户: 余 or 多 after a small count asks for what it counts, and a noun of people
            // (or of households) right after it is that, its 人 or 户 left out as in a count in 万. Only right after it:
            // 60多岁的村民 and 党龄60余年的老党员 count years, which the table leaves out.
            return after == numeral.End + 1 && text[numeral.End] is '余' or '多' ? PeopleAfter(text, after, rightAfter: true) : null;
        }

        // 两县营收分别为12.5亿、9.8亿: a count listed right after another leaves out the same unit.
        if (ListedAfter(text, start) is { } listed && Read(text, listed, listed.Start, listed.End) is { } shared)
        {
            return shared;
        }

        // What the words before name wins over a word for people after (募集善款16万帮扶困难群众 is money).
        var from = Math.Max(0, start - CountedBeforeReach);
        var before = text.AsSpan(from, start - from);
        return PeopleCountedBefore.IsMatch(before) ? People
            : AttendancesCountedBefore.IsMatch(before) ? Attendances
            : SumCountedBefore.IsMatch(before) ? Money
            // 争取520万资金量: the funds named right after the count.
            : PeopleAfter(text, after, rightAfter: false) ?? (FundsAfter.StartsAt(text, after) ? Money : null);
    }

    // People, or households where the word for them ends in 户 (农户, 贫困户, 住户: the 户 that counts them).
    private static Unwritten? PeopleAfter(string text, int after, bool rightAfter) =>
        PeopleWordAfter(text, after, rightAfter) is not { } end ? null : text[end - 1] == HouseholdEnd ? Households : People;

    // The last character of the lexicon's nouns of households (贫困户, 低保户, 养殖户), which count by it.
    private const char HouseholdEnd = '户';

    // The numeral in 万 or 亿 that ends right before a list's joiner at start - 1 (7105.67亿、|6032.4亿).
    private static Numeral? ListedAfter(string text, int start)
    {
        if (start < 2 || !MetricFinder.ListJoiners.Contains(text[start - 1]) || text[start - 2] is not ('万' or '亿'))
        {
            return null;
        }

        var first = start - 2;
        while (first > 0 && (char.IsAsciiDigit(text[first - 1]) || text[first - 1] == '.'))
        {
            first--;
        }

        return first < start - 2 && NumeralScanner.TryRead(text, first, out var numeral) && numeral.End == start - 1 ? numeral : null;
    }

    // Where a word for people of the lexicon ends within a few characters after the count, with nothing but Chinese
    // characters between (35万|适龄青年: which of them, then the word for them): a word of the role person (群众, 学生),
    // or a noun that names people by its last character (志愿者, 残疾人, 观众, 游客, 官兵, 选手). Not 工 or 生, which end
    // events (开工, 丧生) as often as people. With rightAfter the word must begin at after.
    private static int? PeopleWordAfter(string text, int after, bool rightAfter)
    {
        var lexicon = CategoryLexicon.Default;
        for (var end = after + 1; end <= Math.Min(text.Length, after + PeopleWordReach) && Parsing.ChineseText.IsIdeograph(text[end - 1]); end++)
        {
            if (lexicon.PhraseWordEndingAt(text, end) is { Word.Length: >= 2 } word && end - word.Word.Length is var start && start >= after && (start == after || !rightAfter)
                && (word.Role == CategoryRole.Person || (word.Role == CategoryRole.Noun && (PeopleEndings.Contains(word.Word[^1]) || word.Word[^1] == HouseholdEnd))))
            {
                return end;
            }

            if (rightAfter ? PeopleNouns.At(text, after)?.Length == end - after : PeopleNouns.EndsAt(text, end))
            {
                return end;
            }
        }

        return null;
    }

    // How far after the count a word for people may end.
    private const int PeopleWordReach = 6;

    // The word lists below, by their name in unwritten-unit-words.tsv (where each list is described).
    private static readonly ILookup<string, string> ListedWords = DataTable.Lists("unwritten-unit-words.tsv");

    // Nouns of people whose last character names no person (劳动力, 人才), or also ends events (医生 as 丧生, 考生 as
    // 发生): 301万农村劳动力, 3万高层次人才, 1.9亿老年人, 430多万医生, 11万考生.
    private static readonly Lexicon PeopleNouns = new(ListedWords["people-nouns"]);

    // Funds named right after a count (争取520万资金量, 安排200万资金): the sum is in 元.
    private static readonly Lexicon FundsAfter = new(ListedWords["funds-after"]);

    // The last characters of the lexicon's nouns that name people: the agentive suffixes of NamedMembers (志愿者, 学员,
    // 残疾人, 选手) and 众, 客, 兵 and 士 (观众, 游客, 官兵, 爱心人士); not 生 or 工, which end its nouns of nature and work
    // (野生, 开工, 竣工).
    private const string PeopleEndings = NamedMembers.AgentiveEnds + "众客兵士";

    // A short verb of reaching or totalling between the counted noun and its count (增加至, 达, 为, 共计, 可以达到, 差不多有),
    // after 已 or 已经, or the 了 of a noun that is also a verb (投资了3个亿); a qualifier there (逾, 超过, 约) stands before
    // the count's start already.
    private const string Reaching = "(?:了|已经|已)?(?:可以达到|能达到|可达到|达到|可达|差不多有|大概有|也就|最高已达|高达|达|增加至|增加到|增至|增长至|增长到|破|分别为|为|就有|有|共计|合计|累计|共|在|实现)?$";

    // 人数 or 人口 right before the count (报名人数突破12万, 常住人口达到62万), or the talent counted (高层次人才数近3万,
    // 人才总量达12万, 相关人才超3.5万).
    private static readonly Regex PeopleCountedBefore = new("(?:人数|人口|人才数|人才总量|人才)" + Reaching);

    // 人次 right before the count (门诊人次为812.6万, 接诊人次接近300万).
    private static readonly Regex AttendancesCountedBefore = new("人次" + Reaching);

    // A noun naming a sum of money right before the count (营业额达到1500万, 募集善款16万), from the list sums-of-money.
    private static readonly Regex SumCountedBefore = new("(?:" + string.Join('|', MetricWordList.Words("sums-of-money").Select(Regex.Escape)) + ")" + Reaching);

    // The longest noun and verb of reaching.
    private const int CountedBeforeReach = 10;
}
