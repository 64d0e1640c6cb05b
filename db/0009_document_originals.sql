-- The bytes a page arrived as when that was not plain text (an HTML page, a PDF), with their media type, so that the
-- archive keeps the source it parsed. documents.raw_text still holds the plain text read out of them, which every
-- offset refers to; a page sent as text has no row here, its original is its raw_text.
CREATE TABLE document_originals (
    document_id bigint PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    media_type  text   NOT NULL CHECK (media_type ~ '^(text/html|application/pdf)(;.*)?$'),
    content     bytea  NOT NULL CHECK (octet_length(content) > 0)
);
