using System.Text.RegularExpressions;

namespace ContentApi.Text.Parsing;

/// <summary>What a line looks like on its own: whether it could be a title, a heading, a deck or a byline.</summary>
internal readonly partial record struct LineShape(
    bool TitleLike, bool HeadingLike, bool Dash, bool Couplet, bool Numbered, bool Marked, bool OpensWithDateline, bool EndsArticle,
    List<Author>? Authors)
{
    // A title fits on one or two lines of a headline; anything longer is running text.
    public const int MaxTitleLength = 40;

    // A subheading fits in one column line; a longer unpunctuated line is a paragraph the layout cut.
    public const int MaxHeadingLength = 20;

    // A phrase ending on one of these still needs its object or its other half (…的, …坚持把, …和), so it cannot close a title.
    private const string Dangling = "的把和与及对将被从向并或而跟同给在";

    public bool IsByline => Authors is not null;

    public static LineShape Of(string text)
    {
        var visible = ChineseText.VisibleLength(text, MaxTitleLength);
        var dash = ChineseText.IsDash(text[0]) && text.AsSpan().TrimStart(ChineseText.Dashes).Length > 0;
        var opensWithDateline = StartsWithDateline(text);
        // Only a short line can be a title, heading or byline; a long one is running text and needs no closer look.
        if (visible > MaxTitleLength)
        {
            return new LineShape(false, false, dash, false, false, false, opensWithDateline, EndsWithCloser(text), null);
        }

        var titleLike = !dash && ReadsAsPhrase(text);
        var enumerator = EnumeratorLength(text);
        var headingLike = titleLike && visible <= MaxHeadingLength && !text.AsSpan(enumerator).ContainsAny("，、；：,;:");
        return new LineShape(titleLike, headingLike, dash, IsCouplet(text), enumerator > 0, IsMarked(text), opensWithDateline, EndsWithCloser(text),
            BylineParser.Parse(text));
    }

    // A title or heading is a phrase, not a sentence: no stop anywhere, nothing left hanging at its end.
    private static bool ReadsAsPhrase(string text)
    {
        var last = text[^1];
        // A headline may end on a closing quote, title mark or bracket (点赞“最美家庭”, 【聚焦产业升级】).
        if ((ChineseText.IsParagraphEnd(last) && last is not '”' and not '》' and not '）' and not '】') || ChineseText.IsClauseMark(last))
        {
            return false;
        }

        // An exclamation inside a headline is common (好消息！新校区开学了); a full stop inside one never is.
        return !text.Contains('。') && !Dangling.Contains(last);
    }

    // A news story's first paragraph opens with its dateline (本报讯, 新华社北京1月5日电（记者 李四）): nothing else does.
    // Without a credit, a dateline is still unmistakable: a wire's place and date ending in 电 (中新网上海3月5日电), or a
    // news outlet's 讯, each set off by a space or bracket (央广网讯 近日…). Running text has neither: 3月5日电网…,
    // 通讯员 and 资讯 go straight on.
    private static bool StartsWithDateline(string text) =>
        text.StartsWith("本报讯", StringComparison.Ordinal) || BylineParser.ParseDatelineCredit(text) is not null || (MayOpenWithDateline(text) && Dateline().IsMatch(text));

    // The pattern's 电 stands within its first 23 characters (14 of place, 3 + 1 of month, 3 + 1 of day) and its 讯
    // within its first 11: a line with neither there, almost every line, is not matched at all.
    private static bool MayOpenWithDateline(string text) => text.AsSpan(0, Math.Min(text.Length, DatelineReach)).IndexOfAny('电', '讯') >= 0;

    private const int DatelineReach = 23;

    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{2,14}(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日电[ 　（(]|\p{IsCJKUnifiedIdeographs}{1,10}讯[ 　（(])")]
    private static partial Regex Dateline();

    // A story ends on its end mark (（完）) or on the credit of the one who wrote or edited it (（记者 张三）,
    // （编辑：李四）, （来源：新华社）). What follows such a line is the next story, not more of this one.
    private static bool EndsWithCloser(string text)
    {
        if (text[^1] is not '）' and not ')')
        {
            return false;
        }

        var open = text.AsSpan().LastIndexOfAny('（', '(');
        if (open < 0 || text.Length - open > 42)
        {
            return false;
        }

        var inside = text.AsSpan(open + 1, text.Length - open - 2).Trim();
        // A photo's credit (（记者 张三 摄）, （图/李四）) ends its caption, which may stand anywhere in the story.
        var photoCredit = inside.Contains('摄') || inside.StartsWith('图');
        return inside is "完" or "全文完" or "终" || EditorCredit().IsMatch(inside)
            || (!photoCredit && BylineParser.Parse(inside.ToString()) is { Count: > 0 });
    }

    [GeneratedRegex(@"^(?:责任编辑|责编|编辑|校对|审核|审校|来源)\s*[：:／/ ]?\s*[^，。；！？,;!?]{1,30}$")]
    private static partial Regex EditorCredit();

    // A subheading is often set off by a bullet or black brackets (■ 聚焦主业, 【聚焦主业】), which running text never opens with.
    private static bool IsMarked(string text) => ChineseText.Bullets.Contains(text[0]) || (text[0] == '【' && text[^1] == '】');

    // Two parallel phrases of three to eight ideographs set apart by a space (全民齐参与 共育文明新风): the shape of a subheading or title.
    private static bool IsCouplet(string text)
    {
        var space = text.IndexOf(' ');
        return space > 0 && text.IndexOf(' ', space + 1) < 0
            && IsPhrase(text.AsSpan(0, space)) && IsPhrase(text.AsSpan(space + 1));
    }

    private static bool IsPhrase(ReadOnlySpan<char> phrase)
    {
        if (phrase.Length is < 3 or > 8)
        {
            return false;
        }

        foreach (var c in phrase)
        {
            if (!ChineseText.IsIdeograph(c))
            {
                return false;
            }
        }

        return true;
    }

    // Numbered subheadings open with 一、 （一） 1. 1、 or 01 ; the mark after the number is not a clause break.
    private static int EnumeratorLength(string text)
    {
        var i = 0;
        var bracketed = text[0] is '（' or '(';
        if (bracketed)
        {
            i++;
        }

        var digits = i;
        while (i < text.Length && i - digits < 3 && (char.IsAsciiDigit(text[i]) || "一二三四五六七八九十".Contains(text[i])))
        {
            i++;
        }

        if (i == digits || i >= text.Length)
        {
            return 0;
        }

        if (bracketed)
        {
            return text[i] is '）' or ')' ? i + 1 : 0;
        }

        // 01 队伍壮大: a one- or two-digit number and a space, as posts number their parts.
        if (text[i] == ' ' && i - digits <= 2 && char.IsAsciiDigit(text[digits]))
        {
            return i + 1;
        }

        return text[i] is '、' or '.' or '．' ? i + 1 : 0;
    }
}
