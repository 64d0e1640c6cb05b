-- Titles, subtitles and section headings report figures too (山西百名西部计划志愿者出征). A statistic found in an
-- article's title or subtitle has no section and no paragraph: the article is its provenance. One found in a section's
-- heading has its section and no paragraph. The composite foreign keys stay as they are: MATCH SIMPLE does not check a
-- key with a NULL in it, so the CHECK keeps what it would then let through, a paragraph without its section.
ALTER TABLE statistics
    ALTER COLUMN section_id DROP NOT NULL,
    ALTER COLUMN paragraph_id DROP NOT NULL,
    ADD CONSTRAINT statistics_paragraph_within_section CHECK (paragraph_id IS NULL OR section_id IS NOT NULL);
