-- Indexes whose columns lead a wider index (0008) serve no lookup the wider one does not,
-- and every ingest paid for writing both: at 100,000 documents most of a batch's commit is
-- writing index pages back. The wider index also serves the foreign keys' cascades.

DROP INDEX IF EXISTS events_document;             -- events_document_type_date
DROP INDEX IF EXISTS participations_document;     -- participations_document_facets
DROP INDEX IF EXISTS participations_event;        -- participations_event_country
DROP INDEX IF EXISTS offices_event;               -- offices_event_country
DROP INDEX IF EXISTS topics_document;             -- topics_document_tag
DROP INDEX IF EXISTS topics_event;                -- topics_event_tag
DROP INDEX IF EXISTS event_references_event;      -- event_references_event_number
