-- GET /places counts the statistics of every area (issue 16).
--
-- It grouped every statistic by its place at every uncached request: 2.8 s of PostgreSQL at 1.2 million statistics,
-- and 16 requests of it at once held every read connection past the pool's timeout. place_counts keeps the counts
-- per area instead, a few thousand rows, and triggers on statistics keep them exact for every writer: the ingest's
-- INSERT, the bulk loader's COPY, a correction's UPDATE, re-extraction and the cascade of a document's delete.
--
-- Accepted statistics only, as GET /statistics?place= lists them: before, a rejected statistic counted here and was
-- missing from the list its count pointed to.

CREATE TABLE place_counts (
    place_code  text COLLATE "C" NOT NULL,
    place_name  text   NOT NULL,
    place_level text,
    -- The lineage as the API writes it (云南省/保山市/隆阳区), null when the statistic has none.
    place_path  text,
    -- Zero only within the statement that empties the area, which then deletes the row.
    count       bigint NOT NULL CHECK (count >= 0)
);

-- A null level or path is a key of its own: a unique index on expressions, which ON CONFLICT names below.
CREATE UNIQUE INDEX place_counts_key ON place_counts (place_code, place_name, (coalesce(place_level, '')), (coalesce(place_path, '')));

-- Applies a statement's net change per area (count: signed). Existing rows are locked first, all in key order, so
-- that concurrent writers of the same areas wait for one another instead of deadlocking. A decrease is an UPDATE, not
-- an upsert of a negative count (PostgreSQL checks a proposed row's constraints before it looks for the conflict),
-- and one that would go below zero fails the writer's statement rather than drift. Emptied areas are dropped.
CREATE FUNCTION place_counts_apply(changes place_counts[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM FROM place_counts p
    WHERE (p.place_code, p.place_name, coalesce(p.place_level, ''), coalesce(p.place_path, '')) IN (
        SELECT c.place_code, c.place_name, coalesce(c.place_level, ''), coalesce(c.place_path, '') FROM unnest(changes) AS c)
    ORDER BY p.place_code, p.place_name, coalesce(p.place_level, ''), coalesce(p.place_path, '')
    FOR UPDATE;

    INSERT INTO place_counts AS p
    SELECT * FROM unnest(changes) AS c WHERE c.count > 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (place_code, place_name, (coalesce(place_level, '')), (coalesce(place_path, '')))
        DO UPDATE SET count = p.count + EXCLUDED.count;

    UPDATE place_counts p SET count = p.count + c.count
    FROM unnest(changes) AS c
    WHERE c.count < 0
      AND (p.place_code, p.place_name, coalesce(p.place_level, ''), coalesce(p.place_path, ''))
        = (c.place_code, c.place_name, coalesce(c.place_level, ''), coalesce(c.place_path, ''));

    DELETE FROM place_counts p
    USING unnest(changes) AS c
    WHERE c.count < 0 AND p.count = 0
      AND (p.place_code, p.place_name, coalesce(p.place_level, ''), coalesce(p.place_path, ''))
        = (c.place_code, c.place_name, coalesce(c.place_level, ''), coalesce(c.place_path, ''));
END;
$$;

-- A statement's net change per area: +1 for each accepted statistic with a place it added, -1 for each it removed.
-- An UPDATE nets its old rows against its new ones, so one that moves no statistic between areas or in or out of
-- the accepted (a corrected value, a metric key refilled) changes nothing here. The transition tables a trigger
-- may name depend on its event (an INSERT has no old rows), hence a branch for each.
CREATE FUNCTION place_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes place_counts[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(ROW(place_code, place_name, place_level, array_to_string(place_path, '/'), n)::place_counts) INTO changes
        FROM (SELECT place_code, place_name, place_level, place_path, count(*) AS n
              FROM new_rows WHERE place_code IS NOT NULL AND status = 'accepted' GROUP BY 1, 2, 3, 4) AS c;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(ROW(place_code, place_name, place_level, array_to_string(place_path, '/'), -n)::place_counts) INTO changes
        FROM (SELECT place_code, place_name, place_level, place_path, count(*) AS n
              FROM old_rows WHERE place_code IS NOT NULL AND status = 'accepted' GROUP BY 1, 2, 3, 4) AS c;
    ELSE
        SELECT array_agg(ROW(place_code, place_name, place_level, array_to_string(place_path, '/'), n)::place_counts) INTO changes
        FROM (SELECT place_code, place_name, place_level, place_path, sum(n) AS n
              FROM (SELECT place_code, place_name, place_level, place_path, 1 AS n FROM new_rows WHERE place_code IS NOT NULL AND status = 'accepted'
                    UNION ALL
                    SELECT place_code, place_name, place_level, place_path, -1 FROM old_rows WHERE place_code IS NOT NULL AND status = 'accepted') AS d
              GROUP BY 1, 2, 3, 4
              HAVING sum(n) <> 0) AS c;
    END IF;

    IF changes IS NOT NULL THEN
        PERFORM place_counts_apply(changes);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION place_counts_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE place_counts;
    RETURN NULL;
END;
$$;

-- Per statement, with its rows as transition tables (as in db/0006 and db/0015).
CREATE TRIGGER statistics_inserted_place_counts
    AFTER INSERT ON statistics
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION place_counts_follow();

CREATE TRIGGER statistics_deleted_place_counts
    AFTER DELETE ON statistics
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION place_counts_follow();

CREATE TRIGGER statistics_updated_place_counts
    AFTER UPDATE ON statistics
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION place_counts_follow();

CREATE TRIGGER statistics_truncated_place_counts
    AFTER TRUNCATE ON statistics
    FOR EACH STATEMENT EXECUTE FUNCTION place_counts_clear();

INSERT INTO place_counts (place_code, place_name, place_level, place_path, count)
SELECT place_code, place_name, place_level, array_to_string(place_path, '/'), count(*)
FROM statistics
WHERE place_code IS NOT NULL AND status = 'accepted'
GROUP BY 1, 2, 3, 4;
