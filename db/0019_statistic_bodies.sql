-- Each accepted statistic's JSON, stored with its article's body (issue 16).
--
-- A list of statistics cost the service 6 µs a statistic to read 32 columns, build the DTO and write it: 0.7-1.0 ms
-- of CPU for a page of 50-100, most of the lists' share. The renderer that writes an article's body
-- (db/0015_article_bodies.sql) has every accepted statistic of the article composed in hand, as the list composes
-- it (the same columns, the same DTO); it now keeps each one's bytes here, and a list copies them.
--
-- A statistic's body is current under the same rule as its article's: no mark of the article in article_bodies_due.
-- Every change to a statistic, its section or its article (the title is its provenance) marks the article, so a
-- list never takes a body older than the rows it would compose. A statistic without a current body (rejected ones,
-- whose article body leaves them out, and those of articles due) is composed from its row as before.

CREATE TABLE statistic_bodies (
    statistic_id bigint PRIMARY KEY,
    -- No foreign key to statistics: the renderer would then lock each statistic it writes a body for. A deleted
    -- statistic marks its article, whose next rendering drops the body; until then no list asks for it.
    article_id   bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    -- The shape of the JSON (ArticleBodyFormat, whose contract contains the statistic's): another is not served.
    format       text   NOT NULL,
    body         bytea  NOT NULL
);

-- The renderer replaces an article's bodies by article.
CREATE INDEX statistic_bodies_article ON statistic_bodies (article_id);

-- A build that predates this table renders an article's body and clears its mark without writing its statistics'
-- bodies: during a rolling deployment, or after a rollback, their bodies would then outlive a change to them. Its
-- bodies are of another format (ArticleBodyFormat's writer revision), and writing one drops the article's statistics'
-- bodies of any other format. The renderer of this build writes both in one statement; this trigger fires at its end
-- and finds its own bodies of the same format.
CREATE FUNCTION statistic_bodies_follow_article_body() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM statistic_bodies WHERE article_id = NEW.article_id AND format <> NEW.format;
    RETURN NULL;
END;
$$;

CREATE TRIGGER article_bodies_written_statistic_bodies AFTER INSERT OR UPDATE ON article_bodies
    FOR EACH ROW EXECUTE FUNCTION statistic_bodies_follow_article_body();

-- Every existing article is due: the service renders them, and with them their statistics, after it starts.
INSERT INTO article_bodies_due (article_id) SELECT id FROM articles
ON CONFLICT (article_id) DO UPDATE SET stamp = excluded.stamp;
