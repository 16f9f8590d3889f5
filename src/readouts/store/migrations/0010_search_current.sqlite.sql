-- The full-text index holds the current capture of each document only, the only ones search
-- looks at: a query no longer tests each match against documents.is_current (a lookup per
-- match, a tenth of a ranked search over half the archive), and bm25's statistics (the
-- number of documents, their average length, how many hold each word) describe what is
-- searched. Its content is a view of those captures, so FTS5's 'rebuild' and
-- 'integrity-check' see the same rows as the index. A capture enters the index when it
-- becomes current and leaves it when another capture takes its place.

DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts;

CREATE VIEW current_texts AS
SELECT seq, coalesce(title, '') AS title, text FROM documents WHERE is_current = 1;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content='current_texts', content_rowid='seq',
    tokenize='porter unicode61 remove_diacritics 2'
);

INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents WHEN new.is_current = 1 BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents WHEN old.is_current = 1 BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;

-- Only when what the index holds changes: not for ingest's rewrite of an unchanged
-- is_current (write._mark_current, once per new document).
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text, is_current ON documents
WHEN (old.is_current = 1 OR new.is_current = 1) AND (old.is_current IS NOT new.is_current
      OR old.title IS NOT new.title OR old.text IS NOT new.text) BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        SELECT 'delete', old.seq, coalesce(old.title, ''), old.text WHERE old.is_current = 1;
    INSERT INTO documents_fts(rowid, title, text)
        SELECT new.seq, coalesce(new.title, ''), new.text WHERE new.is_current = 1;
END;
