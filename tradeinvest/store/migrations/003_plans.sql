-- 003: plan versus reality: the activity calendar, the country work plans, the yardstick.
-- Calendar and country plans are yearly uploads (kind 'calendar' / 'country_plans', the year
-- in uploads.quarter, e.g. '2018'): same history, replace and undo as the quarterly kinds.

-- Grain: one row of the Invest or Trade sheet of a year's activity calendar (plan annex 2).
CREATE TABLE calendar_items (
    upload_id INTEGER NOT NULL, source_row INTEGER NOT NULL,
    pillar TEXT NOT NULL,                  -- invest | trade: the sheet the row came from
    topic TEXT,                            -- the free "Thema" text (LSH, Azie, Brexit, ...)
    start_date DATE, start_date_precision TEXT,   -- first day of the period written;
    end_date DATE, end_date_precision TEXT,       -- precision day|month|season|half|...|unknown
    event TEXT NOT NULL, place TEXT, staff TEXT, organised_by TEXT, partners TEXT,
    country TEXT,                          -- ISO2 as resolved at import; NULL = asked for
    country_source TEXT,                   -- column | place | city | region | topic | answer
    mission_reference TEXT,                -- explicit link to a mission, if given
    sector TEXT, theme TEXT                -- when the topic names a sector; its Groen/Gezond/Slim
);

-- The coordinator's answers to "which country is this place?", by folded place text (or by
-- "event:" + folded event name when there is no place). Used at import and when reading.
CREATE TABLE place_countries (
    place_key TEXT PRIMARY KEY, place TEXT NOT NULL, iso2 TEXT NOT NULL,
    set_by TEXT NOT NULL, set_at TIMESTAMP NOT NULL
);

-- Grain: one country team's work plan ("landenfiche") for the upload's year.
CREATE TABLE country_plans (
    upload_id INTEGER NOT NULL, source_row INTEGER NOT NULL,
    country TEXT NOT NULL, pillar TEXT NOT NULL, regions TEXT, activities TEXT, team TEXT,
    target_contacts DOUBLE, target_bidbooks_ffts DOUBLE, target_mission_companies DOUBLE,
    target_leads DOUBLE, target_projects DOUBLE, target_new_jobs DOUBLE, note TEXT
);

CREATE VIEW calendar_items_current AS
    SELECT * FROM calendar_items WHERE upload_id IN (SELECT upload_id FROM active_uploads);
CREATE VIEW country_plans_current AS
    SELECT * FROM country_plans WHERE upload_id IN (SELECT upload_id FROM active_uploads);

-- Opportunities scored on the Utrecht Region yardstick (plan 3.5). Scores 1-5 per question;
-- the weights in force when scored are kept with them. Links say where results will show.
CREATE SEQUENCE opportunity_id_seq START 1;
CREATE TABLE opportunities (
    opportunity_id INTEGER PRIMARY KEY DEFAULT nextval('opportunity_id_seq'),
    received DATE NOT NULL,
    title TEXT NOT NULL,
    opportunity_kind TEXT NOT NULL,        -- vocab.OPPORTUNITY_KINDS
    pillar TEXT, country TEXT, sector TEXT,
    score_a INTEGER NOT NULL CHECK (score_a BETWEEN 1 AND 5),   -- contribution to the goals
    score_b INTEGER NOT NULL CHECK (score_b BETWEEN 1 AND 5),   -- fit with the strategy
    score_c INTEGER NOT NULL CHECK (score_c BETWEEN 1 AND 5),   -- effectiveness
    score_d INTEGER NOT NULL CHECK (score_d BETWEEN 1 AND 5),   -- efficiency and continuity
    weight_a DOUBLE NOT NULL, weight_b DOUBLE NOT NULL, weight_c DOUBLE NOT NULL,
    weight_d DOUBLE NOT NULL,
    decision TEXT NOT NULL DEFAULT 'open', -- take | decline | open
    reason TEXT,
    mission_reference TEXT, bidbook_reference TEXT, company TEXT,
    created_by TEXT NOT NULL, created_at TIMESTAMP NOT NULL,
    updated_by TEXT, updated_at TIMESTAMP
);

INSERT OR IGNORE INTO settings VALUES
    ('yardstick_weight_a', 40, 'Meetlat: gewicht A, bijdrage aan de doelen (banen)'),
    ('yardstick_weight_b', 20, 'Meetlat: gewicht B, past in de strategie'),
    ('yardstick_weight_c', 20, 'Meetlat: gewicht C, effectiviteit (netwerk, marktvraag)'),
    ('yardstick_weight_d', 20, 'Meetlat: gewicht D, efficiëntie en continuïteit'),
    ('calendar_match_days', 7, 'Kalender: dagen speling bij koppelen aan uitgevoerde missies');
