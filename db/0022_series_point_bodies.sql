-- Each accepted statistic's JSON as a point of a series, stored with its body (issue 16).
--
-- GET /series read a point's 23 columns from its statistic, its article (the title) and its section (the heading),
-- and the service built and wrote each point: a series of 1,000 points cost 10-11 ms of PostgreSQL and 4-7 ms of the
-- service. The renderer that stores each statistic's body (db/0019_statistic_bodies.sql) has the statistic composed
-- in hand, from which a point takes its fields (SeriesPoint.Of); it now stores the point's bytes beside the body, and
-- a series joins its points' bytes in one row (SeriesStore).
--
-- A point is current under the body's rule: its format is this build's and its article has no mark. Null in rows
-- written before this script, whose format (ArticleBodyFormat, writer revision 2) is no longer current either.
ALTER TABLE statistic_bodies ADD COLUMN point bytea;

-- Every existing article is due: the service renders them, and with them their statistics' bodies and points, after
-- it starts. Until then lists and series compose what they serve, as before.
INSERT INTO article_bodies_due (article_id) SELECT id FROM articles
ON CONFLICT (article_id) DO UPDATE SET stamp = excluded.stamp;
