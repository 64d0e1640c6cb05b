namespace ContentApi.Text.Numbers;

/// <summary>
/// The forms built on a plain numeral by what follows it: clock times, scientific and thousands notation, fractions
/// and mixed numbers, a half, a dozen, ranges and percentages.
/// </summary>
internal static class NumeralForms
{

    // Superscript digits of a power of ten: 2.5×10⁴.
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>The numeral with every form that follows it read in.</summary>
    public static Numeral Extend(string text, Numeral numeral)
    {
        if (ClockTime(text, numeral) is { } time)
        {
            return time;
        }

        numeral = Notation(text, numeral) ?? numeral;
        return MixedNumber(text, numeral) ?? Fraction(text, numeral) ?? SlashFraction(text, numeral) ?? Half(text, numeral)
            ?? Dozen(text, numeral) ?? HundredMillionsSpoken(text, numeral) ?? Range(text, numeral) ?? Percent(text, numeral) ?? numeral;
    }

    // A digit run, a colon and two digits is a time of day: 7:00, 19：30.
    private static Numeral? ClockTime(string text, Numeral hours)
    {
        var end = hours.End;
        if (!hours.Has(NumeralShape.Arabic) || end + 2 >= text.Length || text[end] is not (':' or '：')
            || !ChineseNumeral.IsArabicDigit(text[end + 1]) || !ChineseNumeral.IsArabicDigit(text[end + 2]))
        {
            return null;
        }

        return hours with { End = end + 3, Shape = hours.Shape | NumeralShape.ClockTime };
    }

    // Arabic notation as data tables and the web write it: 1.2e5, 2.5×10⁴, 2.5×10^4, 40k (thousands).
    private static Numeral? Notation(string text, Numeral number)
    {
        var at = number.End;
        if (!IsArabicOnly(number) || number.Value is not { } value || at >= text.Length || !ChineseNumeral.IsArabicDigit(text[at - 1]))
        {
            return null;
        }

        if (text[at] is 'k' or 'K' && !IsLatinAt(text, at + 1))
        {
            return Scaled(number, at + 1, 3);
        }

        if (text[at] is 'e' or 'E' && Exponent(text, at + 1, superscript: false) is var (power, end) && !IsLatinAt(text, end))
        {
            return Scaled(number, end, power);
        }

        // 2^5 = 32, 2.5^-1 = 0.4: a power written with a caret.
        if (text[at] == '^' && Exponent(text, at + 1, superscript: false) is var (exponent, powerEnd) && !IsLatinAt(text, powerEnd)
            && Power(value, exponent) is { } raised)
        {
            return number with { End = powerEnd, Value = ChineseNumeral.Normalise(raised) };
        }

        if (text[at] is '×' or 'x' or 'X' or '*' && text.AsSpan(at + 1).StartsWith("10") && at + 3 < text.Length)
        {
            var caret = text[at + 3] == '^';
            if (Exponent(text, at + 3 + (caret ? 1 : 0), superscript: !caret) is var (tenPower, tenEnd))
            {
                return Scaled(number, tenEnd, tenPower);
            }
        }

        return null;

        Numeral? Scaled(Numeral n, int end, int power) =>
            Math.Abs(power) <= 20 && ChineseNumeral.Product(value, Pow10(power)) is { } scaled
                ? n with { End = end, Value = ChineseNumeral.Normalise(scaled) }
                : null;
    }

    // An exponent: an optional sign and one or two digits, ASCII, full-width or superscript.
    private static (int Power, int End)? Exponent(string text, int at, bool superscript)
    {
        var negative = at < text.Length && (superscript ? text[at] == '⁻' : text[at] is '-' or '－' or '−');
        var i = at + (negative || (!superscript && at < text.Length && text[at] is '+' or '＋') ? 1 : 0);
        var power = 0;
        var start = i;
        for (; i < text.Length && i - start < 2; i++)
        {
            var digit = superscript ? Superscripts.IndexOf(text[i]) : ChineseNumeral.IsArabicDigit(text[i]) ? ChineseNumeral.Digit(text[i]) : -1;
            if (digit < 0)
            {
                break;
            }

            power = power * 10 + digit;
        }

        return i > start ? (negative ? -power : power, i) : null;
    }

    private static decimal Pow10(int power) => Power(10m, power) ?? 0m;

    // Exact decimal powers, or null beyond what a decimal holds.
    private static decimal? Power(decimal value, int power)
    {
        if (Math.Abs(power) > 28 || (value == 0 && power < 0))
        {
            return null;
        }

        decimal? result = 1m;
        for (var i = 0; i < Math.Abs(power) && result is not null; i++)
        {
            result = ChineseNumeral.Product(result.Value, value);
        }

        return power >= 0 || result is null ? result : ChineseNumeral.Quotient(1m, result.Value);
    }

    // 三分之一: the denominator comes first (also spaced, 五 分之 一, and signed, 负３分之负一百五十七). Kept to four
    // places, as a reader would quote it.
    private static Numeral? Fraction(string text, Numeral denominator)
    {
        var mark = NumeralScanner.SkipSpaces(text, denominator.End);
        if (mark + 1 >= text.Length || text[mark] != '分')
        {
            return null;
        }

        var of = NumeralScanner.SkipSpaces(text, mark + 1);
        if (of >= text.Length || text[of] != '之' || !NumeralScanner.TryReadPlain(text, NumeralScanner.SkipSpaces(text, of + 1), out var numerator)
            || denominator.Value is not { } below || below == 0 || denominator.ValueMax is not null || numerator.Value is null || numerator.ValueMax is not null)
        {
            return null;
        }

        return Quotient(denominator.Start, numerator.End, numerator.Value.Value, denominator.Value.Value, denominator.Shape | numerator.Shape);
    }

    // 3/4: two short Arabic integers around a slash, not part of a date or path (2023/8/19, 8/19/2023).
    private static Numeral? SlashFraction(string text, Numeral numerator)
    {
        var at = numerator.End;
        if (!IsArabicOnly(numerator) || at + 1 >= text.Length || text[at] is not ('/' or '／') || !IsWholeNumber(numerator) || numerator.End - numerator.Start > 5
            || (numerator.Start > 0 && text[numerator.Start - 1] is '/' or '.' || IsLatinAt(text, numerator.Start - 1))
            || !NumeralScanner.TryReadPlain(text, at + 1, out var denominator) || !IsArabicOnly(denominator) || !IsWholeNumber(denominator)
            || denominator.End - denominator.Start > 4 || denominator.Value is not > 0
            || (denominator.End < text.Length && (text[denominator.End] is '/' or '／' or '.' or '-' || IsLatinAt(text, denominator.End))))
        {
            return null;
        }

        return Quotient(numerator.Start, denominator.End, numerator.Value!.Value, denominator.Value.Value, numerator.Shape | denominator.Shape);
    }

    // 三又三分之一, 1又1/2, 负一又二分之一: a whole number, 又, and a fraction; 1 3/5 in Arabic, with a space for 又.
    private static Numeral? MixedNumber(string text, Numeral whole)
    {
        var at = NumeralScanner.SkipSpaces(text, whole.End);
        var arabicSpace = at == whole.End + 1 && IsArabicOnly(whole) && whole.End - whole.Start <= 3;
        var next = at < text.Length && text[at] == '又' ? NumeralScanner.SkipSpaces(text, at + 1) : arabicSpace ? at : -1;
        if (next < 0 || next >= text.Length || !IsWholeNumber(whole) || !NumeralScanner.TryReadPlain(text, next, out var first))
        {
            return null;
        }

        var fraction = next == at && arabicSpace ? SlashFraction(text, first) : Fraction(text, first) ?? SlashFraction(text, first);
        if (fraction is not { Value: >= 0 and var part } read || (!arabicSpace && part >= 1))
        {
            return null;
        }

        var value = whole.Value < 0 || (whole.Value == 0 && text[whole.Start] is '负' or '負' or '-') ? whole.Value - part : whole.Value + part;
        return read with { Start = whole.Start, Value = value, Shape = read.Shape | whole.Shape };
    }

    // 一个半 = 1.5 (一个半小时 = 1.5 hours): a half after a whole number and its 个.
    private static Numeral? Half(string text, Numeral whole) =>
        IsWholeNumber(whole) && whole.Value >= 0 && text.AsSpan(whole.End).StartsWith("个半")
            ? whole with { End = whole.End + 2, Value = whole.Value + 0.5m }
            : null;

    // 投资7.9个亿, 4个多亿: speech counts hundreds of millions with 个, as if 亿 were a thing (四个亿 = 4亿); 个 counts
    // nothing there, and 多 between is "over". Only 亿: 5个万亩片 counts fields of ten thousand mu.
    private static Numeral? HundredMillionsSpoken(string text, Numeral number)
    {
        var rest = text.AsSpan(number.End);
        var over = rest.StartsWith("个多亿");
        if (!(over || rest.StartsWith("个亿")) || number.Value is not { } value || number.Has(NumeralShape.DigitByDigit)
            || ChineseNumeral.Multiplier(text[number.End - 1]) > 0 || ChineseNumeral.Product(value, 100_000_000m) is not { } hundredMillions)
        {
            return null;
        }

        // 三四个亿, 一两个亿: a range of neighbouring numerals scales at both ends.
        decimal? highEnd = null;
        if (number.ValueMax is { } max && (highEnd = ChineseNumeral.Product(max, 100_000_000m)) is null)
        {
            return null;
        }

        return number with
        {
            End = number.End + (over ? 3 : 2), Value = hundredMillions, ValueMax = highEnd, Shape = number.Shape | (over ? NumeralShape.Over : 0),
        };
    }

    // 一打 = 12, 十打苹果 = 120: 打 counts dozens, except after a lone 一 that a verb follows (一打开 is "once opened").
    private static Numeral? Dozen(string text, Numeral number)
    {
        var at = number.End;
        if (!IsWholeNumber(number) || number.Value is not > 0 || at >= text.Length || text[at] != '打')
        {
            return null;
        }

        var after = at + 1 < text.Length ? text[at + 1] : '\0';
        var verbAfterYi = number.End - number.Start == 1 && number.Value == 1 && after is >= '\u4e00' and <= '\u9fff';
        return verbAfterYi ? null : number with { End = at + 1, Value = number.Value * 12 };
    }

    // 三至五万, 五到八千, 一千到一千五百: a scale written only on the high end applies to both ends.
    private static Numeral? Range(string text, Numeral low)
    {
        var at = low.End;
        if (at + 1 >= text.Length || !(JoinsARange(text[at]) || IsDashRange(text, low)) || low.Value is null || low.ValueMax is not null
            || low.Has(NumeralShape.DigitByDigit)
            || !NumeralScanner.TryReadPlain(text, at + 1, out var high) || high.Value is null || high.ValueMax is not null || high.Has(NumeralShape.DigitByDigit))
        {
            return null;
        }

        var lowValue = low.Value.Value;
        if (TrailingMultiplier(text, low) == 1 && ChineseNumeral.Product(lowValue, TrailingMultiplier(text, high) ?? 1) is { } scaled && scaled <= high.Value)
        {
            lowValue = scaled;
        }

        return lowValue < high.Value
            ? new Numeral(low.Start, high.End, lowValue, high.Value, low.Shape | high.Shape)
            : null;
    }

    // 至, 到 and the tildes join the ends of a range wherever they stand (三至五万, 5%~8%); a dash only where no code or
    // date can be meant (IsDashRange) or between two percentages.
    private static bool JoinsARange(char c) => c is '至' or '到' or '~' or '～';

    /// <summary>Whether <paramref name="c"/> may join the ends of a range written with their units (75元至600元, 18公里—20公里).</summary>
    public static bool JoinsARangeOfMeasures(char c) => JoinsARange(c) || IsDash(c);

    // The hyphen, the en dash and the em dash, which Chinese text uses alike between the ends of a range.
    private static bool IsDash(char c) => c is '-' or '–' or '—';

    // 2-3人, 10—15个: a dash between two short runs of digits is a range, and so between two with the same scale after
    // them (200万—500万元, 1万-2万元, where the hyphen would otherwise make the high end negative). Not in a phone number
    // (022-2627…: a leading zero), a code or a date (2023-11-28: a dash or digit on either side of the pair).
    private static bool IsDashRange(string text, Numeral low)
    {
        var at = low.End;
        var scale = ScaleAfterDigits(text, low);
        if (!IsDash(text[at]) || !(IsArabicOnly(low) || scale.Length > 0) || text[low.Start] == '0' || low.End - low.Start - scale.Length > 4)
        {
            return false;
        }

        var before = low.Start > 0 ? text[low.Start - 1] : ' ';
        if (IsDash(before) || char.IsAsciiLetterOrDigit(before))
        {
            return false;
        }

        var high = at + 1;
        while (high < text.Length && char.IsAsciiDigit(text[high]))
        {
            high++;
        }

        var digits = high - at - 1;
        // 2-2.5公斤, 8000-1.2万元: the high end may have a decimal part (a third dot, 1-2.3.4, is a numbering).
        if (high + 1 < text.Length && text[high] == '.' && char.IsAsciiDigit(text[high + 1]))
        {
            high++;
            while (high < text.Length && char.IsAsciiDigit(text[high]))
            {
                high++;
            }
        }

        var scaled = text.AsSpan(high).StartsWith(scale, StringComparison.Ordinal);
        high += scale.Length;
        var after = high < text.Length ? text[high] : ' ';
        return digits is >= 1 and <= 5 && scaled && text[at + 1] != '0' && !IsDash(after) && after != '.' && !char.IsAsciiLetter(after);
    }

    // The 万 or 亿 written after a number's digits (200万, 1.5亿), or "" when it has none or other characters.
    private static string ScaleAfterDigits(string text, Numeral numeral)
    {
        var digitsEnd = numeral.End;
        while (digitsEnd > numeral.Start && text[digitsEnd - 1] is '万' or '亿')
        {
            digitsEnd--;
        }

        var digitsOnly = digitsEnd > numeral.Start && digitsEnd < numeral.End
            && !text.AsSpan(numeral.Start, digitsEnd - numeral.Start).ContainsAnyExcept("0123456789.");
        return digitsOnly ? text[digitsEnd..numeral.End] : "";
    }

    // 20%, ２２％, 3‰ (per mille: 3 in ‰); 三成 = 30%, 三成半 = 35% when 成 ends the word; a price at 八折 is 80% of
    // the full one, 75折 and 五五折 75% and 55%.
    private static Numeral? Percent(string text, Numeral number)
    {
        var at = number.End;
        if (at >= text.Length || number.Value is null)
        {
            return null;
        }

        if (text[at] == '折' && (at + 1 >= text.Length || IsTenthsBoundary(text[at + 1])) && number.ValueMax is null && Discount(number) is { } paid)
        {
            return number with { End = at + 1, Value = paid, Shape = (number.Shape | NumeralShape.Percent) & ~NumeralShape.DigitByDigit };
        }

        if (number.Has(NumeralShape.DigitByDigit))
        {
            return null;
        }

        if (text[at] is '%' or '％')
        {
            var percent = number with { End = at + 1, Shape = number.Shape | NumeralShape.Percent };
            return PercentRange(text, percent) ?? percent;
        }

        if (text[at] == '‰')
        {
            return number with { End = at + 1, Shape = number.Shape | NumeralShape.Percent | NumeralShape.PerMille };
        }

        if (text[at] == '成' && number.Value is >= 0 and <= 10 && number.ValueMax is null)
        {
            var half = at + 1 < text.Length && text[at + 1] == '半';
            var after = at + (half ? 2 : 1);
            // 一成为 is 成为 "become" after a word ending in 一 (合一, 统一); 七成为女性 is 70% "are" women.
            if (after >= text.Length || (IsTenthsBoundary(text[after]) && !(text[after] == '为' && !half && number.Value == 1)))
            {
                return number with { End = after, Value = number.Value * 10 + (half ? 5 : 0), Shape = number.Shape | NumeralShape.Percent };
            }
        }

        return null;
    }

    // 50%-100%, 20%—30%, 5%~8%, 20%至30%: two percentages joined as a range are one, its ends both written with %
    // (the dash is no minus sign of the second: 增加了50%-100%不等).
    private static Numeral? PercentRange(string text, Numeral low)
    {
        var at = low.End;
        if (at + 2 >= text.Length || low.ValueMax is not null || !JoinsARangeOfMeasures(text[at])
            || !NumeralScanner.TryReadPlain(text, at + 1, out var high) || high.Value is not { } top || high.ValueMax is not null
            || high.Has(NumeralShape.DigitByDigit) || high.End >= text.Length || text[high.End] is not ('%' or '％') || top <= low.Value)
        {
            return null;
        }

        return new Numeral(low.Start, high.End + 1, low.Value, top, low.Shape | high.Shape);
    }

    // 八折 and 8.5折 are tenths of the price; 75折 and 五五折, two digits, are hundredths (十折 is no discount).
    private static decimal? Discount(Numeral number) => number.Value switch
    {
        > 0 and < 10 and var tenths => tenths * 10,
        >= 10 and < 100 and var hundredths when hundredths == decimal.Truncate(hundredths) && (IsArabicOnly(number) || number.Has(NumeralShape.DigitByDigit)) => hundredths,
        _ => null,
    };

    // 成 is tenths only as a word of its own (三成, 不足三成，, 三成和两成半); 建成, 三成员 and 一成不变 are other words.
    private static bool IsTenthsBoundary(char c) => !char.IsLetterOrDigit(c) || c is '以' or '左' or '多' or '的' or '了' or '是' or '为' or '和' or '与' or '及' or '或';

    // The scale written at the end of a numeral: 万 of 五万, 千 of 八千 (one digit and its place), 1 for 30 or 一千五百.
    private static decimal? TrailingMultiplier(string text, Numeral numeral)
    {
        decimal? multiplier = 1;
        var i = numeral.End - 1;
        for (; i > numeral.Start && ChineseNumeral.Multiplier(text[i]) > 0 && multiplier is not null; i--)
        {
            multiplier = ChineseNumeral.Product(multiplier.Value, ChineseNumeral.Multiplier(text[i]));
        }

        var onePlace = i == numeral.Start + 1 && ChineseNumeral.PlaceUnit(text[i]) > 0 && ChineseNumeral.Digit(text[numeral.Start]) > 0;
        return onePlace && multiplier is { } scale ? ChineseNumeral.Product(scale, ChineseNumeral.PlaceUnit(text[i])) : multiplier;
    }

    private static Numeral? Quotient(int start, int end, decimal numerator, decimal denominator, NumeralShape shape) =>
        ChineseNumeral.Quotient(numerator, denominator) is { } quotient
            ? new Numeral(start, end, Math.Round(quotient, 4), null, shape | NumeralShape.Fraction)
            : null;

    private static bool IsArabicOnly(Numeral numeral) => numeral.Has(NumeralShape.Arabic) && !numeral.Has(NumeralShape.Chinese);

    private static bool IsWholeNumber(Numeral numeral) =>
        numeral.Value is { } value && value == decimal.Truncate(value) && numeral.ValueMax is null && !numeral.Has(NumeralShape.DigitByDigit)
        && !numeral.Has(NumeralShape.Over);

    private static bool IsLatinAt(string text, int at) => at >= 0 && at < text.Length && char.IsAsciiLetter(text[at]);
}
