using System.Text.RegularExpressions;

namespace ContentApi.Text.Periods;

/// <summary>
/// Reads the period of a figure from the words before it in its sentence, against the document's publication date:
/// the nearest time expression wins (2022年上半年，…；今年以来，…3200人 is this year's running total). Years may be
/// written in digits or characters (二〇二二年); relative words (今年, 去年, 上年, 前年) count from the publication year;
/// a month after the publication month without a year is last year's (a January page's 12月); 到2025年 with a later
/// year is a target. A figure with no time word is of the publication year, as a reader takes it.
/// </summary>
public static partial class PeriodReader
{
    // The last of these before the figure is its period. Groups: y = a written year, rel = a year relative to the
    // publication date, then one optional part of the year; run = a running total without a year.
    [GeneratedRegex(
        @"(?<to>到|至|力争到|预计到|计划到|争取到)?(?:(?<y>(?<![0-9])[12][0-9]{3}|[〇零一二三四五六七八九]{4})年|(?<rel>今年|去年|上年|前年|明年|本年))" +
        @"(?<part>以来|末|底|初|度|上半年|下半年|前三季度|第?[一二三四1-4]季度|(?<m1>[0-9]{1,2})(?:[-—－~至到](?<m2>[0-9]{1,2}))?月(?:份)?(?:(?<d>[0-9]{1,2})日)?|前|内)?" +
        @"|(?<part>上半年|下半年|前三季度|第?[一二三四]季度|(?<m1>[0-9]{1,2})[-—－~至到](?<m2>[0-9]{1,2})月)" +
        @"|(?<![0-9])(?<m1>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})日)?" +
        @"|(?<run>截至目前|截止目前|截至当前|目前|至今|迄今)")]
    private static partial Regex TimeWords();

    // 较去年同期增长5%: an earlier period a change is measured against does not date the change itself.
    [GeneratedRegex(@"(?:较|比|与|同比|对比|相比)$")]
    private static partial Regex ComparedWith();

    /// <summary>The period of the figure at <paramref name="at"/> of <paramref name="sentence"/>, or null when neither text nor publication date gives a year.</summary>
    public static Period? Read(string sentence, int at, DateOnly? publishedOn)
    {
        Match? last = null;
        foreach (Match match in TimeWords().Matches(sentence[..Math.Clamp(at, 0, sentence.Length)]))
        {
            if (!ComparedWith().IsMatch(sentence.AsSpan(0, match.Index)))
            {
                last = match;
            }
        }

        if (last is null)
        {
            return publishedOn is { } date ? new Period(date.Year, null, null, $"{date.Year}年") : null;
        }

        return FromMatch(last, publishedOn);
    }

    private static Period? FromMatch(Match match, DateOnly? publishedOn)
    {
        if (match.Groups["run"].Success)
        {
            return publishedOn is { } date ? new Period(date.Year, null, date, $"截至{date:yyyy-MM-dd}") : null;
        }

        var year = Year(match, publishedOn);
        if (year is not { } y)
        {
            return null;
        }

        var isTarget = match.Groups["to"].Success && publishedOn is { } published && y > published.Year
            || match.Groups["rel"].Value == "明年";
        var written = $"{y}年";
        var part = match.Groups["part"].Value;
        var m1 = match.Groups["m1"].Success ? int.Parse(match.Groups["m1"].Value) : 0;
        var m2 = match.Groups["m2"].Success ? int.Parse(match.Groups["m2"].Value) : m1;
        if (m1 > 0 && (m1 > 12 || m2 is < 1 or > 12 || m2 < m1))
        {
            return new Period(y, null, null, written, isTarget);
        }

        if (m1 > 0)
        {
            var from = new DateOnly(y, m1, 1);
            var to = new DateOnly(y, m2, 1).AddMonths(1).AddDays(-1);
            if (match.Groups["d"].Success && int.TryParse(match.Groups["d"].Value, out var day) && day >= 1 && day <= DateTime.DaysInMonth(y, m1))
            {
                from = to = new DateOnly(y, m1, day);
                return new Period(y, from, to, $"{from:yyyy-MM-dd}", isTarget);
            }

            return new Period(y, from, to, m1 == m2 ? $"{y}年{m1}月" : $"{y}年{m1}-{m2}月", isTarget);
        }

        return part switch
        {
            "以来" => new Period(publishedOn?.Year ?? y, new DateOnly(y, 1, 1), publishedOn, $"{y}年以来"),
            "末" or "底" => new Period(y, null, new DateOnly(y, 12, 31), $"{y}年末", isTarget),
            "初" => new Period(y, new DateOnly(y, 1, 1), null, $"{y}年初", isTarget),
            "度" => new Period(y, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), $"{y}年度", isTarget),
            "上半年" => new Period(y, new DateOnly(y, 1, 1), new DateOnly(y, 6, 30), $"{y}年上半年", isTarget),
            "下半年" => new Period(y, new DateOnly(y, 7, 1), new DateOnly(y, 12, 31), $"{y}年下半年", isTarget),
            "前三季度" => new Period(y, new DateOnly(y, 1, 1), new DateOnly(y, 9, 30), $"{y}年前三季度", isTarget),
            _ when Quarter(part) is { } q => new Period(y, new DateOnly(y, q * 3 - 2, 1), new DateOnly(y, q * 3, 1).AddMonths(1).AddDays(-1), $"{y}年第{q}季度", isTarget),
            _ => new Period(y, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), written, isTarget),
        };
    }

    private static int? Year(Match match, DateOnly? publishedOn)
    {
        if (match.Groups["y"].Success)
        {
            return int.Parse(string.Concat(match.Groups["y"].Value.Select(Digit)));
        }

        if (publishedOn is not { } published)
        {
            return null;
        }

        return match.Groups["rel"].Value switch
        {
            "去年" or "上年" => published.Year - 1,
            "前年" => published.Year - 2,
            "明年" => published.Year + 1,
            // 12月 on a page of January 2024 is December 2023: a month not yet reached is last year's.
            "" when match.Groups["m1"].Success && !match.Groups["m2"].Success && int.Parse(match.Groups["m1"].Value) > published.Month => published.Year - 1,
            _ => published.Year,
        };
    }

    private static int? Quarter(string part) => part.TrimStart('第').TrimEnd('度').TrimEnd('季') switch
    {
        "一" or "1" => 1,
        "二" or "2" => 2,
        "三" or "3" => 3,
        "四" or "4" => 4,
        _ => null,
    };

    private static char Digit(char c) => c switch
    {
        '〇' or '零' => '0',
        '一' => '1',
        '二' => '2',
        '三' => '3',
        '四' => '4',
        '五' => '5',
        '六' => '6',
        '七' => '7',
        '八' => '8',
        '九' => '9',
        _ => c,
    };
}
