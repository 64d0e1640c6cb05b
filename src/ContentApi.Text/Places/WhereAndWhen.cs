using System.Text.RegularExpressions;
using ContentApi.Text.MetricKeys;
using ContentApi.Text.Parsing;
using ContentApi.Text.Periods;
using ContentApi.Text.Statistics;

namespace ContentApi.Text.Places;

/// <summary>
/// Gives every statistic of a parsed page its place, period and metric key, and every article and the page their
/// place. A figure's place is, in order: a place its sentence names (the nearest before it, else one in its own
/// clause after it: 11名在渭滨区神农镇益门堡村…的群众), the place its article is about, the document's place. 全国 in
/// the sentence makes it a national figure, with no place.
/// </summary>
public static partial class WhereAndWhen
{
    // 中新网丽江8月13日电, 央广网武汉8月19日消息, 深圳新闻网2023年8月2日讯: the place right before the date of a dateline.
    [GeneratedRegex(@"^(?:新闻)?\s*(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日\s*(?:电|讯|消息)")]
    private static partial Regex DatelineDate();

    /// <summary>Returns <paramref name="page"/> with places, periods and metric keys filled in.</summary>
    public static ParsedPage Apply(ParsedPage page, DocumentFacts facts, DivisionTable? divisions = null)
    {
        var table = divisions ?? DivisionTable.Default;
        var documentPlace = PlaceLookup.Find(facts.Place, table);
        var texts = new List<string>();
        foreach (var article in page.Articles)
        {
            texts.Add(article.Title);
            texts.AddRange(article.Sections.SelectMany(section => section.Paragraphs).Select(paragraph => paragraph.Text));
        }

        var locals = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = texts.Select(text => PlaceScanner.Find(text, table, locals)).ToList();
        var mentions = new PlaceResolver(table, documentPlace).Resolve(found);

        var articles = new List<ParsedArticle>(page.Articles.Count);
        var next = 0;
        foreach (var article in page.Articles)
        {
            var titleMentions = mentions[next];
            var paragraphMentions = new Dictionary<ParsedParagraph, List<ResolvedMention>>(ReferenceEqualityComparer.Instance);
            var paragraphs = article.Sections.SelectMany(section => section.Paragraphs).ToList();
            for (var i = 0; i < paragraphs.Count; i++)
            {
                paragraphMentions[paragraphs[i]] = mentions[next + 1 + i];
            }

            next += 1 + paragraphs.Count;
            var articlePlace = ArticlePlace(titleMentions, paragraphs, paragraphMentions, table) ?? documentPlace;
            var statistics = article.Statistics.Select(statistic => Placed(statistic, article, paragraphMentions, articlePlace, facts)).ToList();
            articles.Add(article with { Statistics = statistics, Place = articlePlace });
        }

        return page with { Articles = articles, Place = documentPlace ?? articles.Select(a => a.Place).FirstOrDefault(p => p is not null) };
    }

    private static Statistic Placed(Statistic statistic, ParsedArticle article, Dictionary<ParsedParagraph, List<ResolvedMention>> paragraphMentions, Place? articlePlace, DocumentFacts facts)
    {
        if (statistic.Paragraph is not { } index || statistic.Section is not { } section)
        {
            return Headline(statistic, article, articlePlace, facts);
        }

        var paragraph = article.Sections[section].Paragraphs[index];
        var text = paragraph.Text;
        var at = TextIndex(paragraph, statistic.Start);
        var (sentenceStart, sentenceEnd) = Clauses.Sentence(text, at);
        var (_, clauseEnd) = Clauses.Clause(text, at);
        var inSentence = paragraphMentions[paragraph].Where(m => m.Start >= sentenceStart && m.End <= sentenceEnd).ToList();
        var place = SentencePlace(inSentence, at, clauseEnd, out var national) ?? (national ? null : articlePlace);
        var period = PeriodReader.Read(text[sentenceStart..sentenceEnd], at - sentenceStart, facts.PublishedOn);
        return statistic with { Place = place, Period = period, MetricKey = MetricKey.Of(statistic.Metric) };
    }

    // A figure in a title or heading (贵阳1组织1项目入选) belongs to the place the article is about; its period is read
    // from the line it stands in, which is all the context a headline gives.
    private static Statistic Headline(Statistic statistic, ParsedArticle article, Place? articlePlace, DocumentFacts facts)
    {
        var lines = article.TitleLines.Concat(article.Sections.Select(s => s.HeadingLine).OfType<ParsedParagraph>());
        var line = lines.FirstOrDefault(l => l.Map.ToSource(0) <= statistic.Start && statistic.Start < l.Map.ToSourceEnd(l.Text.Length));
        var period = line is null
            ? PeriodReader.Read("", 0, facts.PublishedOn)
            : PeriodReader.Read(line.Text, TextIndex(line, statistic.Start), facts.PublishedOn);
        return statistic with { Place = articlePlace, Period = period, MetricKey = MetricKey.Of(statistic.Metric) };
    }

    private static Place? SentencePlace(List<ResolvedMention> mentions, int at, int clauseEnd, out bool national)
    {
        national = false;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.End > at)
            {
                continue;
            }

            if (mention.IsNational)
            {
                national = true;
                return null;
            }

            if (mention.Place is not null)
            {
                return mention.Place;
            }
        }

        // The place in the figure's own clause after it: the deepest of a chain (宝鸡市渭滨区神农镇益门堡村).
        return mentions
            .Where(m => m.Start >= at && m.End <= clauseEnd && m.Place is not null)
            .OrderByDescending(m => PlaceLevel.Depth(m.Place!.Level))
            .Select(m => m.Place)
            .FirstOrDefault();
    }

    // The title's deepest place (霍山县：…), else the place most of the article's place names lie in: from the
    // province the most names lie in, down to the division (or village) that holds more than half of them, so that
    // a page about 徽县 that also names 兰州 (its dateline), 陇南 and three of its towns is about 徽县.
    private static Place? ArticlePlace(List<ResolvedMention> title, List<ParsedParagraph> paragraphs, Dictionary<ParsedParagraph, List<ResolvedMention>> mentions, DivisionTable table)
    {
        if (title.Where(m => m.Place is not null).MaxBy(m => PlaceLevel.Depth(m.Place!.Level)) is { } titled)
        {
            return titled.Place;
        }

        var lineages = paragraphs
            .SelectMany(paragraph => Deepest(mentions[paragraph]))
            .Select(place => Lineage(place, table))
            .ToList();
        Place? about = null;
        var count = lineages.Count;
        for (var depth = 0; ; depth++)
        {
            var best = lineages
                .Where(lineage => lineage.Count > depth && (about is null || lineage[depth - 1].Path.SequenceEqual(about.Path)))
                .GroupBy(lineage => string.Join('/', lineage[depth].Path))
                .Select(group => (place: group.First()[depth], count: group.Count()))
                .OrderByDescending(pair => pair.count)
                .ToList();
            if (best.Count == 0 || (about is not null && best[0].count * 2 < count) || (best.Count > 1 && best[1].count == best[0].count))
            {
                return about;
            }

            (about, count) = best[0];
        }
    }

    // 上海市静安区 names one place, 静安区, not two: of a chain of names each inside the one before, the last counts.
    private static IEnumerable<Place> Deepest(List<ResolvedMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Place is not { } place || mentions[i].IsOutlet)
            {
                continue;
            }

            var next = i + 1 < mentions.Count ? mentions[i + 1] : null;
            if (next?.Place is { } inner && next.Start == mentions[i].End && inner.Path.Count > place.Path.Count && inner.Path.Take(place.Path.Count).SequenceEqual(place.Path))
            {
                continue;
            }

            yield return place;
        }
    }

    // The place and every place above it, from the province down: 益门堡村 gives 陕西省, 宝鸡市, 渭滨区, 神农镇, 益门堡村.
    private static List<Place> Lineage(Place place, DivisionTable table)
    {
        var lineage = table.Find(place.Code) is { } division ? table.Lineage(division).Select(d => Place.Of(d, table)).ToList() : [];
        if (place.Level is PlaceLevel.Village or PlaceLevel.Community)
        {
            lineage.Add(place);
        }

        return lineage;
    }

    // The index in the paragraph's text of the character at source offset `source` (the map only grows).
    private static int TextIndex(ParsedParagraph paragraph, int source)
    {
        int low = 0, high = paragraph.Text.Length - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (paragraph.Map.ToSource(middle) < source)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return Math.Max(0, low);
    }
}
