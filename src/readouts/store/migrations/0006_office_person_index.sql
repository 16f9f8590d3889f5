-- Resolution deletes people no participation or office points at; without this index each
-- such check scanned every office (minutes at 100,000 documents).

CREATE INDEX offices_person ON offices(person_id);
