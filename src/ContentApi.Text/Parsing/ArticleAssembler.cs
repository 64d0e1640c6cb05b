namespace ContentApi.Text.Parsing;

/// <summary>Reads the article lines of a page in order and gathers them into articles, sections and paragraphs.</summary>
internal sealed class ArticleAssembler(IReadOnlyList<PageLine> lines, List<FurnitureLine> furniture, List<ReportEntry> report)
{
    private readonly LineClassifier _classifier = new(lines);
    private readonly MappedTextBuilder _builder = new();
    private readonly List<ParsedArticle> _articles = [];
    private ArticleDraft? _article;
    private ArticlePhase _phase = ArticlePhase.None;

    public List<ParsedArticle> Assemble()
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var role = _classifier.Classify(i, _phase, _article?.ParagraphOpen ?? false);
            switch (role.Kind)
            {
                case LineKind.Kicker:
                    Begin(line).AddDeck(line);
                    _phase = ArticlePhase.AwaitingTitle;
                    break;
                case LineKind.Title:
                    var article = _phase == ArticlePhase.AwaitingTitle ? _article! : Begin(line);
                    article.SetTitle(line);
                    _phase = ArticlePhase.UnderTitle;
                    break;
                case LineKind.Deck:
                    _article!.AddDeck(line);
                    break;
                case LineKind.Byline:
                    AddByline(line, i);
                    break;
                case LineKind.PageHeader:
                    furniture.Add(new FurnitureLine("page-header", line.Text, line.Start, line.End));
                    break;
                case LineKind.Heading:
                    _article!.StartSection(line);
                    _phase = ArticlePhase.Body;
                    break;
                default:
                    (_article ?? BeginUntitled(line)).AddBody(line);
                    _phase = _classifier.ShapeOf(i).EndsArticle ? ArticlePhase.Closed : ArticlePhase.Body;
                    break;
            }
        }

        Finish();
        return _articles;
    }

    private ArticleDraft Begin(PageLine line)
    {
        Finish();
        _article = new ArticleDraft(line.Start, report, _builder);
        return _article;
    }

    // Text before any title still belongs to the page: it is kept in an untitled article so that nothing is lost.
    private ArticleDraft BeginUntitled(PageLine line)
    {
        report.Add(new ReportEntry("missing-title", line.Start, line.End, line.Text, "",
            "running text with no title above it; kept in an untitled article"));
        return Begin(line);
    }

    private void AddByline(PageLine line, int index)
    {
        if (_article is null)
        {
            report.Add(new ReportEntry("unplaced-line", line.Start, line.End, line.Text, "", "a byline with no article to belong to"));
            return;
        }

        _article.AddAuthors(_classifier.ShapeOf(index).Authors!, line);
        _phase = _phase switch
        {
            ArticlePhase.UnderTitle => ArticlePhase.UnderByline,
            ArticlePhase.Body => ArticlePhase.Closed,
            _ => _phase,
        };
    }

    private void Finish()
    {
        if (_article is not null)
        {
            _articles.Add(_article.Build());
        }

        _article = null;
        _phase = ArticlePhase.None;
    }
}
