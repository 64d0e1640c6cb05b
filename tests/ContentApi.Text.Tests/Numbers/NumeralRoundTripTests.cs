using CsCheck;
using ContentApi.Text.Numbers;

namespace ContentApi.Text.Tests.Numbers;

public sealed class NumeralRoundTripTests
{
    // Integers up to 10¹³ (a national budget in yuan), weighted towards the sizes news prints, with up to two decimals and either sign.
    private static readonly Gen<decimal> Values = Gen.Select(
        Gen.OneOf(Gen.Long[0, 10_000_000_000_000L], Gen.Long[0, 100_000_000L], Gen.Long[0, 100_000L], Gen.Long[0, 100L]),
        Gen.Int[0, 2],
        Gen.Int[0, 99],
        Gen.Bool,
        (whole, places, digits, negative) =>
        {
            var fraction = places switch { 0 => 0m, 1 => digits % 10 / 10m, _ => digits / 100m };
            var value = whole + fraction;
            return negative ? -value : value;
        });

    [Fact]
    public void EveryValueWrittenInEveryStyleReadsBackWholeWithTheSameValue()
    {
        Values.Sample(value =>
        {
            foreach (var style in Enum.GetValues<NumeralStyle>())
            {
                var written = NumeralWriter.Write(value, style);
                if (IsLoneFinancialDigit(written, style))
                {
                    continue;
                }

                var read = NumeralScanner.TryRead(written + "。", 0, out var numeral);

                Assert.True(read, $"{written} ({style}) is not read");
                Assert.True(
                    (numeral.End, numeral.Value, numeral.ValueMax) == (written.Length, value, null),
                    $"{written} ({style}) reads as {numeral.Value}~{numeral.ValueMax} to {numeral.End}");
            }
        }, iter: 10_000);
    }

    [Theory]
    [InlineData(1203000, NumeralStyle.Simplified, "一百二十万三千")]
    [InlineData(10005, NumeralStyle.Traditional, "一萬零五")]
    [InlineData(15, NumeralStyle.Financial, "壹拾伍")]
    [InlineData(-3462.5, NumeralStyle.TraditionalFinancial, "負參仟肆佰陸拾貳點伍")]
    [InlineData(1234567, NumeralStyle.ArabicGrouped, "1,234,567")]
    [InlineData(100050012, NumeralStyle.Mixed, "1亿0005万0012")]
    public void TheWriterWritesTheStandardReading(double value, NumeralStyle style, string expected)
    {
        var written = NumeralWriter.Write((decimal)value, style);

        Assert.Equal(expected, written);
    }

    // 伍 alone is a character of a word (队伍), so a single financial digit is no numeral by design.
    private static bool IsLoneFinancialDigit(string written, NumeralStyle style) =>
        style is NumeralStyle.Financial or NumeralStyle.TraditionalFinancial && written.TrimStart('负', '負').Length == 1;
}
