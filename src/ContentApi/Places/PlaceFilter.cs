using System.Globalization;
using System.Linq.Expressions;
using ContentApi.Text.Places;
using Dapper;
using FluentValidation;

namespace ContentApi.Places;

/// <summary>The <c>place</c> parameter of the lists: a division's code or name, read as a range of codes.</summary>
internal static class PlaceFilter
{
    /// <summary>The code of the division <paramref name="place"/> names, or null.</summary>
    public static string? CodeOf(string? place) =>
        place is null ? null : place.All(char.IsAsciiDigit) ? place : PlaceLookup.Division(place, DivisionTable.Default)?.Code;

    /// <summary>
    /// The end of the code range of a place and its descendants: codes are digits compared byte by byte (COLLATE "C"),
    /// and ':' sorts right after '9', so 12 ≤ code &lt; 12: is every code that begins with 12.
    /// </summary>
    private static string RangeEnd(string code) => code + ":";

    /// <summary>
    /// The condition that a statistic aliased <paramref name="alias"/> lies in the division <paramref name="code"/> or
    /// under it, its parameters added to <paramref name="parameters"/>. A province, prefecture or county code (2, 4 or
    /// 6 digits) is the prefix of its descendants' codes: an equality on that prefix, which db/0014's indexes give in id
    /// order, so that a page stops after its own rows. Any other length is read as the range of codes. Only the code's
    /// length shapes the statement, so one prepared plan serves each level.
    /// </summary>
    public static string Condition(string alias, string code, DynamicParameters parameters)
    {
        if (code.Length is not (2 or 4 or 6))
        {
            return RangeCondition(alias, code, parameters);
        }

        parameters.Add("placeCode", code);
        return string.Create(CultureInfo.InvariantCulture, $"left({alias}.place_code, {code.Length}) = @placeCode");
    }

    /// <summary>
    /// The same condition as the range of codes: for a read that an index orders by other columns first and then by
    /// the code, as series_place_counts (metric_key, unit, place_code) orders a series' place codes.
    /// </summary>
    public static string RangeCondition(string alias, string code, DynamicParameters parameters)
    {
        parameters.Add("placeCode", code);
        parameters.Add("placeCodeEnd", RangeEnd(code));
        return $"{alias}.place_code >= @placeCode AND {alias}.place_code < @placeCodeEnd";
    }

    /// <summary>A code of 2 to 9 digits, or the name of exactly one division.</summary>
    public static void AddRules<T>(AbstractValidator<T> validator, Expression<Func<T, string?>> place)
    {
        // No condition on the value: a condition that compiled the expression made new code at every validation, which
        // the JIT then compiled (0.6 s of CPU a second on the statistics list under load). Length passes a null.
        validator.RuleFor(place).Cascade(CascadeMode.Stop)
            .Length(1, 50)
            .Must(p => p is null || CodeOf(p) is { Length: >= 2 and <= 9 })
            .WithMessage("place must be a division code of 2 to 9 digits (12, 120106) or the name of exactly one division (红桥区).");
    }
}
