using System.Text;

namespace ContentApi.Inputs;

/// <summary>The characters Chinese text sets without spaces between them, and where a space belongs when text is joined.</summary>
internal static class WideText
{
    // Ideographs, CJK radicals and punctuation, kana, and full-width forms.
    public static bool IsWide(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    /// <summary>
    /// Whether two runs of text joined here need a space between them: only between Latin words and numbers. What
    /// decides is the last letter or digit before the join, so that Chinese text with ASCII or general punctuation
    /// (“好人事迹展”“好人志愿市集”, 日前,2024年) joins without one and <c>text.Next</c> gets one.
    /// </summary>
    public static bool SpaceBetween(StringBuilder left, char right)
    {
        if (!char.IsAsciiLetterOrDigit(right))
        {
            return false;
        }

        for (var i = left.Length - 1; i >= 0; i--)
        {
            if (char.IsLetterOrDigit(left[i]))
            {
                return !IsWide(left[i]);
            }

            if (left[i] == ' ')
            {
                return false;
            }
        }

        return false;
    }
}
