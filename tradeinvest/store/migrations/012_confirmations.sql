-- 012: the investor's confirmation of a landed project and its answers (issue 17, item 2).
-- One row per project, keyed by its reference compared without case (the key projects are
-- counted by, measure.facts): the latest answer replaces the earlier one; every change is in
-- the audit log with who and when. Answers name the company's view, never a person.
-- status: not_asked | asked (asked_on = the date the letter went out) | confirmed | disputed.
-- band: the share of the project the company WOULD have achieved without the team's help:
--   none | up_to_20 | 40 | 60 | 80 | more_than_80 | all (NULL: not answered).
-- prerequisite / faster: "the support was a prerequisite", "it went faster" (NULL: not answered).
CREATE TABLE confirmations (
    reference TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('not_asked', 'asked', 'confirmed', 'disputed')),
    asked_on DATE,
    band TEXT CHECK (band IN ('none', 'up_to_20', '40', '60', '80', 'more_than_80', 'all')),
    prerequisite BOOLEAN,
    faster BOOLEAN,
    answered_on DATE,
    entered_by TEXT NOT NULL,
    entered_at TIMESTAMP NOT NULL
);
