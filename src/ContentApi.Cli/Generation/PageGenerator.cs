using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ContentApi.Data.Documents;
using ContentApi.Text;

namespace ContentApi.Cli.Generation;

/// <summary>
/// Builds newspaper pages from the pieces of a real one, recombined: two articles a page, each a title made of two
/// sample headline halves, a byline, a lead and three headed sections. Every number is varied (years stay plausible
/// years, months and days stay dates) so that pages differ and statistics spread over many values. Each page is moved
/// to a real county (<see cref="GeneratedAreas"/>) and dated within 2015–2025, its years no later than its date, so
/// that places, periods and series spread too. Page <c>n</c> is always the same text, so an archive can be rebuilt exactly.
/// </summary>
internal sealed partial class PageGenerator(SamplePieces pieces, GeneratedAreas areas)
{
    private const int ArticlesPerPage = 2;
    private const int SectionsPerArticle = 3;

    // About four statistics each in the sample: two a section makes ~25 an article, ~50 a page.
    private const int StatisticParagraphsPerSection = 2;

    private static readonly string[] Sources = ["红桥报", "河北报", "南开报", "和平报", "津南报"];
    private static readonly string[] Roles = ["通讯员", "记者"];
    private static readonly string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    private static readonly string GivenNames = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华猛皓宇";
    private static readonly DateOnly FirstDay = new(2015, 1, 1);

    // Enough tries that every page gets a clean parse; a try fails about one time in ten.
    private const int Attempts = 20;

    /// <summary>
    /// Page <paramref name="pageNumber"/>, parsed. A recombination the parser reads as something other than two
    /// titled articles (a lead joined to the headline above it) is thrown away for the next one, deterministically.
    /// </summary>
    public PageToStore Generate(int pageNumber)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (text, metadata) = Compose(new Random(pageNumber * Attempts + attempt), pageNumber);
            var page = PageExtractor.Extract(text, metadata.Facts);
            if ((page.Articles.Count == ArticlesPerPage && page.Articles.All(a => a.Title.Length > 0)) || attempt == Attempts - 1)
            {
                return new PageToStore(text, page, metadata);
            }
        }
    }

    private (string Text, DocumentMetadata Metadata) Compose(Random random, int pageNumber)
    {
        var publishedOn = FirstDay.AddDays(random.Next(0, 11 * 365));
        var county = Pick(random, areas.Counties);
        var text = new StringBuilder("\n\n");
        for (var a = 0; a < ArticlesPerPage; a++)
        {
            AppendArticle(text, random, publishedOn.Year);
        }

        text.Append("获取更多新闻资讯，请关注“美丽红桥”官方微信\n");
        var metadata = new DocumentMetadata(Pick(random, Sources), $"https://news.example.org/pages/{pageNumber}", publishedOn, county.Code);
        return (areas.MoveTo(text.ToString(), county), metadata);
    }

    private void AppendArticle(StringBuilder text, Random random, int year)
    {
        Line(text, Headline(random));
        Line(text, "——" + Pick(random, pieces.Subtitles).TrimStart('—'));
        Line(text, $"■ {Pick(random, Roles)} {Name(random)}");
        Line(text, Vary(Pick(random, pieces.Leads), random, year));
        for (var s = 0; s < SectionsPerArticle; s++)
        {
            Line(text, Headline(random));
            Line(text, Vary(Pick(random, pieces.ParagraphsWithout), random, year));
            for (var p = 0; p < StatisticParagraphsPerSection; p++)
            {
                Line(text, Vary(Pick(random, pieces.ParagraphsWithStatistics), random, year));
            }
        }
    }

    private string Headline(Random random)
    {
        var first = Pick(random, pieces.HeadlineHalves);
        var second = Pick(random, pieces.HeadlineHalves);
        return second == first ? first : first + " " + second;
    }

    private static string Name(Random random) =>
        string.Concat(Surnames[random.Next(Surnames.Length)], GivenNames[random.Next(GivenNames.Length)], random.Next(2) == 0 ? "" : GivenNames[random.Next(GivenNames.Length)].ToString());

    // A year is the page's own or one of the three before it: news reports what has happened.
    private static string Vary(string paragraph, Random random, int year) => Number().Replace(paragraph, match =>
    {
        var value = match.Groups["year"].Success ? year - random.Next(0, 4)
            : match.Groups["month"].Success ? random.Next(1, 13)
            : match.Groups["day"].Success ? random.Next(1, 29)
            : SameWidth(match.Value.Length, random);
        return value.ToString(CultureInfo.InvariantCulture);
    });

    // A number of as many digits as the original, so that 955支 stays in the hundreds and 20% stays a percentage.
    private static int SameWidth(int digits, Random random)
    {
        digits = Math.Min(digits, 9);
        var low = digits == 1 ? 1 : (int)Math.Pow(10, digits - 1);
        return random.Next(low, (int)Math.Pow(10, digits));
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append("\n\n");

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})(?=年)|(?<month>\d{1,2})(?=月)|(?<day>\d{1,2})(?=日)|\d+")]
    private static partial Regex Number();
}
