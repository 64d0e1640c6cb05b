-- A revision for each stored statistic body and each stored article body, so that the service can keep the bodies it
-- has read (issue 16), as it keeps the points of series under theirs (db/0029_series_point_revisions.sql).
--
-- A page of 100 statistics was 124 KB of stored bodies that PostgreSQL sent at every request and the service read
-- back: without them the page's statement took 540-570 µs of PostgreSQL's CPU instead of 1,020-1,200 (pgbench), and
-- the service woke 19 times a request to read them as they came (docs/benchmarks.md, "Stored bodies held by
-- revision"). A list now asks for the page's ids and their bodies' revisions, and for the bytes only of those it does
-- not hold (Statistics/StatisticBodyCache.cs).
--
-- db/0029's functions give any stored JSON a revision; their names now say so. The trigger's function names the other
-- in its text, which a rename does not follow: it is written again.
ALTER FUNCTION series_point_revision() RENAME TO stored_json_revision;
ALTER FUNCTION series_point_revised() RENAME TO stored_json_revised;
CREATE OR REPLACE FUNCTION stored_json_revised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.revision := stored_json_revision();
    RETURN NEW;
END;
$$;

-- The rows there are now each take one (the table is rewritten once). Every write of a row takes a new one, whoever
-- writes it, as for series' points.
ALTER TABLE statistic_bodies ADD COLUMN revision bigint NOT NULL DEFAULT stored_json_revision();

CREATE TRIGGER statistic_bodies_revised BEFORE INSERT OR UPDATE ON statistic_bodies
    FOR EACH ROW EXECUTE FUNCTION stored_json_revised();

-- An article's stored answers (db/0015, db/0028) take one revision for the row. A read of an article sends the
-- revision of the answer the service holds, and PostgreSQL sends the answer's bytes only when the row's is another
-- (ArticleBodies/ArticleBodyStore.cs): the default body is 29.5 KB on the bench archive, which it otherwise read from
-- its compressed out-of-line chunks, decompressed and sent at every request.
ALTER TABLE article_bodies ADD COLUMN revision bigint NOT NULL DEFAULT stored_json_revision();

CREATE TRIGGER article_bodies_revised BEFORE INSERT OR UPDATE ON article_bodies
    FOR EACH ROW EXECUTE FUNCTION stored_json_revised();
