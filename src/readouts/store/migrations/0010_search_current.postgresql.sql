-- SQLite's full-text index now holds current captures only (0010_search_current.sqlite.sql).
-- PostgreSQL needs no change: ts_rank_cd uses no statistics of the whole archive, and its
-- search tests is_current on the row it reads anyway. The step exists so that both
-- backends number their schema alike.

SELECT 1;
