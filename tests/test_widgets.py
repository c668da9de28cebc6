import pandas as pd

from tradeinvest.reporting.csv_export import to_csv


def test_chart_and_table_downloads_keep_formula_like_text_inert():
    text = to_csv(pd.DataFrame({"company": ['=HYPERLINK("http://x","y")'], "jobs": [12]}))
    body = text.decode("utf-8-sig").splitlines()
    assert body[0] == "Bedrijf;jobs"
    assert body[1].startswith("'=HYPERLINK") or body[1].startswith("\"'=HYPERLINK")
    assert body[1].endswith(";12")
