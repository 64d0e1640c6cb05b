using ContentApi.Text.Parsing;

namespace ContentApi.Text.Tests.Parsing;

public class LineClassifierTests
{
    private static LineRole Classify(string[] lines, int index, ArticlePhase phase, bool paragraphOpen = false)
    {
        var pageLines = lines.Select((text, i) => new PageLine(new MappedText(text, [0], [i * 100]), true)).ToList();
        return new LineClassifier(pageLines).Classify(index, phase, paragraphOpen);
    }

    [Fact]
    public void TakesAShortLineAboveABylineForATitle()
    {
        var role = Classify(["山村小学来了新老师", "■ 本报记者 李明", "九月一日，孩子们迎来了新学期。"], 0, ArticlePhase.Body);

        Assert.Equal(new LineRole(LineKind.Title, LineClassifier.TitleBeforeBylineReason), role);
    }

    [Fact]
    public void TakesAShortLineAboveADeckAndABylineForATitle()
    {
        var role = Classify(["山村小学来了新老师", "一群年轻人的支教故事", "■ 本报记者 李明"], 0, ArticlePhase.Body);

        Assert.Equal(new LineRole(LineKind.Title, LineClassifier.TitleBeforeBylineReason), role);
    }

    [Fact]
    public void TakesTheLinesBetweenTitleAndBylineForDecks()
    {
        var role = Classify(["山村小学来了新老师", "一群年轻人的支教故事", "■ 本报记者 李明"], 1, ArticlePhase.UnderTitle);

        Assert.Equal(new LineRole(LineKind.Deck, LineClassifier.DeckReason), role);
    }

    [Fact]
    public void TakesADashLineAboveATitleForAKicker()
    {
        var role = Classify(["——记一位乡村教师", "山村小学来了新老师", "■ 本报记者 李明"], 0, ArticlePhase.Body);

        Assert.Equal(new LineRole(LineKind.Kicker, LineClassifier.KickerReason), role);
    }

    [Fact]
    public void TakesADashLineInRunningTextForAnAttribution()
    {
        var role = Classify(["他说，读书使人明理。", "——摘自某位老师的日记", "第二天，学校开学了。"], 1, ArticlePhase.Body);

        Assert.Equal(new LineRole(LineKind.Body, LineClassifier.AttributionReason), role);
    }

    [Fact]
    public void TakesTheFirstShortLineOfAPageForATitleEvenWithoutAByline()
    {
        var role = Classify(["山村小学来了新老师", "九月一日，孩子们迎来了新学期。"], 0, ArticlePhase.None);

        Assert.Equal(new LineRole(LineKind.Title, LineClassifier.FirstTitleReason), role);
    }

    [Fact]
    public void DoesNotTakeAShortLineEndingInAFullStopForATitle()
    {
        var role = Classify(["孩子们很开心。", "■ 本报记者 李明"], 0, ArticlePhase.Body);

        Assert.Equal(LineKind.Body, role.Kind);
    }

    [Fact]
    public void TakesACoupletAfterACompleteParagraphForAHeading()
    {
        var role = Classify(["孩子们很开心。", "书声满校园 笑语传山村", "老师们每天都来得很早。"], 1, ArticlePhase.Body);

        Assert.Equal(new LineRole(LineKind.Heading, LineClassifier.CoupletHeadingReason), role);
    }

    [Fact]
    public void TakesANumberedPhraseForAHeading()
    {
        var role = Classify(["孩子们很开心。", "一、教学条件明显改善", "老师们每天都来得很早。"], 1, ArticlePhase.Body);

        Assert.Equal(new LineRole(LineKind.Heading, LineClassifier.NumberedHeadingReason), role);
    }

    [Fact]
    public void TakesAShortPlainPhraseForAHeading()
    {
        var role = Classify(["孩子们很开心。", "教学条件明显改善", "老师们每天都来得很早。"], 1, ArticlePhase.Body);

        Assert.Equal(new LineRole(LineKind.Heading, LineClassifier.ShortHeadingReason), role);
    }

    [Fact]
    public void TakesAPlainShortLineRightUnderTheBylineForTheStartOfTheLead()
    {
        var role = Classify(["■ 本报记者 李明", "学校在操场边修建了", "新的图书阅览室。"], 1, ArticlePhase.UnderByline);

        Assert.Equal(new LineRole(LineKind.Body, LineClassifier.LeadFirstReason), role);
    }

    [Fact]
    public void DoesNotTakeAShortLineForAHeadingWhenTheParagraphBeforeIsUnfinished()
    {
        var role = Classify(["学校在操场边修建了", "新的图书阅览室", "供孩子们课后使用。"], 1, ArticlePhase.Body, paragraphOpen: true);

        Assert.Equal(new LineRole(LineKind.Body, LineClassifier.ContinuationReason), role);
    }

    [Fact]
    public void DoesNotTakeAShortLineEndingOnADanglingWordForAHeading()
    {
        var role = Classify(["孩子们很开心。", "一是坚持把", "读书放在第一位。"], 1, ArticlePhase.Body);

        Assert.Equal(LineKind.Body, role.Kind);
    }

    [Fact]
    public void DoesNotTakeAShortLineWithACommaForAHeading()
    {
        var role = Classify(["孩子们很开心。", "一是改善条件，建好", "新的图书室。"], 1, ArticlePhase.Body);

        Assert.Equal(LineKind.Body, role.Kind);
    }

    [Fact]
    public void DoesNotTakeTheLastLineOfThePageForAHeading()
    {
        var role = Classify(["孩子们很开心。", "教学条件明显改善"], 1, ArticlePhase.Body);

        Assert.Equal(LineKind.Body, role.Kind);
    }

    [Fact]
    public void TakesALongLineWithoutPunctuationForRunningText()
    {
        var role = Classify(["孩子们很开心。", new string('学', 60), "老师们每天都来得很早。"], 1, ArticlePhase.Body);

        Assert.Equal(new LineRole(LineKind.Body, LineClassifier.RunningTextReason), role);
    }

    [Fact]
    public void TakesAShortLineOverADatelineParagraphForATitle()
    {
        var role = Classify(["孩子们很开心。", "老街换新颜", "本报讯（记者 陈红）老街改造工程近日完工。"], 1, ArticlePhase.Body);

        Assert.Equal(new LineRole(LineKind.Title, LineClassifier.TitleBeforeDatelineReason), role);
    }

    [Fact]
    public void TakesAShortLineAfterAClosingBylineForTheNextTitle()
    {
        var role = Classify(["（记者 陈红）", "老街换新颜", "老街改造工程近日完工。"], 1, ArticlePhase.Closed);

        Assert.Equal(new LineRole(LineKind.Title, LineClassifier.TitleAfterClosingBylineReason), role);
    }

    [Fact]
    public void TakesAHeadlineWithAnExclamationInsideForATitle()
    {
        var role = Classify(["好消息！新校区开学了", "■ 记者 陈红"], 0, ArticlePhase.Body);

        Assert.Equal(LineKind.Title, role.Kind);
    }

    [Theory]
    [InlineData("■ 教学条件明显改善")]
    [InlineData("【教学条件明显改善】")]
    public void TakesAShortPhraseSetOffByABulletOrBracketsForAHeadingEvenUnderTheByline(string line)
    {
        var role = Classify(["■ 本报记者 李明", line, "老师们每天都来得很早。"], 1, ArticlePhase.UnderByline);

        Assert.Equal(new LineRole(LineKind.Heading, LineClassifier.MarkedHeadingReason), role);
    }

    [Fact]
    public void TakesACoupletForAHeadingEvenAfterAnUnfinishedParagraph()
    {
        var role = Classify(["学校在操场边修建了", "书声满校园 笑语传山村", "老师们每天都来得很早。"], 1, ArticlePhase.Body, paragraphOpen: true);

        Assert.Equal(new LineRole(LineKind.Heading, LineClassifier.CoupletHeadingReason), role);
    }
}
