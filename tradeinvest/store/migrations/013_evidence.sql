-- 013: the evidence checklist (issue 17). Each item a project's Bewijs/Evidence cell may name
-- ("KvK; persbericht"): its code, its Dutch and English label, the words that name it in a file
-- (synonyms, matched ignoring case, spacing and punctuation; see ingest/evidence.py) and whether
-- it counts: a project is evidence-complete when every item that counts is named (see
-- measure/evidence.py). Edited on the Settings page by the coordinator (audited).
CREATE TABLE evidence_items (
    code TEXT PRIMARY KEY,
    label_nl TEXT NOT NULL,
    label_en TEXT NOT NULL,
    synonyms TEXT NOT NULL DEFAULT '',  -- separated by '; '
    counts BOOLEAN NOT NULL DEFAULT TRUE,
    position INTEGER NOT NULL DEFAULT 0
);
-- Defaults: registration, visit report, investment decision and ownership count; a press
-- release is recorded but does not count (not every landing is announced publicly).
INSERT INTO evidence_items VALUES
    ('registration', 'Inschrijving KvK', 'Chamber of Commerce registration',
     'kvk; kvk-inschrijving; inschrijving kvk; kvk inschrijving; kamer van koophandel; handelsregister; kvk-uittreksel; uittreksel kvk; chamber of commerce; registration; company registration; kvk registration', TRUE, 1),
    ('press_release', 'Persbericht', 'Press release',
     'persbericht; press release; nieuwsbericht; news release; persbericht nfia; publicatie; announcement', FALSE, 2),
    ('visit_report', 'Bezoekverslag', 'Visit report',
     'bezoekverslag; verslag bezoek; bedrijfsbezoek; gespreksverslag; visit report; site visit; company visit; meeting report', TRUE, 3),
    ('investment_decision', 'Investeringsbesluit', 'Investment decision',
     'investeringsbesluit; besluit investering; board decision; investment decision; bestuursbesluit; final investment decision; fid', TRUE, 4),
    ('ownership', 'Belang ≥ 10 %', 'Ownership ≥ 10 %',
     'belang; eigendom; aandeelhouderschap; belang 10; eigendom 10; ownership; ownership 10; shareholding; equity 10', TRUE, 5);
