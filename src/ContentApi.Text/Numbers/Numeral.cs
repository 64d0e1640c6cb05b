namespace ContentApi.Text.Numbers;

/// <summary>
/// A number as written, at <see cref="Start"/>..<see cref="End"/> of a text. <see cref="Value"/> is null when the
/// characters are not one number; digits read one by one (二〇二三, 七〇七) have their value and the shape
/// <see cref="NumeralShape.DigitByDigit"/>; a range has <see cref="ValueMax"/> as its high end. A value type: the
/// scanner and the forms built on a numeral make several per number read, and none of them outlives the page.
/// </summary>
internal readonly record struct Numeral(int Start, int End, decimal? Value, decimal? ValueMax, NumeralShape Shape)
{
    public bool Has(NumeralShape shape) => (Shape & shape) == shape;
}

/// <summary>What the written form of a numeral tells the grammar beyond its value.</summary>
[Flags]
internal enum NumeralShape
{
    None = 0,

    /// <summary>Written with Arabic digits (half or full width).</summary>
    Arabic = 1,

    /// <summary>Written with at least one Chinese numeral character.</summary>
    Chinese = 2,

    /// <summary>A percentage or per-mille share: 20%, 百分之二十, 三成, 千分之一 (with <see cref="PerMille"/>).</summary>
    Percent = 4,

    /// <summary>余 or 多 inside the numeral, before its multiplier: 500余万, 一千多万.</summary>
    Over = 8,

    /// <summary>Only a multiplier or place unit with no digit (百, 千万, 万): a word unless a qualifier like 上 or 逾 precedes.</summary>
    BareUnit = 16,

    /// <summary>A clock time with a colon: 7:00.</summary>
    ClockTime = 32,

    /// <summary>A fraction: 三分之一, 3/4, 三又三分之一.</summary>
    Fraction = 64,

    /// <summary>Chinese digits read one by one, as years and codes are written: 二〇二三, 七〇七.</summary>
    DigitByDigit = 128,

    /// <summary>A share in thousandths, its value in ‰: 千分之五, 5‰ (5).</summary>
    PerMille = 256,

    /// <summary>A vague digit 几 or 数 in place of a digit: 几十, 数千, 二十几万. The writer commits to the low end only.</summary>
    Vague = 512,
}
