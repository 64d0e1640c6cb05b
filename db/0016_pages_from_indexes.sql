-- A page of statistics chosen from an index alone (issue 16).
--
-- The list and a series choose their page as ids first and read only the page's rows from the table
-- (Statistics/StatisticListSql.cs, Series/SeriesStore.cs). That is cheap only when PostgreSQL can choose the ids
-- without visiting the table, which needs every column the choice reads in the index: the filter's, the sort's and
-- the status, since a list holds accepted statistics unless asked otherwise.

-- The whole list by id, page 1 or page 1,000: accepted ids only. Page 1,000 by number (OFFSET 19,980) read 20,001
-- rows from the table (35 ms of PostgreSQL at 1.2 million statistics) and reads 20,001 index entries and 21 rows
-- with it (4 ms).
CREATE INDEX statistics_accepted_id ON statistics (id) WHERE status = 'accepted';

-- By category, the most common filter: the status included, so that its page's ids and its count come from the
-- index alone. Without it, category=volunteers walked the id index and read 400 rows from the table for a page of 51.
DROP INDEX statistics_category;
CREATE INDEX statistics_category ON statistics (category, id) INCLUDE (status);

-- A series within an area (db/0013) is ordered by its period: with the period's columns and the id included, the
-- page of 1,000 points is sorted from the index, and only those 1,000 rows are read from the table. 主题活动 in 场
-- within 120106, 7,796 points: 7,640 table pages read and 57-100 ms before, 22 ms after.
DROP INDEX statistics_series_place;
CREATE INDEX statistics_series_place ON statistics (metric_key, unit, place_code) INCLUDE (period_year, period_from, period_to, id)
    WHERE status = 'accepted';

-- An index is read alone only where the table's visibility map says its pages hold no row some transaction cannot
-- see; VACUUM sets it. By default an insert-only table is vacuumed after 20 % of its size in new rows (240,000 at
-- 1.2 million statistics), so the pages of the latest ingests, which the lists show first, would be read from the
-- table meanwhile. After 2 % (plus 10,000) they are vacuumed within a few thousand pages' ingest.
ALTER TABLE statistics SET (autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_vacuum_insert_threshold = 10000);

ANALYZE statistics;
