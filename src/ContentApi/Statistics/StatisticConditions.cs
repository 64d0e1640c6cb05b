using ContentApi.Paging;
using ContentApi.Places;

namespace ContentApi.Statistics;

/// <summary>The conditions of a statistics query (<see cref="SqlConditions"/>): the list, its count, the category counts and both metrics queries.</summary>
internal sealed class StatisticConditions : SqlConditions
{
    /// <summary>Whether the query filters on more than the status, which nearly every statistic has.</summary>
    public bool Narrows { get; private set; }

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
            conditions.And(PlaceFilter.Condition("s", placeCode, conditions.Parameters));
        }

        conditions.AndIf(filter.Year, "s.period_year = @year", "year");
        // A period known only by its year spans that year.
        conditions.AndIf(filter.PeriodFrom, "coalesce(s.period_to, make_date(s.period_year, 12, 31)) >= @periodFrom", "periodFrom");
        conditions.AndIf(filter.PeriodTo, "coalesce(s.period_from, make_date(s.period_year, 1, 1)) <= @periodTo", "periodTo");
        conditions.AndIf(filter.MetricKey, "s.metric_key = @metricKey", "metricKey");
        conditions.Narrows = conditions.Count > 0;

        // The status is one of two validated words, written into the statement so that a prepared plan knows it:
        // nearly every row is accepted, and the partial index statistics_series is only for accepted rows.
        if (filter.StatusOrDefault != "all")
        {
            conditions.And(filter.StatusOrDefault == "rejected" ? "s.status = 'rejected'" : "s.status = 'accepted'");
        }

        return conditions;
    }
}
