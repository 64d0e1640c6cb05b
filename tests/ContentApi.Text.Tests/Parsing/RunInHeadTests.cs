using ContentApi.Text.Parsing;

namespace ContentApi.Text.Tests.Parsing;

public class RunInHeadTests
{
    private static ParsedParagraph Paragraph(string text) => new(text, null, 0, text.Length, SourceMap.Identity(0));

    [Fact]
    public void ExposesASeriesOfShortOpeningClausesAsLeads()
    {
        List<ParsedParagraph> paragraphs = [Paragraph("教学条件有改善。新建了图书室。"), Paragraph("师资力量有加强。来了三位新老师。")];

        RunInHead.Apply(paragraphs);

        Assert.Equal(["教学条件有改善", "师资力量有加强"], paragraphs.Select(p => p.Lead));
        Assert.Equal("教学条件有改善。新建了图书室。", paragraphs[0].Text);
    }

    [Fact]
    public void DoesNotTakeALoneShortFirstSentenceForALead()
    {
        List<ParsedParagraph> paragraphs = [Paragraph("会议由校长主持。老师们依次发言。"), Paragraph("会后，大家参观了新建的图书室和实验室。")];

        RunInHead.Apply(paragraphs);

        Assert.All(paragraphs, p => Assert.Null(p.Lead));
    }

    [Theory]
    [InlineData("今年新建了三所学校和两座图书馆。孩子们很高兴。")]
    [InlineData("新建3所学校。孩子们很高兴。")]
    [InlineData("天晴了，风停了。孩子们很高兴。")]
    [InlineData("教学条件有改善。")]
    public void DoesNotTakeALongNumericOrCompoundOrLoneSentenceForAHead(string paragraph)
    {
        var head = RunInHead.Find(paragraph);

        Assert.Null(head);
    }
}
