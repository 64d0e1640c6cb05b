using ContentApi.Data;
using ContentApi.Paging;
using ContentApi.Places;

namespace ContentApi.Articles;

/// <summary>The conditions of the articles list and its count (<see cref="SqlConditions"/>), on the articles aliased <c>a</c>.</summary>
internal sealed class ArticleConditions : SqlConditions
{
    /// <summary>
    /// The filters of <paramref name="query"/>. q uses the trigram indexes articles_title_trgm / articles_body_trgm;
    /// category the statistics' unique (article_id, position) index; place the articles of the area's statistics,
    /// read as the statistics list reads an area (db/0014).
    /// </summary>
    public static ArticleConditions Of(ArticleQuery query)
    {
        var conditions = new ArticleConditions();
        conditions.AndIf(query.DocumentId, "a.document_id = @documentId", "documentId");
        conditions.AndIf(query.Source, "a.source = @source", "source");
        conditions.AndIf(query.PublishedFrom, "a.published_on >= @publishedFrom", "publishedFrom");
        conditions.AndIf(query.PublishedTo, "a.published_on <= @publishedTo", "publishedTo");
        conditions.AndIf(query.Category, "EXISTS (SELECT 1 FROM statistics st WHERE st.article_id = a.id AND st.category = @category AND st.status = 'accepted')", "category");
        conditions.AndIf(query.Q is null ? null : LikePattern.Containing(query.Q), "(a.title LIKE @pattern OR a.body LIKE @pattern)", "pattern");
        if (query.PlaceCode is { } placeCode)
        {
            conditions.And($"a.id IN (SELECT st.article_id FROM statistics st WHERE {PlaceFilter.Condition("st", placeCode, conditions.Parameters)} AND st.status = 'accepted')");
        }

        return conditions;
    }
}
