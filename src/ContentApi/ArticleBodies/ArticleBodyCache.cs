using ContentApi.Caching;

namespace ContentApi.ArticleBodies;

/// <summary>
/// The stored answers of articles (db/0015_article_bodies.sql, db/0028_article_sections_bodies.sql) this process has
/// read, each under the revision of its row (db/0030_stored_body_revisions.sql; <see cref="HeldJson{TKey}"/>): a read
/// names the revision it holds, and PostgreSQL sends the bytes only when the row's is another.
/// </summary>
internal sealed class ArticleBodyCache() : HeldJson<ArticleBodyKey>(MaxBytes)
{
    /// <summary>How many bytes of answers are held at most, with what each entry costs beyond them: about 1,100 default bodies of the bench archive (29.5 KB each).</summary>
    public const long MaxBytes = 32 * 1024 * 1024;
}

/// <summary>An article's stored answer: its default body, or its sections alone (<c>include=sections</c>).</summary>
internal readonly record struct ArticleBodyKey(long ArticleId, bool SectionsOnly);
