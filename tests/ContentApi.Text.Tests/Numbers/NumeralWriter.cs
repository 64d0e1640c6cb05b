using System.Globalization;
using System.Text;

namespace ContentApi.Text.Tests.Numbers;

/// <summary>The written styles a Chinese page prints a number in.</summary>
public enum NumeralStyle
{
    /// <summary>1234567.5</summary>
    Arabic,

    /// <summary>1,234,567.5</summary>
    ArabicGrouped,

    /// <summary>一百二十三万四千五百六十七点五</summary>
    Simplified,

    /// <summary>一百二十三萬四千五百六十七點五</summary>
    Traditional,

    /// <summary>壹佰贰拾叁万肆仟伍佰陆拾柒</summary>
    Financial,

    /// <summary>壹佰貳拾參萬肆仟伍佰陸拾柒 (financial as Hong Kong and Taiwan write it)</summary>
    TraditionalFinancial,

    /// <summary>123万4567: Arabic sections with Chinese multipliers.</summary>
    Mixed,
}

/// <summary>
/// Writes a number as a Chinese page would, independently of the scanner that reads it back: the standard reading
/// of sections (亿, 万) and places (千百十) with 零 for every gap, decimals read digit by digit after 点.
/// </summary>
public static class NumeralWriter
{
    private const string SimplifiedDigits = "零一二三四五六七八九";
    private const string FinancialDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string TraditionalFinancialDigits = "零壹貳參肆伍陸柒捌玖";

    public static string Write(decimal value, NumeralStyle style)
    {
        var negative = value < 0;
        var magnitude = Math.Abs(value);
        var whole = decimal.Truncate(magnitude);
        var fraction = (magnitude - whole).ToString(CultureInfo.InvariantCulture);
        var decimals = fraction.Length > 2 ? fraction[2..] : "";
        var body = style switch
        {
            NumeralStyle.Arabic => Arabic(whole, decimals, grouped: false),
            NumeralStyle.ArabicGrouped => Arabic(whole, decimals, grouped: true),
            NumeralStyle.Mixed => Mixed(whole, decimals.Length > 0) + (decimals.Length > 0 ? "." + decimals : ""),
            _ => Chinese(whole, decimals, style),
        };
        var sign = style is NumeralStyle.Arabic or NumeralStyle.ArabicGrouped or NumeralStyle.Mixed ? "-"
            : style is NumeralStyle.Traditional or NumeralStyle.TraditionalFinancial ? "負" : "负";
        return negative ? sign + body : body;
    }

    private static string Arabic(decimal whole, string decimals, bool grouped) =>
        whole.ToString(grouped ? "#,0" : "0", CultureInfo.InvariantCulture) + (decimals.Length > 0 ? "." + decimals : "");

    // 1234亿5678万0012: every section below the highest keeps its four digits, so that no lone digit reads as colloquial.
    private static string Mixed(decimal whole, bool hasDecimals)
    {
        var yi = decimal.Truncate(whole / 100_000_000m);
        var wan = decimal.Truncate(whole % 100_000_000m / 10_000m);
        var units = whole % 10_000m;
        var written = new StringBuilder();
        if (yi > 0)
        {
            written.Append(yi.ToString(CultureInfo.InvariantCulture)).Append('亿');
        }

        if (wan > 0)
        {
            written.Append(wan.ToString(written.Length > 0 ? "0000" : "0", CultureInfo.InvariantCulture)).Append('万');
        }

        if (units > 0 || written.Length == 0 || hasDecimals)
        {
            written.Append(units.ToString(written.Length > 0 ? "0000" : "0", CultureInfo.InvariantCulture));
        }

        return written.ToString();
    }

    private static string Chinese(decimal whole, string decimals, NumeralStyle style)
    {
        var digits = style switch
        {
            NumeralStyle.Financial => FinancialDigits,
            NumeralStyle.TraditionalFinancial => TraditionalFinancialDigits,
            _ => SimplifiedDigits,
        };
        var financial = style is NumeralStyle.Financial or NumeralStyle.TraditionalFinancial;
        var traditional = style is NumeralStyle.Traditional or NumeralStyle.TraditionalFinancial;
        var names = new Names(
            digits,
            financial ? "拾佰仟" : "十百千",
            traditional ? '萬' : '万',
            traditional ? '億' : '亿',
            traditional ? '點' : '点');
        // Cheques write 壹拾 in full; speech and print drop the 一 of a leading ten (十五).
        var written = new StringBuilder(Integer(whole, names, leading: !financial));
        if (decimals.Length > 0)
        {
            written.Append(names.Point);
            foreach (var digit in decimals)
            {
                written.Append(digits[digit - '0']);
            }
        }

        return written.ToString();
    }

    // Above 亿 and 万 the high part is written whole; a low part below its first place is preceded by 零 (一万零五).
    private static string Integer(decimal value, Names names, bool leading)
    {
        foreach (var (size, mark) in (ReadOnlySpan<(decimal, char)>)[(100_000_000m, names.Yi), (10_000m, names.Wan)])
        {
            if (value < size)
            {
                continue;
            }

            var high = decimal.Truncate(value / size);
            var low = value % size;
            var written = Integer(high, names, leading) + mark;
            if (low == 0)
            {
                return written;
            }

            return written + (low < size / 10 ? names.Digits[0] + Integer(low, names, leading: false) : Integer(low, names, leading: false));
        }

        return Section((int)value, names, leading);
    }

    // One section below 万: 一千零五, 一百一十, 十五 (a leading 一十 is written 十).
    private static string Section(int value, Names names, bool leading)
    {
        if (value == 0)
        {
            return names.Digits[0].ToString();
        }

        var written = new StringBuilder();
        var gap = false;
        for (var place = 3; place >= 0; place--)
        {
            var digit = value / (int)Math.Pow(10, place) % 10;
            if (digit == 0)
            {
                gap = written.Length > 0;
                continue;
            }

            if (gap)
            {
                written.Append(names.Digits[0]);
                gap = false;
            }

            var tenAlone = place == 1 && digit == 1 && written.Length == 0 && leading;
            if (!tenAlone)
            {
                written.Append(names.Digits[digit]);
            }

            if (place > 0)
            {
                written.Append(names.Places[place - 1]);
            }
        }

        return written.ToString();
    }

    private sealed record Names(string Digits, string Places, char Wan, char Yi, char Point);
}
