namespace ContentApi.Text.Evaluation;

/// <summary>
/// What a page (or, summed, a corpus) scored: how many gold statistics, how many found, how many false positives, and for
/// the matched ones how many agree on each field. Summing counts before dividing is the micro average.
/// </summary>
public sealed record ScoreCounts(
    int Gold,
    int Found,
    int False,
    int MetricAgree,
    int QualifierAgree,
    int CategoryAgree,
    int PlaceScored,
    int PlaceAgree,
    int YearScored,
    int YearAgree)
{
    public static readonly ScoreCounts None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public double Precision => Found + False == 0 ? 0 : (double)Found / (Found + False);

    /// <summary>A page with no gold statistic has nothing to miss: recall 1, as the Python scorer has it.</summary>
    public double Recall => Gold == 0 ? 1 : (double)Found / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The shares of matched statistics whose metric contains a gold keyword, whose qualifier, whose category agree.</summary>
    public double Metric => Share(MetricAgree, Found);

    public double Qualifier => Share(QualifierAgree, Found);

    public double Category => Share(CategoryAgree, Found);

    /// <summary>Over the matched statistics whose gold gives a place (a year); null when none does.</summary>
    public double? Place => PlaceScored == 0 ? null : Share(PlaceAgree, PlaceScored);

    public double? Year => YearScored == 0 ? null : Share(YearAgree, YearScored);

    public static ScoreCounts operator +(ScoreCounts a, ScoreCounts b) => new(
        a.Gold + b.Gold, a.Found + b.Found, a.False + b.False, a.MetricAgree + b.MetricAgree, a.QualifierAgree + b.QualifierAgree,
        a.CategoryAgree + b.CategoryAgree, a.PlaceScored + b.PlaceScored, a.PlaceAgree + b.PlaceAgree, a.YearScored + b.YearScored,
        a.YearAgree + b.YearAgree);

    private static double Share(int agree, int of) => of == 0 ? 0 : (double)agree / of;
}
