using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>The shape of every word list the metric rules read: a source, a header, and one distinct word a row (Chinese, or an
/// abbreviation in capitals such as GDP) with its note.</summary>
public sealed class MetricWordListTests
{
    public static TheoryData<string> Lists => [.. MetricWordList.Names];

    [Theory]
    [MemberData(nameof(Lists))]
    public void TheListSaysWhereItComesFrom(string name)
    {
        var comments = MetricWordList.Lines(name).TakeWhile(line => line.StartsWith('#')).ToList();

        Assert.Contains(comments, line => line.Contains("Source:"));
        Assert.Equal(MetricWordList.Header, MetricWordList.Lines(name).Skip(comments.Count).First());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void EveryRowIsOneChineseWordWithItsNote(string name)
    {
        var rows = MetricWordList.Rows(name).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Equal(2, row.Length);
            Assert.Matches(@"^(\p{IsCJKUnifiedIdeographs}+|[A-Z]{2,})$", row[0]);
            Assert.False(string.IsNullOrWhiteSpace(row[1]));
        });
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void NoWordIsListedTwice(string name)
    {
        var words = MetricWordList.Words(name);

        Assert.Equal(words.Length, words.Distinct().Count());
    }

    [Theory]
    [InlineData("one-character-predicate-openers")]
    [InlineData("adverbs-before-a-comparison")]
    [InlineData("dimension-adjectives")]
    public void AListOfCharactersHoldsOneCharacterARow(string name)
    {
        var words = MetricWordList.Words(name);

        Assert.All(words, word => Assert.Single(word));
    }
}
