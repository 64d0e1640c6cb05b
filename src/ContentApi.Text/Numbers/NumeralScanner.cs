using System.Buffers;

namespace ContentApi.Text.Numbers;

/// <summary>
/// Reads the numeral that begins at a position of a text: the digits and units themselves, and the forms built on
/// them (<see cref="NumeralForms"/>) — percentages, fractions, ranges, vague counts, notation and clock times.
/// Qualifiers and measure words are not part of a numeral; the statistics grammar reads them around it.
/// </summary>
internal static class NumeralScanner
{
    private const string PercentPrefix = "百分之";
    private const string PerMillePrefix = "千分之";

    // Below zero: 零下5度 = -5 degrees.
    private const string BelowZero = "零下";

    // Longer runs are not numbers a reader takes in (and would overflow a decimal): they are codes.
    private const int MaxLength = 32;

    // Spaces PDF and OCR text leaves inside one numeral (一百 五 十 二, 7 万 5 千); more than a few end it.
    private const int MaxSpacedJoins = 8;

    // A numeral made only of these has no digit: 百, 千万.
    private static readonly SearchValues<char> PlaceAndMultiplierCharacters = SearchValues.Create("十百千万亿兆拾佰仟点负");

    // Before these, 兆 is the SI prefix mega of the unit (兆瓦 megawatt, 兆字节 megabyte, 兆赫 megahertz), not 10¹².
    private static readonly SearchValues<char> SiUnitsAfterMega = SearchValues.Create("瓦字赫帕焦欧伏比");

    // Before these, after Arabic digits or 万/亿, 千 is the SI prefix kilo (96千瓦, 1200万千瓦, 7万千克), not a thousand:
    // digits never take a Chinese place after them but 万 and 亿 (2千 is written 2000). After Chinese digits it stays a
    // place, as people write it (三千米, 3,000 metres).
    private static readonly SearchValues<char> SiUnitsAfterKilo = SearchValues.Create("瓦克米伏帕卡焦赫");

    /// <summary>Every character a numeral can begin with, to skip quickly over text that has none.</summary>
    public static readonly SearchValues<char> FirstCharacters = SearchValues.Create(
        "0123456789０１２３４５６７８９零〇一二两兩倆三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖十百千万萬亿億兆拾佰仟廿卅卌几幾数负負-−－.．");

    /// <summary>Whether a numeral can begin at <paramref name="at"/>.</summary>
    public static bool StartsAt(string text, int at)
    {
        // A word that ends the text (超 at its very end) has no number after it.
        if (at >= text.Length)
        {
            return false;
        }

        var c = ChineseNumeral.Canonical(text[at]);
        return (ChineseNumeral.IsNumeralCharacter(c) && !IsLoneFinancial(text, at) && !IsUnitPrefix(text, at) && !IsPairOfPeople(text, at))
            || (IsVagueDigit(c) && IsUnitAt(text, at + 1))
            || (c == '负' && at + 1 < text.Length && ChineseNumeral.IsNumeralCharacter(text[at + 1]))
            || IsMinusSign(text, at)
            || IsLeadingPoint(text, at);
    }

    /// <summary>Reads the numeral at <paramref name="start"/>; false when none begins there.</summary>
    public static bool TryRead(string text, int start, out Numeral numeral)
    {
        numeral = default;
        if (!StartsAt(text, start))
        {
            return false;
        }

        // 百分之二十 and 千分之五: the share is named before its number; 千分之五 is 5‰.
        foreach (var (prefix, shape) in (ReadOnlySpan<(string, NumeralShape)>)[(PercentPrefix, NumeralShape.Percent), (PerMillePrefix, NumeralShape.Percent | NumeralShape.PerMille)])
        {
            if (text.AsSpan(start).StartsWith(prefix) && TryReadPlain(text, start + prefix.Length, out var share) && share.Value is not null)
            {
                // 百分之百: a share, not the lone word 百.
                numeral = share with { Start = start, Shape = (share.Shape | shape) & ~NumeralShape.BareUnit };
                return true;
            }
        }

        if (!TryReadPlain(text, start, out numeral))
        {
            return false;
        }

        numeral = NumeralForms.Extend(text, numeral);
        return true;
    }

    /// <summary>The digits and units of one number: grouping commas and spaces dropped, 余/多 before a multiplier noted (500余万).</summary>
    public static bool TryReadPlain(string text, int start, out Numeral numeral)
    {
        numeral = default;
        if (start >= text.Length || !StartsAt(text, start))
        {
            return false;
        }

        Span<char> clean = stackalloc char[MaxLength];
        Span<(int Length, int At)> joins = stackalloc (int, int)[MaxSpacedJoins];
        var joinCount = 0;
        var length = 0;
        var shape = NumeralShape.None;
        var i = start;
        var negative = false;
        if (text.AsSpan(i).StartsWith(BelowZero) && i + 2 < text.Length && text[i + 2] != '零' && StartsAt(text, i + 2))
        {
            negative = true;
            i += BelowZero.Length;
        }
        else if (ChineseNumeral.Canonical(text[i]) == '负' || IsMinusSign(text, i))
        {
            negative = true;
            i++;
        }

        if (IsLeadingPoint(text, i) || (negative && i + 1 < text.Length && text[i] is '.' or '．' && ChineseNumeral.IsArabicDigit(text[i + 1])))
        {
            // .5 is 0.5.
            clean[length++] = '0';
            clean[length++] = '.';
            i++;
        }

        for (; i < text.Length && length < MaxLength; i++)
        {
            var c = ChineseNumeral.Canonical(text[i]);
            if (ChineseNumeral.IsNumeralCharacter(c) && !IsUnitPrefix(text, i))
            {
                shape |= ChineseNumeral.IsArabicDigit(c) ? NumeralShape.Arabic : NumeralShape.Chinese;
                clean[length++] = c;
            }
            else if (IsVagueDigit(c) && (IsUnitAt(text, i + 1) || (length > 0 && (ChineseNumeral.PlaceUnit(clean[length - 1]) > 0 || clean[length - 1] == '零'))))
            {
                shape |= NumeralShape.Chinese;
                clean[length++] = c;
            }
            else if (c == '.' && IsBetweenArabicDigits(text, i))
            {
                clean[length++] = '.';
            }
            else if ((c is ',' or '，' or ' ') && IsGroupingSeparator(text, i))
            {
                continue;
            }
            else if (c == '点' && IsChinesePoint(text, i, length > 0 ? clean[length - 1] : '\0') is { } digitsAt)
            {
                // 四百 点 五: the point, and the digits after it, read one by one.
                clean[length++] = c;
                for (i = digitsAt; i < text.Length && length < MaxLength && ChineseNumeral.IsChineseDigit(text[i]); i++)
                {
                    clean[length++] = ChineseNumeral.Canonical(text[i]);
                }

                i--;
            }
            else if (c is '余' or '多' && i > start && SkipSpaces(text, i + 1) < text.Length && ChineseNumeral.Multiplier(text[SkipSpaces(text, i + 1)]) > 0)
            {
                shape |= NumeralShape.Over;
            }
            else if (c is ' ' or '\u3000' && length > 0 && joinCount < MaxSpacedJoins && SpacedContinuation(text, i, clean[length - 1]) is { } next)
            {
                joins[joinCount++] = (length, i);
                i = next - 1;
            }
            else
            {
                break;
            }
        }

        var (value, valueMax, digitByDigit) = Read(clean[..length]);

        // A space joined two numbers that do not make one (三百 五百): the numeral ends before that space.
        while (value is null && joinCount > 0)
        {
            (length, i) = joins[--joinCount];
            (value, valueMax, digitByDigit) = Read(clean[..length]);
        }

        var written = clean[..length];
        if (written.IndexOfAnyExcept(PlaceAndMultiplierCharacters) < 0)
        {
            shape |= NumeralShape.BareUnit;
        }

        if (digitByDigit)
        {
            shape |= NumeralShape.DigitByDigit;
        }

        if (written.IndexOfAny('几', '数') >= 0)
        {
            shape |= NumeralShape.Vague;
        }

        numeral = new Numeral(start, i, negative ? -value : value, negative ? -valueMax : valueMax, shape);
        return true;
    }

    // A financial numeral stands with other Chinese numerals (壹佰贰拾); alone it is a character of a word: 队伍, 陆地.
    // An amount written to prevent tampering is written wholly in such forms, so Arabic digits beside one are a
    // number of their own: 队伍90余支 is 90 teams, not 伍90.
    // A decimal point counts as a neighbour (肆点零壹), and so does the 第 of an ordinal (第貳屆).
    private static bool IsLoneFinancial(string text, int at) =>
        ChineseNumeral.IsFinancial(text[at])
        && (at + 1 >= text.Length || !(IsChineseNumeralCharacter(text[at + 1]) || (IsPointCharacter(text[at + 1]) && at + 2 < text.Length && IsChineseNumeralCharacter(text[at + 2]))))
        && (at == 0 || !(IsChineseNumeralCharacter(text[at - 1]) || text[at - 1] == '第' || (IsPointCharacter(text[at - 1]) && at >= 2 && IsChineseNumeralCharacter(text[at - 2]))));

    private static bool IsPointCharacter(char c) => ChineseNumeral.Canonical(c) == '点';

    private static bool IsChineseNumeralCharacter(char c) => ChineseNumeral.IsNumeralCharacter(c) && !ChineseNumeral.IsArabicDigit(c);

    // 倆 is two only before a place (倆千); alone it is "the two of them" (他倆), no count.
    private static bool IsPairOfPeople(string text, int at) => text[at] == '倆' && !IsUnitAt(text, at + 1);

    // 兆瓦, 兆字节, 96千瓦, 1200万千瓦: 兆 before an SI unit, and 千 after digits or a multiplier, belong to the unit.
    private static bool IsUnitPrefix(string text, int at) =>
        at + 1 < text.Length
        && ((text[at] == '兆' && SiUnitsAfterMega.Contains(text[at + 1]))
            || (text[at] == '千' && SiUnitsAfterKilo.Contains(text[at + 1]) && at > 0
                && (ChineseNumeral.IsArabicDigit(text[at - 1]) || ChineseNumeral.Multiplier(text[at - 1]) > 0)));

    // -10000, -.5 and −5.2% (U+2212): a minus sign before digits, not a dash after a digit, letter or another dash (2-3,
    // COVID-19, 2023-11-28). A Chinese character before it ends a word, not a code (收入增速-0.8%); a range of measures
    // whose dash follows the low end's measure word (4000斤-5000斤) is joined before its high end is read alone.
    private static bool IsMinusSign(string text, int at)
    {
        if (text[at] is not ('-' or '−' or '－') || at + 1 >= text.Length
            || !(ChineseNumeral.IsArabicDigit(text[at + 1]) || (text[at + 1] is '.' or '．' && at + 2 < text.Length && ChineseNumeral.IsArabicDigit(text[at + 2]))))
        {
            return false;
        }

        var before = at > 0 ? text[at - 1] : ' ';
        return (!char.IsLetterOrDigit(before) || Parsing.ChineseText.IsIdeograph(before))
            && before is not ('-' or '−' or '－' or '/' or '.' or '~' or '～' or '—' or '–');
    }

    // .5: a point with no digit before it, after a space or punctuation, not in a name or a version (v.5, 1..5).
    private static bool IsLeadingPoint(string text, int at)
    {
        if (text[at] is not ('.' or '．') || at + 1 >= text.Length || !ChineseNumeral.IsArabicDigit(text[at + 1]))
        {
            return false;
        }

        var before = at > 0 ? text[at - 1] : ' ';
        return !char.IsLetterOrDigit(before) && before is not ('.' or '．' or '/' or '-' or '_');
    }

    private static bool IsVagueDigit(char c) => c is '几' or '数';

    private static bool IsUnitAt(string text, int at) =>
        at < text.Length && (ChineseNumeral.PlaceUnit(text[at]) > 0 || ChineseNumeral.Multiplier(text[at]) > 0);

    // A point between digits is a decimal point, unless the digits go on to another point: 2023.8.19 and 1.2.3 are dates and versions.
    private static bool IsBetweenArabicDigits(string text, int at)
    {
        if (at == 0 || at + 1 >= text.Length || !ChineseNumeral.IsArabicDigit(text[at - 1]) || !ChineseNumeral.IsArabicDigit(text[at + 1]))
        {
            return false;
        }

        var before = at - 1;
        while (before > 0 && ChineseNumeral.IsArabicDigit(text[before - 1]))
        {
            before--;
        }

        var after = at + 1;
        while (after < text.Length && ChineseNumeral.IsArabicDigit(text[after]))
        {
            after++;
        }

        var dottedBefore = before > 0 && text[before - 1] is '.' or '．';
        var dottedAfter = after + 1 < text.Length && text[after] is '.' or '．' && ChineseNumeral.IsArabicDigit(text[after + 1]);
        return !dottedBefore && !dottedAfter;
    }

    /// <summary>The first index at or after <paramref name="at"/> that is not a space (at most two are skipped).</summary>
    public static int SkipSpaces(string text, int at)
    {
        var i = at;
        while (i < text.Length && i - at < 2 && text[i] is ' ' or '\u3000')
        {
            i++;
        }

        return i;
    }

    // 点 is a decimal point after a Chinese digit, place or multiplier (三点五, 十点二三, 四百点五, 两万点五) when only digits follow it, as
    // decimals are read one by one; 十点二十分 is a clock time, and its 点 ends the numeral. The index of the first digit, or null.
    private static int? IsChinesePoint(string text, int at, char previous)
    {
        if (!(ChineseNumeral.IsChineseDigit(previous) || ChineseNumeral.PlaceUnit(previous) > 0 || ChineseNumeral.Multiplier(previous) > 0))
        {
            return null;
        }

        var first = SkipSpaces(text, at + 1);
        var end = first;
        while (end < text.Length && ChineseNumeral.IsChineseDigit(text[end]))
        {
            end++;
        }

        return end > first && (end >= text.Length || ChineseNumeral.PlaceUnit(text[end]) == 0) ? first : null;
    }

    // A comma, or a space, groups thousands when one to three digits precede it and exactly three follow: 94,220,
    // 1,100万, 1 000. A space groups only between Arabic digits, and only in a run that groups by three throughout.
    private static bool IsGroupingSeparator(string text, int at)
    {
        var separator = text[at];
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

        // A separator before the run groups it only with a digit before it: 1,234,567, but not the clause comma of ，1,234.
        var previous = at - before - 1 >= 0 ? text[at - before - 1] : '\0';
        var previousIsSeparator = previous == separator || (separator != ' ' && previous is ',' or '，');
        var previousGroup = previousIsSeparator && at - before - 2 >= 0 && ChineseNumeral.IsArabicDigit(text[at - before - 2]);
        var following = at + after + 1 < text.Length ? text[at + after + 1] : '\0';
        var decimalAfterSpace = separator == ' ' && following is '.' or '．';
        return before is >= 1 and <= 3 && after == 3 && (before == 3 || !previousGroup) && !decimalAfterSpace
            && (separator != ' ' || !char.IsLetterOrDigit(previous) || previousGroup);
    }

    // Spaces inside a Chinese numeral, as PDF and OCR text leaves them: 一百 五 十 二, 7 万 5 千. The numeral goes on
    // past the spaces only when a place or multiplier stands on one side (two digits, 3 5, are two numbers); the
    // index of the next numeral character, or null.
    private static int? SpacedContinuation(string text, int at, char previous)
    {
        var next = at;
        while (next < text.Length && next - at < 3 && text[next] is ' ' or '\u3000')
        {
            next++;
        }

        if (next >= text.Length || next - at >= 3)
        {
            return null;
        }

        // 二十 億, 十 余 万, 十 几亿 and 二十六 点三三 go on as well.
        var following = ChineseNumeral.Canonical(text[next]);
        var unitBefore = ChineseNumeral.PlaceUnit(previous) > 0 || ChineseNumeral.Multiplier(previous) > 0;
        var numberBefore = unitBefore || ChineseNumeral.Digit(previous) >= 0;
        var unitAfter = ChineseNumeral.PlaceUnit(following) > 0 || ChineseNumeral.Multiplier(following) > 0;
        var digitAfter = (ChineseNumeral.Digit(following) >= 0 && !IsLoneFinancial(text, next)) || IsVagueDigit(following);
        var overAfter = following is '余' or '多' && SkipSpaces(text, next + 1) < text.Length && ChineseNumeral.Multiplier(text[SkipSpaces(text, next + 1)]) > 0;
        var pointAfter = following == '点' && IsChinesePoint(text, next, previous) is not null;
        var continues = (unitBefore && digitAfter) || (numberBefore && ((unitAfter && !IsUnitPrefix(text, next)) || overAfter || pointAfter));
        return continues ? next : null;
    }

    // Vague and adjacent-digit numerals become ranges: 几十万 = 10万~90万, 十几 = 10~19, 二十几万 = 20万~29万, 两三 = 2~3,
    // 十七八万 = 17万~18万. Chinese digits with no place between them are read one by one: 二〇二三.
    private static (decimal? Value, decimal? ValueMax, bool DigitByDigit) Read(ReadOnlySpan<char> written)
    {
        Span<char> low = stackalloc char[written.Length];
        Span<char> high = stackalloc char[written.Length];
        if (written.IndexOfAny('几', '数') >= 0)
        {
            written.CopyTo(low);
            written.CopyTo(high);
            for (var i = 0; i < written.Length; i++)
            {
                if (IsVagueDigit(written[i]))
                {
                    // 几 stands for a digit: before a place it is at least one (几十, 三千几百); in the last place of a
                    // section, after a place or 零, it is at least nought (二十几万 is 200000 and over, 一百零几万 1000000).
                    var lastPlace = i > 0 && (i + 1 >= written.Length || ChineseNumeral.PlaceUnit(written[i + 1]) == 0);
                    low[i] = lastPlace ? '零' : '一';
                    high[i] = '九';
                }
            }

            return (ChineseNumeral.Value(low), ChineseNumeral.Value(high), false);
        }

        var pair = AdjacentDigitPair(written);
        if (pair >= 0)
        {
            return (ChineseNumeral.Value(Without(written, pair + 1, low)), ChineseNumeral.Value(Without(written, pair, high)), false);
        }

        if (ChineseNumeral.Value(written) is { } value)
        {
            return (value, null, false);
        }

        var byDigit = ChineseNumeral.DigitByDigit(written);
        return (byDigit, null, byDigit is not null);
    }

    private static ReadOnlySpan<char> Without(ReadOnlySpan<char> written, int at, Span<char> buffer)
    {
        written[..at].CopyTo(buffer);
        written[(at + 1)..].CopyTo(buffer[at..]);
        return buffer[..(written.Length - 1)];
    }

    // Two neighbouring Chinese digits, the second one or two above the first (两三, 三五, 七八), name a range; the
    // digits after a point are decimals (十点二三).
    private static int AdjacentDigitPair(ReadOnlySpan<char> written)
    {
        for (var i = 0; i + 1 < written.Length && written[i] is not ('点' or '.'); i++)
        {
            if (!ChineseNumeral.IsChineseDigit(written[i]) || !ChineseNumeral.IsChineseDigit(written[i + 1]))
            {
                continue;
            }

            var step = ChineseNumeral.Digit(written[i + 1]) - ChineseNumeral.Digit(written[i]);
            var followedByDigit = i + 2 < written.Length && ChineseNumeral.Digit(written[i + 2]) >= 0;
            var precededByDigit = i > 0 && ChineseNumeral.Digit(written[i - 1]) >= 0;
            return ChineseNumeral.Digit(written[i]) > 0 && step is 1 or 2 && !followedByDigit && !precededByDigit ? i : -1;
        }

        return -1;
    }
}
