-- GET /series (issue 16): a page of points and the series' total in reads that grow with the page, not with the
-- series.
--
-- A series within an area read every accepted figure of its key, unit and area from statistics_series_place (db/0016),
-- whose order is the place code, sorted them all by period to keep the first 1,000, and counted them all again for
-- the total: 主题活动 in 场 within 120106, 27,461 figures, 45 ms of PostgreSQL a request on the bench archive, most of
-- it in those two walks.
--
-- Now:
-- * the two indexes of a series order its figures by period after the place code (statistics_series_place) and after
--   the unit (statistics_metric_key), in the series' order (SeriesStore.PointOrder). A place code's figures are then
--   read in order and the read stops at the page's end; an area is the merge of its codes' pages;
-- * series_place_counts holds how many accepted figures each key, unit and place code has, kept by triggers as
--   place_counts (db/0017) is. It gives an area's codes, which the merge reads, and the total, as a sum of a few rows.

-- The new indexes are built first under names of their own: building one lets reads of statistics go on (writes wait),
-- where dropping the old one would stop reads too until this script commits. The old ones go at the end. The period's
-- columns are keys or included, so a page's ids, and an area's merge of its codes' pages, come from the index alone.
CREATE INDEX statistics_series_place_0021 ON statistics
    (metric_key, unit, place_code, period_year, (coalesce(period_to, period_from)), period_from NULLS FIRST, id)
    INCLUDE (period_to) WHERE status = 'accepted';

-- A series without an area reads this one. The lists' metricKey filter reads it by its first columns, as before.
CREATE INDEX statistics_metric_key_0021 ON statistics
    (metric_key, unit, period_year, (coalesce(period_to, period_from)), period_from NULLS FIRST, id)
    INCLUDE (status, period_to);

CREATE TABLE series_place_counts (
    metric_key text NOT NULL,
    unit       text NOT NULL,
    -- '' for figures without a place: a key column is never null, and '' is before every code, so in no area's range.
    place_code text COLLATE "C" NOT NULL,
    -- Zero only within the statement that empties the row, which then deletes it.
    count      bigint NOT NULL CHECK (count >= 0),
    PRIMARY KEY (metric_key, unit, place_code)
);

-- Applies a statement's net change per key, unit and place code (count: signed), as place_counts_apply (db/0017) does
-- and for its reasons: existing rows locked first in key order, so concurrent writers wait rather than deadlock;
-- decreases as updates; emptied rows dropped.
CREATE FUNCTION series_place_counts_apply(changes series_place_counts[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM FROM series_place_counts p
    WHERE (p.metric_key, p.unit, p.place_code) IN (SELECT c.metric_key, c.unit, c.place_code FROM unnest(changes) AS c)
    ORDER BY p.metric_key, p.unit, p.place_code
    FOR UPDATE;

    INSERT INTO series_place_counts AS p
    SELECT * FROM unnest(changes) AS c WHERE c.count > 0 ORDER BY 1, 2, 3
    ON CONFLICT (metric_key, unit, place_code) DO UPDATE SET count = p.count + EXCLUDED.count;

    UPDATE series_place_counts p SET count = p.count + c.count
    FROM unnest(changes) AS c
    WHERE c.count < 0 AND (p.metric_key, p.unit, p.place_code) = (c.metric_key, c.unit, c.place_code);

    DELETE FROM series_place_counts p
    USING unnest(changes) AS c
    WHERE c.count < 0 AND p.count = 0 AND (p.metric_key, p.unit, p.place_code) = (c.metric_key, c.unit, c.place_code);
END;
$$;

-- A statement's net change: +1 for each accepted figure with a metric key it added, -1 for each it removed; an
-- UPDATE nets its old rows against its new ones (a corrected value changes nothing here; a corrected unit or place,
-- a rejection or a refilled key moves a figure). A figure without a key is in no series (GET /series selects by key).
CREATE FUNCTION series_place_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes series_place_counts[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(ROW(metric_key, unit, place_code, n)::series_place_counts) INTO changes
        FROM (SELECT metric_key, unit, coalesce(place_code, '') AS place_code, count(*) AS n
              FROM new_rows WHERE metric_key IS NOT NULL AND status = 'accepted' GROUP BY 1, 2, 3) AS c;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(ROW(metric_key, unit, place_code, -n)::series_place_counts) INTO changes
        FROM (SELECT metric_key, unit, coalesce(place_code, '') AS place_code, count(*) AS n
              FROM old_rows WHERE metric_key IS NOT NULL AND status = 'accepted' GROUP BY 1, 2, 3) AS c;
    ELSE
        SELECT array_agg(ROW(metric_key, unit, place_code, n)::series_place_counts) INTO changes
        FROM (SELECT metric_key, unit, place_code, sum(n) AS n
              FROM (SELECT metric_key, unit, coalesce(place_code, '') AS place_code, 1 AS n
                    FROM new_rows WHERE metric_key IS NOT NULL AND status = 'accepted'
                    UNION ALL
                    SELECT metric_key, unit, coalesce(place_code, ''), -1
                    FROM old_rows WHERE metric_key IS NOT NULL AND status = 'accepted') AS d
              GROUP BY 1, 2, 3
              HAVING sum(n) <> 0) AS c;
    END IF;

    IF changes IS NOT NULL THEN
        PERFORM series_place_counts_apply(changes);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION series_place_counts_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE series_place_counts;
    RETURN NULL;
END;
$$;

CREATE TRIGGER statistics_inserted_series_place_counts
    AFTER INSERT ON statistics
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION series_place_counts_follow();

CREATE TRIGGER statistics_deleted_series_place_counts
    AFTER DELETE ON statistics
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION series_place_counts_follow();

CREATE TRIGGER statistics_updated_series_place_counts
    AFTER UPDATE ON statistics
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION series_place_counts_follow();

CREATE TRIGGER statistics_truncated_series_place_counts
    AFTER TRUNCATE ON statistics
    FOR EACH STATEMENT EXECUTE FUNCTION series_place_counts_clear();

INSERT INTO series_place_counts (metric_key, unit, place_code, count)
SELECT metric_key, unit, coalesce(place_code, ''), count(*)
FROM statistics
WHERE metric_key IS NOT NULL AND status = 'accepted'
GROUP BY 1, 2, 3;

-- Last, the steps that stop reads of statistics until the commit.
DROP INDEX statistics_series_place;
ALTER INDEX statistics_series_place_0021 RENAME TO statistics_series_place;
DROP INDEX statistics_metric_key;
ALTER INDEX statistics_metric_key_0021 RENAME TO statistics_metric_key;

-- The triggers of one event fire in the order of their names. Each statement must lock the rows of counts in one
-- order, metric_series, then place_counts, then series_place_counts, or an ingest and a delete of the same series
-- deadlock (ConcurrentIngestsAndDeletesKeepTheSeriesExact found it: pages without a place share rows here, though not
-- in place_counts). An INSERT's and an UPDATE's triggers already fire in that order; a DELETE's metric_series trigger
-- (db/0006) fired last, after place_counts', and takes a name that sorts before it. That also mends the same deadlock
-- between metric_series and place_counts, latent since db/0017 for pages of one area. A transaction of several such
-- statements (re-extraction's delete, update and insert) can still meet another writer in opposite orders: it retries
-- (DocumentReextractor), and a writer over HTTP that loses is answered 503 with Retry-After, nothing stored.
ALTER TRIGGER statistics_removed_from_series ON statistics RENAME TO statistics_deleted_from_series;
