using System.Globalization;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Numbers;

/// <summary>Every row of Data/numerals.tsv: the phrase, the value a reader takes (or low~high, or - for none) and its qualifier; a number spans the whole phrase.</summary>
public sealed class NumeralTableTests
{
    public static TheoryData<string, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "numerals.tsv")))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            rows.Add(columns[0], columns[1], columns[2]);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void EveryPhraseReadsAsTheValueAndQualifierOfTheTable(string phrase, string expected, string qualifier)
    {
        var quantities = QuantityFinder.Find(phrase).Where(number => number.IsQuantity).ToList();

        if (expected == "-")
        {
            Assert.Empty(quantities);
            return;
        }

        var quantity = Assert.Single(quantities);
        Assert.Equal((0, phrase.Length), (quantity.Start, quantity.End));
        var ends = expected.Split('~');
        Assert.Equal(Parse(ends[0]), Math.Round(quantity.Value!.Value, 4));
        // A vague row (二十几万, 200000~290000 over) keeps both ends the phrase allows, but is reported over its low end
        // with no valueMax, as ANNOTATION.md keys it; only a range reports its high end.
        Assert.Equal(ends.Length == 2 && qualifier == StatisticQualifier.Range ? Parse(ends[1]) : null, quantity.ValueMax);
        Assert.Equal(qualifier, quantity.Qualifier);
    }

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
