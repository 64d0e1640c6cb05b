-- A series' stored points read in the series' order from an index alone (issue 16).
--
-- db/0022 stored each point beside its statistic's body, whose rows lie in the order the renderer writes them, by
-- article. A series of 1,000 points then probed statistic_bodies' key once a point, on about 1,000 heap pages: 4 ms
-- of PostgreSQL's execution a request on the bench archive (pgbench, one statement), twice the rest of the request.
-- The points now have a table of their own, with the series' columns, and two indexes that hold the point after the
-- series' order: without an area (series_points_series) and by place code (series_points_place), as statistics'
-- two series indexes (db/0021). A series' first 1,000 points are then about 80 consecutive index pages: 0.8-1.2 ms.
--
-- A point is current under the body's rule: this build's format and no mark on its article. The series' columns
-- are the statistic's when the point was stored, so a current point is in its series' place; SeriesStore takes the
-- stored points only when their ids are, in order, those of the series' page read from statistics.
CREATE TABLE series_points (
    statistic_id bigint PRIMARY KEY,
    -- No foreign key to statistics, as statistic_bodies (db/0019) has none: a deleted statistic marks its article,
    -- whose next rendering drops the point.
    article_id   bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    format       text   NOT NULL,
    metric_key   text   NOT NULL,
    unit         text   NOT NULL,
    place_code   text COLLATE "C",
    period_year  integer,
    period_end   date,
    period_from  date,
    -- Null when the point is too long for an index entry (PostgreSQL's B-tree limit is 2,704 bytes with the keys):
    -- a series with such a point is composed. The bench archive's longest point is 690 bytes.
    point        bytea CHECK (octet_length(point) <= 2000)
);

-- Not compressed, in the table or in the indexes: a point is read far more often than written, and PostgreSQL would
-- otherwise compress a value of more than about 500 bytes in an index entry whenever that saves a quarter of it.
ALTER TABLE series_points ALTER COLUMN point SET STORAGE EXTERNAL;

-- The keys are SeriesStore.PointOrder's, as in statistics_metric_key and statistics_series_place (db/0021).
CREATE INDEX series_points_series ON series_points
    (metric_key, unit, period_year, period_end, period_from NULLS FIRST, statistic_id) INCLUDE (article_id, format, point);
CREATE INDEX series_points_place ON series_points
    (metric_key, unit, place_code, period_year, period_end, period_from NULLS FIRST, statistic_id) INCLUDE (article_id, format, point);

-- The renderer replaces an article's points by article.
CREATE INDEX series_points_article ON series_points (article_id);

-- An index-only read skips a heap page only while the visibility map says all its rows are visible, which a vacuum
-- sets after each rewrite: vacuum after 2 % of the rows changed, not PostgreSQL's default of 20 %, so rendering after
-- ingest does not send series' reads to the heap for long.
ALTER TABLE series_points SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);

-- A build that writes article bodies without points in this table (one before this script) drops them with its
-- statistics' bodies, as db/0019 made it drop those: its bodies are of another format.
CREATE OR REPLACE FUNCTION statistic_bodies_follow_article_body() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM statistic_bodies WHERE article_id = NEW.article_id AND format <> NEW.format;
    DELETE FROM series_points WHERE article_id = NEW.article_id AND format <> NEW.format;
    RETURN NULL;
END;
$$;

-- statistic_bodies.point (db/0022) stays while a build before this script may run (a rolling deployment, a rollback):
-- that build writes it, and reads the points it wrote. This build writes bodies of another format (ArticleBodyFormat,
-- writer revision 4), which that build does not serve, and empties the column as it writes them. A later script drops
-- it. Every article is rendered again after the first start of this build (its bodies are of another format), and
-- series are composed until then.
