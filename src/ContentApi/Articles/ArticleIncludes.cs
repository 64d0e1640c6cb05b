using ContentApi.Validation;
using FluentValidation;

namespace ContentApi.Articles;

/// <summary>The <c>include</c> parameter of an article: which related collections to embed.</summary>
public sealed record ArticleInclude
{
    /// <summary>Which related collections to embed, comma-separated; all three when absent.</summary>
    public string? Include { get; init; }

    public static readonly IReadOnlyList<string> Names = ["authors", "sections", "statistics"];

    internal ArticleIncludes Parse()
    {
        if (Include is null)
        {
            return ArticleIncludes.All;
        }

        var names = ValidationRules.SplitList(Include);
        return new ArticleIncludes(names.Contains("authors"), names.Contains("sections"), names.Contains("statistics"));
    }
}

internal sealed record ArticleIncludes(bool Authors, bool Sections, bool Statistics)
{
    public static readonly ArticleIncludes All = new(true, true, true);

    /// <summary>The article with its text, as sections and paragraphs: the other body stored (db/0028).</summary>
    public static readonly ArticleIncludes SectionsOnly = new(false, true, false);

    /// <summary>The default body: the one stored (<see cref="ArticleBodies.ArticleBodyStore"/>).</summary>
    public bool IsAll => Authors && Sections && Statistics;
}

internal sealed class ArticleIncludeValidator : AbstractValidator<ArticleInclude>
{
    public ArticleIncludeValidator() => RuleFor(i => i.Include).MustListOnly(ArticleInclude.Names);
}
