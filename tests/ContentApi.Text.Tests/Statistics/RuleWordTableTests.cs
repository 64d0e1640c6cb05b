using ContentApi.Text.Statistics;

namespace ContentApi.Text.Tests.Statistics;

/// <summary>
/// The shape of the word tables the rules read beside the metric lists: the category rules' cues, the labels of a page's
/// related-reading list, the context words of 组, 列 and 度, the words that make two figures a range and those that decide
/// whether a bound is one. Each row is one Chinese word in a known role, listed once for that role, so a typo or a row
/// pasted twice fails here rather than silently changing what a rule matches.
/// </summary>
public sealed class RuleWordTableTests
{
    public static TheoryData<string, string, string> Tables => new()
    {
        { "category-cues.tsv", "cue", "animal-unit before-what-befell business contest deploying holding of-the-wild place-has-or-does produced-or-traded raising response-team team-end party generic-team the-rest volunteer-body waste-or-crime volunteer-work joining-volunteer-work beside-volunteers scope-place-end scope-opening scope-group received-teaching received-care taking-part-in-a-lesson rescuer at-a-distance apart way-gone whole-way building race-after dimension-noun no-depth qualifier-after-a-unit area-after-an-event past-experience earning-more donating holding-events visit-unit race serving-an-event" },
        { "furniture-labels.tsv", "note", "" },
        { "measure-contexts.tsv", "role", "counts measures overlaps" },
        { "range-words.tsv", "note", "" },
        { "qualifier-words.tsv", "role", "grant base ends-in-da" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryRowIsOneChineseWordInAKnownRoleListedOnce(string table, string roleColumn, string roles)
    {
        var rows = Read(table, roleColumn).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", row.Word));
        if (roles.Length > 0)
        {
            Assert.All(rows, row => Assert.Contains(row.Role, roles.Split(' ')));
        }

        var keys = rows.Select(row => roles.Length > 0 ? $"{row.Measure}|{row.Word}|{row.Role}" : row.Word).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    private static IEnumerable<(string Measure, string Word, string Role)> Read(string table, string roleColumn) => table switch
    {
        "measure-contexts.tsv" => DataTable.Read(table, "measure", "word", "role").Select(row => (row[0], row[1], row[2])),
        _ => DataTable.Read(table, "word", roleColumn).Select(row => ("", row[0], row[1])),
    };
}
