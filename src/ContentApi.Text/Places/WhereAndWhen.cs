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
public static class WhereAndWhen
{
    private const string RepostedTitle = "原标题";

    // A title is rarely longer than this: a place further on is the body's.
    private const int RepostedTitleReach = 40;

    /// <summary>Returns <paramref name="page"/> with places, periods and metric keys filled in.</summary>
    public static ParsedPage Apply(ParsedPage page, DocumentFacts facts, DivisionTable? divisions = null)
    {
        var table = divisions ?? DivisionTable.Default;
        var documentPlace = PlaceLookup.Find(facts.Place, table);
        // Every title and paragraph of the page, in order, and their place names: one list for the page, no queries.
        var texts = new List<string>();
        var paragraphs = new List<ParsedParagraph>();
        foreach (var article in page.Articles)
        {
            texts.Add(article.Title);
            foreach (var section in article.Sections)
            {
                foreach (var paragraph in section.Paragraphs)
                {
                    texts.Add(paragraph.Text);
                    paragraphs.Add(paragraph);
                }
            }
        }

        var locals = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = new List<List<PlaceMention>>(texts.Count);
        foreach (var text in texts)
        {
            found.Add(PlaceScanner.Find(text, table, locals));
        }

        // 原标题：某某社区开展…活动 … 某区某街道某某社区联合…: a village or community named bare before the page names it under
        // its township is the same one; once the page has named its villages, it is read again with all of them known.
        if (locals.Count > 0)
        {
            found.Clear();
            foreach (var text in texts)
            {
                found.Add(PlaceScanner.Find(text, table, locals));
            }
        }

        var mentions = new PlaceResolver(table, documentPlace).Resolve(found);

        var articles = new List<ParsedArticle>(page.Articles.Count);
        var next = 0;
        var firstParagraph = 0;
        foreach (var article in page.Articles)
        {
            var titleMentions = mentions[next];
            var count = 0;
            foreach (var section in article.Sections)
            {
                count += section.Paragraphs.Count;
            }

            var paragraphMentions = new Dictionary<ParsedParagraph, List<ResolvedMention>>(count, ReferenceEqualityComparer.Instance);
            var articleParagraphs = paragraphs.GetRange(firstParagraph, count);
            for (var i = 0; i < count; i++)
            {
                paragraphMentions[articleParagraphs[i]] = mentions[next + 1 + i];
            }

            next += 1 + count;
            firstParagraph += count;
            var articlePlace = ArticlePlace(titleMentions, articleParagraphs, paragraphMentions, table) ?? documentPlace;
            var statistics = new List<Statistic>(article.Statistics.Count);
            Statistic? previous = null;
            foreach (var statistic in article.Statistics)
            {
                previous = Placed(statistic, previous, article, paragraphMentions, articlePlace, facts, table);
                statistics.Add(previous);
            }

            articles.Add(article with { Statistics = statistics, Place = articlePlace });
        }

        return page with { Articles = articles, Place = documentPlace ?? articles.Select(a => a.Place).FirstOrDefault(p => p is not null) };
    }

    // `previous` is the figure placed before it, whose place a part of it (其中…) in the next sentence takes.
    private static Statistic Placed(Statistic statistic, Statistic? previous, ParsedArticle article, Dictionary<ParsedParagraph, List<ResolvedMention>> paragraphMentions, Place? articlePlace, DocumentFacts facts, DivisionTable table)
    {
        if (statistic.Paragraph is not { } index || statistic.Section is not { } section)
        {
            return Headline(statistic, article, articlePlace, facts);
        }

        var paragraph = article.Sections[section].Paragraphs[index];
        var text = paragraph.Text;
        var at = TextIndex(paragraph, statistic.Start);
        var sentence = Clauses.Sentence(text, at);
        var clause = Clauses.Clause(text, at);
        // 其中 breaks down the figure before in the paragraph: a part whose sentence names no place or time of its own is
        // of that figure's place and time. Decided once, for both.
        var whole = previous is { Paragraph: { } previousIndex, Section: { } previousSection } && previousIndex == index && previousSection == section
            && FigurePlace.IsAPartOfTheSentenceBefore(text, sentence, TextIndex(paragraph, previous.Start))
            ? previous
            : null;
        var place = new FigurePlace(text, paragraphMentions[paragraph], articlePlace, table).Of(at, sentence, clause, whole);
        var period = PeriodReader.Read(text, sentence, clause.End, at, facts.PublishedOn, whole?.Period);
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

    // The title's deepest place (霍山县：…), made more precise by the lead: when the article's first place is a
    // division inside it (宝山…的他们 / 家住在宝山区吴淞街道的周阿姨), the article is about that one. Without a title
    // place, the place most of the article's place names lie in: from the province the most names lie in, down to the
    // division (or village) that holds at least half of all of them, so that a page about 徽县 that also names 兰州 (its
    // dateline), 陇南 and three of its towns is about 徽县, and a village named twice among ten names is not the subject.
    private static Place? ArticlePlace(List<ResolvedMention> title, List<ParsedParagraph> paragraphs, Dictionary<ParsedParagraph, List<ResolvedMention>> mentions, DivisionTable table)
    {
        Place? titled = null;
        foreach (var mention in title)
        {
            if (mention.Place is { } place && (titled is null || PlaceLevel.Depth(place.Level) > PlaceLevel.Depth(titled.Level)))
            {
                titled = place;
            }
        }

        var lineages = new List<IReadOnlyList<Place>>();
        // 五峰县长乐坪镇月山村: a chain that writes its county and goes below it also names the county, the frame the
        // scene is in; the county gets a vote of its own, beside the village's.
        var counties = new List<IReadOnlyList<Place>>();
        IReadOnlyList<Place>? lead = null;
        ParsedParagraph? leadParagraph = null;
        var leadIndex = -1;
        var national = false;
        // 原标题：雅安网红打卡地…: a reposted article keeps its original title at the head of its text, often run into
        // the first sentence; the first place there is the title's, and the lead's is the next one.
        var reposted = titled is null && paragraphs.Count > 0 && paragraphs[0].Text.StartsWith(RepostedTitle, StringComparison.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            var paragraphMentions = mentions[paragraph];
            for (var i = 0; i < paragraphMentions.Count; i++)
            {
                // 出生于某省某县: one person's birthplace is no place the article is about.
                if (FigurePlace.IsWhereTheyWent(paragraphMentions, i, paragraph.Text, PlaceWords.BirthplaceBefore))
                {
                    continue;
                }

                if (!IsDeepest(paragraphMentions, i))
                {
                    // Not the deepest and a county: a deeper place of its chain follows it (五峰县长乐坪镇, not 宜昌市五峰县).
                    if (paragraphMentions[i] is { Place.Level: PlaceLevel.County, IsOutlet: false, IsExcluded: false })
                    {
                        counties.Add(Lineage(paragraphMentions[i].Place!, table));
                    }

                    continue;
                }

                var mention = paragraphMentions[i];
                lineages.Add(Lineage(mention.Place!, table));
                // 央广网武汉8月19日消息: a dateline says where the reporter files from, not what the lead is about.
                if (lead is not null || PlaceDateline.Follows(paragraph.Text.AsSpan(mention.End)))
                {
                    national |= lead is null && lineages.Count == 1 && IsANationalLead(paragraph.Text, mention.End, paragraphMentions, table);
                    continue;
                }

                if (reposted && titled is null && ReferenceEquals(paragraph, paragraphs[0]) && mention.Start <= RepostedTitleReach)
                {
                    titled = mention.Place;
                    continue;
                }

                lead = lineages[^1];
                (leadParagraph, leadIndex) = (paragraph, i);
            }
        }

        // The title's place counts when the text names it again (大运城市 holds 运城 by accident, and only once).
        if (reposted && titled is not null && Naming(lineages, titled) < 2)
        {
            titled = null;
        }

        // 中新社北京8月15日电 国家统计局15日公布…: a story whose lead is the country's names the area of no figure.
        if (titled is null && national)
        {
            return null;
        }

        if (titled is not null)
        {
            if (lead is not null && lead.Count > titled.Path.Count && ReferenceEquals(lead[titled.Path.Count - 1], titled))
            {
                return IsOnlyTheScene(titled, lead[^1], paragraphs, mentions, leadParagraph!, leadIndex, reposted) ? titled : lead[^1];
            }

            return titled;
        }

        Place? about = null;
        var counts = new Dictionary<Place, int>();
        for (var depth = 0; ; depth++)
        {
            counts.Clear();
            // A county's own vote says nothing of what below it the article is about: it counts down to the county only.
            var votes = lineages.Count + counties.Count(county => county.Count > depth);
            foreach (var lineage in lineages.Concat(counties))
            {
                if (lineage.Count > depth && (about is null || ReferenceEquals(lineage[depth - 1], about)))
                {
                    counts[lineage[depth]] = counts.GetValueOrDefault(lineage[depth]) + 1;
                }
            }

            (Place? place, int count) best = (null, 0);
            var tied = false;
            foreach (var (place, count) in counts)
            {
                if (count > best.count)
                {
                    (best, tied) = ((place, count), false);
                }
                else if (count == best.count)
                {
                    tied = true;
                }
            }

            if (best.place is null || tied || (about is not null && best.count * 2 < votes))
            {
                return about;
            }

            about = best.place;
        }
    }

    // 中新社北京8月15日电 (记者 某某) 中国国家统计局15日公布，7月份，中国社会消费品零售总额…: the first sentence after a
    // dateline speaks of the country (全国, 我国, 中国 or a central body as a clause's subject) and names no place. The
    // story is the country's, filed where the wire is (ANNOTATION: the dateline or the subject, the subject first).
    private static bool IsANationalLead(string text, int datelineEnd, List<ResolvedMention> mentions, DivisionTable table)
    {
        var start = PlaceDateline.StoryStart(text, datelineEnd);
        return start < text.Length && new FigurePlace(text, mentions, null, table).IsNational(start, Clauses.Sentence(text, start).End);
    }

    // 上海市静安区 names one place, 静安区, not two: of a chain of names each inside the one before, the last counts.
    // An outlet (深圳新闻网) names who reports, not what the article is about, and a place left out (除安徽外) is not either. Whether mention i is such a last one.
    private static bool IsDeepest(List<ResolvedMention> mentions, int i)
    {
        if (mentions[i].Place is not { } place || mentions[i].IsOutlet || mentions[i].IsExcluded)
        {
            return false;
        }

        var next = i + 1 < mentions.Count ? mentions[i + 1] : null;
        return !(next?.Place is { } inner && next.Start == mentions[i].End && inner.Path.Count > place.Path.Count && StartsWith(inner.Path, place.Path));
    }

    // Whether `path` begins with every name of `head`.
    private static bool StartsWith(IReadOnlyList<string> path, IReadOnlyList<string> head)
    {
        for (var i = 0; i < head.Count; i++)
        {
            if (path[i] != head[i])
            {
                return false;
            }
        }

        return true;
    }

    // The place and every place above it, from the province down: 益门堡村 gives 陕西省, 宝鸡市, 渭滨区, 神农镇, 益门堡村.
    // A division's lineage is the table's, shared; only a village or community the table lacks makes a list.
    private static IReadOnlyList<Place> Lineage(Place place, DivisionTable table)
    {
        var lineage = table.Find(place.Code) is { } division ? table.PlaceLineage(division) : [];
        return place.Level is PlaceLevel.Village or PlaceLevel.Community ? [.. lineage, place] : lineage;
    }

    // How many of the lineages hold `place`.
    private static int Naming(List<IReadOnlyList<Place>> lineages, Place place)
    {
        var count = 0;
        foreach (var lineage in lineages)
        {
            for (var i = 0; i < lineage.Count; i++)
            {
                if (ReferenceEquals(lineage[i], place))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
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

    // 原标题：安徽天长：倾心织就基层健康“服务网”…近日，在安徽省天长市仁和集镇东风村内，家庭医生正对村民进行互访义诊…:
    // a lead that opens on a scene or a person's home inside the title's area, named nowhere else, while the body goes
    // on naming the title's area (天长市人民医院, 天长市卫健委), sets the scene; the article is still about the title's area.
    private static bool IsOnlyTheScene(Place titled, Place lead, List<ParsedParagraph> paragraphs, Dictionary<ParsedParagraph, List<ResolvedMention>> mentions, ParsedParagraph leadParagraph, int leadIndex, bool reposted)
    {
        var first = leadIndex;
        var leadMentions = mentions[leadParagraph];
        while (first > 0 && leadMentions[first - 1].End == leadMentions[first].Start)
        {
            first--;
        }

        int named = 0, others = 0;
        foreach (var paragraph in paragraphs)
        {
            var list = mentions[paragraph];
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Place is not { } place || list[i].IsOutlet)
                {
                    continue;
                }

                if (Holds(lead, place))
                {
                    named++;
                }
                else if (Holds(titled, place) && !list[i].IsOrganisation && !IsACredit(paragraph.Text, list[i].Start) && !(ReferenceEquals(paragraph, leadParagraph) && i >= first && i <= leadIndex)
                    && !(reposted && ReferenceEquals(paragraph, paragraphs[0]) && list[i].Start <= RepostedTitleReach))
                {
                    others++;
                }
            }
        }

        // A village or community the scanner reads only after its parent (龙潭社区作为…, 落坡岭村) is counted by its name.
        var stem = Stem(lead.Name);
        var written = 0;
        foreach (var paragraph in paragraphs)
        {
            for (var at = paragraph.Text.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = paragraph.Text.IndexOf(stem, at + stem.Length, StringComparison.Ordinal))
            {
                written++;
            }
        }

        return Math.Max(named, written) < 2 && (others >= 2 || IsAPersonsHome(leadParagraph.Text, leadMentions[leadIndex].End));
    }

    // Whether `outer` is `inner` or holds it, by the names from the province down.
    private static bool Holds(Place outer, Place inner) =>
        inner.Path.Count >= outer.Path.Count && inner.Path.Take(outer.Path.Count).SequenceEqual(outer.Path, StringComparer.Ordinal);

    // 来源：上海宝山官方微信: a place in a source credit names who published, not what the article is about.
    private static bool IsACredit(string text, int at) =>
        text.AsSpan(0, at).TrimEnd().EndsWith("来源：") || text.AsSpan(0, at).TrimEnd().EndsWith("来源:");

    private static readonly string[] LevelEndings = ["社区", "街道", "村", "镇", "乡"];

    // 落坡岭 of 落坡岭社区: a village's or a town's name without its level word, when two characters or more are left.
    private static string Stem(string name)
    {
        foreach (var ending in LevelEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal) && name.Length - ending.Length >= 2)
            {
                return name[..^ending.Length];
            }
        }

        return name;
    }

    // 某村村民陆银丙, 某镇脱贫户黄某辉, 某村保洁员彭振清, 北京市房山区瓜市村人，: a place right before a word for one
    // person (not 村民们, 居民委员会) names where that person lives or comes from.
    private static bool IsAPersonsHome(string text, int end)
    {
        var after = text.AsSpan(end);
        if (after.StartsWith("的"))
        {
            after = after[1..];
        }

        var at = text.Length - after.Length;
        if (PlaceWords.PersonNouns.At(text, at) is { } noun)
        {
            return !PlaceWords.NotOnePersonAfter.StartsAt(text, at + noun.Length);
        }

        return after.Length > 1 && after[0] == '人' && after[1] is '，' or ',' or '。' or '、';
    }
}
