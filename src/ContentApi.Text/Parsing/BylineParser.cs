namespace ContentApi.Text.Parsing;

/// <summary>Reads the people a byline names and the role it gives each (■ 本报记者 张三 通讯员 李四 王五).</summary>
internal static class BylineParser
{
    // Longest first, so that 本报记者 is read before 记者 and 文/图 before 文.
    private static readonly string[] Roles =
    [
        "本报特约记者", "本报见习记者", "本报通讯员", "本报记者", "特约通讯员", "特约记者", "见习记者", "实习记者", "首席记者",
        "融媒记者", "摄影记者", "通讯员", "实习生", "记者", "摄影", "文/图", "图/文", "文／图", "图／文", "撰文", "撰稿", "作者", "编译",
        "文", "图", "摄",
    ];

    /// <summary>The authors <paramref name="line"/> names when the whole line is a byline, otherwise null.</summary>
    public static List<Author>? Parse(string line)
    {
        // A byline may open with a bullet that sets it off from the title above it.
        var text = line.AsSpan().TrimStart(ChineseText.Bullets).Trim();
        // A byline closing an article is often bracketed: （记者 张三）.
        if (text.Length > 2 && text[0] is '（' or '(' && text[^1] is '）' or ')')
        {
            text = text[1..^1].Trim();
        }

        if (text.Length == 0 || text.Length > 40)
        {
            return null;
        }

        var authors = new List<Author>();
        List<string>? unassigned = null;
        string? role = null;
        while (!text.IsEmpty)
        {
            text = text.TrimStart(" 、，,：:/／");
            if (text.IsEmpty)
            {
                break;
            }

            if (TryReadRole(text, out var found, out var rest))
            {
                role = found;
                text = rest;
                // Names written before their role take it (张三 李四 摄), as photo credits are.
                authors.AddRange(unassigned?.Select(name => new Author(name, found)) ?? []);
                unassigned?.Clear();
                continue;
            }

            var tokenLength = text.IndexOfAny(" 、，,/／");
            var token = tokenLength < 0 ? text : text[..tokenLength];
            // A byline is only roles and names, so anything else means this is not one.
            if (!IsName(token))
            {
                return null;
            }

            if (role is null)
            {
                (unassigned ??= []).Add(token.ToString());
            }
            else
            {
                authors.Add(new Author(token.ToString(), role));
            }

            text = text[token.Length..];
        }

        // Names with no role before or after them are not a byline: 张三 李四 alone could be anything.
        return authors.Count > 0 && (unassigned is null || unassigned.Count == 0) ? authors : null;
    }

    /// <summary>
    /// The authors credited in the opening of a news paragraph, "本报讯（记者 张三）…" or "新华社北京电（记者 李四）…",
    /// where the credit runs into the first sentence instead of standing on its own line.
    /// </summary>
    public static List<Author>? ParseDatelineCredit(string paragraph)
    {
        var opening = paragraph.AsSpan(0, Math.Min(paragraph.Length, 20));
        var bracket = opening.IndexOfAny('（', '(');
        if (bracket < 2 || opening[..bracket].IndexOfAny('讯', '电') < 0)
        {
            return null;
        }

        var inside = paragraph.AsSpan(bracket + 1);
        var close = inside.IndexOfAny('）', ')');
        return close is > 0 and <= 40 ? Parse(inside[..close].ToString()) : null;
    }

    private static bool TryReadRole(ReadOnlySpan<char> text, out string role, out ReadOnlySpan<char> rest)
    {
        foreach (var candidate in Roles)
        {
            if (!text.StartsWith(candidate, StringComparison.Ordinal))
            {
                continue;
            }

            rest = text[candidate.Length..];
            // A one-character role (文, 图, 摄) must be set off, or 文明 would read as the role 文 and the name 明.
            var setOff = rest.IsEmpty || rest[0] is ' ' or '：' or ':' or '/' or '／';
            if (setOff || candidate.Length > 1)
            {
                role = candidate;
                rest = rest.TrimStart("/／");
                return true;
            }
        }

        role = "";
        rest = text;
        return false;
    }

    // A Chinese name is two to four ideographs; a transliterated one joins its parts with a middle dot (阿依古丽·买买提).
    private static bool IsName(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || token.Length > 12)
        {
            return false;
        }

        var ideographs = 0;
        foreach (var c in token)
        {
            if (ChineseText.IsIdeograph(c))
            {
                ideographs++;
            }
            else if (c != '·' && c != '•')
            {
                return false;
            }
        }

        return token.Contains('·') || token.Contains('•') || ideographs <= 4;
    }
}
