using System.Linq.Expressions;
using ContentApi.Text.Places;
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
    public static string? RangeEnd(string? code) => code is null ? null : code + ":";

    /// <summary>A code of 2 to 9 digits, or the name of exactly one division.</summary>
    public static void AddRules<T>(AbstractValidator<T> validator, Expression<Func<T, string?>> place)
    {
        validator.RuleFor(place).Cascade(CascadeMode.Stop)
            .Length(1, 50)
            .Must(p => CodeOf(p) is { Length: >= 2 and <= 9 })
            .When(x => place.Compile()(x) is not null)
            .WithMessage("place must be a division code of 2 to 9 digits (12, 120106) or the name of exactly one division (红桥区).");
    }
}
