using ContentApi.Text.Parsing;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// A stand-in for the page parser in tests: one article, one section, every non-empty line a paragraph mapped one
/// for one onto the page, with the half-width comma turned into the Chinese one as the parser does.
/// </summary>
internal static class LinePage
{
    public static ParsedPage From(string text)
    {
        var paragraphs = new List<ParsedParagraph>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text[lineStart..lineEnd];
            if (line.Trim().Length > 0)
            {
                paragraphs.Add(new ParsedParagraph(line.Replace(',', '，'), null, lineStart, lineEnd, SourceMap.Identity(lineStart)));
            }

            lineStart = lineEnd + 1;
        }

        var article = new ParsedArticle("", null, [], [new ParsedSection(null, paragraphs)], 0, text.Length);
        return new ParsedPage([article], [], []);
    }
}
