"""Property: whatever is in the cells, a load either adds exactly one complete upload or nothing.

Hypothesis builds sheets from mostly-valid rows with hostile cells mixed in (text in any script,
huge integers, NaN and infinity, dates outside any sane range, formulas, zero-width spaces),
random header subsets and orders, unknown columns, title rows and blank rows; writes them as
real .xlsx (openpyxl) or CSV bytes; and feeds them to `uploads.load_upload` on a real DuckDB
file. The only exception allowed is UploadRejected, after which the database is unchanged.
A load must store exactly the non-blank rows under the header: no row lost, none invented.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math

import openpyxl
from conftest import db_snapshot
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from tradeinvest.loading import uploads
from tradeinvest.loading.check import UploadRejected

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow, HealthCheck.data_too_large])
Q3 = (dt.date(2024, 7, 1), dt.date(2024, 9, 30))

HOSTILE = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31)),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
    st.booleans(),
    st.sampled_from(["", " ", "\u200b", "tbd", "31-02-2024", "=1+1", '=HYPERLINK("x")',
                     "NaN", "inf", "-0", "1.234,5", "12,5", "€ 12.000,-", "1e309", "9" * 400,
                     "Verenigd Koninkrijk", "ＤＥ", "𝔄𝔠𝔪𝔢", "x" * 600, "\t", "a\nb", "'"]),
)


def _in_q3(day: int) -> dt.date:
    return Q3[0] + dt.timedelta(days=day)


PROJECT_VALID: dict[str, st.SearchStrategy[object]] = {
    "Bedrijf": st.sampled_from(["Acme B.V.", "Müller GmbH", "株式会社テスト", "O'Brien & Zn.",
                                "=HYPERLINK(1)"[1:]]),
    "Pijler": st.sampled_from(["Invest", "invest", " INVEST "]),
    "Soort project": st.sampled_from(["Nieuwe vestiging", "Uitbreiding", "expansion",
                                      "Overname", "Behoud"]),
    "Land": st.sampled_from(["Duitsland", "DE", "DEU", "Verenigde Staten", "Japan",
                             "Frankrijk", "Hongkong", "UK"]),
    "Sector": st.sampled_from(["ICT", "LSH", "Gaming", "life sciences"]),
    "Datum gerealiseerd": st.integers(0, 91).flatmap(lambda d: st.sampled_from([
        _in_q3(d), dt.datetime.combine(_in_q3(d), dt.time(9, 30)), f"{_in_q3(d):%d-%m-%Y}",
        _in_q3(d).isoformat()])),
    "Nieuwe directe banen": st.one_of(st.integers(0, 500), st.sampled_from(["12,5", 3.5])),
    "Behouden banen": st.one_of(st.none(), st.integers(0, 50)),
    "Investering (EUR)": st.sampled_from([None, "€ 1.250.000", 2_000_000, "1,5"]),
    "Gemeente": st.sampled_from([None, "Utrecht", "Amersfoort", "Nieuwegein"]),
    "Partner": st.sampled_from([None, "IU", "UCIB", "abt"]),
    "Met NFIA": st.sampled_from([None, "ja", "nee", True, 0]),
}
PROJECT_REQUIRED = ["Projectreferentie", "Bedrijf", "Pijler", "Soort project", "Land", "Sector",
                    "Datum gerealiseerd", "Nieuwe directe banen"]


def _blank_when_read(value: object, fmt: str) -> bool:
    """Whether the reader will see an empty cell (openpyxl drops NaN and infinity, and writes a
    leading '=' as a formula without a cached value)."""
    if value is None:
        return True
    if fmt == "xlsx" and isinstance(value, float) and not math.isfinite(value):
        return True
    if isinstance(value, str):
        return (fmt == "xlsx" and value.startswith("=")) or not value or value.isspace()
    return False


def _for_xlsx(value: object) -> object:
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def _for_csv(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d-%m-%Y") if value.year >= 1000 else value.isoformat()
    return str(value)


@st.composite
def sheets(draw: st.DrawFn) -> tuple[str, bytes, int]:
    """(file name, bytes, number of data rows the reader sees as not blank)."""
    fmt = draw(st.sampled_from(["xlsx", "csv"]))
    # Draws are arranged so that small values mean valid: Hypothesis starts small and shrinks
    # towards small, so the examples load often and a failure shrinks to the one bad thing.
    header = [h for h in PROJECT_REQUIRED if draw(st.integers(0, 29)) < 29]  # ~3 % left out
    header += [h for h in PROJECT_VALID if h not in header and not draw(st.booleans())]
    header += draw(st.lists(st.sampled_from(["Opmerking", "Notitie", "Kolom1", "ÿ"]),
                            max_size=2, unique=True))
    header = draw(st.permutations(header))
    hostile_pct = draw(st.sampled_from([0, 0, 3, 30]))
    rows: list[list[object]] = []
    for i in range(draw(st.integers(1, 12))):
        if draw(st.integers(0, 9)) == 9:
            rows.append([None] * len(header))  # a blank row inside the data
            continue
        row: list[object] = []
        for h in header:
            if draw(st.integers(0, 99)) >= 100 - hostile_pct:
                row.append(draw(HOSTILE))
            elif h == "Projectreferentie":
                row.append(f"P-{i}")
            else:
                row.append(draw(PROJECT_VALID.get(h, st.sampled_from([None, "vrije tekst"]))))
        rows.append(row)
    title = [["Projecten Q3 2024"], []] if draw(st.booleans()) else []
    if fmt == "xlsx":
        rows = [[_for_xlsx(v) for v in r] for r in rows]
    expected = sum(1 for r in rows if not all(_blank_when_read(v, fmt) for v in r))

    if fmt == "xlsx":
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = draw(st.sampled_from(["Projecten", "Blad1", "projects"]))
        for r in [*title, header, *rows]:
            ws.append(r)
        buf = io.BytesIO()
        wb.save(buf)
        return "p.xlsx", buf.getvalue(), expected
    out = io.StringIO()
    writer = csv.writer(out, delimiter=draw(st.sampled_from([";", ","])), lineterminator="\r\n")
    writer.writerows([[_for_csv(v) for v in r] for r in [*title, header, *rows]])
    text = out.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    return "p.csv", data, expected


_TRACE_TABLES = ("upload_origins", "upload_raw_values")


def _assert_one_upload_added(before: dict, after: dict, result: uploads.LoadResult,
                             fact_tables: tuple[str, ...]) -> None:
    """After = before + one upload row, its span, one audit line and exactly its fact rows."""
    new_uploads = [r for r in after["uploads"] if r not in before["uploads"]]
    assert len(after["uploads"]) == len(before["uploads"]) + 1
    assert [(r[0], r[5]) for r in new_uploads] == [(result.upload_id, result.rows)]
    assert len(after["audit_log"]) == len(before["audit_log"]) + 1
    assert [r[0] for r in after["upload_spans"] if r[2] is None].count(result.upload_id) == 1
    stored = 0
    for table in fact_tables:
        added = [r for r in after[table] if r[0] == result.upload_id]
        assert sorted(after[table], key=repr) == sorted(before[table] + added, key=repr)
        assert len({r[1] for r in added}) == len(added)  # one row per source row
        stored += len(added)
    assert stored == result.rows
    for table in _TRACE_TABLES:  # where each value came from: only rows of this upload
        added = [r for r in after[table] if r[0] == result.upload_id]
        assert sorted(after[table], key=repr) == sorted(before[table] + added, key=repr)
    untouched = set(before) - {"uploads", "upload_spans", "audit_log", *fact_tables,
                               *_TRACE_TABLES}
    assert all(after[t] == before[t] for t in untouched)


@SETTINGS
@given(sheet=sheets())
def test_any_projects_file_loads_completely_or_changes_nothing(con, sheet) -> None:
    name, data, expected_rows = sheet
    before = db_snapshot(con)
    try:
        result = uploads.load_upload(con, data, name, "projects", "2024Q3", "hypothesis")
    except UploadRejected as exc:
        assert any(p.severity == "error" for p in exc.problems)
        assert db_snapshot(con) == before
        event("refused")
        return
    event(f"loaded ({name[-4:]})")
    assert result.rows == expected_rows  # no row lost, none invented
    _assert_one_upload_added(before, db_snapshot(con), result, ("projects",))


MISSION_HEADER = ["Missiereferentie", "Naam", "Soort", "Pijler", "Land", "Startdatum",
                  "Einddatum", "Deelnemende bedrijven"]
LEAD_HEADER = ["Missiereferentie", "Bedrijf", "Land", "Sector", "Pijler", "Status",
               "Verwachte banen"]
def _pick(bad: bool, valid: list[object], hostile: list[object]) -> st.SearchStrategy[object]:
    return st.sampled_from(valid + hostile if bad else valid)


@st.composite
def mission_workbooks(draw: st.DrawFn) -> bytes:
    """Missies and Leads; in 'bad' workbooks any cell may be wrong (unknown kind or country,
    dates outside the quarter, counts too big for INTEGER, leads for missions not there)."""
    bad = draw(st.booleans())
    count = (st.one_of(st.integers(0, 40), st.integers(-5, 10**12), st.sampled_from(["2,5"]))
             if bad else st.integers(0, 40))
    jobs = (st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True),
                      st.integers(-3, 10**20)) if bad else st.one_of(st.none(), st.integers(0, 99)))
    n_missions = draw(st.integers(1, 5))
    missions = [[f"M-{i}", draw(_pick(bad, ["BIO", "MWC"], ["", "x" * 501])),
                 draw(_pick(bad, ["Beurs", "uitgaande missie", "Evenement"], ["?"])),
                 draw(_pick(bad, ["Invest", "Trade", "beide"], ["geen"])),
                 draw(_pick(bad, ["VS", "Japan"], ["Atlantis"])),
                 _in_q3(draw(st.integers(-5 if bad else 0, 91))),
                 draw(st.one_of(st.none(), st.builds(_in_q3, st.integers(-5 if bad else 91, 95)))),
                 draw(count)]
                for i in range(n_missions)]
    leads = [[f"M-{draw(st.integers(0, n_missions + (2 if bad else -1)))}",
              draw(st.text(min_size=1, max_size=10) if bad else st.sampled_from(["Genmab", "Ü"])),
              draw(_pick(bad, ["DE", "VS", "Taiwan"], ["ZZ"])), "ICT", "Invest",
              draw(_pick(bad, ["Nieuw", "gewonnen", "verloren"], ["misschien"])),
              draw(jobs)]
             for _ in range(draw(st.integers(0, 6)))]
    wb = openpyxl.Workbook()
    wb.active.title = "Missies"
    for r in [MISSION_HEADER, *missions]:
        wb.active.append([_for_xlsx(v) for v in r])
    ws = wb.create_sheet("Leads")
    for r in [LEAD_HEADER, *leads]:
        ws.append([_for_xlsx(v) for v in r])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@SETTINGS
@given(data=mission_workbooks())
def test_any_missions_workbook_loads_completely_or_changes_nothing(con, data: bytes) -> None:
    before = db_snapshot(con)
    try:
        result = uploads.load_upload(con, data, "m.xlsx", "missions", "2024Q3", "hypothesis")
    except UploadRejected:
        assert db_snapshot(con) == before
        event("refused")
        return
    event("loaded")
    _assert_one_upload_added(before, db_snapshot(con), result, ("missions", "leads"))
