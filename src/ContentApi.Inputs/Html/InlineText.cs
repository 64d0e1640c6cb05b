using System.Text;

namespace ContentApi.Inputs.Html;

/// <summary>How a browser shows the text of one block: white space collapsed, none between Chinese characters.</summary>
internal static class InlineText
{
    /// <summary>
    /// Collapses runs of HTML white space (and no-break spaces) to one space and trims the ends. A run that breaks the
    /// source line between two wide characters is dropped instead: a page's source wraps inside Chinese sentences
    /// (第一\n季度), and a reader sees no space there (CSS Text's segment-break rule for East Asian text); a space
    /// typed between Chinese words (记者 周寿江) stays. Full-width spaces (U+3000) are text and stay as they are.
    /// </summary>
    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0')
            {
                pendingSpace = result.Length > 0;
                pendingBreak |= c is '\n' or '\r';
                continue;
            }

            if (pendingSpace && !(pendingBreak && WideText.IsWide(result[^1]) && WideText.IsWide(c)))
            {
                result.Append(' ');
            }

            pendingSpace = pendingBreak = false;
            result.Append(c);
        }

        return result.ToString();
    }
}
