-- Two costs of an ingest that bought nothing.
--
-- 1. The content version was bumped by a statement trigger on documents, and an ingest inserts its document
--    first: from that moment to its commit the transaction held the row lock of content_version, so concurrent
--    ingests (HTTP posts, bulk writers) ran one at a time however many cores there were. The bump now runs at
--    commit, from a deferred trigger, once per transaction: writers overlap and wait for each other only for the
--    instant of the bump. Readers still see the new version together with the new rows, since both commit at once.
--
-- 2. Two indexes on statistics were redundant: statistics_article duplicates the index of UNIQUE (article_id,
--    position), and statistics_section served only lookups by section, which now go through the article (the
--    foreign key to sections names article_id too, so its cascade uses the unique index). Each index costs every
--    inserted statistic a B-tree insertion.

DROP TRIGGER documents_inserted ON documents;
DROP TRIGGER documents_deleted ON documents;
DROP FUNCTION bump_content_version_if_changed();

CREATE FUNCTION bump_content_version_once() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next_version bigint;
BEGIN
    -- A deferred trigger is per row; a transaction-local setting makes the first changed document of a
    -- transaction bump the version and the rest (a bulk batch has hundreds) do nothing.
    IF current_setting('contentapi.version_bumped', true) IS DISTINCT FROM 'yes' THEN
        UPDATE content_version SET version = version + 1 RETURNING version INTO next_version;
        PERFORM pg_notify('contentapi_changes', next_version::text);
        PERFORM set_config('contentapi.version_bumped', 'yes', true);
    END IF;
    RETURN NULL;
END;
$$;

-- Per row, so that an ingest of a known page (ON CONFLICT DO NOTHING) or a delete of a missing id changes nothing.
CREATE CONSTRAINT TRIGGER documents_changed
    AFTER INSERT OR DELETE ON documents
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_content_version_once();

DROP INDEX statistics_article;
DROP INDEX statistics_section;
