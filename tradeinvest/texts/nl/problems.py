"""Dutch (the default language) texts: what an upload check finds (ingest's problems). Same keys as
the other language's `problems`."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "problem_label_error": "FOUT",
    "problem_label_warning": "Waarschuwing",
    "problem_where_sheet": "blad '{sheet}'",
    "problem_where_row": "rij {row}",
    "problem_where_column": "kolom '{column}'",
    "problem_value": " (waarde: {value!r})",
    "problem_rejected": "{errors} fout(en) gevonden; er is niets geladen.",
    "problem_more": "… en nog {more} {noun}",
    "problem_more_in_column": "waarschuwingen in deze kolom",
    "problem_more_times": "keer: {message}",
    "problem_kind_unknown_columns": "onbekende kolommen",
    "problem_as_said": "{text}",
    "problem_or": "{first} of {second}",
    "problem_none": "geen",
    "problem_col_severity": "Ernst",
    "problem_col_file": "Bestand",
    "problem_col_sheet": "Blad",
    "problem_col_row": "Rij",
    "problem_col_column": "Kolom",
    "problem_col_value": "Waarde",
    "problem_col_message": "Melding",
    "problem_severity_error": "fout",
    "problem_severity_warning": "waarschuwing",
    "problem_required_empty": "dit verplichte veld is leeg",
    "problem_date_tbd": (
        "de datum is nog niet bekend ('tbd'); vul een datum in of laat deze rij weg tot de "
        "datum vaststaat"
    ),
    "problem_date_outside_quarter": (
        "de datum valt buiten het gekozen kwartaal {quarter} ({start} t/m {end})"
    ),
    "problem_date_partly_outside": (
        "onnauwkeurige datum ({precision}) valt deels buiten {quarter}; opgeslagen als {stored}"
    ),
    "problem_duplicate": "dubbel: dezelfde {label} staat ook op rij {row}",
    "problem_kind_pillar_clash": (
        "soort project en pijler passen niet bij elkaar: een exportcontract hoort bij Trade, "
        "de andere soorten bij Invest"
    ),
    "problem_retention_new_jobs": (
        "een behoudproject met nieuwe banen: die tellen als nieuwe banen; is het eigenlijk een "
        "uitbreiding?"
    ),
    "problem_end_before_start": "de einddatum ligt voor de startdatum",
    "problem_unknown_mission": (
        "deze missie staat niet op het blad Missies en is ook niet eerder geüpload"
    ),
    "problem_off_focus": (
        "land {code} staat niet op de focuslijst van {year} ({rows} rij(en)); het telt wel mee"
    ),
    "problem_separator_read": (
        "tekst met scheidingstekens gelezen als het getal {number} (zonder duizendtallen, komma "
        "= decimaal); klopt dat niet, vul het getal dan in zonder punten"
    ),
    "problem_too_large": "het getal is te groot; controleer de waarde",
    "problem_too_large_jobs": (
        "het getal is te groot: meer dan {largest} banen in één rij kan niet kloppen; "
        "controleer de waarde (de grens staat bij Instellingen: {setting})"
    ),
    "problem_too_large_amount": (
        "het getal is te groot: meer dan {largest} euro in één rij kan niet kloppen; "
        "controleer de waarde"
    ),
    "problem_too_large_count": (
        "het getal is te groot: meer dan {largest} in één rij kan niet kloppen; controleer de "
        "waarde"
    ),
    "problem_text_too_long": "tekst is langer dan {limit} tekens",
    "problem_negative": "een negatief getal kan hier niet; vul 0 of meer in",
    "problem_not_a_number": (
        "geen getal; vul een getal in zoals 1234,5 (zonder woorden of eenheden)"
    ),
    "problem_number_not_bool": "verwacht een getal, geen ja/nee",
    "problem_number_not_date": "verwacht een getal, maar de cel is een datum of tijd",
    "problem_not_whole": "verwacht een geheel getal, zonder decimalen",
    "problem_date_unknown": "datum niet herkend; gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2024",
    "problem_no_such_date": "deze datum bestaat niet; controleer dag en maand (dd-mm-jjjj)",
    "problem_before_1900_03": (
        "datum vóór 1 maart 1900: Excel rekent die dagen verkeerd (het kent een 29-02-1900 die "
        "niet bestaat); vul de echte datum in, dd-mm-jjjj"
    ),
    "problem_year_unknown": "jaartal niet herkend; gebruik een jaar tussen 1900 en 2199",
    "problem_month_unknown": (
        "maand niet herkend; gebruik 1 tot en met 12 of de naam van de maand"
    ),
    "problem_season_unknown": (
        "seizoen niet herkend; schrijf bijvoorbeeld 'najaar 2018' of 'winter 2018/2019'"
    ),
    "problem_time_only": "alleen een tijd, geen datum; vul een datum in zoals 05-03-2024",
    "problem_unknown_country": (
        "onbekend land; gebruik de Nederlandse of Engelse naam of een ISO-code zoals DE"
    ),
    "problem_unknown_country_meant": (
        "onbekend land; bedoelde u {meant}? Gebruik anders de Nederlandse of Engelse naam of "
        "een ISO-code zoals DE"
    ),
    "problem_unknown_term": "onbekende waarde; kies uit: {labels}",
    "problem_unknown_term_meant": "onbekende waarde; bedoelde u {meant}? Of kies uit: {labels}",
    "problem_yes_no": "kies ja of nee",
    "problem_yes_no_meant": "kies ja of nee; bedoelde u {meant}?",
    "problem_company_no_letters": (
        "bedrijfsnaam zonder letters of cijfers; vul de naam van het bedrijf in"
    ),
    "problem_sheets_alike": (
        "meerdere bladen lijken '{sheet}' te zijn ({listed}); alleen '{first}' is gelezen"
    ),
    "problem_all_sheets_empty": "het bestand bevat geen gegevens (alle bladen zijn leeg)",
    "problem_later_sheet_missing": "blad '{sheet}' ontbreekt; er worden geen {what} gelezen",
    "problem_csv_no_header_for": (
        "in dit CSV-bestand is geen kopregel voor '{sheet}' gevonden; lever de bladen als .xlsx "
        "met een blad '{sheet}'"
    ),
    "problem_sheet_missing": (
        "blad '{sheet}' ontbreekt (gevonden bladen: {found}); geef het blad de naam '{sheet}'"
    ),
    "problem_sheet_unreadable": (
        "het blad kan niet worden gelezen; het bestand is mogelijk beschadigd. Open het in "
        "Excel en sla het opnieuw op als .xlsx"
    ),
    "problem_no_header": (
        "geen kopregel gevonden in {where}; verwacht een rij met de kolomnamen {expected}"
    ),
    "problem_in_first_rows": "de eerste {rows} rijen",
    "problem_in_the_sheet": "het blad",
    "problem_merged_header": (
        "samengevoegde cellen in de kopregel ({first}:{last}); maak de cellen los"
    ),
    "problem_no_data_rows": "geen gegevensrijen onder de kopregel",
    "problem_csv_row_too_wide": (
        "deze rij heeft {values} waarden maar de kopregel {columns} kolommen; staat er een "
        "scheidingsteken (bijvoorbeeld een komma in een bedrag) zonder aanhalingstekens?"
    ),
    "problem_csv_more_wide_rows": "nog {rows} rijen met te veel waarden",
    "problem_unknown_column": "kolom '{column}' wordt genegeerd (onbekende kolom)",
    "problem_header_ambiguous": (
        "kop '{header}' past bij meer dan één kolom ({names}); gebruik de precieze kolomnaam"
    ),
    "problem_column_twice": (
        "kolom '{column}' staat meer dan één keer in de kopregel: {where}; laat er één staan"
    ),
    "problem_header_at": "'{header}' (kolom {letter})",
    "problem_required_column_missing": (
        "verplichte kolom '{column}' ontbreekt (ook herkend: {also})"
    ),
    "problem_file_unreadable": (
        "het bestand kon niet worden gelezen ({error}); open het in Excel en sla het opnieuw op "
        "als .xlsx"
    ),
    "problem_file_empty": "het bestand is leeg (0 bytes)",
    "problem_file_too_big": (
        "het bestand is {size}; dat is groter dan {limit}, de grens voor een upload. Verwijder "
        "overbodige bladen of splits het bestand"
    ),
    "problem_password": (
        "het bestand is met een wachtwoord beveiligd; sla het op zonder wachtwoord"
    ),
    "problem_old_xls": "oud Excel-formaat (.xls); sla op als .xlsx",
    "problem_xlsb": "binair Excel-formaat (.xlsb); sla op als .xlsx",
    "problem_ods": "OpenDocument-rekenblad (.ods); sla op als .xlsx",
    "problem_not_spreadsheet": "dit is geen spreadsheet (.xlsx of .csv)",
    "problem_not_spreadsheet_but": "dit is geen spreadsheet (.xlsx of .csv), maar {what}",
    "problem_what_office": "een ander Office-bestand (bijvoorbeeld Word)",
    "problem_what_pdf": "een PDF-bestand",
    "problem_what_image": "een afbeelding ({format})",
    "problem_what_rtf": "een Word-document (RTF)",
    "problem_what_archive": "een gecomprimeerd bestand ({format})",
    "problem_what_word": "een Word-document",
    "problem_what_powerpoint": "een PowerPoint-bestand",
    "problem_what_zip": "een zip-bestand",
    "problem_what_html": "een webpagina (HTML); open het in Excel en sla op als .xlsx",
    "problem_what_xml": "een XML-bestand; open het in Excel en sla op als .xlsx",
    "problem_fake_xlsx": (
        "het bestand heet .{ext} maar is geen geldig Excel-bestand (beschadigd?); open het in "
        "Excel en sla het opnieuw op als .xlsx"
    ),
    "problem_zip_bomb": (
        "het bestand pakt uit tot {size}; dat is te groot of verdacht sterk gecomprimeerd "
        "(zip-bom). Open het in Excel, verwijder overbodige bladen en sla het opnieuw op"
    ),
    "problem_sheet_too_large": (
        "een blad loopt van A1 tot een cel zo ver weg dat het {cells} cellen beslaat (meer dan "
        "{limit}); meestal staat er één verdwaalde cel ver rechts of ver onderaan. Verwijder "
        "die in Excel (Ctrl+End toont de laatste cel) en sla het bestand opnieuw op"
    ),
    "problem_zip_damaged": (
        "het bestand is beschadigd (geen geldig .xlsx-bestand); open het in Excel en sla het "
        "opnieuw op als .xlsx"
    ),
    "problem_workbook_damaged": (
        "het bestand is beschadigd en kan niet worden gelezen; open het in Excel en sla het "
        "opnieuw op als .xlsx"
    ),
    "problem_csv_nul": (
        "het CSV-bestand bevat op regel {line} een NUL-teken (binaire gegevens); het is "
        "beschadigd of geen tekstbestand. Sla het in Excel opnieuw op als CSV of als .xlsx"
    ),
    "problem_csv_unreadable": (
        "het CSV-bestand kan niet worden gelezen ({reason}); sla het in Excel opnieuw op als "
        "CSV of als .xlsx"
    ),
    "problem_csv_cell_too_long": "een cel is langer dan {limit} tekens",
    "problem_calendar_no_country": (
        "land van '{event}' niet te bepalen uit de plaats {place}; het item staat zonder land "
        "op de kalender. Vul het land in op de pagina Kalender (of in de kolom Land)"
    ),
    "problem_place_empty": "(leeg)",
    "problem_calendar_other_year": (
        "de startdatum ligt niet in {year}, het jaar van deze kalender; het item staat wel op "
        "de kalender"
    ),
    "problem_period_hint": (
        "de meeste datums ({n} van {total}) vallen in {best}, niet in {quarter}: kies kwartaal "
        "{best} bij het uploaden (of controleer de datums)"
    ),
    "problem_unknown_kind": "onbekende soort '{kind}'; kies uit {kinds}",
    "problem_projects_empty": (
        "geen projecten in dit bestand: het kwartaal wordt geladen als uitdrukkelijk leeg "
        "(geen projecten dit kwartaal)"
    ),
    "problem_no_data": (
        "het bestand bevat geen gegevensrijen; er is niets te laden. Wilt u een eerdere upload "
        "intrekken, maak die dan ongedaan in de geschiedenis"
    ),
    # refusals of the loading service and the floor (typed-in values, periods, undo)
    "refusal_list": "{problems}",
    "refusal_opportunity_title": "geef de kans een naam",
    "refusal_score_range": "score {q} moet een geheel getal van 1 tot en met 5 zijn",
    "refusal_opportunity_kind": "onbekende soort kans '{kind}'",
    "refusal_decision": "besluit moet oppakken, afwijzen of nog open zijn",
    "refusal_country": "onbekend land '{country}'",
    "refusal_decision_of": "kans {id}: besluit moet take, decline of open zijn",
    "refusal_weight_negative": "gewicht {q} moet 0 of meer zijn",
    "refusal_weights_sum": "de gewichten samen moeten meer dan 0 zijn",
    "refusal_row_year": "rij {row}: jaar ontbreekt of is onmogelijk ({year})",
    "refusal_row_negative": "rij {row}: {column} moet 0 of meer zijn ({value})",
    "refusal_row_valid_until": "rij {row}: geldig t/m ({until}) ligt voor het jaar ({year})",
    "refusal_row_country_code": "rij {row}: onbekende landcode {code}",
    "refusal_row_trade": "rij {row}: trade moet yes, no, reactive of depends zijn",
    "refusal_duplicate_rows": "dubbele regels voor {keys}",
    "refusal_no_place": "dit item heeft geen plaats en geen naam; vul het land in het bestand in",
    "refusal_upload_unknown": "upload {id} bestaat niet",
    "refusal_upload_undone": "upload {id} is al ongedaan gemaakt",
    "refusal_period_years": (
        "periode '{text}' valt buiten de jaren {first}–{last}; kies een jaar van 2000 tot en met "
        "2100"
    ),
    "refusal_quarter_unread": "kwartaal '{text}' niet herkend; schrijf bijvoorbeeld 2024Q3",
    "refusal_year_unread": "jaar '{text}' niet herkend; schrijf bijvoorbeeld 2018",
    "refusal_quarter_number": "kwartaal moet 1 t/m 4 zijn, niet {value}",
    "refusal_quarter_year": "kwartaal {value} hoort niet bij jaar {year}",
    "refusal_period_unread": (
        "periode '{text}' niet herkend; schrijf bijvoorbeeld 2024Q3 (een kwartaal) of 2018 (een "
        "jaar)"
    ),
    # saved column mappings
    "refusal_mapping_name_empty": "geef de koppeling een naam",
    "refusal_mapping_unknown": "er is geen opgeslagen koppeling met de naam '{name}'",
    "refusal_mapping_name_taken": (
        "er is al een opgeslagen koppeling met de naam '{name}'; kies een andere naam"
    ),
    "refusal_mapping_other_kind": (
        "de opgeslagen koppeling '{name}' hoort bij een ander soort bestand ({kind})"
    ),
    "refusal_mapping_field_twice": (
        "de kolommen {headers} zijn allebei aan '{field}' gekoppeld; koppel er één"
    ),
    "refusal_mapping_sheet_unknown": "de kolomindeling noemt een onbekend blad '{sheet}'",
    "refusal_mapping_field_named": (
        "'{field}' is geen veld van dit soort bestand; velden: {fields}"
    ),
    "refusal_mapping_header_missing": (
        "het bestand heeft geen kolom '{header}'; kolommen: {headers}"
    ),
    # sheets by content and applying a column mapping
    "refusal_mapping_unread": "de kolomindeling kon niet worden gelezen",
    "problem_sheet_choose": (
        "meerdere bladen kunnen '{sheet}' zijn ({listed}); kies welk blad gelezen moet worden"
    ),
    "problem_sheet_other_period": (
        "blad '{found}' lijkt over {named} te gaan, niet over {period}; het wordt niet gelezen "
        "tenzij u het kiest"
    ),
    "problem_mapping_sheet_missing": (
        "de kolomindeling leest blad '{found}', maar dat blad staat niet in het bestand (bladen: "
        "{listed})"
    ),
    "problem_mapping_field_twice": "'{column}' komt uit meer dan één bron: {where}",
    "problem_mapping_unknown_field": "de kolomindeling noemt een onbekend veld '{field}'",
    "problem_mapping_not_derivable": "'{column}' kan niet worden afgeleid; koppel een kolom",
    "problem_source_header": "kolom '{header}'",
    "problem_source_constant": "één waarde '{value}' voor het hele bestand",
    "problem_source_derived": "afgeleid",
    # several themes in one cell
    "problem_one_theme_only": (
        "een project heeft één thema; deze cel noemt er meer ({themes}); kies er één"
    ),
    "problem_unknown_theme_in_list": "'{word}' is geen thema; kies uit: {labels}",
    "problem_unknown_theme_in_list_meant": (
        "'{word}' is geen thema; bedoelde u {meant}? Of kies uit: {labels}"
    ),
    # values as typed
    "problem_number_estimate": (
        "gelezen als het getal {number} (een schatting of eenheid bij het getal weggelaten); "
        "klopt dat niet, vul dan alleen het getal in"
    ),
    "problem_number_range": (
        "een bereik (zoals 10-15) kan niet worden opgeteld; vul één getal in, bijvoorbeeld "
        "het verwachte aantal"
    ),
    "problem_unit_scaled": (
        "de kop '{header}' noemt een eenheid: de bedragen in deze kolom zijn vermenigvuldigd "
        "met {factor} en in euro opgeslagen"
    ),
    "problem_totals_row_word": (
        "totaalregel overgeslagen: deze rij telt niet mee als regel; het totaal is vergeleken "
        "met de som van de regels erboven"
    ),
    "problem_totals_row_formula": (
        "regel met SOM-formules overgeslagen als totaalregel: deze rij telt niet mee; het "
        "totaal is vergeleken met de som van de regels erboven"
    ),
    "problem_total_differs": (
        "het totaal in het bestand ({total}) wijkt af van de som van de ingelezen regels "
        "({sum}); ontbreekt er een regel of klopt de formule niet?"
    ),
    # the pipeline kind's rules (ingest/pipeline_rules.py)
    "problem_pipeline_lost_reason": (
        "een verloren kans heeft een reden nodig: vul 'Reden verloren' in"
    ),
    "problem_pipeline_won_project": (
        "een gewonnen kans noemt het project dat ze werd: vul 'Projectreferentie' in"
    ),
    "problem_pipeline_lost_detail": (
        "reden of land van verlies ingevuld, maar de kans staat niet op Verloren; "
        "dat telt pas als de fase Verloren is"
    ),
    "problem_pipeline_project_not_won": (
        "projectreferentie ingevuld, maar de kans staat niet op Gewonnen; "
        "ze telt pas als gewonnen als de fase Gewonnen is"
    ),
    # confirmation and contribution
    "refusal_confirmation_project": "geen project met referentie '{reference}'",
    "refusal_confirmation_status": (
        "onbekende status '{value}' (niet gevraagd, gevraagd, bevestigd of betwist)"
    ),
    "refusal_confirmation_band": (
        "onbekend antwoord '{value}' op de vraag welk deel het bedrijf zonder hulp ook had "
        "gerealiseerd"
    ),
    "refusal_confirmation_asked_on": (
        "project '{reference}': geef de datum waarop de bevestiging is gevraagd"
    ),
    "refusal_confirmation_unanswered": (
        "project '{reference}': antwoorden horen bij een bevestigd of betwist project"
    ),
    # the evidence checklist (Bewijs column, Settings)
    "problem_evidence_unknown": (
        "geen onderdeel van de bewijslijst en telt niet als bewijs (de tekst blijft "
        "bewaard); kies uit: {labels}"
    ),
    "problem_evidence_unknown_meant": (
        "geen onderdeel van de bewijslijst en telt niet als bewijs (de tekst blijft "
        "bewaard); bedoelde u {meant}? Of kies uit: {labels}"
    ),
    "refusal_evidence_row": "rij {row}: code, Nederlandse en Engelse naam zijn verplicht",
    "refusal_evidence_clash": "'{name}' hoort bij meer dan één onderdeel ({codes})",
    # follow-up (Nazorg)
    'problem_follow_up_months': 'nazorg is alleen na 12, 24 of 36 maanden; vul een van die drie in',
    "problem_follow_up_unknown_project": (
        "geen geüpload project met deze referentie; upload eerst het project of verbeter de "
        "referentie"
    ),
}
