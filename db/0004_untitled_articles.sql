-- A page may carry text with no recognisable title (the parser reports it as missing-title). Such an article is
-- stored with no title rather than refused: the text and its statistics are still worth having. Title order and
-- keyset paging treat a missing title as the empty string, first.

ALTER TABLE articles ALTER COLUMN title DROP NOT NULL;

DROP INDEX articles_title;
CREATE INDEX articles_title ON articles ((coalesce(title, '')), id);
