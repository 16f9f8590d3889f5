-- Indexes for search at 100,000 documents and more (issue 4's latency targets): they
-- cover the filters' lookups per event and the facets' lookups per document. (Matching
-- itself uses the GIN index on documents.search from 0002.)

CREATE INDEX events_document_type_date ON events(document_id, type, date);
CREATE INDEX participations_event_country ON participations(event_id, country);
CREATE INDEX participations_document_facets ON participations(document_id, country, role, gender);
CREATE INDEX offices_event_country ON offices(event_id, country);
CREATE INDEX topics_event_tag ON topics(event_id, tag);
CREATE INDEX topics_document_tag ON topics(document_id, tag);
CREATE INDEX event_references_event_number ON event_references(event_id, number);
