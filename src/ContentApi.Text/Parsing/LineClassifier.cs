namespace ContentApi.Text.Parsing;

/// <summary>Where the reading of an article has got to when the next line comes.</summary>
internal enum ArticlePhase
{
    /// <summary>No article has begun yet.</summary>
    None,

    /// <summary>A kicker has been read; the title comes next.</summary>
    AwaitingTitle,

    /// <summary>The title has been read, but no byline and no body yet.</summary>
    UnderTitle,

    /// <summary>The byline has been read, but no body yet.</summary>
    UnderByline,

    /// <summary>The body has begun.</summary>
    Body,

    /// <summary>A byline after the body, or a paragraph ending on an end mark or a credit, has closed the article (…完工。（完）).</summary>
    Closed,
}

/// <summary>The part a line plays in its article.</summary>
internal enum LineKind
{
    Kicker,
    Title,
    Deck,
    Byline,
    Heading,
    Body,
    PageHeader,
}

/// <summary>A line's part and the rule that gave it, so that every decision can be explained to an editor.</summary>
internal readonly record struct LineRole(LineKind Kind, string Reason);

/// <summary>Decides what each line of a page is, from its shape and from the lines around it.</summary>
internal sealed class LineClassifier
{
    public const string BylineReason = "a role followed only by names";
    public const string KickerReason = "a dash line over a title is its kicker";
    public const string TitleAfterKickerReason = "the line under a kicker is the title";
    public const string DeckReason = "a dash or short unpunctuated line between a title and the body is its deck";
    public const string TitleBeforeBylineReason = "a short unpunctuated line followed by a byline, at most one deck between";
    public const string TitleBeforeDeckReason = "a short unpunctuated line followed by a dash deck";
    public const string TitleBeforeDatelineReason = "a short unpunctuated line over a paragraph that opens with a dateline";
    public const string TitleAfterClosingBylineReason = "a byline, end mark or credit closed the article before, so a short unpunctuated line opens the next";
    public const string PageHeaderReason = "a short line over the page's first title is the page's header";
    public const string KickerAboveTitleReason = "a short line set close above the page's first title, with no blank line between, is its kicker";
    public const string FirstTitleReason = "the first short unpunctuated line of a page opens an article";
    public const string ContinuationReason = "continues the sentence the paragraph before leaves open";
    public const string CoupletHeadingReason = "two parallel short phrases set apart by a space";
    public const string NumberedHeadingReason = "a short numbered phrase after a complete paragraph";
    public const string MarkedHeadingReason = "a short phrase set off by a bullet or black brackets";
    public const string ShortHeadingReason = "a short unpunctuated phrase after a complete paragraph";
    public const string LeadFirstReason = "an article opens with its lead: a plain short line under the byline begins it";
    public const string AttributionReason = "a dash line in running text is an attribution";
    public const string RunningTextReason = "running text";

    private readonly IReadOnlyList<PageLine> _lines;
    private readonly LineShape[] _shapes;

    public LineClassifier(IReadOnlyList<PageLine> lines)
    {
        _lines = lines;
        _shapes = new LineShape[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            _shapes[i] = LineShape.Of(lines[i].Text);
        }
    }

    public LineShape ShapeOf(int line) => _shapes[line];

    /// <param name="line">The index of the line to classify.</param>
    /// <param name="phase">How far the current article has been read.</param>
    /// <param name="paragraphOpen">Whether the paragraph before ends mid-sentence.</param>
    public LineRole Classify(int line, ArticlePhase phase, bool paragraphOpen)
    {
        var shape = _shapes[line];
        if (phase == ArticlePhase.AwaitingTitle)
        {
            return new(LineKind.Title, TitleAfterKickerReason);
        }

        if (shape.IsByline)
        {
            return new(LineKind.Byline, BylineReason);
        }

        var underTitle = phase is ArticlePhase.UnderTitle or ArticlePhase.UnderByline;
        if (shape.Dash)
        {
            if (underTitle)
            {
                return new(LineKind.Deck, DeckReason);
            }

            var titleFollows = Is(line + 1, s => s.TitleLike) && (phase == ArticlePhase.None || BylineFollows(line + 1));
            return titleFollows ? new(LineKind.Kicker, KickerReason) : new(LineKind.Body, AttributionReason);
        }

        if (!shape.TitleLike)
        {
            return new(LineKind.Body, paragraphOpen ? ContinuationReason : RunningTextReason);
        }

        // A deck never carries a number: a numbered short line under the title is the body's first heading.
        if (phase == ArticlePhase.UnderTitle)
        {
            return shape.Numbered && shape.HeadingLike && line + 1 < _shapes.Length
                ? new(LineKind.Heading, NumberedHeadingReason)
                : new(LineKind.Deck, DeckReason);
        }

        if (TitleReasonFromWhatFollows(line) is { } reason)
        {
            return new(LineKind.Title, reason);
        }

        if (phase == ArticlePhase.Closed && line + 1 < _shapes.Length)
        {
            return new(LineKind.Title, TitleAfterClosingBylineReason);
        }

        // A headline block (kicker, title, deck) is set solid; the paper's name or a column label over it stands apart.
        if (phase == ArticlePhase.None && IsTitleByWhatFollows(line + 1))
        {
            return _lines[line + 1].BlankBefore ? new(LineKind.PageHeader, PageHeaderReason) : new(LineKind.Kicker, KickerAboveTitleReason);
        }

        if (phase == ArticlePhase.None && line + 1 < _shapes.Length)
        {
            return new(LineKind.Title, FirstTitleReason);
        }

        // A heading always has text under it.
        if (!shape.HeadingLike || line + 1 >= _shapes.Length)
        {
            return new(LineKind.Body, paragraphOpen ? ContinuationReason : RunningTextReason);
        }

        // A space between two phrases, or a bullet, never falls inside a Chinese sentence: such a line is a heading even
        // when the paragraph before was left unfinished.
        if (shape.Couplet || shape.Marked)
        {
            return new(LineKind.Heading, shape.Couplet ? CoupletHeadingReason : MarkedHeadingReason);
        }

        // Any other heading never interrupts a sentence.
        if (paragraphOpen)
        {
            return new(LineKind.Body, ContinuationReason);
        }

        if (shape.Numbered)
        {
            return new(LineKind.Heading, NumberedHeadingReason);
        }

        return phase == ArticlePhase.Body ? new(LineKind.Heading, ShortHeadingReason) : new(LineKind.Body, LeadFirstReason);
    }

    private bool IsTitleByWhatFollows(int line) => Is(line, s => s.TitleLike) && TitleReasonFromWhatFollows(line) is not null;

    // A title is known by what follows it: its byline (perhaps with one deck line between), a dash deck, or a dateline.
    private string? TitleReasonFromWhatFollows(int line)
    {
        if (BylineFollows(line))
        {
            return TitleBeforeBylineReason;
        }

        if (Is(line + 1, s => s.Dash))
        {
            return TitleBeforeDeckReason;
        }

        return Is(line + 1, s => s.OpensWithDateline) ? TitleBeforeDatelineReason : null;
    }

    private bool BylineFollows(int line) =>
        Is(line + 1, s => s.IsByline) || (Is(line + 1, s => s.TitleLike || s.Dash) && Is(line + 2, s => s.IsByline));

    private bool Is(int line, Func<LineShape, bool> test) => line < _shapes.Length && test(_shapes[line]);
}
