using System.Text.RegularExpressions;

namespace ContentApi.Text.Places;

/// <summary>
/// 中新网广州8月11日电, 央广网武汉8月19日消息, 深圳新闻网2023年8月2日讯: a place right before a date and the wire's word (电, 讯,
/// 消息) is the dateline's, where the reporter files from, which says nothing of where the story's figures are.
/// </summary>
internal static partial class PlaceDateline
{
    // The date in digits or in Chinese numerals (八月十一日电); 新闻 and a space may stand before it (某某新闻 网 …).
    [GeneratedRegex(@"^(?:新闻)?\s*(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日\s*(?:电|讯|消息)")]
    private static partial Regex DateAndWire();

    /// <summary>Whether <paramref name="after"/>, the words right after a place, are the rest of a dateline.</summary>
    public static bool Follows(ReadOnlySpan<char> after) => DateAndWire().IsMatch(after);

    /// <summary>Where the story begins after a dateline whose place ends at <paramref name="at"/>: past its date, its
    /// wire's word and the reporter's credit in brackets (（记者 某某）).</summary>
    public static int StoryStart(string text, int at)
    {
        foreach (var match in DateAndWire().EnumerateMatches(text.AsSpan(at)))
        {
            at += match.Length;
        }

        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at < text.Length && text[at] is '（' or '(' && text.IndexOfAny([')', '）'], at) is var close and > 0 && close - at <= MaxCredit)
        {
            at = close + 1;
        }

        return at;
    }

    // A reporter's credit is short: （记者 某某 通讯员 某某某）.
    private const int MaxCredit = 40;
}
