namespace ContentApi.Text.Numbers;

/// <summary>
/// A number as written, at <see cref="Start"/>..<see cref="End"/> of a text. <see cref="Value"/> is null when the
/// characters are digits read one by one (二〇二三, 七〇七); a range has <see cref="ValueMax"/> as its high end.
/// </summary>
internal sealed record Numeral(int Start, int End, decimal? Value, decimal? ValueMax, NumeralShape Shape)
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

    /// <summary>A percentage: 20%, 百分之二十, 三成, 千分之一 (then 0.1).</summary>
    Percent = 4,

    /// <summary>余 or 多 inside the numeral, before its multiplier: 500余万, 一千多万.</summary>
    Over = 8,

    /// <summary>Only a multiplier or place unit with no digit (百, 千万, 万): a word unless a qualifier like 上 or 逾 precedes.</summary>
    BareUnit = 16,

    /// <summary>A clock time with a colon: 7:00.</summary>
    ClockTime = 32,

    /// <summary>A fraction: 三分之一.</summary>
    Fraction = 64,
}
