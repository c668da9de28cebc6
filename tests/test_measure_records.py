"""Traceability: the rows listed behind a figure add up to it and name their file and row."""

import datetime as dt

import pandas as pd
from conftest import project_row, projects_xlsx

from tradeinvest.loading import uploads
from tradeinvest.measure import Filters, progress
from tradeinvest.measure.records import project_records


def test_project_records_add_up_to_the_headline_and_name_their_source(con):
    uploads.load_upload(con, projects_xlsx(project_row("P-1", jobs=40),
                                           project_row("P-2", jobs=12, country="Japan")),
                        "q3.xlsx", "projects", "2024Q3", "c")
    rows = project_records(con, Filters(year=2024))
    assert rows["new_jobs"].sum() == progress(con, 2024).new_jobs == 52
    first = rows[rows["reference"] == "P-2"].iloc[0]
    assert (first.file_name, first.quarter, first.source_row) == ("q3.xlsx", "2024Q3", 3)
    assert pd.Timestamp(first.d).date() == dt.date(2024, 8, 15)
    assert project_records(con, Filters(year=2024, country="JP"))["reference"].tolist() == ["P-2"]


def test_lead_records_list_one_missions_leads_with_their_rows(con):
    from conftest import make_xlsx

    from tradeinvest.measure.records import lead_records

    header_m = ["Missiereferentie", "Naam", "Soort", "Pijler", "Land", "Startdatum",
                "Deelnemende bedrijven"]
    header_l = ["Missiereferentie", "Bedrijf", "Land", "Sector", "Pijler", "Status"]
    data = make_xlsx({
        "Missies": [header_m, ["M-1", "BIO", "Beurs", "Invest", "VS", "03-06-2024", 9],
                    ["M-2", "Gamescom", "Beurs", "Trade", "DE", "20-06-2024", 5]],
        "Leads": [header_l, ["M-1", "Genmab", "VS", "LSH", "Invest", "Nieuw"],
                  ["M-2", "Ubisoft", "FR", "Gaming", "Trade", "gewonnen"],
                  ["m-1", "Biogen", "VS", "LSH", "Invest", "verloren"]]})
    uploads.load_upload(con, data, "m.xlsx", "missions", "2024Q2", "c")
    leads = lead_records(con, "M-1")
    assert leads["company"].tolist() == ["Biogen", "Genmab"]
    assert leads["source_row"].tolist() == [4, 2]  # "m-1" is the same mission as "M-1"
    assert set(lead_records(con)["company"]) == {"Genmab", "Ubisoft", "Biogen"}
