-- An article's text compressed with LZ4 rather than PostgreSQL's own pglz (issue 16).
--
-- A search (GET /articles?q=) reads the text of every article it walks: strpos over it, then the excerpt around the
-- match. Each read decompresses the value, and a value compressed by pglz decompresses slowly: on the bench archive
-- (49,272 texts, 5,768 bytes each on average, 3,381 stored) the search for 志愿者 took 0.55-0.91 ms of execution
-- against 0.39-0.41 ms with the same texts in LZ4 and 0.35-0.41 ms uncompressed (EXPLAIN ANALYZE, median of 60, on
-- copies of the table). LZ4 keeps nearly all of the saving in space (3,593 bytes stored on average); the stored
-- article bodies (db/0015) are in LZ4 already.
--
-- A column's compression applies to the values written after it is set. The texts stored before are written again by
-- the service in small batches (ArticleText/ArticleTextRecompressor), not here: rewriting them all in this script
-- took 81 s on the bench archive, most of it in the trigram index (every new row version is indexed again), and held
-- every writer of articles for as long. A server built without LZ4 keeps pglz: its choices of compression say so.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE articles ALTER COLUMN body SET COMPRESSION lz4;
    END IF;
END
$$;

-- An update that writes an article's text again as it was changes nothing its body shows: the batches set
-- contentapi.rewriting_text for their own transaction, and the trigger that marks changed articles for rendering
-- (db/0015) does not fire for their statements. Every other update marks as before.
DROP TRIGGER articles_updated_body_due ON articles;
CREATE TRIGGER articles_updated_body_due
    AFTER UPDATE ON articles
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT
    WHEN (current_setting('contentapi.rewriting_text', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION article_bodies_due_by('id');
