-- 009: the pipeline (kind 'pipeline', "Pijplijn", quarterly, one sheet): each upload is the
-- quarter's snapshot of the opportunities worked on or closed that quarter, so successive
-- uploads give each opportunity's stage history (measure/pipeline.py).
-- Grain: one opportunity row of one uploaded pipeline file (upload_id, source_row).
CREATE TABLE pipeline (
    upload_id INTEGER NOT NULL, source_row INTEGER NOT NULL,
    reference TEXT NOT NULL, company TEXT NOT NULL,
    country TEXT NOT NULL,                 -- ISO2 of the ultimate parent
    sector TEXT NOT NULL, theme TEXT, pillar TEXT NOT NULL,
    stage TEXT NOT NULL,                   -- prospect | active | verify | won | lost (vocab.PIPELINE_STAGES)
    likelihood TEXT,                       -- high | medium | low (vocab.LIKELIHOODS)
    expected_jobs DOUBLE NOT NULL DEFAULT 0,
    expected_land_date DATE, expected_land_date_precision TEXT,  -- first day + precision (fuzzy_date_end)
    source TEXT,                           -- mission | bidbook | nfia | own_network | partner (vocab.PIPELINE_SOURCES)
    mission_reference TEXT,
    lost_reason TEXT, lost_to_country TEXT,  -- when lost (vocab.LOST_REASONS; ISO2)
    project_reference TEXT                 -- when won: the project it became
);

CREATE VIEW pipeline_current AS
    SELECT * FROM pipeline WHERE upload_id IN (SELECT upload_id FROM active_uploads);
