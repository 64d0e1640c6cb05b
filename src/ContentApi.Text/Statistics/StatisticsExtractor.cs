using ContentApi.Text.Parsing;
using ContentApi.Text.Statistics.Categories;

namespace ContentApi.Text.Statistics;

/// <summary>Finds the statistics in every paragraph of a parsed page.</summary>
public static class StatisticsExtractor
{
    /// <summary>
    /// Returns <paramref name="page"/> with every article's statistics filled, in reading order: title and subtitle,
    /// then each section's heading and paragraphs; with <paramref name="explain"/>, also
    /// every number of the paragraphs and the decision taken on it. <paramref name="text"/> is the original page, into
    /// which all offsets point.
    /// </summary>
    public static ParsedPage Apply(string text, ParsedPage page, bool explain)
    {
        var mentions = explain ? new List<NumberMention>() : null;
        var work = new Workspace([], [], []);
        var articles = new List<ParsedArticle>(page.Articles.Count);
        foreach (var article in page.Articles)
        {
            var statistics = new List<Statistic>();
            // Headlines report figures too (山西百名西部计划志愿者出征), often rounder than the body's.
            foreach (var line in article.TitleLines)
            {
                Read(text, line, null, null, statistics, mentions, work);
            }

            for (var section = 0; section < article.Sections.Count; section++)
            {
                if (article.Sections[section].HeadingLine is { } heading)
                {
                    Read(text, heading, section, null, statistics, mentions, work);
                }

                var paragraphs = article.Sections[section].Paragraphs;
                for (var paragraph = 0; paragraph < paragraphs.Count; paragraph++)
                {
                    Read(text, paragraphs[paragraph], section, paragraph, statistics, mentions, work);
                }
            }

            articles.Add(article with { Statistics = statistics });
        }

        return page with { Articles = articles, Mentions = mentions ?? page.Mentions };
    }

    // The lists one paragraph's reading fills and the next one's clears, made once a page: the numbers, the statistics of
    // the sentence read, and those of the sentence right before it.
    private sealed record Workspace(List<FoundNumber> Numbers, List<SentenceStatistic> Sentence, List<SentenceStatistic> SentenceBefore);

    private static void Read(string page, ParsedParagraph paragraph, int? section, int? index, List<Statistic> statistics, List<NumberMention>? mentions, Workspace work)
    {
        var text = paragraph.Text;
        var sentence = work.Sentence;
        var sentenceBefore = work.SentenceBefore;
        sentence.Clear();
        sentenceBefore.Clear();
        var sentenceEnd = -1;
        // The statistics of one sentence quote it whole: one string serves them all (a long sentence is quoted from a
        // bounded reach before each figure, so its start can differ from one figure to the next).
        var quoted = "";
        var quotedStart = -1;
        var quotedEnd = -1;
        foreach (var number in QuantityFinder.Find(text, work.Numbers))
        {
            var start = paragraph.Map.ToSource(number.Start);
            var end = paragraph.Map.ToSourceEnd(number.End);
            var written = page[start..end];
            mentions?.Add(new NumberMention(written, start, end, number.Value, number.ValueMax, number.Verdict.Decision, number.Verdict.Reason));
            if (!number.IsStatistic || number.Value is not { } value)
            {
                continue;
            }

            var (sentenceStart, nextSentenceEnd) = Clauses.Sentence(text, number.Numeral.Start);
            if (nextSentenceEnd != sentenceEnd)
            {
                // The sentence before is the one that ends where this one starts; one with no statistic between them breaks it.
                sentenceBefore.Clear();
                if (sentenceEnd >= 0 && sentenceStart >= sentenceEnd && text.AsSpan(sentenceEnd, sentenceStart - sentenceEnd).IsWhiteSpace())
                {
                    sentenceBefore.AddRange(sentence);
                }

                sentence.Clear();
                sentenceEnd = nextSentenceEnd;
            }

            var reading = MetricFinder.Find(text, number, sentence, sentenceBefore);
            // A figure whose text names nothing it counts cannot be filed or charted; leaving it out is safer than guessing.
            if (reading.Metric.Length == 0)
            {
                if (mentions is not null)
                {
                    mentions[^1] = mentions[^1] with { Decision = NumberDecision.Other, Reason = "no metric: nothing in the clause names what is counted" };
                }

                continue;
            }

            var (clauseStart, _) = Clauses.Clause(text, number.Numeral.Start);
            var qualifier = QualifierRules.AcrossPhrase(text, clauseStart, number.Numeral.Start) is { } across && number.Qualifier == StatisticQualifier.Exact
                ? across
                : number.Qualifier;
            var shareOf = IsAShare(text, number, reading) && sentence.Count > 0 ? sentence[^1] : null;
            var category = CategoryRules.Decide(text, number, reading, shareOf, sentence.Count > 0 ? sentence[^1] : null);
            if (sentenceStart != quotedStart || sentenceEnd != quotedEnd)
            {
                (quotedStart, quotedEnd) = (sentenceStart, sentenceEnd);
                quoted = text[sentenceStart..sentenceEnd].Trim();
            }

            // 面积5000平方公里 after 建成保护区11个，: an attribute clause is shown with the thing counted before it (its category
            // stays the attribute's own).
            var metric = AttributeCarry.Metric(text, number, reading, sentence);
            statistics.Add(new Statistic(metric, category, value, number.ValueMax, number.Unit, qualifier, written, quoted, start, end, section, index));
            sentence.Add(new SentenceStatistic(number, reading.Subject, category, reading.End));
        }
    }

    // 占全县耕地面积的70%, 新设企业244家，占比全市11.6%, 注册志愿者…，占常住人口比例超过22%: a percentage right after
    // 的 or 占, or whose words open with 占 (占比, 占全市, 占…比例), is a share of the figure before it, which it describes.
    private static bool IsAShare(string text, FoundNumber number, MetricReading reading) =>
        number.Unit == "%" && ((number.Numeral.Start > 0 && text[number.Numeral.Start - 1] is '的' or '占') || reading.Metric.StartsWith(Share));

    private const char Share = '占';
}
