-- Entity resolution: an unnamed office the registry maps to a person points at them, and
-- `archive_state` remembers that people and meetings need resolving again (set by every
-- write of documents, cleared by the resolution that follows), so an ingest interrupted
-- between the two finishes the job on its next run.

ALTER TABLE offices ADD COLUMN person_id TEXT REFERENCES people(id);

CREATE TABLE archive_state (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE INDEX people_name ON people(name);
