-- Full-text search over each document's title (weight A) and text (weight B), English
-- stemming. The text is cut at 400,000 characters for the index (a tsvector holds at most
-- 1 MB); the stored text is whole.

ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', left(text, 400000)), 'B')
) STORED;

CREATE INDEX documents_search ON documents USING gin(search);

CREATE INDEX participations_role ON participations(role);
CREATE INDEX participations_country ON participations(country);
CREATE INDEX documents_current ON documents(is_current, truncated);
