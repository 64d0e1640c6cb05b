using ContentApi.Places;
using Dapper;

namespace ContentApi.Statistics;

/// <summary>
/// The WHERE clause of a statistics query with only the filters a request gives, and their parameters. One generic
/// statement with <c>(@x IS NULL OR …)</c> for each of fifteen filters cost PostgreSQL 1–2 ms of planning at every
/// request, more than running it, and could not be prepared usefully; a statement per combination of filters is
/// short, and Npgsql's automatic preparation (<c>Max Auto Prepare</c>) keeps the frequent ones planned once.
/// Values are always parameters; only the shape of the statement depends on which filters are given.
/// </summary>
internal sealed class StatisticConditions
{
    private readonly List<string> _conditions = [];

    public DynamicParameters Parameters { get; } = new();

    /// <summary><c>WHERE a AND b …</c>, or nothing when no condition applies.</summary>
    public string Where => _conditions.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", _conditions);

    /// <summary><c>AND a AND b …</c>, to follow conditions of a statement's own, or nothing.</summary>
    public string AndAlso => _conditions.Count == 0 ? "" : "AND " + string.Join("\n  AND ", _conditions);

    /// <summary>The conditions of <paramref name="filter"/> on the statistics aliased <c>s</c>.</summary>
    public static StatisticConditions Of(StatisticFilter filter)
    {
        var conditions = new StatisticConditions();
        // One category as an equality: the planner then walks statistics_category (category, id) in id order, which
        // = ANY of a one-element array does not give it on PostgreSQL 15.
        switch (filter.Categories)
        {
            case [var category]:
                conditions.And("s.category = @category", "category", category);
                break;
            case { Length: > 1 } categories:
                conditions.And("s.category = ANY(@categories)", "categories", categories);
                break;
        }

        conditions.AndIf(filter.MetricPattern, "s.metric LIKE @metricPattern", "metricPattern");
        conditions.AndIf(filter.Unit, "s.unit = @unit", "unit");
        conditions.AndIf(filter.Qualifier, "s.qualifier = @qualifier", "qualifier");
        conditions.AndIf(filter.MinValue, "s.value >= @minValue", "minValue");
        conditions.AndIf(filter.MaxValue, "s.value <= @maxValue", "maxValue");
        conditions.AndIf(filter.ArticleId, "s.article_id = @articleId", "articleId");
        conditions.AndIf(filter.DocumentId, "s.document_id = @documentId", "documentId");
        conditions.AndIf(filter.PublishedFrom, "s.published_on >= @publishedFrom", "publishedFrom");
        conditions.AndIf(filter.PublishedTo, "s.published_on <= @publishedTo", "publishedTo");
        if (filter.PlaceCode is { } placeCode)
        {
            conditions.And("s.place_code >= @placeCode AND s.place_code < @placeCodeEnd", "placeCode", placeCode);
            conditions.Parameters.Add("placeCodeEnd", PlaceFilter.RangeEnd(placeCode));
        }

        conditions.AndIf(filter.Year, "s.period_year = @year", "year");
        // A period known only by its year spans that year.
        conditions.AndIf(filter.PeriodFrom, "coalesce(s.period_to, make_date(s.period_year, 12, 31)) >= @periodFrom", "periodFrom");
        conditions.AndIf(filter.PeriodTo, "coalesce(s.period_from, make_date(s.period_year, 1, 1)) <= @periodTo", "periodTo");
        conditions.AndIf(filter.MetricKey, "s.metric_key = @metricKey", "metricKey");
        // The status is one of two validated words, written into the statement so that a prepared plan knows it:
        // nearly every row is accepted, and the partial index statistics_series is only for accepted rows.
        if (filter.StatusOrDefault != "all")
        {
            conditions._conditions.Add(filter.StatusOrDefault == "rejected" ? "s.status = 'rejected'" : "s.status = 'accepted'");
        }

        return conditions;
    }

    /// <summary>Adds <paramref name="condition"/>, with its parameter when <paramref name="name"/> is given.</summary>
    public StatisticConditions And(string condition, string? name = null, object? value = null)
    {
        _conditions.Add(condition);
        if (name is not null)
        {
            Parameters.Add(name, value);
        }

        return this;
    }

    private void AndIf<T>(T? value, string condition, string name)
    {
        if (value is not null)
        {
            And(condition, name, value);
        }
    }
}
