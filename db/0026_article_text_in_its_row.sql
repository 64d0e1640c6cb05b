-- An article's text kept in its own row, uncompressed, rather than compressed in the table's TOAST table (issue 16).
--
-- A search (GET /articles?q=) reads the text of every article it walks: strpos over it, then the excerpt around the
-- match. A text longer than about 2 KB, nearly every one (the bench archive's newest 200: 5,344 bytes on average), was compressed
-- and, still over 2 KB, moved out to the TOAST table: each read then looked it up in the TOAST table's index, read
-- its chunks and decompressed them, twice per result (once for the match, once for the excerpt). The search for
-- 志愿者 cost PostgreSQL 405-517 µs a statement with the texts in TOAST against 317-374 µs with them in their rows
-- (pgbench -M prepared, CPU of PostgreSQL's processes per statement, nine rounds alternated, copies of the table),
-- a quarter less. It costs no space: a row of 5 KB leaves one or two rows to a page either way, as the TOAST table's
-- 2 KB chunks did (the copies: 217 against 214 MB in all).
--
-- The target is the size above which PostgreSQL compresses a row's long values and then moves them out: at 8,160, the
-- most a page allows, a text up to about 8 KB stays as it is. A longer one is still compressed (LZ4, db/0025) and,
-- if still too long, stored out of line.
ALTER TABLE articles SET (toast_tuple_target = 8160);

-- A storage setting applies to the rows written after it. The rows written before are written again by the service
-- (ArticleText/ArticleTextRewriter), in batches, not here: rewriting every text in one statement took 81 s on the
-- bench archive (db/0025), most of it in the trigram index, and held every writer of articles for as long. This
-- table is that walk's progress, durable across restarts and instances: the articles after `after` and up to
-- `up_to` are still to be written again; no row, nothing to do.
CREATE TABLE article_text_rewrite (
    pending boolean PRIMARY KEY DEFAULT true CHECK (pending),
    after bigint NOT NULL,
    up_to bigint NOT NULL,
    CHECK (after <= up_to)
);

INSERT INTO article_text_rewrite (after, up_to)
SELECT 0, max(id) FROM articles HAVING max(id) IS NOT NULL;
