namespace ContentApi.Text.Evaluation;

/// <summary>The least a corpus must reach on each figure; a null floor is not checked.</summary>
public sealed record Floors(double? F1, double? Metric, double? Qualifier, double? Category, double? Place, double? Year)
{
    public static readonly Floors None = new(null, null, null, null, null, null);

    /// <summary>Each floor set, with the figure reached. A place or year nothing scored reads 0, so a floor on it is missed.</summary>
    public IReadOnlyList<FloorCheck> Check(ScoreCounts total)
    {
        var checks = new List<FloorCheck>();
        Add("f1", F1, total.F1);
        Add("metric", Metric, total.Metric);
        Add("qualifier", Qualifier, total.Qualifier);
        Add("category", Category, total.Category);
        Add("place", Place, total.Place ?? 0);
        Add("year", Year, total.Year ?? 0);
        return checks;

        void Add(string name, double? floor, double reached)
        {
            if (floor is { } least)
            {
                checks.Add(new FloorCheck(name, least, reached));
            }
        }
    }
}

/// <summary>A floor and what was reached.</summary>
public sealed record FloorCheck(string Name, double Floor, double Reached)
{
    public bool Met => Reached >= Floor;
}
