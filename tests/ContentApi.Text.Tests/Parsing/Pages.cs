using ContentApi.Text.Parsing;

namespace ContentApi.Text.Tests.Parsing;

/// <summary>Builds small made-up pages the way extracted text lays them out: one blank line between lines.</summary>
internal static class Pages
{
    public static string Of(params string[] lines) => string.Join("\n\n", lines);

    public static IEnumerable<ParsedParagraph> Paragraphs(this ParsedPage page) =>
        page.Articles.SelectMany(a => a.Sections).SelectMany(s => s.Paragraphs);

    public static IEnumerable<string> Texts(this ParsedPage page) => page.Paragraphs().Select(p => p.Text);
}
