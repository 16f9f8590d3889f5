-- Views for the common questions (the same SQL on both backends); they read well in
-- Datasette. Only the current capture of each document counts.

CREATE VIEW participants AS
SELECT d.id AS document_id, d.publisher, d.url, d.truncated, e.id AS event_id, e.meeting_id,
       e.date, substr(e.date, 1, 4) AS year, e.type, e.city, e.country AS event_country,
       p.id AS participation_id, p.person_id, p.name, p.role, p.gender, p.title,
       p.organisation, p.country
FROM participations p
JOIN events e ON e.id = p.event_id
JOIN documents d ON d.id = p.document_id
WHERE d.is_current = 1;

CREATE VIEW evidence_quotes AS
SELECT v.document_id, v.path, v.n, v.start_char, v.end_char,
       substr(d.text, v.start_char + 1, v.end_char - v.start_char) AS quote
FROM evidence v
JOIN documents d ON d.id = v.document_id;

CREATE VIEW meetings AS
SELECT e.meeting_id, min(e.date) AS date, min(e.type) AS type,
       count(DISTINCT e.document_id) AS readouts
FROM events e
JOIN documents d ON d.id = e.document_id
WHERE d.is_current = 1
GROUP BY e.meeting_id;

CREATE VIEW failed_documents AS
SELECT source, code, message, noted_at FROM problems WHERE kind = 'error';
