-- 007: the import assistant's memory and traceability.
-- saved_mappings: a confirmed column mapping (file header -> field, constants, derived fields,
-- kept notes) saved under a unique name, per kind, keyed by the file's header signature, so
-- the next quarter's file with the same layout loads without asking again. mapping_json is
-- ingest.mapping.Mapping.to_json(); the store keeps it as text (it never reads files).
CREATE TABLE saved_mappings (
    name TEXT PRIMARY KEY, kind TEXT NOT NULL, signature TEXT NOT NULL,
    mapping_json TEXT NOT NULL,
    created_by TEXT NOT NULL, created_at TIMESTAMP NOT NULL,
    updated_by TEXT NOT NULL, updated_at TIMESTAMP NOT NULL
);
-- upload_origins: per upload, where each stored field came from: the file's header it was
-- mapped from (how = 'header'), one value given for the whole file ('constant'), or a rule
-- ('derived'; `value` holds a constant's value as given). `sheet` is the sheet spec's name
-- (projects, missions, leads, ...).
CREATE TABLE upload_origins (
    upload_id BIGINT NOT NULL, sheet TEXT NOT NULL, field TEXT NOT NULL, header TEXT,
    how TEXT NOT NULL, value TEXT
);
-- upload_raw_values: per upload and source row, the text as typed of a value that cleaning
-- changed ("ca. 30" stored as 30), and the free-text note kept from unmapped columns
-- (field = 'note').
CREATE TABLE upload_raw_values (
    upload_id BIGINT NOT NULL, sheet TEXT NOT NULL, source_row INTEGER NOT NULL,
    field TEXT NOT NULL, raw TEXT NOT NULL
);
