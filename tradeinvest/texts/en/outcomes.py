"""English texts: verified outcomes beside the headline: follow-up
(Nazorg), the investor's confirmation and contribution, the evidence behind each count. Same
keys as the other language's `outcomes`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # how solid is the count (Overview), the evidence checklist (Settings)
    "solid_title": "How solid is the count?",
    "solid_intro": (
        "The headline counts the jobs a company expects to create within three years when it "
        "lands. Here: how much of that is confirmed and backed by evidence, and what follow-"
        "up found in actual jobs, per landing year. Definitions: docs/indicators.md, chapter "
        "Verified outcomes."
    ),
    "solid_evidence_complete": "Jobs with complete evidence",
    "solid_confirmed": "Confirmed by the investor",
    "solid_realised": "Realised after follow-up",
    "solid_of_jobs": "{jobs} of {total} jobs",
    "solid_realised_delta": "{year}: {realised} of {expected} jobs",
    "solid_no_follow_up": "No follow-up yet for these landing years.",
    "solid_headline_unchanged": (
        "These figures stand beside the headline and do not change it: the count stays the "
        "expected new jobs at landing."
    ),
    "solid_gaps_title": "Projects {year} missing evidence ({count})",
    "solid_gaps_none": "Every project of this year has complete evidence.",
    "solid_col_year": "Landing year",
    "solid_col_new_jobs": "Expected new jobs",
    "solid_col_expected_jobs_followed": "Expected (followed up)",
    "solid_col_realised_jobs": "Realised (follow-up)",
    "solid_col_realisation_share": "Realisation",
    "solid_col_jobs_lost": "Jobs lost (follow-up)",
    "solid_col_confirmed_share": "Confirmed",
    "solid_col_evidence_complete_share": "Complete evidence",
    "solid_col_company": "Company",
    "solid_col_country": "Country",
    "solid_col_partner": "Partner",
    "solid_col_missing": "Missing",
    "solid_col_evidence": "Evidence (as typed)",
    "solid_col_reference": "Project",
    "settings_evidence": "Evidence checklist",
    "settings_evidence_help": (
        "What the Evidence column of the projects file may name. Synonyms separated by ';'. A"
        " project has complete evidence when every item that counts is named."
    ),
    "evidence_col_code": "Code",
    "evidence_col_label_nl": "Name (Dutch)",
    "evidence_col_label_en": "Name (English)",
    "evidence_col_synonyms": "Synonyms",
    "evidence_col_counts": "Counts",
    # confirmation and contribution
    "confirmation_section": "Confirmation by the investor",
    "confirmation_intro": (
        "Confirmed jobs and jobs weighted by our contribution stand beside the headline "
        "figures and never replace them. Per project: was confirmation asked, and what did "
        "the company answer?"
    ),
    "confirmation_confirmed_jobs": "Confirmed jobs",
    "confirmation_share_of_jobs": "{share} of the new jobs",
    "confirmation_weighted_jobs": "Jobs weighted by contribution",
    "confirmation_weighted_help": (
        "A second view, not replacing the headline: new jobs × (1 − the share the company "
        "would have achieved without help, the middle of the band chosen). Disputed counts 0,"
        " unanswered counts in full (see the definitions)."
    ),
    "confirmation_asked": "Asked / confirmed / disputed",
    "confirmation_status": "Status",
    "confirmation_band": "Achieved without help",
    "confirmation_weight": "Weight",
    "confirmation_prerequisite": "Prerequisite",
    "confirmation_faster": "Faster",
    "confirmation_asked_on": "Asked on",
    "confirmation_answered_on": "Answered on",
    "confirmation_status_not_asked": "Not asked",
    "confirmation_status_asked": "Asked",
    "confirmation_status_confirmed": "Confirmed",
    "confirmation_status_disputed": "Disputed",
    "confirmation_unanswered": "(not answered)",
    "confirmation_no_projects": "No projects in this selection.",
    "confirmation_edit": "Letter and answers of one project",
    "confirmation_project": "Project",
    "confirmation_letter_language": "Language of the letter",
    "confirmation_letter_download": "Confirmation letter (PDF)",
    "confirmation_save": "Save the answers",
    "confirmation_saved": "Confirmation of {reference} saved: {status}.",
    "confirmation_upload": "Answers of several projects from a file",
    "confirmation_upload_help": (
        "One row per project with the columns Project reference, Status, Asked on, Achieved "
        "without help, Prerequisite, Faster and Answered on (sheet 'Confirmations'). All or "
        "nothing: with an error nothing is stored."
    ),
    "confirmation_upload_button": "Save the answers from the file",
    "confirmation_uploaded": "Answers of {count} projects saved.",
    # follow-up (Nazorg)
    "fu_intro": (
        "How many jobs the landed projects really have 12, 24 and 36 months after landing, "
        "beside the jobs they expected. The headline stays the expected new jobs at landing; "
        "these figures stand beside it."
    ),
    'fu_summary_title': 'Follow-up of the projects landed in {year}',
    'fu_none_followed': 'No follow-up loaded yet for projects landed in {year}.',
    "fu_help_realised": (
        "The jobs at the latest follow-up (highest months) of each project followed up: net, "
        "a loss is already in it."
    ),
    'fu_help_rate': 'Actual jobs divided by the expected new jobs of the same projects.',
    "fu_help_lost": (
        "Per project the highest jobs at any follow-up less the latest."
    ),
    'fu_help_gross': 'Per project the highest jobs at any follow-up: actual plus lost jobs.',
    "fu_summary_caption": (
        "{followed} of the {landed} projects have a follow-up; together they expected "
        "{expected} new jobs."
    ),
    "fu_by_title": (
        "Realisation by landing year, country, sector and project kind (all years with a "
        "follow-up)"
    ),
    'fu_by': 'By',
    "fu_no_follow_ups": (
        "No follow-up loaded yet. Upload a follow-up file (per year) or enter a follow-up "
        "figure above."
    ),
    'fu_due_title': 'Follow-ups due in {quarter}',
    'fu_due_none': 'No follow-ups due in {quarter}.',
    "fu_due_caption": (
        "A project landed on day d is due in the month of d + 12, 24 and 36 months, as long "
        "as no figure for that moment is loaded. Who: the partner or the country's team."
    ),
    'fu_entry_title': 'Enter a follow-up figure (coordinator)',
    'fu_entry_save': 'Save follow-up',
    'fu_entry_saved': 'Follow-up of {reference} after {months} months saved as upload {upload}.',
}
