-- An article's answer to include=sections stored beside its default body (issue 16).
--
-- GET /articles/{id}?include=sections is the article with its sections and their paragraphs, the article's text,
-- without its authors and statistics: the columns an auto-generated REST layer serves as the article's row. It was
-- composed at every request from three statements (the article, its sections, their paragraphs), while the default
-- body was one lookup of stored bytes: 193 + 113 µs of the service's and PostgreSQL's CPU a request against 150 + 75
-- for the larger default body (bench/peer/run.sh, 2026-12-03 14:03Z). The renderer now writes both answers from one
-- composition, under the same mark and format (ArticleBodies/ArticleBodyRenderer.cs); null where a build before this
-- one wrote the body, which then has another format and is rendered again.
ALTER TABLE article_bodies ADD COLUMN sections_body bytea;

-- As the default body (db/0015, which already requires a server with LZ4): LZ4 decompresses several times faster
-- than pglz.
ALTER TABLE article_bodies ALTER COLUMN sections_body SET COMPRESSION lz4;
