using ContentApi.Data.Corrections;
using FluentValidation;

namespace ContentApi.Corrections;

/// <summary>A statistic's editable values after an edit (<c>Values</c>), and the fields the edit gave (<c>Given</c>).</summary>
internal sealed record StatisticFields(IReadOnlyDictionary<string, object?> Values, IReadOnlySet<string> Given)
{
    public string? Text(string name) => Values.GetValueOrDefault(name) as string;

    public decimal? Number(string name) => Values.GetValueOrDefault(name) as decimal?;
}

/// <summary>
/// The rules an edited or added statistic meets, written once from <see cref="EditableFields"/>: what the schema
/// stores and the extractor produces. Only the fields an edit gives are checked, with the cross-field rule of a range
/// whenever one of its fields is given.
/// </summary>
internal sealed class StatisticFieldsValidator : AbstractValidator<StatisticFields>
{
    // Far beyond any figure a page reports (China's GDP is about 1.3e14 yuan), well inside what numeric and decimal hold.
    public const decimal MaxMagnitude = 1E18m;

    public StatisticFieldsValidator()
    {
        foreach (var field in EditableFields.All)
        {
            var name = field.Name;
            switch (field.Kind)
            {
                case EditableFieldKind.Text:
                    RuleFor(f => f.Text(name)).Cascade(CascadeMode.Stop)
                        .Must(v => v is not null && v.Length >= field.MinLength && v.Length <= field.MaxLength)
                        .WithMessage($"{name} must have {field.MinLength} to {field.MaxLength} characters.")
                        // PostgreSQL text cannot hold U+0000, and no other control character belongs in a metric or unit.
                        .Must(v => !v!.Any(char.IsControl)).WithMessage($"{name} must not contain control characters (NUL, line breaks).")
                        .Must(v => v!.Trim() == v).WithMessage($"{name} must not begin or end with white space.")
                        .OverridePropertyName(name)
                        .When(f => f.Given.Contains(name));
                    break;
                case EditableFieldKind.Choice:
                    RuleFor(f => f.Text(name)).Must(v => v is not null && field.Choices!.Contains(v))
                        .WithMessage($"{name} must be one of: {string.Join(", ", field.Choices!)}.")
                        .OverridePropertyName(name)
                        .When(f => f.Given.Contains(name));
                    break;
                case EditableFieldKind.Number:
                    RuleFor(f => f.Number(name)).Must(v => v is null || Math.Abs(v.Value) <= MaxMagnitude)
                        .WithMessage($"{name} must be between -{MaxMagnitude:0} and {MaxMagnitude:0}.")
                        .OverridePropertyName(name)
                        .When(f => f.Given.Contains(name));
                    break;
            }
        }

        // As the schema has it: only a range has an upper end, and it is not below the lower one.
        RuleFor(f => f.Number("valueMax"))
            .Must((f, max) => max is null || (f.Text("qualifier") == "range" && max >= f.Number("value")))
            .WithMessage("valueMax is given only with qualifier range, and is not less than value.")
            .OverridePropertyName("valueMax")
            .When(f => f.Given.Overlaps(["value", "valueMax", "qualifier"]));
    }
}
