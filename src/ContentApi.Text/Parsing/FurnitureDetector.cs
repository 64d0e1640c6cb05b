namespace ContentApi.Text.Parsing;

/// <summary>Recognises the lines that belong to the page rather than to an article, and names their kind.</summary>
internal static class FurnitureDetector
{
    // Furniture is always short; a long line that mentions 关注 or 编辑 is running text.
    private const int MaxLength = 60;

    // A caption describes its picture in a sentence or two.
    private const int MaxCaptionLength = 150;

    private static readonly string[] CaptionOpenings = ["图为", "图：", "图:", "上图：", "下图：", "左图：", "右图：", "▲", "△"];
    private static readonly string[] Channels = ["微信", "公众号", "微博", "客户端", "抖音", "视频号", "APP", "App", "app", "蓝字", "本号"];
    private static readonly string[] ShareButtons = ["点赞", "在看", "转发", "分享", "收藏", "留言"];
    private static readonly string[] SourceRoles = ["来源", "稿件来源", "信息来源", "转自"];
    private static readonly string[] FollowVerbs = ["关注", "扫码", "扫描", "长按", "下载"];
    private static readonly string[] EditorRoles = ["责任编辑", "责编", "本版编辑", "编辑", "校对", "美编", "审核", "审校", "终审", "监制", "值班编辑"];
    private static readonly string[] EndMarks = ["（完）", "（全文完）", "【完】", "（待续）", "（本版完）"];

    // The stock labels portals and WeChat posts set over a list of other stories' headlines at the foot of a page
    // (推荐阅读, 猜你喜欢): the list furniture-labels.tsv, where they come from is in its header.
    private static readonly string[] RelatedReadingLabels =
        [.. Statistics.DataTable.Read("furniture-labels.tsv", "word", "note").Select(row => row[0])];

    // A list of related headlines is five or so short lines; a label further from the page's end than this opens
    // something longer, which may be an article.
    private const int MaxRelatedReadingLength = 400;

    /// <summary>
    /// Where a list of related stories' headlines begins at the foot of <paramref name="page"/> ("推荐阅读", "猜你喜欢"),
    /// or null. From its label to the page's end the text is other stories' titles, not the article's.
    /// </summary>
    public static int? RelatedReadingStart(string page)
    {
        var from = Math.Max(0, page.Length - MaxRelatedReadingLength);
        int? start = null;
        foreach (var label in RelatedReadingLabels)
        {
            var at = page.IndexOf(label, from, StringComparison.Ordinal);
            start = at >= 0 && StandsApart(page, at, label.Length) && (start is null || at < start) ? at : start;
        }

        return start;
    }

    // A label heads a list: a line, a mark or a numbered headline is on one side of it. Words running through it on
    // both sides (本届展会的精彩推荐包括) are a sentence that uses the phrase.
    private static bool StandsApart(string page, int at, int length) =>
        at == 0 || at + length == page.Length || !ChineseText.IsIdeograph(page[at - 1]) || !ChineseText.IsIdeograph(page[at + length]);

    /// <summary>The kind of furniture <paramref name="line"/> is, or null when it belongs to an article.</summary>
    public static string? Classify(string line)
    {
        if (IsCaption(line))
        {
            return "caption";
        }

        if (line.Length > MaxLength)
        {
            return null;
        }

        if (IsFollowUs(line))
        {
            return "follow-us";
        }

        if (IsPageNumber(line))
        {
            return "page-number";
        }

        if (IsShareButtons(line))
        {
            return "share-prompt";
        }

        if (IsCredit(line, EditorRoles))
        {
            return "editor";
        }

        if (IsCredit(line, SourceRoles))
        {
            return "source";
        }

        if (IsDateLine(line))
        {
            return "date";
        }

        if (Array.IndexOf(EndMarks, line) >= 0)
        {
            return "end-mark";
        }

        return CombinedKind(line);
    }

    // A folio line sets several pieces of furniture side by side: "第5版 责任编辑：赵敏", "A2 要闻 编辑 李四". It is
    // furniture when its first piece is and the rest is too; it is named after the first.
    private static string? CombinedKind(string line)
    {
        var gap = line.AsSpan().IndexOfAny(' ', '\t', '\u3000');
        if (gap <= 0)
        {
            return null;
        }

        var rest = line[(gap + 1)..].Trim();
        return rest.Length > 0 && Classify(line[..gap]) is { } first && Classify(rest) is not null ? first : null;
    }

    // "获取更多新闻资讯，请关注…官方微信", "扫码下载客户端": an invitation to follow a channel, printed under every article.
    private static bool IsFollowUs(string line) => WordSearch.ContainsAny(line, FollowVerbs) && WordSearch.ContainsAny(line, Channels);

    // "第3版", "A3版", "- 3 -", "—3—", "3": the page's number, set apart from the text around it.
    private static bool IsPageNumber(string line)
    {
        var text = line.AsSpan().Trim(" -—―－–·".AsSpan());
        if (text.Length == 0 || text.Length > 8)
        {
            return false;
        }

        if (text[0] == '第')
        {
            text = text[1..];
        }

        if (text.Length > 0 && text[^1] == '版')
        {
            text = text[..^1];
        }

        if (text.Length > 0 && char.IsAsciiLetterUpper(text[0]))
        {
            text = text[1..];
        }

        return text.Length is > 0 and <= 3 && !text.ContainsAnyExcept("0123456789");
    }

    // "图为志愿者在清扫积雪。", "▲ 新建的图书室": a picture's caption, set among the columns but not part of the running text.
    private static bool IsCaption(string line)
    {
        if (line.Length > MaxCaptionLength)
        {
            return false;
        }

        foreach (var opening in CaptionOpenings)
        {
            if (line.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "分享、点赞、在看", "点个在看，你最好看": the buttons a WeChat post asks readers to press.
    private static bool IsShareButtons(string line)
    {
        if (line.Length > 20)
        {
            return false;
        }

        var buttons = 0;
        foreach (var button in ShareButtons)
        {
            buttons += line.Contains(button, StringComparison.Ordinal) ? 1 : 0;
        }

        return buttons >= 2 || (buttons == 1 && line.StartsWith("点个", StringComparison.Ordinal));
    }

    // "责任编辑：王五", "编辑 李四 校对 赵六", "来源：城市晚报": who produced the page or where the text came from, not who wrote it.
    private static bool IsCredit(string line, string[] roles)
    {
        foreach (var role in roles)
        {
            if (line.StartsWith(role, StringComparison.Ordinal) && line.Length > role.Length
                && line[role.Length] is '：' or ':' or ' ' or '/' or '　')
            {
                return !line.AsSpan().ContainsAny("。！？");
            }
        }

        return false;
    }

    // "2025年3月5日 星期三", "2025年3月5日 农历二月初六": the page's date under the masthead.
    private static bool IsDateLine(string line)
    {
        var text = line.AsSpan();
        foreach (var unit in "年月日")
        {
            var digits = text.IndexOfAnyExcept("0123456789");
            if (digits is < 1 or > 4 || text[digits] != unit)
            {
                return false;
            }

            text = text[(digits + 1)..].TrimStart(' ');
        }

        return text.IsEmpty || ((text.StartsWith("星期") || text.StartsWith("周") || text.StartsWith("农历")) && text.Length <= 12
            && !text.ContainsAny("，。；：,;:"));
    }
}
