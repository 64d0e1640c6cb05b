using System.Text.RegularExpressions;

namespace ContentApi.Text.Statistics;

/// <summary>
/// The fixed formulas a news story opens with, which a title without closing punctuation runs straight into: a dateline
/// (北京商报讯（记者…）, 据新华社电), a dated one (扬子晚报网8月8日讯, 新华网北京8月15日电, 据新华社北京8月14日电), one whose bracket
/// is a space (羊城晚报讯 记者), a byline (半岛全媒体记者 刘雪莲) or credit (文、图/), a report's source (据某某客户端消息,
/// 来源｜某某报), or the reporter's attribution (记者从…获悉, 笔者今天了解到). A title
/// never ends in the name of a paper or in its reporter: the words after a count that open one of these name nothing
/// counted, and the figure is named by the words before it. Each formula is anchored where the words after the count begin.
/// </summary>
internal static partial class StoryFurniture
{
    // The longest formula read: two outlets and their suffixes, a place, a date and 电.
    private const int Reach = 34;

    // The undated dateline, the byline and the credit are read within this many characters: each is whole well within it.
    private const int CreditReach = 20;

    // The dateline of a news story: the paper or site, 讯, and the reporter's bracket (本报讯（, 北京商报讯（, 三秦都市报-三秦网讯（);
    // or an agency's wire, 电 (据新华社电, 中新网电).
    [GeneratedRegex(@"^(?:[\u4e00-\u9fff\-－·]{1,14}[报网社台刊]讯[（(]|据?[\u4e00-\u9fff]{1,12}[社网台]电)")]
    private static partial Regex Dateline();

    // 产生经济效益约200万元半岛全媒体记者 刘雪莲, 抓获嫌疑人8962人羊城晚报全媒体记者张豪、通讯员…: a title run into the
    // byline of the story under it, the reporter's title followed by a space or by a name and the next credit. The
    // paper's name is short, four characters at most (半岛, 极目新闻, 羊城晚报, 河南日报客户端); a longer run before the
    // title holds the counted noun too (245张梦想车票极目新闻记者), and is left as it is.
    [GeneratedRegex(@"^[\u4e00-\u9fff]{0,4}?(?:全媒体|融媒体|客户端|首席|见习|实习|特约)?记者(?:[\s\u3000]|[\u4e00-\u9fff]{2,4}[\s\u3000、，]*(?:通讯员|报道|摄))")]
    private static partial Regex Byline();

    // 查处违法违规案件3487宗文、图/羊城晚报全媒体记者: a title run into the credit of the story under it, who wrote (文) and
    // who took the pictures (图), with the slash that ends a credit.
    [GeneratedRegex(@"^(?:文[、/／]?图|图[、/／]?文|文|图)[\s\u3000]*[/／|｜]")]
    private static partial Regex Credit();

    // An outlet (…网, …报, …社, …台, …客户端, …频道, …新闻; two joined by a dash: 东江晚报-东江新闻网), an optional
    // place, a date and 讯, 电 or 消息: M月D日 right before 讯, 电 or 消息 is never anything but a dateline. The outlet's
    // name before its suffix is short (新华, 扬子晚报, 新甘肃): a longer run holds the title's own noun before the outlet
    // (就业岗位人民网北京…, 书法爱好者挥毫迎中秋央视网长沙…), where the dateline does not begin at the count.
    private const string Outlet = @"[\u4e00-\u9fff·]{1,4}(?:网|报|社|台|刊|客户端|频道|新闻)";

    [GeneratedRegex(@"^据?(?:" + Outlet + @"[\-－])?" + Outlet + @"[\u4e00-\u9fff]{0,6}[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:讯|电|消息)")]
    private static partial Regex DatedDateline();

    // 羊城晚报讯 记者…: the dateline of a paper with a space where the reporter's bracket would stand.
    [GeneratedRegex(@"^[\u4e00-\u9fff·]{1,6}[报网社台刊]讯[\s\u3000]")]
    private static partial Regex DatelineBeforeASpace();

    // 据某某客户端消息, 据央视新闻消息: the source a report is taken from.
    [GeneratedRegex(@"^据[\u4e00-\u9fff]{1,12}(?:消息|电)")]
    private static partial Regex ReportedBy();

    // 来源｜某某都市报: the credit line of the source.
    [GeneratedRegex(@"^来源[｜|：:]")]
    private static partial Regex Source();

    // 记者从…获悉, 笔者今天了解到, 通讯员近日获悉: the reporter and a word that introduces what was learned.
    [GeneratedRegex(@"^(?<who>记者|笔者|通讯员)(?:从|今天|今日|近日|日前|昨天|昨日|获悉|了解|[0-9０-９]{1,2}日|[\s\u3000]|（)")]
    private static partial Regex Attribution();

    // 记者 and 通讯员 are people a count of people may count (20名记者从各地赶来); 笔者, the writer, is one.
    private const string OneWriter = "笔者";

    /// <summary>Whether the words of <paramref name="text"/> from <paramref name="at"/> open the furniture of a story.</summary>
    public static bool OpensAt(string text, int at, bool countsPeople)
    {
        var window = text.AsSpan(at, Math.Min(text.Length - at, Reach));
        if (window.IsEmpty)
        {
            return false;
        }

        return OpensDatelineOrCredit(window[..Math.Min(window.Length, CreditReach)])
            || DatedDateline().IsMatch(window)
            || DatelineBeforeASpace().IsMatch(window)
            || (window[0] == '据' && ReportedBy().IsMatch(window))
            || Source().IsMatch(window)
            || (Attribution().Match(text, at, window.Length) is { Success: true } attribution
                && (!countsPeople || attribution.Groups["who"].Value == OneWriter));
    }

    // Each pattern is tried only where its own characters stand: the words after every count are read.
    private static bool OpensDatelineOrCredit(ReadOnlySpan<char> window) =>
        (window.ContainsAny('讯', '电') && Dateline().IsMatch(window))
        || (window.Contains("记者", StringComparison.Ordinal) && Byline().IsMatch(window))
        || (window is ['文' or '图', ..] && Credit().IsMatch(window));
}
