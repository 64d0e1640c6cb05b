using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace ContentApi.Inputs.Html;

/// <summary>
/// Reads a web page into the plain text the page parser reads: the title, then the article's paragraphs, one a
/// line with a blank line between (the shape of an e-paper's text). The article is found by SmartReader, a port of
/// Mozilla's Readability (what Firefox's reader view shows), so navigation, ads, share bars and footers stay out.
/// Entities are decoded by the HTML parser; full-width characters are kept as they are.
/// </summary>
public static class HtmlPageReader
{
    static HtmlPageReader()
    {
        // Chinese sites still serve GBK and GB18030 pages, which .NET reads only with the code-pages provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    // Readability scores only this many elements; a page beyond it is a generated dump, not an article.
    private const int MaxElements = 100_000;

    /// <summary>Reads the page's bytes; the encoding comes from a byte-order mark, a meta charset, else UTF-8.</summary>
    public static string Read(byte[] html)
    {
        using var stream = new MemoryStream(html, writable: false);
        return Read(new HtmlParser().ParseDocument(stream));
    }

    /// <summary>Reads a page already decoded to a string.</summary>
    public static string Read(string html) => Read(new HtmlParser().ParseDocument(html));

    private static string Read(IHtmlDocument document)
    {
        var title = Headline(document);
        // Readability runs on the document it is given and changes it; the URL only resolves relative links.
        var reader = new Reader("https://localhost/", document) { MaxElemsToParse = MaxElements, ContinueIfNotReadable = true };
        Article article;
        try
        {
            article = reader.GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadablePageException(UnreadableReason.NoMainText, "The HTML page could not be read for its article text.", e);
        }

        var paragraphs = string.IsNullOrEmpty(article.Content) ? [] : Blocks(new HtmlParser().ParseDocument(article.Content).Body!);
        if (paragraphs.Where(IsProse).Sum(p => p.Length) < MinProseLength)
        {
            throw new UnreadablePageException(UnreadableReason.NoMainText, "The HTML page has no article text: no paragraph of sentences, only links, labels or navigation.");
        }

        title ??= InlineText.Collapse(article.Title ?? "");
        var text = new StringBuilder();
        if (title.Length > 0 && paragraphs[0] != title)
        {
            text.Append(title).Append("\n\n");
        }

        return text.AppendJoin("\n\n", paragraphs).Append('\n').ToString();
    }

    // An article is sentences: what Readability keeps of a page that has none (a front page of links, a list of
    // labels) is not one. Fifty characters is a two-sentence news brief.
    private const int MinProseLength = 50;

    private static bool IsProse(string paragraph) => paragraph.Length >= 10 && paragraph.AsSpan().IndexOfAny("。！？!?.") >= 0;

    /// <summary>
    /// The article's headline: the first h1 (else h2) whose text the page's &lt;title&gt; contains. Sites title their
    /// pages "headline - section - site", and Readability trims that suffix only by counting words, which Chinese
    /// does not separate by spaces; the heading the title repeats is the headline. None when no heading fits.
    /// </summary>
    private static string? Headline(IHtmlDocument document)
    {
        var pageTitle = InlineText.Collapse(document.Title ?? "");
        return document.QuerySelectorAll("h1, h2")
            .OrderBy(h => h.LocalName)
            .Select(h => InlineText.Collapse(h.TextContent))
            .FirstOrDefault(h => h.Length > 0 && pageTitle.Contains(h, StringComparison.Ordinal));
    }

    /// <summary>The text of each block element (paragraph, heading, list item, cell, …) of the article, in order.</summary>
    private static List<string> Blocks(IElement root)
    {
        var blocks = new List<string>();
        var line = new StringBuilder();
        Walk(root, line, blocks);
        Flush(line, blocks);
        return blocks;
    }

    private static void Walk(INode node, StringBuilder line, List<string> blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    line.Append(text.Data);
                    break;
                case IElement element when IsHidden(element):
                    break;
                case IElement { LocalName: "br" }:
                    Flush(line, blocks);
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    Flush(line, blocks);
                    Walk(element, line, blocks);
                    Flush(line, blocks);
                    break;
                case IElement element:
                    Walk(element, line, blocks);
                    break;
            }
        }
    }

    private static bool IsHidden(IElement element) =>
        element.LocalName is "script" or "style" or "noscript" or "template" or "button" or "select" or "svg";

    private static void Flush(StringBuilder line, List<string> blocks)
    {
        var text = InlineText.Collapse(line.ToString());
        if (text.Length > 0)
        {
            blocks.Add(text);
        }

        line.Clear();
    }

    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th",
        "caption", "address", "hr", "center",
    ];
}
