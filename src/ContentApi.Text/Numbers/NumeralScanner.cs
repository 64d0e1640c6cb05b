namespace ContentApi.Text.Numbers;

/// <summary>
/// Reads the numeral that begins at a position of a text: the digits and units themselves, and the forms built on
/// them — percentages, fractions, ranges, vague counts and clock times. Qualifiers and measure words are not
/// part of a numeral; the statistics grammar reads them around it.
/// </summary>
internal static class NumeralScanner
{
    private const string PercentPrefix = "百分之";
    private const string PerMillePrefix = "千分之";
    private const string FractionMark = "分之";

    // Longer runs are not numbers a reader takes in (and would overflow a decimal): they are codes.
    private const int MaxLength = 32;

    // A numeral made only of these has no digit: 百, 千万.
    private static readonly System.Buffers.SearchValues<char> PlaceAndMultiplierCharacters = System.Buffers.SearchValues.Create("十百千万亿拾佰仟点负");

    /// <summary>Every character a numeral can begin with, to skip quickly over text that has none.</summary>
    public static readonly System.Buffers.SearchValues<char> FirstCharacters = System.Buffers.SearchValues.Create(
        "0123456789０１２３４５６７８９零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十百千万亿拾佰仟廿卅几数负");

    /// <summary>Whether a numeral can begin at <paramref name="at"/>.</summary>
    public static bool StartsAt(string text, int at) =>
        (ChineseNumeral.IsNumeralCharacter(text[at]) && !IsLoneFinancial(text, at))
        || (IsVagueDigit(text[at]) && IsUnitAt(text, at + 1))
        || (text[at] == '负' && at + 1 < text.Length && ChineseNumeral.IsNumeralCharacter(text[at + 1]));

    /// <summary>Reads the numeral at <paramref name="start"/>; false when none begins there.</summary>
    public static bool TryRead(string text, int start, out Numeral numeral)
    {
        numeral = null!;
        if (!StartsAt(text, start))
        {
            return false;
        }

        // 百分之二十 and 千分之一: the percentage is named before its number.
        foreach (var (prefix, scale) in (ReadOnlySpan<(string, decimal)>)[(PercentPrefix, 1m), (PerMillePrefix, 0.1m)])
        {
            if (text.AsSpan(start).StartsWith(prefix) && TryReadPlain(text, start + prefix.Length, out var share) && share.Value is not null)
            {
                numeral = share with { Start = start, Value = share.Value * scale, ValueMax = share.ValueMax * scale, Shape = share.Shape | NumeralShape.Percent };
                return true;
            }
        }

        if (!TryReadPlain(text, start, out numeral))
        {
            return false;
        }

        numeral = ClockTime(text, numeral) ?? Fraction(text, numeral) ?? Range(text, numeral) ?? Percent(text, numeral) ?? numeral;
        return true;
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

    // 三分之一: the denominator comes first. Kept to four places, as a reader would quote it.
    private static Numeral? Fraction(string text, Numeral denominator)
    {
        var at = denominator.End;
        if (!text.AsSpan(at).StartsWith(FractionMark) || !TryReadPlain(text, at + FractionMark.Length, out var numerator)
            || denominator.Value is not > 0 || numerator.Value is null
            || ChineseNumeral.Quotient(numerator.Value.Value, denominator.Value.Value) is not { } quotient)
        {
            return null;
        }

        return new Numeral(denominator.Start, numerator.End, Math.Round(quotient, 4), null, denominator.Shape | numerator.Shape | NumeralShape.Fraction);
    }

    // 三至五万, 五到八千, 一千到一千五百: a scale written only on the high end applies to both ends.
    private static Numeral? Range(string text, Numeral low)
    {
        var at = low.End;
        if (at + 1 >= text.Length || !(text[at] is '至' or '到' or '~' or '～' || IsDashRange(text, low)) || low.Value is null || low.ValueMax is not null
            || !TryReadPlain(text, at + 1, out var high) || high.Value is null || high.ValueMax is not null)
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

    // 2-3人, 10—15个: a dash between two short runs of digits is a range. Not in a phone number (022-2627…: a
    // leading zero), a code or a date (2023-11-28: a dash or digit on either side of the pair).
    private static bool IsDashRange(string text, Numeral low)
    {
        var at = low.End;
        if (text[at] is not ('-' or '–' or '—') || !low.Has(NumeralShape.Arabic) || low.Has(NumeralShape.Chinese)
            || text[low.Start] == '0' || low.End - low.Start > 4)
        {
            return false;
        }

        var before = low.Start > 0 ? text[low.Start - 1] : ' ';
        if (before is '-' or '–' or '—' || char.IsAsciiLetterOrDigit(before))
        {
            return false;
        }

        var high = at + 1;
        while (high < text.Length && char.IsAsciiDigit(text[high]))
        {
            high++;
        }

        var after = high < text.Length ? text[high] : ' ';
        return high - at - 1 is >= 1 and <= 5 && text[at + 1] != '0' && after is not ('-' or '–' or '—' or '.') && !char.IsAsciiLetter(after);
    }

    // 20%, ２２％ and 3‰ (per mille, kept as a percentage: 0.3); 三成 = 30%, 三成半 = 35% when 成 ends the word.
    private static Numeral? Percent(string text, Numeral number)
    {
        var at = number.End;
        if (at >= text.Length || number.Value is null)
        {
            return null;
        }

        if (text[at] is '%' or '％' or '‰')
        {
            var scale = text[at] == '‰' ? 0.1m : 1m;
            return number with { End = at + 1, Value = number.Value * scale, ValueMax = number.ValueMax * scale, Shape = number.Shape | NumeralShape.Percent };
        }

        if (text[at] == '成' && number.Value <= 10 && number.ValueMax is null)
        {
            var half = at + 1 < text.Length && text[at + 1] == '半';
            var after = at + (half ? 2 : 1);
            if (after >= text.Length || IsTenthsBoundary(text[after]))
            {
                return number with { End = after, Value = number.Value * 10 + (half ? 5 : 0), Shape = number.Shape | NumeralShape.Percent };
            }
        }

        return null;
    }

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

    // A financial numeral stands with other Chinese numerals (壹佰贰拾); alone it is a character of a word: 队伍, 陆地.
    // An amount written to prevent tampering is written wholly in such forms, so Arabic digits beside one are a
    // number of their own: 队伍90余支 is 90 teams, not 伍90.
    private static bool IsLoneFinancial(string text, int at) =>
        ChineseNumeral.IsFinancial(text[at])
        && (at + 1 >= text.Length || !IsChineseNumeralCharacter(text[at + 1]))
        && (at == 0 || !IsChineseNumeralCharacter(text[at - 1]));

    private static bool IsChineseNumeralCharacter(char c) => ChineseNumeral.IsNumeralCharacter(c) && !ChineseNumeral.IsArabicDigit(c);

    private static bool IsVagueDigit(char c) => c is '几' or '数';

    private static bool IsUnitAt(string text, int at) =>
        at < text.Length && (ChineseNumeral.PlaceUnit(text[at]) > 0 || ChineseNumeral.Multiplier(text[at]) > 0);

    // The digits and units of one number, with grouping commas dropped and 余/多 before a multiplier noted (500余万).
    private static bool TryReadPlain(string text, int start, out Numeral numeral)
    {
        numeral = null!;
        if (start >= text.Length || !StartsAt(text, start))
        {
            return false;
        }

        Span<char> clean = stackalloc char[MaxLength];
        var length = 0;
        var shape = NumeralShape.None;
        var i = start;
        if (text[i] == '负')
        {
            clean[length++] = '负';
            i++;
        }

        for (; i < text.Length && length < MaxLength; i++)
        {
            var c = text[i];
            if (ChineseNumeral.IsNumeralCharacter(c) || (IsVagueDigit(c) && (IsUnitAt(text, i + 1) || (length > 0 && ChineseNumeral.PlaceUnit(text[i - 1]) == 10))))
            {
                shape |= ChineseNumeral.IsArabicDigit(c) ? NumeralShape.Arabic : NumeralShape.Chinese;
                clean[length++] = c;
            }
            else if (c is '.' or '．' && IsBetweenArabicDigits(text, i))
            {
                clean[length++] = '.';
            }
            else if (c is ',' or '，' && IsGroupingComma(text, i))
            {
                continue;
            }
            else if (c == '点' && i > start && ChineseNumeral.IsChineseDigit(text[i - 1]) && i + 1 < text.Length && ChineseNumeral.IsChineseDigit(text[i + 1]))
            {
                clean[length++] = c;
            }
            else if (c is '余' or '多' && i > start && i + 1 < text.Length && ChineseNumeral.Multiplier(text[i + 1]) > 0)
            {
                shape |= NumeralShape.Over;
            }
            else
            {
                break;
            }
        }

        var written = clean[..length];
        if (written.IndexOfAnyExcept(PlaceAndMultiplierCharacters) < 0)
        {
            shape |= NumeralShape.BareUnit;
        }

        var (value, valueMax) = Read(written);
        numeral = new Numeral(start, i, value, valueMax, shape);
        return true;
    }

    private static bool IsBetweenArabicDigits(string text, int at) =>
        at > 0 && at + 1 < text.Length && ChineseNumeral.IsArabicDigit(text[at - 1]) && ChineseNumeral.IsArabicDigit(text[at + 1]);

    // A comma groups thousands when one to three digits precede it and exactly three follow: 94,220 and 1,100万.
    private static bool IsGroupingComma(string text, int at)
    {
        var before = 0;
        while (at - before - 1 >= 0 && ChineseNumeral.IsArabicDigit(text[at - before - 1]))
        {
            before++;
        }

        var after = 0;
        while (at + after + 1 < text.Length && ChineseNumeral.IsArabicDigit(text[at + after + 1]))
        {
            after++;
        }

        var previousGroup = at - before - 1 >= 0 && text[at - before - 1] is ',' or '，';
        return before is >= 1 and <= 3 && after == 3 && (before == 3 || !previousGroup);
    }

    // Vague and adjacent-digit numerals become ranges: 几十万 = 10万~90万, 十几 = 11~19, 两三 = 2~3, 十七八万 = 17万~18万.
    private static (decimal? Value, decimal? ValueMax) Read(ReadOnlySpan<char> written)
    {
        Span<char> low = stackalloc char[written.Length];
        Span<char> high = stackalloc char[written.Length];
        if (written.IndexOfAny('几', '数') >= 0)
        {
            written.Replace(low, '几', '一');
            low.Replace('数', '一');
            written.Replace(high, '几', '九');
            high.Replace('数', '九');
            return (ChineseNumeral.Value(low), ChineseNumeral.Value(high));
        }

        var pair = AdjacentDigitPair(written);
        if (pair >= 0)
        {
            return (ChineseNumeral.Value(Without(written, pair + 1, low)), ChineseNumeral.Value(Without(written, pair, high)));
        }

        return (ChineseNumeral.Value(written), null);
    }

    private static ReadOnlySpan<char> Without(ReadOnlySpan<char> written, int at, Span<char> buffer)
    {
        written[..at].CopyTo(buffer);
        written[(at + 1)..].CopyTo(buffer[at..]);
        return buffer[..(written.Length - 1)];
    }

    // Two neighbouring Chinese digits, the second one or two above the first (两三, 三五, 七八), name a range.
    private static int AdjacentDigitPair(ReadOnlySpan<char> written)
    {
        for (var i = 0; i + 1 < written.Length; i++)
        {
            if (!ChineseNumeral.IsChineseDigit(written[i]) || !ChineseNumeral.IsChineseDigit(written[i + 1]))
            {
                continue;
            }

            var step = ChineseNumeral.Digit(written[i + 1]) - ChineseNumeral.Digit(written[i]);
            var followedByDigit = i + 2 < written.Length && ChineseNumeral.Digit(written[i + 2]) >= 0;
            return ChineseNumeral.Digit(written[i]) > 0 && step is 1 or 2 && !followedByDigit ? i : -1;
        }

        return -1;
    }
}
