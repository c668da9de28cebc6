-- 011: follow-up of realised jobs (Dutch "Nazorg"): per landed project, the actual direct jobs
-- found 12, 24 or 36 months after landing, with the date and source of the figure. A yearly
-- upload kind ('follow_up', the year in uploads.quarter: the year the follow-ups were gathered),
-- so history, replace and undo work as for every kind; a follow-up entered in the app is saved
-- as a new version of that year's upload (tradeinvest/loading/follow_up.py).
-- Grain: one project and follow-up moment as reported in one upload. Never read by the headline.
CREATE TABLE follow_ups (
    upload_id INTEGER NOT NULL, source_row INTEGER NOT NULL,
    project_reference TEXT NOT NULL,       -- projects.reference (checked at load)
    months INTEGER NOT NULL,               -- 12 | 24 | 36 after date_realised
    actual_jobs DOUBLE NOT NULL,           -- direct jobs (fte) found at that moment, >= 0
    figure_date DATE, figure_date_precision TEXT,   -- when the figure was established
    source TEXT,                           -- vocab.FOLLOW_UP_SOURCES
    note TEXT
);
CREATE VIEW follow_ups_current AS
    SELECT * FROM follow_ups WHERE upload_id IN (SELECT upload_id FROM active_uploads);
