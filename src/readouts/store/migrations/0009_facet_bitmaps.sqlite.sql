-- Facet and filter bitmaps: for each value of a facet (a type, a year, a country, ...) the
-- set of current documents that have it, one bit per documents.seq. Search counts facets
-- and applies single filters by AND-ing bitmaps, instead of joining every match to its
-- events and participations (seconds at 100,000 documents). The bitmaps are derived data:
-- `archive_state.generation` grows with every write of documents or corrections (triggers
-- below), and bitmaps of an older generation are rebuilt on the next search that needs them.

CREATE TABLE facet_bitmaps (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    generation INTEGER NOT NULL,
    bits BLOB NOT NULL,
    PRIMARY KEY (facet, value)
);

INSERT INTO archive_state (key, value) VALUES ('generation', '1') ON CONFLICT (key) DO NOTHING;

CREATE TRIGGER generation_documents_insert AFTER INSERT ON documents BEGIN
    UPDATE archive_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation';
END;

CREATE TRIGGER generation_documents_update AFTER UPDATE ON documents BEGIN
    UPDATE archive_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation';
END;

CREATE TRIGGER generation_documents_delete AFTER DELETE ON documents BEGIN
    UPDATE archive_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation';
END;

CREATE TRIGGER generation_corrections_insert AFTER INSERT ON corrections BEGIN
    UPDATE archive_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation';
END;

CREATE TRIGGER generation_corrections_update AFTER UPDATE ON corrections BEGIN
    UPDATE archive_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation';
END;

CREATE TRIGGER generation_corrections_delete AFTER DELETE ON corrections BEGIN
    UPDATE archive_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation';
END;
