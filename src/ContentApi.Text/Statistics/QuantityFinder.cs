using ContentApi.Text.Numbers;

namespace ContentApi.Text.Statistics;

/// <summary>
/// A number found in a text with everything the grammar read around it. <see cref="Start"/>..<see cref="End"/> spans
/// the quantity as a reader quotes it (约1.5亿元, 5400余场, 2万人左右); <see cref="Unit"/> is empty when no measure
/// word follows.
/// </summary>
internal sealed record FoundNumber(
    int Start,
    int End,
    Numeral Numeral,
    decimal? Value,
    decimal? ValueMax,
    string Unit,
    string Qualifier,
    Verdict Verdict)
{
    public bool IsStatistic => Verdict.Decision == NumberDecision.Statistic;

    /// <summary>A number that reads as a quantity, reported or not: a statistic, or a bare numeral with no measure word.</summary>
    public bool IsQuantity => IsStatistic || Verdict == QuantityFinder.BareNumeral;
}

/// <summary>Finds every number in a text and decides, by the exclusion rules, which are statistics.</summary>
internal static class QuantityFinder
{
    /// <summary>The verdict on a number that passes every exclusion but has no measure word: a quantity, not reported.</summary>
    public static readonly Verdict BareNumeral = new(NumberDecision.Other, "other: no measure word follows the number");

    private static readonly Verdict Counted = new(NumberDecision.Statistic, "statistic: a number with a measure word");
    private static readonly Verdict Share = new(NumberDecision.Statistic, "statistic: a percentage");

    /// <summary>Every number in <paramref name="text"/>, in order, with its decision.</summary>
    public static List<FoundNumber> Find(string text)
    {
        var found = new List<FoundNumber>();
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(NumeralScanner.FirstCharacters);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (!NumeralScanner.TryRead(text, i, out var numeral))
            {
                i++;
                continue;
            }

            var number = Read(text, numeral);
            found.Add(number);
            i = Math.Max(numeral.End, i + 1);
        }

        return found;
    }

    private static FoundNumber Read(string text, Numeral numeral)
    {
        var before = QualifierRules.Before(text, numeral);
        var afterNumber = QualifierRules.AfterNumber(text, numeral);
        var measureAt = numeral.End + (afterNumber is null ? 0 : 1);
        var measure = numeral.Has(NumeralShape.Percent) ? null : MeasureWords.At(text, measureAt);
        var end = measure is { } word ? measureAt + word.Length : measureAt;
        var afterMeasure = QualifierRules.AfterMeasure(text, end);
        if (afterMeasure is { } trailing)
        {
            end += trailing.Length;
        }

        var unit = numeral.Has(NumeralShape.PerMille) ? "‰" : numeral.Has(NumeralShape.Percent) ? "%" : measure?.Unit ?? "";
        var qualifier = numeral.ValueMax is not null ? StatisticQualifier.Range
            : before?.Qualifier ?? afterNumber ?? afterMeasure?.Qualifier
              ?? (numeral.Has(NumeralShape.Over) ? StatisticQualifier.Over : StatisticQualifier.Exact);
        var verdict = ExclusionRules.Exclude(text, numeral, measure?.Unit)
            ?? (numeral.Has(NumeralShape.Percent) ? Share : measure is null ? BareNumeral : Counted);
        return new FoundNumber(before?.Start ?? numeral.Start, end, numeral, numeral.Value, numeral.ValueMax, unit, qualifier, verdict);
    }
}
