-- Bump the content version once per statement that changes documents, not once per row: a bulk load that COPYs
-- thousands of pages in one transaction then makes one new version and one NOTIFY (one cache eviction in every
-- instance) instead of thousands. A statement that changes no row (an ingest of a known page, ON CONFLICT DO
-- NOTHING; a delete of a missing id) still changes nothing, which the transition table tells.

DROP TRIGGER documents_changed ON documents;

CREATE FUNCTION bump_content_version_if_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next_version bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM changed_documents) THEN
        UPDATE content_version SET version = version + 1 RETURNING version INTO next_version;
        PERFORM pg_notify('contentapi_changes', next_version::text);
    END IF;
    RETURN NULL;
END;
$$;

-- A trigger with a transition table serves one event only, hence two.
CREATE TRIGGER documents_inserted
    AFTER INSERT ON documents
    REFERENCING NEW TABLE AS changed_documents
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version_if_changed();

CREATE TRIGGER documents_deleted
    AFTER DELETE ON documents
    REFERENCING OLD TABLE AS changed_documents
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version_if_changed();

DROP FUNCTION bump_content_version();
