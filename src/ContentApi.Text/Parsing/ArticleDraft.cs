namespace ContentApi.Text.Parsing;

/// <summary>An article being read: its header so far, its finished sections and the paragraph still open.</summary>
internal sealed class ArticleDraft(int start, List<ReportEntry> report, MappedTextBuilder builder)
{
    // How much of an unfinished paragraph's end its report entry quotes.
    private const int QuotedTail = 12;

    private readonly List<string> _decks = [];
    private readonly List<ParsedParagraph> _titleLines = [];
    private readonly List<Author> _authors = [];
    private readonly List<ParsedSection> _sections = [];
    private readonly List<ParsedParagraph> _paragraphs = [];
    private string? _heading;
    private ParsedParagraph? _headingLine;
    private ParagraphDraft? _paragraph;
    private readonly int _start = start;
    private int _end = start;

    public string Title { get; private set; } = "";

    public bool ParagraphOpen => _paragraph?.IsOpen ?? false;

    public void Extend(PageLine line) => _end = Math.Max(_end, line.End);

    public void SetTitle(PageLine line)
    {
        Title = line.Text;
        _titleLines.Add(AsWritten(line));
        Extend(line);
    }

    // A deck is printed with a leading dash (——红桥区工作综述); the dash is layout, not part of the subtitle.
    public void AddDeck(PageLine line)
    {
        _decks.Add(line.Text.AsSpan().TrimStart(ChineseText.Dashes).ToString());
        _titleLines.Add(AsWritten(line));
        Extend(line);
    }

    public void AddAuthors(IEnumerable<Author> authors, PageLine line)
    {
        _authors.AddRange(authors);
        Extend(line);
    }

    public void StartSection(PageLine heading)
    {
        CloseSection();
        // A bullet before a subheading is layout, like the dash before a deck.
        _heading = heading.Text.AsSpan().TrimStart(ChineseText.Bullets).TrimStart(' ').ToString();
        _headingLine = AsWritten(heading);
        Extend(heading);
    }

    public void AddBody(PageLine line)
    {
        Extend(line);
        if (_paragraph is not null && _paragraph.TryJoin(line, report))
        {
            return;
        }

        CloseParagraph();
        // A news paragraph may carry its credit inline (本报讯（记者 张三）…) when the article has no byline line.
        if (_authors.Count == 0 && _paragraphs.Count == 0 && _sections.Count == 0
            && BylineParser.ParseDatelineCredit(line.Text) is { } credited)
        {
            _authors.AddRange(credited);
        }

        _paragraph = new ParagraphDraft(line);
    }

    public ParsedArticle Build()
    {
        CloseSection();
        if (_sections.Count == 0)
        {
            report.Add(new ReportEntry("empty-article", _start, _end, Title, Title, "an article with a title but no body"));
        }

        var subtitle = _decks.Count > 0 ? string.Join(' ', _decks) : null;
        return new ParsedArticle(Title, subtitle, _authors, _sections, _start, _end) { TitleLines = _titleLines };
    }

    // A title, deck or heading line whole, with its map to the page, so that the statistics it holds point into the page.
    private static ParsedParagraph AsWritten(PageLine line) =>
        new(line.Text, null, line.Content.ToSource(0), line.Content.ToSourceEnd(line.Text.Length), line.Content.Map);

    private void CloseSection()
    {
        CloseParagraph();
        // The part before the first subheading exists only when it has text; a heading always opens a section.
        if (_paragraphs.Count == 0 && _heading is null)
        {
            return;
        }

        RunInHead.Apply(_paragraphs);
        _sections.Add(new ParsedSection(_heading, [.. _paragraphs]) { HeadingLine = _headingLine });
        _paragraphs.Clear();
        _heading = null;
        _headingLine = null;
    }

    private void CloseParagraph()
    {
        if (_paragraph is null)
        {
            return;
        }

        var mapped = _paragraph.Build(builder);
        // A paragraph still waiting for the end of its sentence lost its other half somewhere an editor should look.
        if (_paragraph.IsOpen)
        {
            var tail = mapped.Length - Math.Min(mapped.Length, QuotedTail);
            report.Add(new ReportEntry("unfinished-paragraph", mapped.ToSource(tail), mapped.ToSourceEnd(mapped.Length), mapped.Text[tail..],
                mapped.Text[tail..], "a paragraph ends mid-sentence and nothing that follows continues it"));
        }

        var paragraph = new ParsedParagraph(mapped.Text, null, mapped.ToSource(0), mapped.ToSourceEnd(mapped.Length), mapped.Map);
        ForeignWordDetector.Scan(mapped, report);
        _paragraphs.Add(paragraph);
        _paragraph = null;
    }
}
