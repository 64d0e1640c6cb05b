using ContentApi.Text.Parsing;

namespace ContentApi.Text.Tests.Parsing;

public class FragmentJoinerTests
{
    [Fact]
    public void JoinsAFragmentThatEndsMidSentence()
    {
        var decision = FragmentJoiner.Decide("学校在操场边修建了新的图", "书阅览室。");

        Assert.Equal(new JoinDecision(true, 0, FragmentJoiner.MidSentenceReason), decision);
        Assert.Equal("join", decision.Kind);
    }

    [Fact]
    public void DropsTheCharactersABreakRepeated()
    {
        var decision = FragmentJoiner.Decide("学校在操场边修建了新的图书", "的图书阅览室。");

        Assert.Equal(new JoinDecision(true, 3, FragmentJoiner.OverlapReason), decision);
        Assert.Equal("join-with-overlap", decision.Kind);
    }

    [Fact]
    public void DoesNotJoinTwoCompleteParagraphs()
    {
        var decision = FragmentJoiner.Decide("孩子们很开心。", "老师们每天都来得很早。");

        Assert.Equal(new JoinDecision(false, 0, FragmentJoiner.CompleteReason), decision);
    }

    [Fact]
    public void TakesAOneCharacterRepeatForAnOrdinaryJoin()
    {
        var overlap = FragmentJoiner.Overlap("大家都说好", "好处多多。");

        Assert.Equal(0, overlap);
    }

    [Fact]
    public void DoesNotTakeRepeatedPunctuationForAnOverlap()
    {
        var overlap = FragmentJoiner.Overlap("他说——", "——不对。");

        Assert.Equal(0, overlap);
    }

    [Fact]
    public void NeverDropsTheWholeNextLine()
    {
        var overlap = FragmentJoiner.Overlap("今天天气很好", "很好");

        Assert.Equal(0, overlap);
    }

    [Theory]
    [InlineData("孩子们问：")]
    [InlineData("一是改善条件；")]
    [InlineData("他说：“好。”")]
    [InlineData("真是太好了！")]
    public void TakesAParagraphEndingInAStopColonSemicolonOrQuoteAsComplete(string before)
    {
        var decision = FragmentJoiner.Decide(before, "二是加强管理。");

        Assert.False(decision.Join);
    }
}
