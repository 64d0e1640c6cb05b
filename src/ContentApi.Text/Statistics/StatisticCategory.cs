namespace ContentApi.Text.Statistics;

/// <summary>The closed set of categories a statistic is filed under; the API validates filters against <see cref="All"/>.</summary>
public static class StatisticCategory
{
    public const string Volunteers = "volunteers";
    public const string Activities = "activities";
    public const string Participants = "participants";
    public const string Beneficiaries = "beneficiaries";
    public const string Honorees = "honorees";
    public const string Organizations = "organizations";
    public const string Environment = "environment";
    public const string Economy = "economy";
    public const string Infrastructure = "infrastructure";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
        [Volunteers, Activities, Participants, Beneficiaries, Honorees, Organizations, Environment, Economy, Infrastructure, Other];
}

/// <summary>How the reported figure relates to the true quantity.</summary>
public static class StatisticQualifier
{
    public const string Exact = "exact";
    public const string Over = "over";
    public const string Approx = "approx";
    public const string Under = "under";
    public const string Range = "range";

    public static readonly IReadOnlyList<string> All = [Exact, Over, Approx, Under, Range];
}
