namespace ContentApi.Text.Parsing;

/// <summary>Splits a raw newspaper page into articles, sections and paragraphs, repairing layout breaks.</summary>
public static class PageParser
{
    /// <summary>
    /// Parses <paramref name="text"/>. Offsets in the result are into <paramref name="text"/> as given; any input,
    /// however malformed, gives a result (an empty page when there is nothing to read), in time linear in its length.
    /// </summary>
    public static ParsedPage Parse(string text)
    {
        var report = new List<ReportEntry>();
        if (string.IsNullOrEmpty(text))
        {
            return new ParsedPage([], [], report);
        }

        var tally = new NormalizationTally();
        var furniture = new List<FurnitureLine>();
        var articleLines = new List<PageLine>();
        var related = FurnitureDetector.RelatedReadingStart(text);
        if (related is { } cut)
        {
            furniture.Add(new FurnitureLine("related-reading", text[cut..], cut, text.Length));
        }

        foreach (var line in LineSplitter.Split(related is { } end ? text[..end] : text, new TextNormalizer(tally)))
        {
            // Furniture is taken out before articles are read, so that a page footer between the halves of a paragraph does not keep them apart.
            if (FurnitureDetector.Classify(line.Text) is { } kind)
            {
                furniture.Add(new FurnitureLine(kind, line.Text, line.Start, line.End));
            }
            else
            {
                articleLines.Add(line);
            }
        }

        var articles = new ArticleAssembler(articleLines, furniture, report).Assemble();
        furniture.Sort((a, b) => a.Start.CompareTo(b.Start));
        tally.Report(text, report);
        return new ParsedPage(articles, furniture, report);
    }
}
