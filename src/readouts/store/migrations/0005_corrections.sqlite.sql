-- Reviewers' corrections and the API tokens that sign them.
--
-- A correction names a value by its document and its path in the record (as in the
-- record's `evidence`, e.g. events[0].participants[1].gender). It has no foreign key to
-- documents: it outlives re-extraction and re-ingest of its document, and is applied again
-- to the rows every time they are rewritten (archive/corrections.py). Undoing one keeps it,
-- with who undid it and when, so the history stays whole.

CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL,
    lineage TEXT,                            -- the document's lineage when it was corrected
    path TEXT NOT NULL,
    old_value TEXT,                          -- JSON: the value it replaced
    new_value TEXT,                          -- JSON: the value it sets (null: no value)
    reason TEXT NOT NULL,
    author TEXT NOT NULL,                    -- the token's name
    created_at TEXT NOT NULL,
    undone_at TEXT,
    undone_by TEXT
);
CREATE INDEX corrections_document ON corrections(document_id, path);

-- Bearer tokens for writes: `readouts token create NAME` prints one once; only the
-- SHA-256 of its secret is kept.
CREATE TABLE tokens (
    id TEXT PRIMARY KEY,                     -- the token's public part
    name TEXT NOT NULL,
    secret_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
