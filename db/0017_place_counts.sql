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
    -- Zero only within the statement that empties it, which then deletes the row.
    count       bigint NOT NULL CHECK (count >= 0)
);

-- A null level or path is a key of its own: a unique index on expressions, which ON CONFLICT names below.
CREATE UNIQUE INDEX place_counts_key ON place_counts (place_code, place_name, (coalesce(place_level, '')), (coalesce(place_path, '')));

-- TG_ARGV[0] is 'add' for the rows a statement added and 'remove' for those it removed; an UPDATE fires it twice,
-- with its old rows and with its new ones. Rows are locked and written in key order, so that concurrent writers of
-- the same areas wait for one another instead of deadlocking. Removing is an UPDATE, not an upsert of a negative
-- count: PostgreSQL checks a proposed row's constraints before it looks for the conflict.
CREATE FUNCTION place_counts_by() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[0] = 'add' THEN
        INSERT INTO place_counts AS p (place_code, place_name, place_level, place_path, count)
        SELECT place_code, place_name, place_level, array_to_string(place_path, '/'), count(*)
        FROM changed_rows
        WHERE place_code IS NOT NULL AND status = 'accepted'
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4
        ON CONFLICT (place_code, place_name, (coalesce(place_level, '')), (coalesce(place_path, '')))
            DO UPDATE SET count = p.count + EXCLUDED.count;
        RETURN NULL;
    END IF;

    PERFORM FROM place_counts p
    WHERE (p.place_code, p.place_name, coalesce(p.place_level, ''), coalesce(p.place_path, '')) IN (
        SELECT place_code, place_name, coalesce(place_level, ''), coalesce(array_to_string(place_path, '/'), '')
        FROM changed_rows
        WHERE place_code IS NOT NULL AND status = 'accepted')
    ORDER BY p.place_code, p.place_name, coalesce(p.place_level, ''), coalesce(p.place_path, '')
    FOR UPDATE;

    WITH removed AS (
        SELECT place_code, place_name, coalesce(place_level, '') AS place_level, coalesce(array_to_string(place_path, '/'), '') AS place_path,
               count(*) AS count
        FROM changed_rows
        WHERE place_code IS NOT NULL AND status = 'accepted'
        GROUP BY 1, 2, 3, 4)
    UPDATE place_counts p SET count = p.count - r.count
    FROM removed r
    WHERE (p.place_code, p.place_name, coalesce(p.place_level, ''), coalesce(p.place_path, '')) = (r.place_code, r.place_name, r.place_level, r.place_path);
    DELETE FROM place_counts WHERE count = 0;
    RETURN NULL;
END;
$$;

CREATE FUNCTION place_counts_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE place_counts;
    RETURN NULL;
END;
$$;

-- Per statement, with its rows as a transition table (one per trigger and event, as in db/0006 and db/0015).
CREATE TRIGGER statistics_inserted_place_counts
    AFTER INSERT ON statistics
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION place_counts_by('add');

CREATE TRIGGER statistics_deleted_place_counts
    AFTER DELETE ON statistics
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION place_counts_by('remove');

CREATE TRIGGER statistics_updated_place_counts_old
    AFTER UPDATE ON statistics
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION place_counts_by('remove');

CREATE TRIGGER statistics_updated_place_counts_new
    AFTER UPDATE ON statistics
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION place_counts_by('add');

CREATE TRIGGER statistics_truncated_place_counts
    AFTER TRUNCATE ON statistics
    FOR EACH STATEMENT EXECUTE FUNCTION place_counts_clear();

INSERT INTO place_counts (place_code, place_name, place_level, place_path, count)
SELECT place_code, place_name, place_level, array_to_string(place_path, '/'), count(*)
FROM statistics
WHERE place_code IS NOT NULL AND status = 'accepted'
GROUP BY 1, 2, 3, 4;
