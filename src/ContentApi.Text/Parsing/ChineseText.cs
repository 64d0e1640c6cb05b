namespace ContentApi.Text.Parsing;

/// <summary>The character classes the page rules are written in: ideographs, sentence ends, clause marks, dashes.</summary>
internal static class ChineseText
{
    /// <summary>The longest title in book-title marks (《…》) read as one: a law's or a plan's full name fits.</summary>
    public const int MaxTitleLength = 40;

    /// <summary>A Han ideograph: the basic block, extension A and the compatibility block.</summary>
    public static bool IsIdeograph(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Whether every character is an ideograph (true for none).</summary>
    public static bool AllIdeographs(ReadOnlySpan<char> words)
    {
        foreach (var c in words)
        {
            if (!IsIdeograph(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A character that only occurs in Chinese text: an ideograph, CJK punctuation or a full-width form.</summary>
    public static bool IsChinese(char c) =>
        IsIdeograph(c) || c is >= '\u3001' and <= '\u303F' or >= '\uFF01' and <= '\uFF60' or '“' or '”' or '…';

    // A paragraph may end on a full stop, an exclamation or question mark, an ellipsis, or the closing mark of a
    // quotation or aside that ends it (…他说：“好。”). A colon or semicolon ends a lead-in to a list ("要求是：").
    public static bool IsParagraphEnd(char c) =>
        c is '。' or '！' or '？' or '…' or '”' or '’' or '』' or '」' or '）' or '】' or '》' or '：' or '；'
            or '.' or '!' or '?' or '"' or ')';

    /// <summary>The marks that separate clauses inside a sentence.</summary>
    public static bool IsClauseMark(char c) => c is '，' or '、' or '；' or '：' or ',' or ';' or ':';

    /// <summary>The bullets that set a byline or a subheading off from the text around it (■ 通讯员 张三, ■ 聚焦主业).</summary>
    public const string Bullets = "■□●○◆◇★☆◎•▇█";

    /// <summary>The dashes of every width that lead a deck line (——副题), with the space that may follow them.</summary>
    public const string Dashes = "—―─－-–‐ ";

    public static bool IsDash(char c) => c != ' ' && Dashes.Contains(c);

    /// <summary>The count of characters other than spaces, how long a line reads, counted up to <paramref name="limit"/> at most.</summary>
    public static int VisibleLength(ReadOnlySpan<char> text, int limit)
    {
        var length = 0;
        for (var i = 0; i < text.Length && length <= limit; i++)
        {
            if (text[i] != ' ')
            {
                length++;
            }
        }

        return length;
    }
}
