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
    /// read as the statistics list reads an area (db/0014). With <see cref="TextMatch.Scan"/>, q is matched in the texts
    /// read on the way instead (<see cref="ScannedText"/>).
    /// </summary>
    public static ArticleConditions Of(ArticleQuery query, TextMatch match = TextMatch.Index)
    {
        var conditions = new ArticleConditions();
        conditions.AndIf(query.DocumentId, "a.document_id = @documentId", "documentId");
        conditions.AndIf(query.Source, "a.source = @source", "source");
        conditions.AndIf(query.PublishedFrom, "a.published_on >= @publishedFrom", "publishedFrom");
        conditions.AndIf(query.PublishedTo, "a.published_on <= @publishedTo", "publishedTo");
        conditions.AndIf(query.Category, "EXISTS (SELECT 1 FROM statistics st WHERE st.article_id = a.id AND st.category = @category AND st.status = 'accepted')", "category");
        if (match == TextMatch.Scan)
        {
            conditions.AndIf(query.Q, $"(strpos(a.title, @q) > 0 OR {ScannedText.Position} > 0)", "q");
        }
        else
        {
            conditions.AndIf(query.Q is null ? null : LikePattern.Containing(query.Q), "(a.title LIKE @pattern OR a.body LIKE @pattern)", "pattern");
        }

        if (query.PlaceCode is { } placeCode)
        {
            conditions.And($"a.id IN (SELECT st.article_id FROM statistics st WHERE {PlaceFilter.Condition("st", placeCode, conditions.Parameters)} AND st.status = 'accepted')");
        }

        return conditions;
    }
}

/// <summary>How q is matched: through the trigram indexes, or in each text the page's walk of its sort's index reads.</summary>
internal enum TextMatch
{
    /// <summary>LIKE, which the trigram indexes serve: a rare word's few articles are found without reading the others.</summary>
    Index,

    /// <summary>
    /// strpos, which no index serves, so PostgreSQL walks the sort's index and stops at a page: for a common word, found
    /// in most texts read. The position is found once (<see cref="ScannedText"/>), for the filter and the excerpt.
    /// </summary>
    Scan,
}

/// <summary>
/// The position of q in an article's text, found once per article read: a lateral subquery that OFFSET 0 keeps from
/// being merged into the statement, where its expression would be copied into the filter and the excerpt and the
/// text decompressed for each.
/// </summary>
internal static class ScannedText
{
    public const string Join = "CROSS JOIN LATERAL (SELECT strpos(a.body, @q) AS at OFFSET 0) AS m";

    public const string Position = "m.at";
}
