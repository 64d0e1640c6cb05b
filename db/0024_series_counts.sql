-- A series' total and its units without an area from one row each (issue 16).
--
-- GET /series without an area summed every place code's row of series_place_counts (db/0021) for its total, and
-- grouped them for the units of a key: 主题活动 in 场 has 3,002 codes on the bench archive, 0.7 ms of PostgreSQL's
-- execution a request (EXPLAIN ANALYZE, median of 30), a third of the statement that serves its 1,000 stored points.
-- series_counts holds the same sums per key and unit, kept by the same triggers in the same statements, so it is as
-- exact as series_place_counts at every snapshot.

CREATE TABLE series_counts (
    metric_key text NOT NULL,
    unit       text NOT NULL,
    -- Zero only within the statement that empties the series, which then deletes it.
    count      bigint NOT NULL CHECK (count >= 0),
    PRIMARY KEY (metric_key, unit)
);

INSERT INTO series_counts (metric_key, unit, count)
SELECT metric_key, unit, sum(count) FROM series_place_counts GROUP BY metric_key, unit;

-- The place codes' net changes summed per key and unit, applied under series_place_counts_apply's rules: existing rows
-- locked first in key order, decreases as updates (a proposed row's check comes before its conflict), emptied rows
-- dropped. A figure moved between place codes of one series changes nothing here. The totals are locked before the
-- place codes, by every writer alike, so two writers wait for each other instead of deadlocking.
CREATE FUNCTION series_counts_apply(changes series_place_counts[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    totals series_counts[];
BEGIN
    SELECT array_agg(ROW(metric_key, unit, n)::series_counts) INTO totals
    FROM (SELECT c.metric_key, c.unit, sum(c.count) AS n FROM unnest(changes) AS c GROUP BY 1, 2 HAVING sum(c.count) <> 0) AS t;
    IF totals IS NULL THEN
        RETURN;
    END IF;

    PERFORM FROM series_counts s
    WHERE (s.metric_key, s.unit) IN (SELECT t.metric_key, t.unit FROM unnest(totals) AS t)
    ORDER BY s.metric_key, s.unit
    FOR UPDATE;

    INSERT INTO series_counts AS s
    SELECT * FROM unnest(totals) AS t WHERE t.count > 0 ORDER BY 1, 2
    ON CONFLICT (metric_key, unit) DO UPDATE SET count = s.count + EXCLUDED.count;

    UPDATE series_counts s SET count = s.count + t.count
    FROM unnest(totals) AS t
    WHERE t.count < 0 AND (s.metric_key, s.unit) = (t.metric_key, t.unit);

    DELETE FROM series_counts s
    USING unnest(totals) AS t
    WHERE t.count < 0 AND s.count = 0 AND (s.metric_key, s.unit) = (t.metric_key, t.unit);
END;
$$;

-- The triggers' function (db/0021) applies a statement's changes by series_place_counts_apply: that name now applies
-- them to the totals, then to the place codes by db/0021's function under a name of its own.
ALTER FUNCTION series_place_counts_apply(series_place_counts[]) RENAME TO series_place_code_counts_apply;

CREATE FUNCTION series_place_counts_apply(changes series_place_counts[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM series_counts_apply(changes);
    PERFORM series_place_code_counts_apply(changes);
END;
$$;

CREATE OR REPLACE FUNCTION series_place_counts_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE series_place_counts, series_counts;
    RETURN NULL;
END;
$$;
