-- The archive's tables. Every table that holds what a document said carries document_id,
-- so re-extracting a document replaces exactly its rows.

CREATE TABLE documents (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- ingest order (and the full-text index's key)
    id TEXT NOT NULL UNIQUE,                 -- sha256 of the text: the record's document.id
    lineage TEXT NOT NULL,                   -- one document across captures: its URL, else its path
    is_current INTEGER NOT NULL DEFAULT 1,   -- 1 for the latest capture of its lineage
    source TEXT,                             -- the path as given to ingest
    source_sha256 TEXT,                      -- sha256 of the bytes as read
    url TEXT,
    publisher TEXT,
    published TEXT,
    captured TEXT,
    licence TEXT,
    attribution TEXT,
    provenance_from TEXT,                    -- where url/licence came from: page, manifest
    title TEXT,
    language TEXT,
    truncated INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    record TEXT NOT NULL,                    -- the record as `readouts extract` writes it (JSON)
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_lineage ON documents(lineage);
CREATE INDEX documents_source_sha256 ON documents(source_sha256);

CREATE TABLE series (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    family_name TEXT,
    given_name TEXT,
    wikidata TEXT
);

CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,                     -- document id / e + index
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    meeting_id TEXT NOT NULL,                -- events that are one meeting share it
    type TEXT,
    date TEXT,
    start_time TEXT,
    start_local TEXT,
    utc_offset TEXT,
    timezone TEXT,
    start_utc TEXT,
    end_utc TEXT,
    duration_minutes INTEGER,
    venue TEXT,
    city TEXT,
    country TEXT,
    attendance INTEGER,
    series_id TEXT REFERENCES series(id),
    series_number INTEGER
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_meeting ON events(meeting_id);

CREATE TABLE participations (
    id TEXT PRIMARY KEY,                     -- event id / p + index
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id),
    name TEXT NOT NULL,
    family_name TEXT,
    given_name TEXT,
    honorific TEXT,
    gender TEXT,
    role TEXT,
    title TEXT,                              -- the first title, as stated
    titles TEXT,                             -- every title, joined by '; '
    organisation TEXT,
    organisation_id TEXT REFERENCES organisations(id),
    country TEXT
);
CREATE INDEX participations_event ON participations(event_id);
CREATE INDEX participations_document ON participations(document_id);
CREATE INDEX participations_person ON participations(person_id);
CREATE INDEX participations_organisation ON participations(organisation_id);

CREATE TABLE offices (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    title TEXT NOT NULL,
    country TEXT,
    role TEXT
);
CREATE INDEX offices_event ON offices(event_id);
CREATE INDEX offices_document ON offices(document_id);

CREATE TABLE event_references (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    number INTEGER
);
CREATE INDEX event_references_event ON event_references(event_id);
CREATE INDEX event_references_document ON event_references(document_id);
CREATE INDEX event_references_number ON event_references(number);

CREATE TABLE statements (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT,
    speaker_id TEXT REFERENCES participations(id),
    attribution TEXT,
    joint INTEGER NOT NULL DEFAULT 0,
    start_char INTEGER,
    end_char INTEGER
);
CREATE INDEX statements_event ON statements(event_id);
CREATE INDEX statements_document ON statements(document_id);

CREATE TABLE topics (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    tag TEXT NOT NULL,
    pillar INTEGER NOT NULL DEFAULT 0,
    trigger TEXT,
    start_char INTEGER,
    end_char INTEGER
);
CREATE INDEX topics_event ON topics(event_id);
CREATE INDEX topics_document ON topics(document_id);
CREATE INDEX topics_tag ON topics(tag);

CREATE TABLE evidence (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    path TEXT NOT NULL,                      -- the value's path in the record, e.g. events[0].date
    n INTEGER NOT NULL,                      -- which of its spans
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    PRIMARY KEY (document_id, path, n)
);

CREATE TABLE problems (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT,
    kind TEXT NOT NULL,                      -- error: not stored; extraction: stored, noted
    code TEXT NOT NULL,
    message TEXT,
    spans TEXT,                              -- JSON [[start, end], ...]
    noted_at TEXT NOT NULL
);
CREATE INDEX problems_document ON problems(document_id);
CREATE INDEX problems_source ON problems(source);
