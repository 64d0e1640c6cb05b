-- Editors correct statistics, and a newer extractor runs again over stored pages without undoing their corrections.
--
-- A statistic now has a status (a rejected one is kept, so that a rejection can be undone, but leaves lists, counts
-- and series), an origin (found by the extractor, or added by an editor), whether an editor has reviewed it, which of
-- its fields an editor set (re-extraction leaves those as the editor wrote them), and a row version that every
-- change moves on: its ETag, which a PATCH must send back as If-Match, and which the UPDATE checks in its WHERE.
-- Constant defaults: adding the columns rewrites no row.
ALTER TABLE statistics
    ADD COLUMN status        text    NOT NULL DEFAULT 'accepted' CHECK (status IN ('accepted', 'rejected')),
    ADD COLUMN origin        text    NOT NULL DEFAULT 'extractor' CHECK (origin IN ('extractor', 'editor')),
    ADD COLUMN reviewed      boolean NOT NULL DEFAULT false,
    ADD COLUMN edited_fields text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN row_version   integer NOT NULL DEFAULT 1 CHECK (row_version > 0);

-- Every change an editor makes: who (the API key's name), when, which fields, their values before and after, why.
CREATE TABLE statistic_revisions (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    statistic_id bigint      NOT NULL REFERENCES statistics (id) ON DELETE CASCADE,
    kind         text        NOT NULL CHECK (kind IN ('added', 'edited')),
    author       text        NOT NULL CHECK (author <> ''),
    changed_at   timestamptz NOT NULL DEFAULT now(),
    fields       text[]      NOT NULL CHECK (cardinality(fields) > 0),
    before       jsonb       NOT NULL CHECK (jsonb_typeof(before) = 'object'),
    after        jsonb       NOT NULL CHECK (jsonb_typeof(after) = 'object'),
    reason       text        CHECK (char_length(reason) BETWEEN 1 AND 1000)
);

CREATE INDEX statistic_revisions_statistic ON statistic_revisions (statistic_id, id);

-- A statistic is known by its span in the page: an editor adding the same span twice adds the same figure (409), and
-- re-extraction recognises a statistic found again by its span. The extractor finds at most one statistic per span
-- (none of the 1,752 pages of the corpus has two). This index replaces statistics_document, whose lookups by
-- document it serves as well, so an ingest maintains no more indexes than before.
DROP INDEX statistics_document;
CREATE UNIQUE INDEX statistics_span ON statistics (document_id, start_offset, end_offset);

-- The content version moves with corrections and re-extractions as it does with ingests (db/0005): at commit, once
-- per transaction. A correction updates a statistic or adds one with its revision; a re-extraction updates its
-- document's extractor_version. Per row and deferred, like documents_changed; the first row of a transaction bumps.
CREATE CONSTRAINT TRIGGER statistics_corrected
    AFTER UPDATE ON statistics
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_content_version_once();

CREATE CONSTRAINT TRIGGER statistic_revisions_added
    AFTER INSERT ON statistic_revisions
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_content_version_once();

CREATE CONSTRAINT TRIGGER documents_reextracted
    AFTER UPDATE OF extractor_version, report, furniture ON documents
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_content_version_once();

-- metric_series (db/0006) now aggregates accepted statistics only, and follows updates: a rejection takes a
-- statistic out of its series, an edited value, metric, unit or category moves it. The series index holds accepted
-- statistics only, the ones every recomputation below reads.
DROP INDEX statistics_series;
CREATE INDEX statistics_series ON statistics (metric, unit, category, value) INCLUDE (published_on) WHERE status = 'accepted';

DROP TRIGGER statistics_not_updated ON statistics;
DROP FUNCTION metric_series_refuse_update();

CREATE OR REPLACE FUNCTION metric_series_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO metric_series AS m (metric, unit, category, count, sum, min, max, first_published_on, last_published_on)
    SELECT metric, unit, category, count(*), sum(value), min(value), max(value), min(published_on), max(published_on)
    FROM added_statistics
    WHERE status = 'accepted'
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

-- As in db/0006, with rejected statistics left out of what is removed and of every recomputation.
CREATE OR REPLACE FUNCTION metric_series_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM FROM metric_series m
    WHERE (m.metric, m.unit, m.category) IN (SELECT metric, unit, category FROM removed_statistics WHERE status = 'accepted')
    ORDER BY m.metric, m.unit, m.category
    FOR UPDATE;

    WITH removed AS (
        SELECT metric, unit, category, count(*) AS count, sum(value) AS sum, min(value) AS min, max(value) AS max,
               min(published_on) AS first_published_on, max(published_on) AS last_published_on, max(scale(value)) AS scale
        FROM removed_statistics
        WHERE status = 'accepted'
        GROUP BY metric, unit, category
    ), emptied AS (
        DELETE FROM metric_series m
        USING removed r
        WHERE (m.metric, m.unit, m.category) = (r.metric, r.unit, r.category) AND m.count = r.count
    )
    UPDATE metric_series m
    SET count = m.count - r.count,
        sum = CASE WHEN r.scale < scale(m.sum) OR r.scale = 0 THEN m.sum - r.sum
                   ELSE (SELECT sum(s.value) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category) AND s.status = 'accepted') END,
        min = CASE WHEN r.min > m.min THEN m.min
                   ELSE (SELECT min(s.value) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category) AND s.status = 'accepted') END,
        max = CASE WHEN r.max < m.max THEN m.max
                   ELSE (SELECT max(s.value) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category) AND s.status = 'accepted') END,
        first_published_on = CASE WHEN r.first_published_on IS NULL OR r.first_published_on > m.first_published_on THEN m.first_published_on
                   ELSE (SELECT min(s.published_on) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category) AND s.status = 'accepted') END,
        last_published_on = CASE WHEN r.last_published_on IS NULL OR r.last_published_on < m.last_published_on THEN m.last_published_on
                   ELSE (SELECT max(s.published_on) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category) AND s.status = 'accepted') END
    FROM removed r
    WHERE (m.metric, m.unit, m.category) = (r.metric, r.unit, r.category) AND m.count > r.count;
    RETURN NULL;
END;
$$;

-- An update is a removal of the old row from its series and an addition of the new row to its own, netted per
-- series, for the rows whose aggregated columns or status changed (a row whose position alone moved changes
-- nothing here). The table already holds the new rows when this runs, so an extreme or a sum read again from it is
-- the final one, and the additions are not applied on top of it. A trigger with a column list cannot have transition
-- tables, hence the comparison of old and new rows here.
CREATE FUNCTION metric_series_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM FROM metric_series m
    WHERE (m.metric, m.unit, m.category) IN (
        SELECT k.metric, k.unit, k.category
        FROM old_statistics o
        JOIN new_statistics n USING (id)
        CROSS JOIN LATERAL (VALUES (o.metric, o.unit, o.category), (n.metric, n.unit, n.category)) AS k(metric, unit, category)
        WHERE (o.metric, o.unit, o.category, o.value, o.published_on, o.status) IS DISTINCT FROM (n.metric, n.unit, n.category, n.value, n.published_on, n.status))
    ORDER BY m.metric, m.unit, m.category
    FOR UPDATE;

    WITH changed AS (
        SELECT o.metric AS old_metric, o.unit AS old_unit, o.category AS old_category, o.value AS old_value,
               o.published_on AS old_published_on, o.status = 'accepted' AS was_counted,
               n.metric, n.unit, n.category, n.value, n.published_on, n.status = 'accepted' AS is_counted
        FROM old_statistics o
        JOIN new_statistics n USING (id)
        WHERE (o.metric, o.unit, o.category, o.value, o.published_on, o.status) IS DISTINCT FROM (n.metric, n.unit, n.category, n.value, n.published_on, n.status)
    ), removed AS (
        SELECT old_metric AS metric, old_unit AS unit, old_category AS category, count(*) AS count, sum(old_value) AS sum,
               min(old_value) AS min, max(old_value) AS max, min(old_published_on) AS first_published_on,
               max(old_published_on) AS last_published_on, max(scale(old_value)) AS scale
        FROM changed WHERE was_counted
        GROUP BY old_metric, old_unit, old_category
    ), added AS (
        SELECT metric, unit, category, count(*) AS count, sum(value) AS sum, min(value) AS min, max(value) AS max,
               min(published_on) AS first_published_on, max(published_on) AS last_published_on
        FROM changed WHERE is_counted
        GROUP BY metric, unit, category
    ), net AS (
        SELECT coalesce(r.metric, a.metric) AS metric, coalesce(r.unit, a.unit) AS unit, coalesce(r.category, a.category) AS category,
               coalesce(r.count, 0) AS removed_count, r.sum AS removed_sum, r.min AS removed_min, r.max AS removed_max,
               r.first_published_on AS removed_first, r.last_published_on AS removed_last, r.scale AS removed_scale,
               coalesce(a.count, 0) AS added_count, a.sum AS added_sum, a.min AS added_min, a.max AS added_max,
               a.first_published_on AS added_first, a.last_published_on AS added_last
        FROM removed r
        FULL JOIN added a ON (a.metric, a.unit, a.category) = (r.metric, r.unit, r.category)
    ), emptied AS (
        DELETE FROM metric_series m
        USING net n
        WHERE (m.metric, m.unit, m.category) = (n.metric, n.unit, n.category) AND m.count - n.removed_count + n.added_count = 0
    ), updated AS (
        UPDATE metric_series m
        SET count = m.count - n.removed_count + n.added_count,
            sum = CASE WHEN n.removed_count = 0 OR n.removed_scale < scale(m.sum) OR n.removed_scale = 0
                           THEN m.sum - coalesce(n.removed_sum, 0) + coalesce(n.added_sum, 0)
                       ELSE (SELECT sum(s.value) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category) AND s.status = 'accepted') END,
            min = CASE WHEN n.removed_count = 0 OR n.removed_min > m.min THEN least(m.min, n.added_min)
                       ELSE (SELECT min(s.value) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category) AND s.status = 'accepted') END,
            max = CASE WHEN n.removed_count = 0 OR n.removed_max < m.max THEN greatest(m.max, n.added_max)
                       ELSE (SELECT max(s.value) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category) AND s.status = 'accepted') END,
            first_published_on = CASE WHEN n.removed_first IS NULL OR n.removed_first > m.first_published_on THEN least(m.first_published_on, n.added_first)
                       ELSE (SELECT min(s.published_on) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category) AND s.status = 'accepted') END,
            last_published_on = CASE WHEN n.removed_last IS NULL OR n.removed_last < m.last_published_on THEN greatest(m.last_published_on, n.added_last)
                       ELSE (SELECT max(s.published_on) FROM statistics s WHERE (s.metric, s.unit, s.category) = (m.metric, m.unit, m.category) AND s.status = 'accepted') END
        FROM net n
        WHERE (m.metric, m.unit, m.category) = (n.metric, n.unit, n.category) AND m.count - n.removed_count + n.added_count > 0
    )
    -- A series this update starts (none of its statistics was counted before).
    INSERT INTO metric_series AS m (metric, unit, category, count, sum, min, max, first_published_on, last_published_on)
    SELECT n.metric, n.unit, n.category, n.added_count, n.added_sum, n.added_min, n.added_max, n.added_first, n.added_last
    FROM net n
    WHERE n.removed_count = 0 AND n.added_count > 0
      AND NOT EXISTS (SELECT 1 FROM metric_series e WHERE (e.metric, e.unit, e.category) = (n.metric, n.unit, n.category))
    ORDER BY n.metric, n.unit, n.category
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

CREATE TRIGGER statistics_changed_in_series
    AFTER UPDATE ON statistics
    REFERENCING OLD TABLE AS old_statistics NEW TABLE AS new_statistics
    FOR EACH STATEMENT EXECUTE FUNCTION metric_series_change();
