using ContentApi.Text.Statistics;
using ContentApi.Text.Statistics.Categories;

namespace ContentApi.Text.Tests.Statistics;

public sealed class CategoryLexiconTests
{
    private static readonly List<CategoryWord> Rows = ReadRows();

    [Fact]
    public void TheFileSaysWhereItsWordsComeFrom()
    {
        using var reader = CategoryLexicon.OpenEmbedded();

        var text = reader.ReadToEnd();

        Assert.StartsWith("# ", text);
        Assert.All(CategoryLexicon.Sources, source => Assert.Contains($"#   {source}", text));
    }

    [Fact]
    public void NoWordIsListedTwiceInOneTable()
    {
        var repeated = Rows.GroupBy(row => (CategoryLexicon.Table(row.Role), row.Word)).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(repeated);
    }

    [Fact]
    public void EveryRowThatTellsACategoryHasOneAndOnlyWordsForPeopleHaveNone()
    {
        Assert.All(Rows.Where(row => row.Role is not (CategoryRole.Measure or CategoryRole.Person)), row => Assert.NotNull(row.Category));
        Assert.All(Rows.Where(row => row.Role == CategoryRole.Person), row => Assert.Null(row.Category));
        Assert.All(Rows.Where(row => row.Role == CategoryRole.Title), row => Assert.Equal(StatisticCategory.Honorees, row.Category));
    }

    [Fact]
    public void EveryCategoryHasNounsOfItsOwn()
    {
        var withNouns = Rows.Where(row => row.Role == CategoryRole.Noun).Select(row => row.Category).ToHashSet();

        Assert.All(StatisticCategory.All, category => Assert.Contains(category, withNouns));
    }

    [Fact]
    public void AWordOfTheWholePhraseTellsOnlyAsTheWholePhrase()
    {
        var lexicon = new CategoryLexicon([new CategoryWord("区", StatisticCategory.Organizations, CategoryRole.Whole, "division")]);

        Assert.Equal(StatisticCategory.Organizations, lexicon.WholePhrase("区")?.Category);
        Assert.Null(lexicon.WholePhrase("区块"));
        Assert.Null(lexicon.PhraseWordEndingAt("美丽街区", 4));
    }

    [Fact]
    public void AWordOfARoleIsFoundInsideALongerWordOfAnother()
    {
        var lexicon = new CategoryLexicon(
        [
            new CategoryWord("儿童", null, CategoryRole.Person, "news"),
            new CategoryWord("留守儿童", StatisticCategory.Beneficiaries, CategoryRole.Noun, "news"),
        ]);

        Assert.Equal(CategoryRole.Noun, lexicon.PhraseWordEndingAt("留守儿童", 4)?.Role);
        Assert.True(lexicon.HasPhraseWordEndingAt("留守儿童", 4, CategoryRole.Person));
        Assert.False(lexicon.HasPhraseWordEndingAt("留守儿童", 3, CategoryRole.Person));
    }

    [Theory]
    [InlineData("志愿者\tvolunteers\tnoun")]
    [InlineData("志愿者\tvolunteers\tnoun\tinvented")]
    [InlineData("志愿者\tweather\tnoun\tnews")]
    [InlineData("志愿者\tvolunteers\tadjective\tnews")]
    public void ARowWithAMissingColumnOrAnUnknownValueIsRejected(string row)
    {
        var file = $"# a lexicon\nword\tcategory\trole\tsource\n{row}\n";

        Assert.Throws<FormatException>(() => CategoryLexicon.Parse(new StringReader(file)));
    }

    private static List<CategoryWord> ReadRows()
    {
        using var reader = CategoryLexicon.OpenEmbedded();
        return CategoryLexicon.Parse(reader);
    }
}
