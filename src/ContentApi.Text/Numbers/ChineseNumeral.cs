namespace ContentApi.Text.Numbers;

/// <summary>
/// The characters numbers are written with and the value of a numeral string: Arabic digits (half or full width,
/// with a decimal point), Chinese digits, the place units 十百千 and the section multipliers 万 and 亿.
/// </summary>
internal static class ChineseNumeral
{
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;
    private const decimal Zhao = 1_000_000_000_000m;

    /// <summary>
    /// The simplified form of a traditional or variant numeral character, so that one grammar reads both scripts:
    /// 萬→万, 億→亿, 兩→两, 貳→贰, 參→叁, 陸→陆, 負→负, 點→点, 幾→几 (Hong Kong, Macau and Taiwan pages), 倆→两, and
    /// full-width digits and point as ASCII (１２３４, ２．５).
    /// </summary>
    public static char Canonical(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        '．' => '.',
        '萬' => '万',
        '億' => '亿',
        '兩' or '倆' => '两',
        '貳' => '贰',
        '參' or '叄' => '叁',
        '陸' => '陆',
        '負' => '负',
        '點' => '点',
        '幾' => '几',
        _ => c,
    };

    /// <summary>The value of a digit character, Arabic or Chinese (二, 两, 〇, 叁, 貳 …), or -1.</summary>
    public static int Digit(char c) => Canonical(c) switch
    {
        var d when char.IsAsciiDigit(d) => d - '0',
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>The value of a place unit inside a section (十, 百, 千 and the financial 拾佰仟), or 0.</summary>
    public static int PlaceUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>The value of a section multiplier (万, 亿, 兆 and the traditional 萬, 億), or 0.</summary>
    public static decimal Multiplier(char c) => Canonical(c) switch
    {
        '万' => Wan,
        '亿' => Yi,
        // 兆 is a million million in a count (一兆 = 一万亿); before a unit it is the SI prefix mega, which the scanner leaves to the unit (兆瓦).
        '兆' => Zhao,
        _ => 0,
    };

    public static bool IsArabicDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    /// <summary>Whether the text holds an Arabic digit, half- or full-width (so a figure written in digits).</summary>
    public static bool ContainsArabicDigit(ReadOnlySpan<char> text) => text.ContainsAnyInRange('0', '9') || text.ContainsAnyInRange('０', '９');

    public static bool IsChineseDigit(char c) => !IsArabicDigit(c) && Digit(c) >= 0;

    /// <summary>The financial forms, written to prevent tampering on cheques: 壹贰叁肆伍陆柒捌玖拾佰仟.</summary>
    public static bool IsFinancial(char c) => Canonical(c) is '壹' or '贰' or '叁' or '肆' or '伍' or '陆' or '柒' or '捌' or '玖' or '拾' or '佰' or '仟';

    // 廿, 卅 and 卌 are single characters for twenty, thirty and forty (廿 = 二十, 卅三 = 三十三, 卌 = 四十).
    public static bool IsTensWord(char c) => c is '廿' or '卅' or '卌';

    /// <summary>Any character that can stand inside a numeral: digit, place unit, multiplier, 廿/卅/卌.</summary>
    public static bool IsNumeralCharacter(char c) => Digit(c) >= 0 || PlaceUnit(c) > 0 || Multiplier(c) > 0 || IsTensWord(c);

    /// <summary>
    /// The value of a numeral without qualifiers or ranges (一百二十万三, 3万4000, 16.4亿, 零点五, 负四十五亿), or null
    /// when the characters do not form one number — digits read one by one (二〇二三) or a misplaced unit.
    /// </summary>
    public static decimal? Value(ReadOnlySpan<char> numeral)
    {
        if (numeral.IsEmpty)
        {
            return null;
        }

        // 负 marks a negative amount (负四十五亿 = -4500000000).
        if (Canonical(numeral[0]) == '负')
        {
            return -Value(numeral[1..]);
        }

        Span<char> expanded = stackalloc char[numeral.Length * 2];
        try
        {
            return Sections(Expand(numeral, expanded)) is { } value ? Normalise(value) : null;
        }
        catch (OverflowException)
        {
            // 亿亿亿亿亿…: beyond what a decimal holds, and beyond any count a reader takes in.
            return null;
        }
    }

    /// <summary><paramref name="a"/> × <paramref name="b"/>, or null when the product is beyond a decimal.</summary>
    public static decimal? Product(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary><paramref name="a"/> ÷ <paramref name="b"/>, or null when the quotient is beyond a decimal.</summary>
    public static decimal? Quotient(decimal a, decimal b)
    {
        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The value without trailing zeros of scale: 4.2万 multiplies to 42000.0; dividing by one with the most trailing zeros drops the scale so that it prints as 42000.</summary>
    public static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>
    /// The value of Chinese digits read one by one, as years and codes are written (二〇二三 = 2023, 七〇七 = 707), or
    /// null when anything but a digit stands among them.
    /// </summary>
    public static decimal? DigitByDigit(ReadOnlySpan<char> numeral)
    {
        decimal value = 0;
        foreach (var c in numeral)
        {
            var digit = Digit(c);
            if (digit < 0 || IsArabicDigit(c))
            {
                return null;
            }

            value = value * 10 + digit;
        }

        return numeral.Length >= 2 ? value : null;
    }

    // 廿, 卅 and 卌 are rewritten as 二十, 三十 and 四十, traditional and full-width forms as simplified and ASCII, so that one grammar reads all.
    private static ReadOnlySpan<char> Expand(ReadOnlySpan<char> numeral, Span<char> expanded)
    {
        var length = 0;
        foreach (var c in numeral)
        {
            if (IsTensWord(c))
            {
                expanded[length++] = c switch { '廿' => '二', '卅' => '三', _ => '四' };
                expanded[length++] = '十';
            }
            else
            {
                expanded[length++] = Canonical(c);
            }
        }

        return expanded[..length];
    }

    // A numeral splits at its last, largest multiplier: 四亿|五千六百四十二万零一十五, 二十万|亿 (stacked: 20万 × 亿), 四万|万.
    private static decimal? Sections(ReadOnlySpan<char> numeral)
    {
        foreach (var (mark, size) in (ReadOnlySpan<(char, decimal)>)[('兆', Zhao), ('亿', Yi), ('万', Wan)])
        {
            var at = numeral.LastIndexOf(mark);
            if (at < 0)
            {
                continue;
            }

            var high = at == 0 ? 1 : Sections(numeral[..at]);
            var low = Remainder(numeral[(at + 1)..], size);
            return high is null || low is null ? null : high * size + low;
        }

        return Section(numeral);
    }

    // After a multiplier a lone digit is colloquial for the next place down: 一万三 = 13000, 一百二十万三 = 1203000.
    private static decimal? Remainder(ReadOnlySpan<char> rest, decimal size)
    {
        if (rest.Length == 1 && Digit(rest[0]) > 0)
        {
            return Digit(rest[0]) * size / 10;
        }

        return rest.IsEmpty ? 0 : Sections(rest);
    }

    // One section below 万: digits and place units, 零 as a filler (一千零五), an Arabic run as one digit (6千), 点 as a point.
    private static decimal? Section(ReadOnlySpan<char> section)
    {
        decimal total = 0;
        decimal? pending = null;
        var lastPlace = 0;
        var afterZero = false;
        var i = 0;
        while (i < section.Length)
        {
            var c = section[i];
            if (c is >= '0' and <= '9')
            {
                var run = ArabicRun(section[i..]);
                if (pending is not null || !decimal.TryParse(run, System.Globalization.CultureInfo.InvariantCulture, out var arabic))
                {
                    return null;
                }

                pending = arabic;
                i += run.Length;
                continue;
            }

            if (c == '点')
            {
                // The whole part keeps its colloquial reading: 两千三点一 = 2300.1; 十点二三 = 10.23.
                var fraction = DigitsAfterPoint(section[(i + 1)..]);
                return fraction is null ? null : Whole(total, pending, lastPlace, afterZero) + fraction;
            }

            var place = PlaceUnit(c);
            var digit = Digit(c);
            if (place > 0 && lastPlace > 0 && place >= lastPlace)
            {
                // Places descend within a section: 百千 is no number.
                return null;
            }

            if (place > 0)
            {
                total += (pending ?? 1) * place;
                lastPlace = place;
                pending = null;
                afterZero = false;
            }
            else if (digit == 0 && pending is null)
            {
                afterZero = true;
            }
            else if (digit > 0 && pending is null)
            {
                pending = digit;
            }
            else
            {
                return null;
            }

            i++;
        }

        return Whole(total, pending, lastPlace, afterZero);
    }

    // A digit after a hundreds or thousands place, with no 零 between, is colloquial for the next place down: 两千四百五 = 2450.
    private static decimal Whole(decimal total, decimal? pending, int lastPlace, bool afterZero)
    {
        var colloquial = pending is not null && lastPlace >= 100 && !afterZero && pending < 10 && pending == decimal.Truncate(pending.Value);
        return total + (colloquial ? pending!.Value * lastPlace / 10 : pending ?? 0);
    }

    private static ReadOnlySpan<char> ArabicRun(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && (text[length] is >= '0' and <= '9' || text[length] == '.'))
        {
            length++;
        }

        return text[..length];
    }

    // Digits after 点 are read one by one: 零点五 = 0.5, 三点一四 = 3.14.
    private static decimal? DigitsAfterPoint(ReadOnlySpan<char> digits)
    {
        decimal fraction = 0;
        decimal scale = 0.1m;
        foreach (var c in digits)
        {
            var digit = Digit(c);
            if (digit < 0)
            {
                return null;
            }

            fraction += digit * scale;
            scale /= 10;
        }

        return digits.IsEmpty ? null : fraction;
    }
}
