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

-- An update that leaves an article's row as it was changes nothing its body shows, and marks nothing now: writing a
-- text again for its compression (above) is such an update.
-- db/0015 marked every updated row; the old and new rows are compared here, column by column.
CREATE FUNCTION article_bodies_due_by_changed_articles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_bodies_due (article_id)
    SELECT n.id FROM changed_rows n JOIN old_rows o ON o.id = n.id
    WHERE n IS DISTINCT FROM o
    ON CONFLICT (article_id) DO UPDATE SET stamp = excluded.stamp;
    RETURN NULL;
END;
$$;

DROP TRIGGER articles_updated_body_due ON articles;
CREATE TRIGGER articles_updated_body_due AFTER UPDATE ON articles
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by_changed_articles();
