-- 006: an upload's period carries its first and last day beside its text ("2024Q3": 1 Jul to
-- 30 Sep 2024; "2018": the whole year), written once when loaded (periods.Period), so queries
-- compare dates instead of re-reading the text.
ALTER TABLE uploads ADD COLUMN period_start DATE;
ALTER TABLE uploads ADD COLUMN period_end DATE;
UPDATE uploads SET period_start = CASE WHEN length(quarter) = 4
        THEN make_date(CAST(quarter AS INTEGER), 1, 1)
        ELSE make_date(CAST(left(quarter, 4) AS INTEGER), 3 * CAST(right(quarter, 1) AS INTEGER) - 2, 1)
    END;
UPDATE uploads SET period_end = CASE WHEN length(quarter) = 4
        THEN make_date(CAST(quarter AS INTEGER), 12, 31)
        ELSE CAST(period_start + INTERVAL 3 MONTH - INTERVAL 1 DAY AS DATE)
    END;
