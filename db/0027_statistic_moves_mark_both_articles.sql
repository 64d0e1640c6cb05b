-- An update of a statistic marks for rendering the article it was in as well as the one it is in (issue 16).
--
-- Re-extraction can move a kept statistic to another article of its document (ReextractionWriter sets article_id).
-- db/0015 marked only the new article, so the old one's stored body, which lists the statistic, stayed as it was until
-- something else marked it. A list of statistics also checks a stored statistic body by the article it was rendered
-- with (statistic_bodies.article_id; Statistics/StatisticItem.cs), without reading the statistic's row: that article's
-- mark must follow every change to the statistic, a move included.
CREATE FUNCTION article_bodies_due_by_moved_statistics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_bodies_due (article_id)
    SELECT article_id FROM changed_rows
    UNION
    SELECT o.article_id FROM old_rows o JOIN changed_rows n ON n.id = o.id WHERE n.article_id <> o.article_id
    ON CONFLICT (article_id) DO UPDATE SET stamp = excluded.stamp;
    RETURN NULL;
END;
$$;

DROP TRIGGER statistics_updated_body_due ON statistics;
CREATE TRIGGER statistics_updated_body_due AFTER UPDATE ON statistics
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by_moved_statistics();
