using ContentApi.Paging;
using FluentValidation;

namespace ContentApi.Validation;

/// <summary>Rules that several query models share.</summary>
internal static class ValidationRules
{
    /// <summary>The value, when given, is one of <paramref name="allowed"/> (exact, case-sensitive).</summary>
    public static IRuleBuilderOptions<T, string?> MustBeOneOf<T>(this IRuleBuilder<T, string?> rule, IReadOnlyList<string> allowed) =>
        rule.Must(value => value is null || allowed.Contains(value))
            .WithMessage($"{{PropertyName}} must be one of: {string.Join(", ", allowed)}.");

    /// <summary>A comma-separated list, when given, names only <paramref name="allowed"/> items, at most that many.</summary>
    public static IRuleBuilderOptions<T, string?> MustListOnly<T>(this IRuleBuilder<T, string?> rule, IReadOnlyList<string> allowed) =>
        rule.Must(value => value is null || (value.Length <= 500 && SplitList(value).All(allowed.Contains)))
            .WithMessage($"{{PropertyName}} is a comma-separated list of: {string.Join(", ", allowed)}.");

    public static string[] SplitList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Page size and number in bounds, and a cursor that this service made for the same sort.</summary>
internal sealed class PageRequestValidator<T> : AbstractValidator<T>
    where T : IPageRequest
{
    public PageRequestValidator(Func<T, string> sortOf)
    {
        RuleFor(r => r.PageSize).InclusiveBetween(1, PageRequestDefaults.MaxPageSize);
        RuleFor(r => r.Page).InclusiveBetween(1, 100_000);
        RuleFor(r => r.Cursor)
            .Must((request, cursor) => Cursor.TryDecode(cursor) is { } decoded && decoded.Sort == sortOf(request) && HasUsableKey(decoded))
            .When(r => r.Cursor is not null)
            .WithMessage("cursor is not a nextCursor of this list with the same sort; start again without it.");
    }

    // A cursor's key must read back as the type its sort orders by; anything else was not made here.
    private static bool HasUsableKey(Cursor cursor)
    {
        try
        {
            _ = cursor.Sort.TrimStart('-') switch
            {
                "publishedOn" => cursor.KeyAsDate().ToString(),
                "value" => cursor.KeyAsDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => "",
            };
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
