-- GET /statistics/metrics without a filter (issue 16): its page is the series with the most statistics, where a
-- series is one metric key in one unit. metric_series (db/0006, db/0012) holds the aggregates per metric key, metric,
-- unit and category, so choosing the page grouped all of its rows on every request (722 rows, 241 series: 0.75 ms of
-- PostgreSQL), and gathering each series of the page's wording, category, sums and extremes took as long again.
-- metric_keys holds each series' answer whole, one row per metric key and unit, and an index in the page's order:
-- the page is the index's first rows (1.4 ms of PostgreSQL from metric_series, 0.06-0.09 ms from here, on the bench
-- archive). It is served only while no series is due (below), in the reader's own snapshot; otherwise the answer
-- comes from metric_series as before.
CREATE TABLE metric_keys (
    metric_key         text    NOT NULL,
    unit               text    NOT NULL,
    -- The wording most of the series' statistics have and the category most have, a tie going to the first in
    -- order: what GET /statistics/metrics computes with mode() over statistics and from metric_series alike.
    metric             text    NOT NULL,
    wordings           bigint  NOT NULL CHECK (wordings > 0),
    category           text    NOT NULL,
    count              bigint  NOT NULL CHECK (count > 0),
    sum                numeric NOT NULL,
    min                numeric NOT NULL,
    max                numeric NOT NULL CHECK (max >= min),
    first_published_on date,
    last_published_on  date    CHECK (last_published_on >= first_published_on),
    PRIMARY KEY (metric_key, unit)
);

CREATE INDEX metric_keys_by_count ON metric_keys (count DESC, metric_key, unit);

-- A series' row computed from its rows of metric_series, a handful each: the same aggregates as the read computed.
CREATE FUNCTION metric_keys_of(keys text[], units text[]) RETURNS SETOF metric_keys LANGUAGE sql STABLE AS $$
    SELECT k.metric_key, k.unit, w.metric, w.wordings, c.category, w.count, w.sum, w.min, w.max, w.first_published_on, w.last_published_on
    FROM unnest(keys, units) AS k (metric_key, unit)
    CROSS JOIN LATERAL (
        SELECT (array_agg(x.metric ORDER BY x.count DESC, x.metric))[1] AS metric, count(*) AS wordings, sum(x.count)::bigint AS count,
               sum(x.sum) AS sum, min(x.min) AS min, max(x.max) AS max,
               min(x.first_published_on) AS first_published_on, max(x.last_published_on) AS last_published_on
        FROM (SELECT s.metric, sum(s.count) AS count, sum(s.sum) AS sum, min(s.min) AS min, max(s.max) AS max,
                     min(s.first_published_on) AS first_published_on, max(s.last_published_on) AS last_published_on
              FROM metric_series s
              WHERE s.metric_key = k.metric_key AND s.unit = k.unit
              GROUP BY s.metric) AS x
        HAVING count(*) > 0) AS w
    CROSS JOIN LATERAL (
        SELECT s.category FROM metric_series s
        WHERE s.metric_key = k.metric_key AND s.unit = k.unit
        GROUP BY s.category
        ORDER BY sum(s.count) DESC, s.category
        LIMIT 1) AS c;
$$;

-- What changes metric_series marks its series due, in its own transaction: one row per series and statement, appended,
-- so that writers never wait for one another here. Keeping metric_keys itself up to date in the writers' statements
-- made concurrent ingests wait on the rows of the most common series until each commit: 3-40 % fewer pages a second
-- at 16 connections, PostgreSQL's CPU a page up by 16-85 % (bench/load.sh, ONLY=POST, four rounds alternated).
CREATE TABLE metric_keys_due (
    id         bigserial PRIMARY KEY,
    metric_key text NOT NULL,
    unit       text NOT NULL
);

-- Per statement, whatever made the change (an ingest, a COPY, a delete's cascade, a correction), with the changed rows
-- as a transition table. A series' key columns are never updated, so the new rows of an update name every series it
-- touched.
CREATE FUNCTION metric_keys_mark_due() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO metric_keys_due (metric_key, unit) SELECT DISTINCT metric_key, unit FROM changed_series;
    RETURN NULL;
END;
$$;

-- Brings the due series' rows up to date; called by the service (MetricKeys/MetricKeysRefresher) on the primary. One
-- call at a time (an advisory lock; a second caller returns at once). Each statement of a volatile function reads a
-- new snapshot, so the recomputation, after the due marks are read, sees every change whose mark it then removes;
-- a change committed later leaves its mark for the next call. A series is recomputed, not adjusted: a wording or a
-- category can lose its lead, which no delta tells. Returns the number of marks removed.
CREATE FUNCTION metric_keys_refresh() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    marks bigint[];
    keys  text[];
    units text[];
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('metric_keys_refresh')) THEN
        RETURN 0;
    END IF;

    SELECT array_agg(id) INTO marks FROM metric_keys_due;
    IF marks IS NULL THEN
        RETURN 0;
    END IF;

    SELECT array_agg(metric_key ORDER BY metric_key, unit), array_agg(unit ORDER BY metric_key, unit) INTO keys, units
    FROM (SELECT DISTINCT metric_key, unit FROM metric_keys_due WHERE id = ANY (marks)) AS d;

    -- A series left with no row in metric_series is gone.
    DELETE FROM metric_keys m
    WHERE (m.metric_key, m.unit) IN (SELECT * FROM unnest(keys, units))
      AND NOT EXISTS (SELECT FROM metric_series s WHERE s.metric_key = m.metric_key AND s.unit = m.unit);

    INSERT INTO metric_keys AS m
    SELECT * FROM metric_keys_of(keys, units)
    ON CONFLICT (metric_key, unit) DO UPDATE SET
        metric = excluded.metric, wordings = excluded.wordings, category = excluded.category, count = excluded.count,
        sum = excluded.sum, min = excluded.min, max = excluded.max,
        first_published_on = excluded.first_published_on, last_published_on = excluded.last_published_on;

    DELETE FROM metric_keys_due WHERE id = ANY (marks);
    RETURN cardinality(marks);
END;
$$;

CREATE FUNCTION metric_keys_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE metric_keys, metric_keys_due;
    RETURN NULL;
END;
$$;

-- A trigger with a transition table serves one event only, hence one per event.
CREATE TRIGGER metric_series_inserted_keys_due
    AFTER INSERT ON metric_series
    REFERENCING NEW TABLE AS changed_series
    FOR EACH STATEMENT EXECUTE FUNCTION metric_keys_mark_due();

CREATE TRIGGER metric_series_updated_keys_due
    AFTER UPDATE ON metric_series
    REFERENCING NEW TABLE AS changed_series
    FOR EACH STATEMENT EXECUTE FUNCTION metric_keys_mark_due();

CREATE TRIGGER metric_series_deleted_keys_due
    AFTER DELETE ON metric_series
    REFERENCING OLD TABLE AS changed_series
    FOR EACH STATEMENT EXECUTE FUNCTION metric_keys_mark_due();

CREATE TRIGGER metric_series_truncated_keys
    AFTER TRUNCATE ON metric_series
    FOR EACH STATEMENT EXECUTE FUNCTION metric_keys_clear();

-- After the triggers, whose creation locks out writers of metric_series until this script commits: no change falls
-- between the two, and no series is due.
INSERT INTO metric_keys
SELECT n.* FROM (SELECT array_agg(metric_key ORDER BY metric_key, unit) AS keys, array_agg(unit ORDER BY metric_key, unit) AS units
                 FROM (SELECT DISTINCT metric_key, unit FROM metric_series) AS s) AS k
CROSS JOIN LATERAL metric_keys_of(k.keys, k.units) AS n;
