-- GET /statistics/metrics groups every statistic by (metric, unit): seconds at a million rows. metric_series keeps
-- the aggregates per (metric, unit, category) instead, a few thousand rows, from which that answer (under filters on
-- category, metric and unit only) is a small GROUP BY. Triggers on statistics keep it exact for every writer: the
-- ingest's INSERT, the bulk loader's COPY and the cascade of a document's delete. Statistics are only ever inserted
-- and deleted, never updated; an UPDATE of a column aggregated here is refused rather than left to make it drift.

-- What a delete has to recompute of a series (below) this index serves without reading the table: a minimum or
-- maximum value from one end of the series' entries, a sum or a first or last date from its entries alone. It also
-- serves whatever statistics_metric (metric) served, metric being its leading column, so it replaces that index
-- rather than adding one more for every ingest to maintain.
DROP INDEX statistics_metric;
CREATE INDEX statistics_series ON statistics (metric, unit, category, value) INCLUDE (published_on);

CREATE TABLE metric_series (
    metric             text    NOT NULL,
    unit               text    NOT NULL,
    category           text    NOT NULL,
    count              bigint  NOT NULL CHECK (count > 0),
    sum                numeric NOT NULL,
    min                numeric NOT NULL,
    max                numeric NOT NULL CHECK (max >= min),
    -- Null when none of the series' statistics has a date, as min()/max() of published_on are.
    first_published_on date,
    last_published_on  date    CHECK (last_published_on >= first_published_on),
    PRIMARY KEY (metric, unit, category)
);

-- Adding adds up: counts and sums add, extremes take the lesser or greater (least/greatest skip a null date, as
-- min/max do). The rows go in key order, the order the delete below locks them in too, so that concurrent ingests
-- and deletes of the same series wait for one another instead of deadlocking.
CREATE FUNCTION metric_series_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO metric_series AS m (metric, unit, category, count, sum, min, max, first_published_on, last_published_on)
    SELECT metric, unit, category, count(*), sum(value), min(value), max(value), min(published_on), max(published_on)
    FROM added_statistics
    GROUP BY metric, unit, category
    ORDER BY metric, unit, category
    ON CONFLICT (metric, unit, category) DO UPDATE SET
        count              = m.count + EXCLUDED.count,
        sum                = m.sum + EXCLUDED.sum,
        min                = least(m.min, EXCLUDED.min),
        max                = greatest(m.max, EXCLUDED.max),
        first_published_on = least(m.first_published_on, EXCLUDED.first_published_on),
        last_published_on  = greatest(m.last_published_on, EXCLUDED.last_published_on);
    RETURN NULL;
END;
$$;

-- Removing subtracts where it can. A minimum or maximum cannot be decremented, though: when the removed statistics
-- reach one of the series' extremes (a value or a date), that extreme is read again from what is left. So is the
-- sum when the removed statistics had as many decimals as it has: 1.5 + 2.5 + 3 less 1.5 and 2.5 would leave 3.0
-- where sum() over the 3 left gives 3. A series left with nothing is dropped. Locking the series first, in key
-- order, makes a concurrent ingest of them wait, and the statements after it see every statistic committed by then.
CREATE FUNCTION metric_series_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM FROM metric_series m
    WHERE (m.metric, m.unit, m.category) IN (SELECT metric, unit, category FROM removed_statistics)
    ORDER BY m.metric, m.unit, m.category
    FOR UPDATE;

    WITH removed AS (
        SELECT metric, unit, category, count(*) AS count, sum(value) AS sum, min(value) AS min, max(value) AS max,
               min(published_on) AS first_published_on, max(published_on) AS last_published_on, max(scale(value)) AS scale
        FROM removed_statistics
        GROUP BY metric, unit, category
    ), emptied AS (
        DELETE FROM metric_series m
        USING removed r
        WHERE (m.metric, m.unit, m.category) = (r.metric, r.unit, r.category) AND m.count = r.count
    )
    UPDATE metric_series m
    SET count = m.count - r.count,
        sum = CASE WHEN r.scale < scale(m.sum) OR r.scale = 0 THEN m.sum - r.sum
                   ELSE (SELECT sum(s.value) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category)) END,
        min = CASE WHEN r.min > m.min THEN m.min
                   ELSE (SELECT min(s.value) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category)) END,
        max = CASE WHEN r.max < m.max THEN m.max
                   ELSE (SELECT max(s.value) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category)) END,
        first_published_on = CASE WHEN r.first_published_on IS NULL OR r.first_published_on > m.first_published_on THEN m.first_published_on
                   ELSE (SELECT min(s.published_on) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category)) END,
        last_published_on = CASE WHEN r.last_published_on IS NULL OR r.last_published_on < m.last_published_on THEN m.last_published_on
                   ELSE (SELECT max(s.published_on) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category)) END
    FROM removed r
    WHERE (m.metric, m.unit, m.category) = (r.metric, r.unit, r.category) AND m.count > r.count;
    RETURN NULL;
END;
$$;

CREATE FUNCTION metric_series_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the metric, unit, category, value and published_on of a statistic are not updated: metric_series aggregates them'
        USING HINT = 'Delete the statistic and insert it again.';
END;
$$;

CREATE FUNCTION metric_series_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE metric_series;
    RETURN NULL;
END;
$$;

-- Per statement, with the statement's rows as a transition table: one upsert per ingest or COPY, one recompute per
-- deleted document (its cascades fire the trigger once, with all its statistics), not one per row. A trigger with a
-- transition table serves one event only, hence one per event.
CREATE TRIGGER statistics_added_to_series
    AFTER INSERT ON statistics
    REFERENCING NEW TABLE AS added_statistics
    FOR EACH STATEMENT EXECUTE FUNCTION metric_series_add();

CREATE TRIGGER statistics_removed_from_series
    AFTER DELETE ON statistics
    REFERENCING OLD TABLE AS removed_statistics
    FOR EACH STATEMENT EXECUTE FUNCTION metric_series_remove();

CREATE TRIGGER statistics_not_updated
    BEFORE UPDATE OF metric, unit, category, value, published_on ON statistics
    FOR EACH STATEMENT EXECUTE FUNCTION metric_series_refuse_update();

CREATE TRIGGER statistics_truncated
    AFTER TRUNCATE ON statistics
    FOR EACH STATEMENT EXECUTE FUNCTION metric_series_clear();

-- After the triggers, whose creation locks out writers until this script commits: no ingest falls between the two.
INSERT INTO metric_series (metric, unit, category, count, sum, min, max, first_published_on, last_published_on)
SELECT metric, unit, category, count(*), sum(value), min(value), max(value), min(published_on), max(published_on)
FROM statistics
GROUP BY metric, unit, category;
