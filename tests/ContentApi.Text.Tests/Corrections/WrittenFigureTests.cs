using ContentApi.Text.Corrections;

namespace ContentApi.Text.Tests.Corrections;

/// <summary>The number an editor points at by its span: exactly one number as the scanner reads it, or nothing.</summary>
public sealed class WrittenFigureTests
{
    [Theory]
    [InlineData("注册志愿者94220人，", 5, 11, 94220, null, "人")]
    [InlineData("注册志愿者94220人，", 5, 10, 94220, null, "")]
    [InlineData("开展活动5400余场。", 4, 10, 5400, null, "场")]
    [InlineData("投资约1.5亿元。", 2, 8, 150000000, null, "元")]
    [InlineData("参与者2-3万人。", 3, 8, 20000, 30000d, "人")]
    [InlineData("全会十二届八次", 2, 4, 12, null, "")]
    public void ASpanThatIsOneNumberGivesItsValueAndMeasureWord(string page, int start, int end, double value, double? valueMax, string unit)
    {
        var figure = WrittenFigure.At(page, start, end);

        Assert.NotNull(figure);
        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal((decimal?)valueMax, figure.ValueMax);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("注册志愿者94220人，", 0, 5)]     // words
    [InlineData("注册志愿者94220人，", 6, 9)]     // half a number
    [InlineData("共3个社区5个村", 1, 7)]           // two numbers
    [InlineData("共计：，。", 2, 4)]               // punctuation
    [InlineData("注册志愿者94220人，", 5, 40)]    // past the page
    [InlineData("注册志愿者94220人，", 7, 7)]     // empty
    public void ASpanThatIsNotExactlyOneNumberGivesNothing(string page, int start, int end)
    {
        Assert.Null(WrittenFigure.At(page, start, end));
    }
}
