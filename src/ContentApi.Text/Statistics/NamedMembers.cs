using System.Text.RegularExpressions;

namespace ContentApi.Text.Statistics;

/// <summary>
/// 被告人杜某某等三人, 犯罪嫌疑人王某、李某等5人: 等 after anonymised names (X某, X某某, X某Y, the standard form of court
/// and police reports) marks them as members of the group the count measures. The role written before the names says
/// what kind of people the group is; a name is only one member of it.
/// </summary>
internal static partial class NamedMembers
{
    // One or more anonymised names, joined by 、 or a conjunction, ending the words before 等.
    [GeneratedRegex(@"(?:[\u4e00-\u9fff]某{1,2}[\u4e00-\u9fff]?[、和与及]?)*[\u4e00-\u9fff]某{1,2}[\u4e00-\u9fff]?$")]
    private static partial Regex AnonymisedNamesAtEnd();

    // The agentive suffixes that end a noun of people (被告人, 队员, 记者, 选手), which UnwrittenUnits reads too.
    internal const string AgentiveEnds = "人员者手";

    // The last characters of nouns of people by their role: the agentive suffixes, and 民, 生 and 工 (村民, 大学生, 职工).
    private const string RoleEnds = AgentiveEnds + "民生工";

    private const char AndOthers = '等';
    private const int MinRole = 2;

    /// <summary>The reading of a count of people right after a role, anonymised names and 等, named by the role.</summary>
    public static MetricReading Read(string text, FoundNumber number, MetricReading reading)
    {
        if (reading.CarriedFrom is not null || number.Start == 0 || text[number.Start - 1] != AndOthers
            || !MeasureWords.CountsPeople(number.Unit) || AnonymisedNamesAtEnd().Match(reading.Metric) is not { Success: true } names)
        {
            return reading;
        }

        var role = reading.Metric[..names.Index];
        return role.Length >= MinRole && RoleEnds.Contains(role[^1]) ? reading with { Metric = role, Subject = role, Evidence = role } : reading;
    }
}
