namespace ContentApi.Text.Parsing;

/// <summary>Splits a raw newspaper page into articles, sections and paragraphs, repairing layout breaks.</summary>
public static class PageParser
{
    public static ParsedPage Parse(string text) => throw new NotImplementedException();
}
