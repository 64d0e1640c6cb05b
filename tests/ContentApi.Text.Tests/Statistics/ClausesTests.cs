using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

public sealed class ClausesTests
{
    [Theory]
    // A comma that groups a number's thousands and a clock time's colon end no clause; other commas and colons do.
    [InlineData("全县带动1,200,000名农民参与，人均增收。", "1,200,000", "全县带动1,200,000名农民参与")]
    [InlineData("活动于10:30开始，共有300人参加。", "300", "共有300人参加。")]
    [InlineData("活动于10:30开始，共有300人参加。", "10", "活动于10:30开始")]
    [InlineData("分为3,5两组，共8人。", "8", "共8人。")]
    [InlineData("分为3,5两组，共8人。", "5", "5两组")]
    [InlineData("名单：12,345人，", "345", "12,345人")]
    [InlineData("三产比例为57.1：20.9：22，", "22", "22")]
    public void AClauseIsCutAtItsMarksButNotInsideANumber(string text, string inside, string clause)
    {
        var (start, end) = Clauses.Clause(text, text.IndexOf(inside, StringComparison.Ordinal));
        Assert.Equal(clause.TrimEnd('。'), text[start..end].TrimEnd('。'));
    }
}
