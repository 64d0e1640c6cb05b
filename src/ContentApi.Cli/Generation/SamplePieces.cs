using ContentApi.Text;

namespace ContentApi.Cli.Generation;

/// <summary>
/// The reusable parts of a real page, as the parser itself reads them: the two-part headlines (titles and section
/// headings, "全民齐参与 共育文明新风"), the subtitles, and the paragraphs, split into those that carry statistics
/// and those that do not, and the paragraphs that open a section, so that a generated page can be given as many statistics as wanted.
/// </summary>
internal sealed record SamplePieces(
    IReadOnlyList<string> HeadlineHalves,
    IReadOnlyList<string> Leads,
    IReadOnlyList<string> Subtitles,
    IReadOnlyList<string> ParagraphsWithStatistics,
    IReadOnlyList<string> ParagraphsWithout)
{
    // Longer "halves" are whole one-part titles; two of them side by side no longer read as a headline.
    private const int LongestHalf = 8;

    public static SamplePieces From(string pageText)
    {
        var page = PageExtractor.Extract(pageText);
        var headlines = page.Articles.Select(a => a.Title)
            .Concat(page.Articles.SelectMany(a => a.Sections).Select(s => s.Heading).OfType<string>());
        var withStatistics = new List<string>();
        var without = new List<string>();
        foreach (var article in page.Articles)
        {
            for (var s = 0; s < article.Sections.Count; s++)
            {
                for (var p = 0; p < article.Sections[s].Paragraphs.Count; p++)
                {
                    var carries = article.Statistics.Any(st => st.Section == s && st.Paragraph == p);
                    (carries ? withStatistics : without).Add(article.Sections[s].Paragraphs[p].Text);
                }
            }
        }

        if (withStatistics.Count == 0 || without.Count == 0)
        {
            throw new InvalidOperationException("The sample page must have paragraphs with and without statistics.");
        }

        return new SamplePieces(
            headlines.SelectMany(h => h.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(h => h.Length <= LongestHalf).Distinct().ToList(),
            // The first paragraph of a section opens a topic; a list item ("二是…") there reads as a continuation.
            page.Articles.SelectMany(a => a.Sections).Select(s => s.Paragraphs[0].Text).ToList(),
            page.Articles.Select(a => a.Subtitle).OfType<string>().ToList(),
            withStatistics,
            without);
    }
}
