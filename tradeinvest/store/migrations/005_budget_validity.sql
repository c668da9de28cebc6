-- 005: a budget line carries its period of validity. It applies from its year up to and
-- including valid_until; NULL = recurring (carried forward until a later year has a budget of
-- its own). One-off: valid_until = year. The plan's EMA/Brexit line runs two years (2018-2019).
ALTER TABLE budget_lines ADD COLUMN valid_until INTEGER;
UPDATE budget_lines SET valid_until = 2019 WHERE year = 2018 AND line = 'EMA / Brexit';
