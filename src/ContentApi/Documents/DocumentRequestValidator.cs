using FluentValidation;
using Microsoft.Extensions.Options;

namespace ContentApi.Documents;

internal sealed class DocumentRequestValidator : AbstractValidator<DocumentRequest>
{
    public DocumentRequestValidator(IOptions<IngestOptions> options)
    {
        var maxLength = options.Value.MaxTextLength;
        RuleFor(d => d.Text).Cascade(CascadeMode.Stop).NotNull().WithMessage("text (or html) is required.")
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("text must not be empty or white space only.")
            .Must(t => t!.Length <= maxLength).WithMessage($"text must have at most {maxLength} characters.")
            // PostgreSQL text cannot hold U+0000; refusing it here keeps the page exactly as sent or not at all.
            .Must(t => !t!.Contains('\0')).WithMessage("text must not contain NUL characters.");
        RuleFor(d => d.Html).Null().When(d => d.Text is not null).WithMessage("Send the page as text or as html, not both.");
        RuleFor(d => d.Source).Length(1, 200).Must(s => !s!.Contains('\0')).When(d => d.Source is not null)
            .WithMessage("source must have 1 to 200 characters and no NUL.");
        RuleFor(d => d.SourceUrl).MaximumLength(2000)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .When(d => d.SourceUrl is not null)
            .WithMessage("sourceUrl must be an absolute http or https URL of at most 2000 characters.");
        RuleFor(d => d.Place).Must(p => Text.Places.PlaceLookup.Find(p) is not null).When(d => d.Place is not null)
            .WithMessage("place must be the code or the name of one administrative division (120106, 红桥区).");
    }
}
