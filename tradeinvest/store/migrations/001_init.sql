-- 001: facts per spreadsheet kind, upload history, reference data.
-- Grain of each fact table: one row of one uploaded sheet (upload_id, source_row).
-- Rows are never updated or deleted by a re-upload or undo: which uploads count "now" (or at
-- any earlier moment) lives in upload_spans; the *_current views hold the rows that count now.

CREATE SEQUENCE upload_id_seq START 1;

CREATE TABLE uploads (
    upload_id    INTEGER PRIMARY KEY DEFAULT nextval('upload_id_seq'),
    kind         TEXT NOT NULL,            -- projects | missions | contacts | bidbooks
    quarter      TEXT NOT NULL,            -- e.g. 2024Q3
    file_name    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    row_count    INTEGER NOT NULL,         -- data rows over all sheets
    warning_count INTEGER NOT NULL DEFAULT 0,
    uploaded_by  TEXT NOT NULL,
    uploaded_at  TIMESTAMP NOT NULL,
    replaces_upload_id INTEGER,            -- the version it replaced, if any
    undone_at    TIMESTAMP,
    undone_by    TEXT
);

-- When an upload counted: [active_from, active_to). An undo of a replacement reopens a span
-- for the version it had replaced, so "as reported at time T" is exact.
CREATE TABLE upload_spans (
    upload_id   INTEGER NOT NULL,
    active_from TIMESTAMP NOT NULL,
    active_to   TIMESTAMP
);

CREATE TABLE projects (
    upload_id INTEGER NOT NULL, source_row INTEGER NOT NULL,
    reference TEXT NOT NULL, company TEXT NOT NULL, pillar TEXT NOT NULL,
    project_kind TEXT NOT NULL, country TEXT NOT NULL, intermediate_company TEXT,
    sector TEXT NOT NULL, theme TEXT NOT NULL,
    date_realised DATE NOT NULL, date_realised_precision TEXT NOT NULL,
    new_jobs DOUBLE NOT NULL, retained_jobs DOUBLE NOT NULL DEFAULT 0,
    investment_eur DOUBLE, contract_value_eur DOUBLE, municipality TEXT, partner TEXT,
    nfia_assisted BOOLEAN NOT NULL DEFAULT FALSE, lead_source TEXT, lead_reference TEXT,
    ema_brexit BOOLEAN NOT NULL DEFAULT FALSE, evidence TEXT
);

CREATE TABLE missions (
    upload_id INTEGER NOT NULL, source_row INTEGER NOT NULL,
    reference TEXT NOT NULL, name TEXT NOT NULL, mission_kind TEXT NOT NULL,
    pillar TEXT NOT NULL, country TEXT NOT NULL, city TEXT,
    start_date DATE NOT NULL, start_date_precision TEXT NOT NULL,
    end_date DATE, end_date_precision TEXT,
    theme TEXT, sector TEXT, led_by TEXT, companies INTEGER NOT NULL, partner TEXT
);

CREATE TABLE leads (
    upload_id INTEGER NOT NULL, source_row INTEGER NOT NULL,
    mission_reference TEXT NOT NULL, company TEXT NOT NULL, country TEXT NOT NULL,
    sector TEXT NOT NULL, pillar TEXT NOT NULL, status TEXT NOT NULL,
    expected_jobs DOUBLE, expected_value_eur DOUBLE,
    ema_brexit BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE contacts (
    upload_id INTEGER NOT NULL, source_row INTEGER NOT NULL,
    contact_date DATE NOT NULL, contact_date_precision TEXT NOT NULL,
    company TEXT NOT NULL, country TEXT NOT NULL, sector TEXT NOT NULL, pillar TEXT NOT NULL,
    contact_kind TEXT NOT NULL, channel TEXT NOT NULL, country_team TEXT, partner TEXT
);

-- Personal details of a contact, apart from the facts; no KPI reads this table.
CREATE TABLE contact_persons (
    upload_id INTEGER NOT NULL, source_row INTEGER NOT NULL,
    person_name TEXT, person_email TEXT, person_phone TEXT
);

CREATE TABLE bidbooks (
    upload_id INTEGER NOT NULL, source_row INTEGER NOT NULL,
    reference TEXT NOT NULL, issued_date DATE NOT NULL, issued_date_precision TEXT NOT NULL,
    company TEXT NOT NULL, country TEXT NOT NULL, sector TEXT NOT NULL,
    bidbook_kind TEXT NOT NULL, outcome TEXT NOT NULL, project_reference TEXT,
    pillar TEXT NOT NULL DEFAULT 'invest'
);

-- Reference data the coordinator maintains.
CREATE TABLE countries (          -- ISO 3166-1 from pycountry, with Dutch names
    iso2 TEXT PRIMARY KEY, iso3 TEXT NOT NULL, name_nl TEXT NOT NULL, name_en TEXT NOT NULL,
    group_iso2 TEXT NOT NULL      -- reporting group: Hong Kong and Macao group under China
);
CREATE TABLE targets (            -- grain: indicator x year
    indicator TEXT NOT NULL, year INTEGER NOT NULL, value DOUBLE NOT NULL, note TEXT,
    PRIMARY KEY (indicator, year)
);
CREATE TABLE budget_lines (       -- grain: year x budget line
    year INTEGER NOT NULL, line TEXT NOT NULL, fte DOUBLE NOT NULL, eur DOUBLE NOT NULL,
    PRIMARY KEY (year, line)
);
CREATE TABLE focus_countries (    -- grain: year x country
    year INTEGER NOT NULL, iso2 TEXT NOT NULL, invest BOOLEAN NOT NULL, trade TEXT NOT NULL,
    regions TEXT, PRIMARY KEY (year, iso2)
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value DOUBLE NOT NULL, note TEXT);

CREATE TABLE audit_log (
    logged_at TIMESTAMP NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT
);

CREATE VIEW active_uploads AS
    SELECT u.* FROM uploads u JOIN upload_spans s USING (upload_id) WHERE s.active_to IS NULL;
CREATE VIEW projects_current AS
    SELECT * FROM projects WHERE upload_id IN (SELECT upload_id FROM active_uploads);
CREATE VIEW missions_current AS
    SELECT * FROM missions WHERE upload_id IN (SELECT upload_id FROM active_uploads);
CREATE VIEW leads_current AS
    SELECT * FROM leads WHERE upload_id IN (SELECT upload_id FROM active_uploads);
CREATE VIEW contacts_current AS
    SELECT * FROM contacts WHERE upload_id IN (SELECT upload_id FROM active_uploads);
CREATE VIEW bidbooks_current AS
    SELECT * FROM bidbooks WHERE upload_id IN (SELECT upload_id FROM active_uploads);
