-- Facet and filter bitmaps: for each value of a facet (a type, a year, a country, ...) the
-- set of current documents that have it, one bit per documents.seq. Search counts facets
-- and applies single filters by AND-ing bitmaps, instead of joining every match to its
-- events and participations. The bitmaps are derived data: `archive_state.generation`
-- grows with every statement that writes documents or corrections (triggers below), and
-- bitmaps of an older generation are rebuilt on the next search that needs them.

CREATE TABLE facet_bitmaps (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    generation BIGINT NOT NULL,
    bits BYTEA NOT NULL,
    PRIMARY KEY (facet, value)
);

INSERT INTO archive_state (key, value) VALUES ('generation', '1') ON CONFLICT (key) DO NOTHING;

CREATE FUNCTION readouts_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE archive_state SET value = (value::bigint + 1)::text WHERE key = 'generation';
    RETURN NULL;
END;
$$;

CREATE TRIGGER generation_documents AFTER INSERT OR UPDATE OR DELETE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION readouts_bump_generation();

CREATE TRIGGER generation_corrections AFTER INSERT OR UPDATE OR DELETE ON corrections
    FOR EACH STATEMENT EXECUTE FUNCTION readouts_bump_generation();
