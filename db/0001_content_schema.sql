-- The content model: a page (document) as received, the articles parsed from it, and the statistics found in them.
-- Rows are written once by an ingest and removed only by deleting their document, so derived columns
-- (published_on, document_id on statistics) are copied down at ingest and never drift.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE documents (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    raw_text          text        NOT NULL CHECK (btrim(raw_text, E' \t\r\n\u3000') <> ''),
    -- SHA-256 of the raw text's UTF-8 bytes: the same page sent twice is one document.
    content_hash      bytea       NOT NULL UNIQUE CHECK (octet_length(content_hash) = 32),
    source            text        CHECK (char_length(source) BETWEEN 1 AND 200),
    source_url        text        CHECK (char_length(source_url) <= 2000 AND source_url ~ '^https?://'),
    published_on      date,
    ingested_at       timestamptz NOT NULL DEFAULT now(),
    extractor_version text        NOT NULL CHECK (extractor_version <> ''),
    -- The parse report and the page furniture are read whole with their document, never queried into.
    report            jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(report) = 'array'),
    furniture         jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(furniture) = 'array')
);

CREATE INDEX documents_published_on ON documents (published_on DESC NULLS LAST, id DESC);
CREATE INDEX documents_source ON documents (source);

CREATE TABLE articles (
    id           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id  bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position     integer NOT NULL CHECK (position >= 0),
    title        text    NOT NULL CHECK (title <> ''),
    subtitle     text    CHECK (subtitle <> ''),
    published_on date,
    source       text,
    -- The paragraphs joined by newlines: what substring search and snippets run over.
    body         text    NOT NULL,
    start_offset integer NOT NULL CHECK (start_offset >= 0),
    end_offset   integer NOT NULL CHECK (end_offset >= start_offset),
    UNIQUE (document_id, position)
);

-- Default listing order and keyset paging: newest first, id as the tie-breaker. An undated article sorts as the
-- oldest; the API orders by this very expression so that the index serves both directions.
CREATE INDEX articles_published_on ON articles ((coalesce(published_on, DATE '0001-01-01')), id);
CREATE INDEX articles_title ON articles (title, id);
CREATE INDEX articles_source ON articles (source);
-- Chinese substring search (q=): trigram GIN indexes serve LIKE '%…%' for patterns of three or more characters.
CREATE INDEX articles_title_trgm ON articles USING gin (title gin_trgm_ops);
CREATE INDEX articles_body_trgm ON articles USING gin (body gin_trgm_ops);

CREATE TABLE authors (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   integer NOT NULL CHECK (position >= 0),
    name       text    NOT NULL CHECK (name <> ''),
    role       text    NOT NULL CHECK (role <> ''),
    UNIQUE (article_id, position)
);

CREATE TABLE sections (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   integer NOT NULL CHECK (position >= 0),
    heading    text    CHECK (heading <> ''),
    UNIQUE (article_id, position),
    -- Target of the composite keys below, which make a paragraph or statistic of another article impossible.
    UNIQUE (id, article_id)
);

CREATE TABLE paragraphs (
    id           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    section_id   bigint  NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    position     integer NOT NULL CHECK (position >= 0),
    text         text    NOT NULL CHECK (text <> ''),
    lead         text    CHECK (lead <> ''),
    start_offset integer NOT NULL CHECK (start_offset >= 0),
    end_offset   integer NOT NULL CHECK (end_offset > start_offset),
    UNIQUE (section_id, position),
    UNIQUE (id, section_id)
);

CREATE TABLE statistics (
    id                bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id       bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    article_id        bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    section_id        bigint  NOT NULL,
    paragraph_id      bigint  NOT NULL,
    position          integer NOT NULL CHECK (position >= 0),
    metric            text    NOT NULL CHECK (metric <> ''),
    category          text    NOT NULL CHECK (category IN ('volunteers', 'activities', 'participants', 'beneficiaries',
                                  'honorees', 'organizations', 'environment', 'economy', 'infrastructure', 'other')),
    value             numeric NOT NULL,
    value_max         numeric,
    unit              text    NOT NULL,
    qualifier         text    NOT NULL CHECK (qualifier IN ('exact', 'over', 'approx', 'under', 'range')),
    source_text       text    NOT NULL CHECK (source_text <> ''),
    sentence          text    NOT NULL CHECK (sentence <> ''),
    start_offset      integer NOT NULL CHECK (start_offset >= 0),
    end_offset        integer NOT NULL CHECK (end_offset > start_offset),
    extractor_version text    NOT NULL CHECK (extractor_version <> ''),
    published_on      date,
    -- Only a range has an upper end, and it is not below the lower one.
    CHECK (value_max IS NULL OR (qualifier = 'range' AND value_max >= value)),
    UNIQUE (article_id, position),
    FOREIGN KEY (section_id, article_id) REFERENCES sections (id, article_id) ON DELETE CASCADE,
    FOREIGN KEY (paragraph_id, section_id) REFERENCES paragraphs (id, section_id) ON DELETE CASCADE
);

-- Filters of GET /statistics, each with id as the keyset tie-breaker.
CREATE INDEX statistics_category ON statistics (category, id);
CREATE INDEX statistics_unit ON statistics (unit, id);
CREATE INDEX statistics_value ON statistics (value, id);
CREATE INDEX statistics_published_on ON statistics ((coalesce(published_on, DATE '0001-01-01')), id);
CREATE INDEX statistics_metric ON statistics (metric);
-- metric= is a substring filter; the trigram index serves it as it does article search.
CREATE INDEX statistics_metric_trgm ON statistics USING gin (metric gin_trgm_ops);
CREATE INDEX statistics_article ON statistics (article_id, position);
CREATE INDEX statistics_document ON statistics (document_id);
CREATE INDEX statistics_section ON statistics (section_id);
CREATE INDEX statistics_paragraph ON statistics (paragraph_id);
CREATE INDEX authors_article ON authors (article_id);
CREATE INDEX sections_article ON sections (article_id);
CREATE INDEX paragraphs_section ON paragraphs (section_id);
CREATE INDEX articles_document ON articles (document_id);

-- One counter that every change to the content bumps, in the same transaction: the basis of list ETags and of
-- cache eviction. The trigger also NOTIFYs, so every instance listening drops its cached responses on commit.
CREATE TABLE content_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint  NOT NULL
);
INSERT INTO content_version (version) VALUES (1);

CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next_version bigint;
BEGIN
    UPDATE content_version SET version = version + 1 RETURNING version INTO next_version;
    PERFORM pg_notify('contentapi_changes', next_version::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER documents_changed
    AFTER INSERT OR DELETE ON documents
    -- Per row, so that an ingest of a known page (ON CONFLICT DO NOTHING) changes nothing at all.
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
