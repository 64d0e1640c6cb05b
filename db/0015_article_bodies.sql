-- An article's default JSON body, stored (issue 16).
--
-- GET /articles/{id} with its authors, sections and statistics took five statements and ~1.4 ms of CPU (service and
-- PostgreSQL) to compose 28-31 KB that change only when the article does. The service now keeps the composed bytes
-- here and serves them with one lookup; composing remains the way when no current body is stored.
--
-- A body is current when no row of article_bodies_due names its article. Every change to an article's rows marks
-- the article due in the change's own transaction, so a reader (on the primary or a standby) never takes a body
-- older than the rows it would compose. The service's renderer (ArticleBodies/ArticleBodyRenderer.cs) composes due
-- articles again and clears their marks; it clears a mark only if its stamp is the one it read before composing, so
-- a change committed while it composed leaves the article due.

CREATE TABLE article_bodies (
    article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    -- The shape of the JSON the body was written in (ArticleBodyFormat): a body of another shape is not served.
    format     text   NOT NULL,
    body       bytea  NOT NULL
);

-- lz4 decompresses several times faster than the default pglz, and a body is read far more often than written.
ALTER TABLE article_bodies ALTER COLUMN body SET COMPRESSION lz4;

CREATE SEQUENCE article_bodies_due_stamp;

-- No foreign key: an article's deletion cascades to its sections and statistics, whose triggers mark it due while
-- it is being deleted. The renderer drops marks of articles that no longer exist.
CREATE TABLE article_bodies_due (
    article_id bigint PRIMARY KEY,
    stamp      bigint NOT NULL DEFAULT nextval('article_bodies_due_stamp')
);

-- Statement triggers with transition tables: an ingest or a bulk COPY marks each article once per statement, not
-- once per row. A mark already there takes a new stamp, so a renderer that read the old one keeps it due. The
-- argument names the column that holds the article's id: id on articles, article_id on its parts.
CREATE FUNCTION article_bodies_due_by() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('INSERT INTO article_bodies_due (article_id) SELECT DISTINCT %I FROM changed_rows
                    ON CONFLICT (article_id) DO UPDATE SET stamp = excluded.stamp', TG_ARGV[0]);
    RETURN NULL;
END;
$$;

-- Paragraphs name their section, not their article. A paragraph deleted with its section finds no section here,
-- but the section's own trigger has marked the article.
CREATE FUNCTION article_bodies_due_by_section_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_bodies_due (article_id)
    SELECT DISTINCT s.article_id FROM changed_rows p JOIN sections s ON s.id = p.section_id
    ON CONFLICT (article_id) DO UPDATE SET stamp = excluded.stamp;
    RETURN NULL;
END;
$$;

-- An article's own row: inserted (a new article is rendered) and updated (re-extraction rewrites titles and
-- positions). Its deletion takes its body with it (the foreign key's cascade).
CREATE TRIGGER articles_inserted_body_due AFTER INSERT ON articles
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by('id');
CREATE TRIGGER articles_updated_body_due AFTER UPDATE ON articles
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by('id');

CREATE TRIGGER authors_inserted_body_due AFTER INSERT ON authors
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by('article_id');
CREATE TRIGGER authors_updated_body_due AFTER UPDATE ON authors
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by('article_id');
CREATE TRIGGER authors_deleted_body_due AFTER DELETE ON authors
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by('article_id');

CREATE TRIGGER sections_inserted_body_due AFTER INSERT ON sections
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by('article_id');
CREATE TRIGGER sections_updated_body_due AFTER UPDATE ON sections
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by('article_id');
CREATE TRIGGER sections_deleted_body_due AFTER DELETE ON sections
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by('article_id');

CREATE TRIGGER paragraphs_inserted_body_due AFTER INSERT ON paragraphs
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by_section_id();
CREATE TRIGGER paragraphs_updated_body_due AFTER UPDATE ON paragraphs
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by_section_id();
CREATE TRIGGER paragraphs_deleted_body_due AFTER DELETE ON paragraphs
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by_section_id();

CREATE TRIGGER statistics_inserted_body_due AFTER INSERT ON statistics
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by('article_id');
CREATE TRIGGER statistics_updated_body_due AFTER UPDATE ON statistics
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by('article_id');
CREATE TRIGGER statistics_deleted_body_due AFTER DELETE ON statistics
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION article_bodies_due_by('article_id');

-- Every existing article is due: the service renders them in the background after it starts.
INSERT INTO article_bodies_due (article_id) SELECT id FROM articles;
