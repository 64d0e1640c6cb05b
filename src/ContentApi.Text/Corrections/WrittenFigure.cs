using ContentApi.Text.Numbers;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Corrections;

/// <summary>
/// A figure an editor points at by its span in a page: the number the scanner reads there, with the measure word
/// after it when the span takes one in (300名, 约1.5亿元, 5400余场), or the bare numeral (94220).
/// </summary>
public sealed record WrittenFigure(decimal Value, decimal? ValueMax, string Unit, string Qualifier)
{
    /// <summary>
    /// The figure written at <paramref name="start"/>..<paramref name="end"/> of <paramref name="page"/>; null when
    /// the span is not exactly one number as the scanner reads it (a word, half a number, two numbers).
    /// </summary>
    public static WrittenFigure? At(string page, int start, int end)
    {
        if (start < 0 || end > page.Length || start >= end)
        {
            return null;
        }

        // A span that begins or ends inside a longer number (the 422 of 94220) is half a number, not a figure.
        if ((start > 0 && ChineseNumeral.IsNumeralCharacter(page[start - 1]))
            || (NumeralScanner.TryRead(page, start, out var whole) && whole.End > end))
        {
            return null;
        }

        // Read the span on its own, so that the grammar cannot take in anything outside what the editor chose.
        var span = page[start..end];
        if (QuantityFinder.Find(span) is [{ Start: 0, Value: { } value } quantity] && quantity.End == span.Length)
        {
            return new WrittenFigure(value, quantity.ValueMax, quantity.Unit, quantity.Qualifier);
        }

        return NumeralScanner.TryRead(span, 0, out var numeral) && numeral.End == span.Length && numeral.Value is { } bare
            ? new WrittenFigure(bare, numeral.ValueMax, "", numeral.ValueMax is null ? StatisticQualifier.Exact : StatisticQualifier.Range)
            : null;
    }
}
