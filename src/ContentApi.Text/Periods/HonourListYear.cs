using System.Text.RegularExpressions;
using ContentApi.Text.Parsing;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Periods;

/// <summary>
/// An honour list dated by its year of account dates the honours it lists: a title or lead that names the list with
/// YYYY年度 (公布2022年度全省最美志愿者推选名单) gives that year to every honorees figure of the article that nothing in
/// the text dates (本市有8名志愿者入选), unless the figure's sentence tallies honours over the years (累计, 历年, 先后).
/// Chinese news states the list's year once, at its head, then counts the list's entries without repeating it; the
/// publication year such a figure would otherwise take is when the list came out, not the year it honours.
/// </summary>
public static partial class HonourListYear
{
    // How far into an article its title and lead run: a title, then the first sentence or two of the first paragraph
    // (a reposted page runs its original title into the lead: 原标题：…名单出炉2022年度…).
    private const int LeadReach = 200;

    // How far after 年度 the list's or honour's name may end: 2022年度全国学雷锋志愿服务“四个100”先进典型名单.
    private const int HonourReach = 30;

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})年度")]
    private static partial Regex YearOfAccount();

    private static readonly string[] HonourWords = Words("honour");

    private static readonly string[] TallyWords = Words("tally");

    private static string[] Words(string role) =>
        [.. DataTable.Read("honour-list-words.tsv", "word", "role").Where(row => row[1] == role).Select(row => row[0])];

    /// <summary>Returns <paramref name="page"/>, read from <paramref name="text"/>, with the honorees figures of every article headed by a dated honour list dated by it.</summary>
    public static ParsedPage Apply(string text, ParsedPage page)
    {
        var articles = new List<ParsedArticle>(page.Articles.Count);
        var changed = false;
        foreach (var article in page.Articles)
        {
            if (!article.Statistics.Any(s => s.Category == StatisticCategory.Honorees) || ListYear(Lead(article)) is not { } year)
            {
                articles.Add(article);
                continue;
            }

            articles.Add(article with { Statistics = [.. article.Statistics.Select(s => Takes(text, s) ? s with { Period = year } : s)] });
            changed = true;
        }

        return changed ? page with { Articles = articles } : page;
    }

    // An honorees figure that its own sentence does not date (PeriodReader's reading: no time word before it, none after
    // it in its clause) and that counts no honours of many years, in its sentence or as the sentence before's tally run
    // on (服务队先后荣获省级先进集体等荣誉。2名队员被评为“市级好人”).
    private static bool Takes(string text, Statistic statistic)
    {
        if (statistic.Category != StatisticCategory.Honorees || WordSearch.ContainsAny(statistic.Sentence, TallyWords))
        {
            return false;
        }

        var at = statistic.Start;
        var sentenceStart = Clauses.Sentence(text, at).Start;
        var clauseEnd = Clauses.Clause(text, at).End;
        if (PeriodReader.NamesATime(text.AsSpan(sentenceStart, at - sentenceStart)) || PeriodReader.NamesATime(text.AsSpan(at, clauseEnd - at)))
        {
            return false;
        }

        if (sentenceStart == 0 || text[sentenceStart - 1] == '\n')
        {
            return true;
        }

        var before = Clauses.Sentence(text, sentenceStart - 1);
        return !WordSearch.ContainsAny(text.AsSpan(before.Start, before.End - before.Start), TallyWords);
    }

    // The article's title and the start of its first paragraph.
    private static string Lead(ParsedArticle article)
    {
        var first = article.Sections.SelectMany(s => s.Paragraphs).FirstOrDefault()?.Text ?? "";
        var lead = $"{article.Title}\n{article.Subtitle}\n{first}";
        return lead.Length > LeadReach ? lead[..LeadReach] : lead;
    }

    // The year of account of the first YYYY年度 in the lead followed, in its sentence, by the name of a list or an honour.
    private static Period? ListYear(string lead)
    {
        foreach (Match match in YearOfAccount().Matches(lead))
        {
            var after = match.Index + match.Length;
            var reach = lead.AsSpan(after, Math.Min(HonourReach, lead.Length - after));
            var sentenceEnd = reach.IndexOfAny("。；！？\n");
            if (WordSearch.ContainsAny(sentenceEnd >= 0 ? reach[..sentenceEnd] : reach, HonourWords))
            {
                var year = int.Parse(match.Groups["y"].ValueSpan);
                return new Period(year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year}年度");
            }
        }

        return null;
    }
}
