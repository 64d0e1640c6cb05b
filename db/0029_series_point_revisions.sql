-- A revision for each stored point of a series, so that the service can keep the points it has read (issue 16).
--
-- A series of 1,000 points was 537 KB that PostgreSQL joined and sent at every request and the service read back:
-- most of both processes' time on the series line (docs/benchmarks.md, "Where a series request's time goes"). The
-- points change only when their article is rendered again, so the service keeps the bytes it has read
-- (Series/SeriesPointCache.cs) and asks PostgreSQL only for the page's ids and their revisions. The bytes held for a
-- statistic are served only under the revision they were read with.
--
-- Every write of a row takes a new revision, whoever writes it: the renderer, a build before this script (a rolling
-- deployment), or an UPDATE by hand. A trigger, not the writer, so no writer can change a point's bytes and keep its
-- revision. A random number, not a sequence's next: a database restored to an earlier time, or a standby promoted
-- behind its primary, would hand out a sequence's values again for other bytes, which a running service would take
-- for the bytes it holds. 52 random bits: two writes of one statistic's point share a revision with a chance of about
-- one in 2^52.
CREATE FUNCTION series_point_revision() RETURNS bigint LANGUAGE sql VOLATILE AS $$
    SELECT floor(random() * 4503599627370496)::bigint
$$;

-- The series' indexes are made again below without the point; dropped first, so that adding the column does not
-- rebuild them with the table.
DROP INDEX series_points_series;
DROP INDEX series_points_place;

-- The rows there are now each take one (the table is rewritten once).
ALTER TABLE series_points ADD COLUMN revision bigint NOT NULL DEFAULT series_point_revision();

CREATE FUNCTION series_point_revised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.revision := series_point_revision();
    RETURN NEW;
END;
$$;

CREATE TRIGGER series_points_revised BEFORE INSERT OR UPDATE ON series_points
    FOR EACH ROW EXECUTE FUNCTION series_point_revised();

-- The page's ids and revisions are read from the series' indexes alone (db/0023), which no longer hold the point:
-- its bytes are read by key, and only for the points the service does not hold. The indexes are then about a quarter
-- of their size (a point is about 540 bytes of an entry of about 600), and so is what a page of them reads.
CREATE INDEX series_points_series ON series_points
    (metric_key, unit, period_year, period_end, period_from NULLS FIRST, statistic_id) INCLUDE (article_id, format, revision);
CREATE INDEX series_points_place ON series_points
    (metric_key, unit, place_code, period_year, period_end, period_from NULLS FIRST, statistic_id) INCLUDE (article_id, format, revision);
