"""Dutch (the default language) texts: verified outcomes beside the headline: follow-up
(Nazorg), the investor's confirmation and contribution, the evidence behind each count. Same
keys as the other language's `outcomes`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # how solid is the count (Overview), the evidence checklist (Settings)
    "solid_title": "Hoe solide is de telling?",
    "solid_intro": (
        "De kopcijfers tellen de banen die een bedrijf bij de landing verwacht binnen drie "
        "jaar te scheppen. Hier staat wat daarvan bevestigd en onderbouwd is, en wat de "
        "nazorg aan werkelijke banen vond, per landingsjaar. Definities: docs/indicators.md, "
        "hoofdstuk Geverifieerde resultaten."
    ),
    "solid_evidence_complete": "Banen met volledig bewijs",
    "solid_confirmed": "Door de investeerder bevestigd",
    "solid_realised": "Gerealiseerd na nazorg",
    "solid_of_jobs": "{jobs} van {total} banen",
    "solid_realised_delta": "{year}: {realised} van {expected} banen",
    "solid_no_follow_up": "Nog geen nazorg voor deze landingsjaren.",
    "solid_headline_unchanged": (
        "Deze cijfers staan naast de kopcijfers en veranderen ze niet: de telling blijft de "
        "verwachte nieuwe banen bij de landing."
    ),
    "solid_gaps_title": "Projecten {year} waar bewijs ontbreekt ({count})",
    "solid_gaps_none": "Alle projecten van dit jaar hebben volledig bewijs.",
    "solid_col_year": "Landingsjaar",
    "solid_col_new_jobs": "Verwachte nieuwe banen",
    "solid_col_expected_jobs_followed": "Verwacht (met nazorg)",
    "solid_col_realised_jobs": "Gerealiseerd (nazorg)",
    "solid_col_realisation_share": "Realisatie",
    "solid_col_jobs_lost": "Banen verloren (nazorg)",
    "solid_col_confirmed_share": "Bevestigd",
    "solid_col_evidence_complete_share": "Volledig bewijs",
    "solid_col_company": "Bedrijf",
    "solid_col_country": "Land",
    "solid_col_partner": "Partner",
    "solid_col_missing": "Ontbreekt",
    "solid_col_evidence": "Bewijs (zoals ingevuld)",
    "solid_col_reference": "Project",
    "settings_evidence": "Bewijslijst",
    "settings_evidence_help": (
        "Wat in de kolom Bewijs van het projectenbestand mag staan. Synoniemen gescheiden "
        "door ';'. Een project heeft volledig bewijs als elk onderdeel dat telt genoemd is."
    ),
    "evidence_col_code": "Code",
    "evidence_col_label_nl": "Naam (Nederlands)",
    "evidence_col_label_en": "Naam (Engels)",
    "evidence_col_synonyms": "Synoniemen",
    "evidence_col_counts": "Telt mee",
    # confirmation and contribution
    "confirmation_section": "Bevestiging door de investeerder",
    "confirmation_intro": (
        "Bevestigde banen en banen gewogen naar onze bijdrage staan naast de kopcijfers en "
        "vervangen ze nooit. Per project: is de bevestiging gevraagd, en wat antwoordde het "
        "bedrijf?"
    ),
    "confirmation_confirmed_jobs": "Bevestigde banen",
    "confirmation_share_of_jobs": "{share} van de nieuwe banen",
    "confirmation_weighted_jobs": "Banen gewogen naar bijdrage",
    "confirmation_weighted_help": (
        "Tweede weergave, vervangt het kopcijfer niet: nieuwe banen × (1 − het deel dat het "
        "bedrijf zonder hulp ook had bereikt, midden van de gekozen klasse). Betwist telt 0, "
        "niet beantwoord telt volledig (zie de definities)."
    ),
    "confirmation_asked": "Gevraagd / bevestigd / betwist",
    "confirmation_status": "Status",
    "confirmation_band": "Zonder hulp ook bereikt",
    "confirmation_weight": "Gewicht",
    "confirmation_prerequisite": "Voorwaarde",
    "confirmation_faster": "Sneller",
    "confirmation_asked_on": "Gevraagd op",
    "confirmation_answered_on": "Antwoord op",
    "confirmation_status_not_asked": "Niet gevraagd",
    "confirmation_status_asked": "Gevraagd",
    "confirmation_status_confirmed": "Bevestigd",
    "confirmation_status_disputed": "Betwist",
    "confirmation_unanswered": "(niet beantwoord)",
    "confirmation_no_projects": "Geen projecten in deze selectie.",
    "confirmation_edit": "Brief en antwoorden van één project",
    "confirmation_project": "Project",
    "confirmation_letter_language": "Taal van de brief",
    "confirmation_letter_download": "Bevestigingsbrief (PDF)",
    "confirmation_save": "Antwoorden opslaan",
    "confirmation_saved": "Bevestiging van {reference} opgeslagen: {status}.",
    "confirmation_upload": "Antwoorden van meer projecten uit een bestand",
    "confirmation_upload_help": (
        "Eén rij per project met de kolommen Projectreferentie, Status, Gevraagd op, Zonder "
        "hulp ook bereikt, Voorwaarde, Sneller en Antwoord op (blad 'Bevestigingen'). Alles "
        "of niets: bij een fout wordt niets opgeslagen."
    ),
    "confirmation_upload_button": "Antwoorden opslaan uit het bestand",
    "confirmation_uploaded": "Antwoorden van {count} projecten opgeslagen.",
    # follow-up (Nazorg)
    "fu_intro": (
        "Hoeveel banen de gelande projecten 12, 24 en 36 maanden na landing werkelijk hebben,"
        " naast de banen die ze verwachtten. De kopcijfers blijven de verwachte nieuwe banen "
        "bij landing; deze cijfers staan ernaast."
    ),
    'fu_summary_title': 'Nazorg van de projecten geland in {year}',
    'fu_none_followed': 'Nog geen nazorg geladen voor projecten geland in {year}.',
    "fu_help_realised": (
        "De banen bij de laatste nazorg (hoogste aantal maanden) van elk project met nazorg: "
        "netto, een verlies is hierin al verwerkt."
    ),
    "fu_help_rate": (
        "Werkelijke banen gedeeld door de verwachte nieuwe banen van dezelfde projecten."
    ),
    'fu_help_lost': 'Per project het hoogste aantal banen bij een nazorg min het laatste.',
    'fu_help_gross': (
        'Per project het hoogste aantal banen bij een nazorg: werkelijke plus verloren banen.'
    ),
    "fu_summary_caption": (
        "{followed} van de {landed} projecten hebben nazorg; zij verwachtten samen {expected}"
        " nieuwe banen."
    ),
    "fu_by_title": (
        "Realisatie per jaar van landing, land, sector en soort project (alle jaren met "
        "nazorg)"
    ),
    'fu_by': 'Per',
    "fu_no_follow_ups": (
        "Nog geen nazorg geladen. Upload een Nazorg-bestand (per jaar) of voer hierboven een "
        "nazorgcijfer in."
    ),
    'fu_due_title': 'Nazorg die in {quarter} aan de beurt is',
    'fu_due_none': 'Geen nazorg aan de beurt in {quarter}.',
    "fu_due_caption": (
        "Een project dat op dag d landde is aan de beurt in de maand van d + 12, 24 en 36 "
        "maanden, zolang voor dat moment nog geen cijfer geladen is. Wie: de partner of het "
        "landenteam van het land."
    ),
    'fu_entry_title': 'Nazorgcijfer invoeren (coördinator)',
    'fu_entry_save': 'Nazorg opslaan',
    'fu_entry_saved': 'Nazorg voor {reference} na {months} maanden opgeslagen als upload {upload}.',
}
