"""The archive: ingest documents into a store, then search, count and export them.

One module per job: `ingest` (with `prepare`, `rows`, `write`, `provenance`, `people`),
`search` (with `query`, `filters`), `stats`, `problems`, `export`.
"""
