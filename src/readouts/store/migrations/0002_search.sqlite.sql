-- Full-text search over each document's title and text (FTS5, Porter stemming), kept in
-- step with `documents` by triggers. The index holds no copy of the text: snippets read
-- it from `documents` through `seq`.

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content='documents', content_rowid='seq',
    tokenize='porter unicode61 remove_diacritics 2'
);

INSERT INTO documents_fts(rowid, title, text) SELECT seq, coalesce(title, ''), text FROM documents;

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;

CREATE INDEX participations_role ON participations(role);
CREATE INDEX participations_country ON participations(country);
CREATE INDEX documents_current ON documents(is_current, truncated);
