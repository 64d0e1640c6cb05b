-- GET /statistics/metrics groups by metric key (db/0010) and unit: 红桥区注册志愿者人数 and 注册志愿者 are one
-- quantity. metric_series (db/0006, db/0008) therefore keeps its aggregates per metric key too. The key of a
-- statistic stored before extractor 2.0.0 is null until re-extraction fills it; such a statistic counts under its
-- own metric as key, as the endpoint's query over the statistics groups it, so no figure drops out of a series.
-- The functions below are those of db/0008 with the metric key added to the series' identity.

-- No statistic is written while the series change identity: writers wait for this script's commit, then run the
-- new functions.
LOCK TABLE statistics IN SHARE MODE;
TRUNCATE metric_series;
ALTER TABLE metric_series
    ADD COLUMN metric_key text NOT NULL,
    DROP CONSTRAINT metric_series_pkey,
    ADD PRIMARY KEY (metric_key, metric, unit, category);

-- The recomputations read a series' accepted statistics by (metric, unit, category) and check their key: with the
-- key included, they still read the index alone.
DROP INDEX statistics_series;
CREATE INDEX statistics_series ON statistics (metric, unit, category, value) INCLUDE (published_on, metric_key) WHERE status = 'accepted';

CREATE OR REPLACE FUNCTION metric_series_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO metric_series AS m (metric_key, metric, unit, category, count, sum, min, max, first_published_on, last_published_on)
    SELECT coalesce(metric_key, metric), metric, unit, category, count(*), sum(value), min(value), max(value), min(published_on), max(published_on)
    FROM added_statistics
    WHERE status = 'accepted'
    GROUP BY coalesce(metric_key, metric), metric, unit, category
    ORDER BY coalesce(metric_key, metric), metric, unit, category
    ON CONFLICT (metric_key, metric, unit, category) DO UPDATE SET
        count              = m.count + EXCLUDED.count,
        sum                = m.sum + EXCLUDED.sum,
        min                = least(m.min, EXCLUDED.min),
        max                = greatest(m.max, EXCLUDED.max),
        first_published_on = least(m.first_published_on, EXCLUDED.first_published_on),
        last_published_on  = greatest(m.last_published_on, EXCLUDED.last_published_on);
    RETURN NULL;
END;
$$;

-- The accepted statistics of one series, for the recomputations below.
CREATE FUNCTION metric_series_members(series metric_series) RETURNS SETOF statistics LANGUAGE sql STABLE AS $$
    SELECT s.* FROM statistics s
    WHERE (s.metric, s.unit, s.category) = (series.metric, series.unit, series.category)
      AND coalesce(s.metric_key, s.metric) = series.metric_key
      AND s.status = 'accepted';
$$;

CREATE OR REPLACE FUNCTION metric_series_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM FROM metric_series m
    WHERE (m.metric_key, m.metric, m.unit, m.category) IN (
        SELECT coalesce(metric_key, metric), metric, unit, category FROM removed_statistics WHERE status = 'accepted')
    ORDER BY m.metric_key, m.metric, m.unit, m.category
    FOR UPDATE;

    WITH removed AS (
        SELECT coalesce(metric_key, metric) AS metric_key, metric, unit, category, count(*) AS count, sum(value) AS sum,
               min(value) AS min, max(value) AS max, min(published_on) AS first_published_on,
               max(published_on) AS last_published_on, max(scale(value)) AS scale
        FROM removed_statistics
        WHERE status = 'accepted'
        GROUP BY coalesce(metric_key, metric), metric, unit, category
    ), emptied AS (
        DELETE FROM metric_series m
        USING removed r
        WHERE (m.metric_key, m.metric, m.unit, m.category) = (r.metric_key, r.metric, r.unit, r.category) AND m.count = r.count
    )
    UPDATE metric_series m
    SET count = m.count - r.count,
        sum = CASE WHEN r.scale < scale(m.sum) OR r.scale = 0 THEN m.sum - r.sum
                   ELSE (SELECT sum(s.value) FROM metric_series_members(m) s) END,
        min = CASE WHEN r.min > m.min THEN m.min ELSE (SELECT min(s.value) FROM metric_series_members(m) s) END,
        max = CASE WHEN r.max < m.max THEN m.max ELSE (SELECT max(s.value) FROM metric_series_members(m) s) END,
        first_published_on = CASE WHEN r.first_published_on IS NULL OR r.first_published_on > m.first_published_on THEN m.first_published_on
                   ELSE (SELECT min(s.published_on) FROM metric_series_members(m) s) END,
        last_published_on = CASE WHEN r.last_published_on IS NULL OR r.last_published_on < m.last_published_on THEN m.last_published_on
                   ELSE (SELECT max(s.published_on) FROM metric_series_members(m) s) END
    FROM removed r
    WHERE (m.metric_key, m.metric, m.unit, m.category) = (r.metric_key, r.metric, r.unit, r.category) AND m.count > r.count;
    RETURN NULL;
END;
$$;

-- As in db/0008: an update removes the old row from its series and adds the new row to its own, netted per series,
-- for the rows whose aggregated columns, key or status changed. Re-extraction that only fills or changes a key moves
-- the statistic from one series to another.
CREATE OR REPLACE FUNCTION metric_series_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM FROM metric_series m
    WHERE (m.metric_key, m.metric, m.unit, m.category) IN (
        SELECT k.metric_key, k.metric, k.unit, k.category
        FROM old_statistics o
        JOIN new_statistics n USING (id)
        CROSS JOIN LATERAL (VALUES (coalesce(o.metric_key, o.metric), o.metric, o.unit, o.category),
                                   (coalesce(n.metric_key, n.metric), n.metric, n.unit, n.category)) AS k(metric_key, metric, unit, category)
        WHERE (o.metric_key, o.metric, o.unit, o.category, o.value, o.published_on, o.status)
              IS DISTINCT FROM (n.metric_key, n.metric, n.unit, n.category, n.value, n.published_on, n.status))
    ORDER BY m.metric_key, m.metric, m.unit, m.category
    FOR UPDATE;

    WITH changed AS (
        SELECT coalesce(o.metric_key, o.metric) AS old_metric_key, o.metric AS old_metric, o.unit AS old_unit,
               o.category AS old_category, o.value AS old_value, o.published_on AS old_published_on,
               o.status = 'accepted' AS was_counted,
               coalesce(n.metric_key, n.metric) AS metric_key, n.metric, n.unit, n.category, n.value, n.published_on,
               n.status = 'accepted' AS is_counted
        FROM old_statistics o
        JOIN new_statistics n USING (id)
        WHERE (o.metric_key, o.metric, o.unit, o.category, o.value, o.published_on, o.status)
              IS DISTINCT FROM (n.metric_key, n.metric, n.unit, n.category, n.value, n.published_on, n.status)
    ), removed AS (
        SELECT old_metric_key AS metric_key, old_metric AS metric, old_unit AS unit, old_category AS category,
               count(*) AS count, sum(old_value) AS sum, min(old_value) AS min, max(old_value) AS max,
               min(old_published_on) AS first_published_on, max(old_published_on) AS last_published_on,
               max(scale(old_value)) AS scale
        FROM changed WHERE was_counted
        GROUP BY old_metric_key, old_metric, old_unit, old_category
    ), added AS (
        SELECT metric_key, metric, unit, category, count(*) AS count, sum(value) AS sum, min(value) AS min, max(value) AS max,
               min(published_on) AS first_published_on, max(published_on) AS last_published_on
        FROM changed WHERE is_counted
        GROUP BY metric_key, metric, unit, category
    ), net AS (
        SELECT coalesce(r.metric_key, a.metric_key) AS metric_key, coalesce(r.metric, a.metric) AS metric,
               coalesce(r.unit, a.unit) AS unit, coalesce(r.category, a.category) AS category,
               coalesce(r.count, 0) AS removed_count, r.sum AS removed_sum, r.min AS removed_min, r.max AS removed_max,
               r.first_published_on AS removed_first, r.last_published_on AS removed_last, r.scale AS removed_scale,
               coalesce(a.count, 0) AS added_count, a.sum AS added_sum, a.min AS added_min, a.max AS added_max,
               a.first_published_on AS added_first, a.last_published_on AS added_last
        FROM removed r
        FULL JOIN added a ON (a.metric_key, a.metric, a.unit, a.category) = (r.metric_key, r.metric, r.unit, r.category)
    ), emptied AS (
        DELETE FROM metric_series m
        USING net n
        WHERE (m.metric_key, m.metric, m.unit, m.category) = (n.metric_key, n.metric, n.unit, n.category)
          AND m.count - n.removed_count + n.added_count = 0
    ), updated AS (
        UPDATE metric_series m
        SET count = m.count - n.removed_count + n.added_count,
            sum = CASE WHEN n.removed_count = 0 OR n.removed_scale < scale(m.sum) OR n.removed_scale = 0
                           THEN m.sum - coalesce(n.removed_sum, 0) + coalesce(n.added_sum, 0)
                       ELSE (SELECT sum(s.value) FROM metric_series_members(m) s) END,
            min = CASE WHEN n.removed_count = 0 OR n.removed_min > m.min THEN least(m.min, n.added_min)
                       ELSE (SELECT min(s.value) FROM metric_series_members(m) s) END,
            max = CASE WHEN n.removed_count = 0 OR n.removed_max < m.max THEN greatest(m.max, n.added_max)
                       ELSE (SELECT max(s.value) FROM metric_series_members(m) s) END,
            first_published_on = CASE WHEN n.removed_first IS NULL OR n.removed_first > m.first_published_on THEN least(m.first_published_on, n.added_first)
                       ELSE (SELECT min(s.published_on) FROM metric_series_members(m) s) END,
            last_published_on = CASE WHEN n.removed_last IS NULL OR n.removed_last < m.last_published_on THEN greatest(m.last_published_on, n.added_last)
                       ELSE (SELECT max(s.published_on) FROM metric_series_members(m) s) END
        FROM net n
        WHERE (m.metric_key, m.metric, m.unit, m.category) = (n.metric_key, n.metric, n.unit, n.category)
          AND m.count - n.removed_count + n.added_count > 0
    )
    -- A series this update starts (none of its statistics was counted before).
    INSERT INTO metric_series AS m (metric_key, metric, unit, category, count, sum, min, max, first_published_on, last_published_on)
    SELECT n.metric_key, n.metric, n.unit, n.category, n.added_count, n.added_sum, n.added_min, n.added_max, n.added_first, n.added_last
    FROM net n
    WHERE n.removed_count = 0 AND n.added_count > 0
      AND NOT EXISTS (SELECT 1 FROM metric_series e
                      WHERE (e.metric_key, e.metric, e.unit, e.category) = (n.metric_key, n.metric, n.unit, n.category))
    ORDER BY n.metric_key, n.metric, n.unit, n.category
    ON CONFLICT (metric_key, metric, unit, category) DO UPDATE SET
        count              = m.count + EXCLUDED.count,
        sum                = m.sum + EXCLUDED.sum,
        min                = least(m.min, EXCLUDED.min),
        max                = greatest(m.max, EXCLUDED.max),
        first_published_on = least(m.first_published_on, EXCLUDED.first_published_on),
        last_published_on  = greatest(m.last_published_on, EXCLUDED.last_published_on);
    RETURN NULL;
END;
$$;

-- The series as they now are, under the new identity.
INSERT INTO metric_series (metric_key, metric, unit, category, count, sum, min, max, first_published_on, last_published_on)
SELECT coalesce(metric_key, metric), metric, unit, category, count(*), sum(value), min(value), max(value), min(published_on), max(published_on)
FROM statistics
WHERE status = 'accepted'
GROUP BY coalesce(metric_key, metric), metric, unit, category;

-- /statistics/metrics filtered by metric key reads the series of that key from here.
CREATE INDEX metric_series_unit ON metric_series (unit);
