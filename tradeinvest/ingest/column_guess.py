"""Suggest, for each column of a sheet kept the coordinator's own way, the field of the spec it
holds: by its header (rapidfuzz against the field's name, Dutch and English labels and
synonyms) and by its content (`column_content`: countries, dates, numbers, vocabulary terms).

Content wins over a header that misleads ("Land" above dates is a date column) and names a
column whose header says nothing ("Info" above country names is the country). Each field goes
to one column at most: every (column, field) pair is scored, and the best pair of the whole
sheet is taken first. A sheet's `fit` ranks the candidate sheets of a file for a spec. Pure:
layouts in, suggestions out; nothing is loaded until the coordinator confirms.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from tradeinvest.ingest import schema
from tradeinvest.ingest.cell_values import shown
from tradeinvest.ingest.column_content import CLEAR, Profile, profile, vocabulary
from tradeinvest.ingest.header_row import column_letter, header_key
from tradeinvest.ingest.layout import SAMPLE_ROWS, SheetLayout
from tradeinvest.ingest.mapping import DERIVABLE, Mapping, SheetMapping
from tradeinvest.ingest.schema import Column, SheetSpec
from tradeinvest.quoting import shorten
from tradeinvest.text_keys import is_blank, normalise_header
from tradeinvest.texts.phrases import Phrase, Words

MIN_SCORE = 70.0      # a pair scoring less is not suggested
QUALIFY = 40.0        # a sheet fits a spec from this fit on
RIVAL_MARGIN = 5.0    # ... unless another spec of the kind fits it this much better
SHOWN_SAMPLES = 5
# Little words that say nothing about a field ("Land van herkomst" is not "van" = from).
_STOP = frozenset({"van", "de", "het", "een", "of", "en", "the", "and", "to", "from", "tot",
                   "in", "op", "per", "via", "door", "by", "for", "voor", "met", "with", "a",
                   "an", "der"})
_JOB_WORDS = ("banen", "baan", "jobs", "job", "fte", "arbeidsplaatsen", "werkgelegenheid",
              "werknemers", "employees")
_NOTE_WORDS = ("opmerking", "toelichting", "notitie", "note", "remark", "comment",
               "commentaar", "bijzonderhed", "memo", "aantekening")


@dataclass(frozen=True)
class Guess:
    """One column of the file with a sample of its values and the field suggested for it."""

    header: str
    letter: str
    samples: tuple[str, ...]   # at most SHOWN_SAMPLES values as text
    field: str | None          # suggested field; None = ignore (or keep as a note)
    reason: Phrase             # why, in the coordinator's words
    score: float               # 0..100


@dataclass(frozen=True)
class SheetGuess:
    """A sheet of the file read as one spec: a guess per column, what is missing, the fit."""

    spec: str
    layout: SheetLayout
    columns: tuple[Guess, ...]
    missing: tuple[str, ...]   # required fields no column is suggested for (nor derivable)
    fit: float                 # 0..100


@dataclass(frozen=True)
class _Pair:
    score: float
    column: int
    order: int                 # the field's place in the spec (earlier wins a tie)
    field: str
    reason: Phrase
    head: float                # the header's own score, before its values are weighed


def guess_sheets(kind: str, layouts: list[SheetLayout]) -> dict[str, list[SheetGuess]]:
    """Per spec of `kind`: the sheets that qualify for it, best fit first (a sheet naming
    another period after an equal one that does not, then in file order)."""
    specs = schema.KINDS[kind]
    terms = {t for spec in specs for c in spec.columns if (t := vocabulary(c)) is not None}
    profiles = [[profile(_values(layout, j), terms) for j in range(len(layout.headers))]
                for layout in layouts]
    guesses = {spec.name: [_guess_sheet(spec, layout, profs)
                           for layout, profs in zip(layouts, profiles, strict=True)]
               for spec in specs}
    result: dict[str, list[SheetGuess]] = {}
    for spec in specs:
        qualified = []
        for i, guess in enumerate(guesses[spec.name]):
            rivals = [guesses[other.name][i].fit for other in specs if other is not spec]
            if _qualifies(guess, rivals):
                qualified.append((-guess.fit, guess.layout.period is not None, i, guess))
        result[spec.name] = [g for *_, g in sorted(qualified, key=lambda q: q[:3])]
    return result


def suggested_mapping(kind: str, chosen: dict[str, SheetGuess]) -> Mapping:
    """The mapping the guesses propose: a column per suggested field, note columns kept as
    notes, and the required fields no column gives derived where a rule allows."""
    sheets: dict[str, SheetMapping] = {}
    for spec in schema.KINDS[kind]:
        guess = chosen.get(spec.name)
        if guess is None:
            continue
        columns = {g.header: g.field for g in guess.columns if g.field is not None}
        given = set(columns.values())
        derived = frozenset(c.name for c in spec.columns if c.required
                            and c.name not in given and (spec.name, c.name) in DERIVABLE)
        notes = tuple(g.header for g in guess.columns if g.reason.key == "guess_note")
        sheets[spec.name] = SheetMapping(sheet=guess.layout.sheet, columns=columns,
                                         derived=derived, notes=notes)
    return Mapping(sheets=sheets)


def _qualifies(guess: SheetGuess, rivals: list[float]) -> bool:
    """Enough recognised to be this spec's sheet, and not clearly another spec's."""
    found = sum(1 for g in guess.columns if g.field is not None)
    return found >= 2 and guess.fit >= QUALIFY \
        and all(guess.fit >= r - RIVAL_MARGIN for r in rivals)


def _guess_sheet(spec: SheetSpec, layout: SheetLayout, profiles: list[Profile]) -> SheetGuess:
    """Every column scored against every field, the best pairs taken first."""
    pairs: list[_Pair] = []
    for j, header in enumerate(layout.headers):
        if header_key(header):
            pairs += _pairs(spec, j, header, profiles[j])
    chosen: dict[int, _Pair] = {}
    owner: dict[str, int] = {}
    for pair in sorted(pairs, key=lambda p: (-p.score, p.column, p.order)):
        if pair.score < MIN_SCORE:
            break
        if pair.column not in chosen and pair.field not in owner:
            chosen[pair.column] = pair
            owner[pair.field] = pair.column
    columns = tuple(_column(spec, layout, j, chosen.get(j), pairs, owner)
                    for j in range(len(layout.headers)))
    given = set(owner)
    missing = tuple(c.name for c in spec.columns if c.required and c.name not in given
                    and (spec.name, c.name) not in DERIVABLE)
    return SheetGuess(spec.name, layout, columns, missing, _fit(spec, layout.sheet, chosen))


def _column(spec: SheetSpec, layout: SheetLayout, j: int, pair: _Pair | None,
            pairs: list[_Pair], owner: dict[str, int]) -> Guess:
    """The guess shown for column `j`: its field, else why it has none."""
    header = layout.headers[j]
    values = [v for v in _values(layout, j) if not is_blank(v)]
    samples = tuple(shorten(shown(v), 40) for v in values[:SHOWN_SAMPLES])
    letter = column_letter(j)
    if pair is not None:
        return Guess(header, letter, samples, pair.field, pair.reason, round(pair.score, 1))
    if not header_key(header):
        return Guess(header, letter, samples, None, Phrase("guess_blank_header"), 0.0)
    if _is_note(header):
        return Guess(header, letter, samples, None, Phrase("guess_note"), 0.0)
    lost = [p for p in pairs if p.column == j and p.score >= MIN_SCORE]
    if lost:
        best = max(lost, key=lambda p: p.score)
        col = spec.column(best.field)
        return Guess(header, letter, samples, None, Phrase("guess_taken", {
            "label": Words(col.nl, col.en), "letter": column_letter(owner[best.field])}),
            round(best.score, 1))
    named = [p for p in pairs if p.column == j and p.head >= MIN_SCORE]
    if named:
        col = spec.column(max(named, key=lambda p: p.head).field)
        return Guess(header, letter, samples, None, Phrase("guess_values_do_not_fit", {
            "label": Words(col.nl, col.en)}), 0.0)
    return Guess(header, letter, samples, None, Phrase("guess_nothing"), 0.0)


def _values(layout: SheetLayout, j: int) -> tuple[object, ...]:
    """Column `j`'s sampled values: never more than SAMPLE_ROWS, whatever a layout holds."""
    return layout.samples[j][:SAMPLE_ROWS] if j < len(layout.samples) else ()


def _pairs(spec: SheetSpec, j: int, header: str, prof: Profile) -> list[_Pair]:
    """Column `j` scored against each field of the spec, with the reason of each score."""
    heads = {col.name: header_score(header, col) for col in spec.columns}
    top = max(spec.columns, key=lambda c: heads[c.name])
    misleading = Words(top.nl, top.en) if heads[top.name] >= MIN_SCORE else None
    pairs = []
    for order, col in enumerate(spec.columns):
        share = prof.share(col)
        head = heads[col.name]
        if share is not None and share < 0.5 and prof.clear():
            head *= 0.4 + share   # the values are clearly something else than the header says
        content = _content_score(spec, col, prof, share)
        jobs = _jobs_score(spec, col, header, prof)
        said = _header_phrase(heads[col.name], Words(col.nl, col.en))
        if content and head >= MIN_SCORE:
            score = min(100.0, max(head, content) + 5)
            reason = Phrase("guess_header_and_content", {"head": said, "what": _what(col)})
        elif content > head:
            score, reason = content, _what(col)
            if top is not col and misleading:
                reason = Phrase("guess_content_over_header", {"what": reason,
                                                              "label": misleading})
        else:
            score, reason = head, said
        if jobs > score:
            score, reason = jobs, Phrase("guess_jobs")
        pairs.append(_Pair(score, j, order, col.name, reason, heads[col.name]))
    return pairs


def _content_score(spec: SheetSpec, col: Column, prof: Profile, share: float | None) -> float:
    """What the values alone say for `col` (0 unless they are clearly countries, dates or
    terms of its list). Where the spec has several fields of one kind (start and end date,
    two yes/no columns), the first of them (or the quarter's date) goes first."""
    if share is None or share < CLEAR or (col.type not in ("country", "date")
                                          and vocabulary(col) is None):
        return 0.0
    alike = [c for c in spec.columns if c.type == col.type and c.choices is col.choices]
    score = 50 + 40 * share - (10 if len(alike) > 1 else 0)
    if col.name == spec.quarter_date or col is alike[0]:
        score += 4
    return min(95.0, score + (2 if col.required else 0))


def _jobs_score(spec: SheetSpec, col: Column, header: str, prof: Profile) -> float:
    """Whole numbers beside a header that speaks of jobs are the spec's (first) jobs field."""
    jobs = [c for c in spec.columns if c.limit == "jobs"]
    if not jobs or col is not jobs[0] or prof.filled == 0 or prof.whole < 0.8:
        return 0.0
    key = header_key(header)
    return 88.0 if any(word in key for word in _JOB_WORDS) else 0.0


def _what(col: Column) -> Phrase:
    """What the values are, as said in a reason."""
    if col.type == "country":
        return Phrase("guess_values_countries")
    if col.type == "date":
        return Phrase("guess_values_dates")
    return Phrase("guess_values_terms", {"label": Words(col.nl, col.en)})


def _header_phrase(score: float, label: Words) -> Phrase:
    """The header is the field's label, a synonym of it, or like one (see header_score)."""
    key = {100.0: "guess_header_same", 97.0: "guess_header_known"}.get(score,
                                                                     "guess_header_like")
    return Phrase(key, {"label": label})


def header_score(header: str, col: Column) -> float:
    """How much `header` looks like one of the column's labels (0..100): 100 the name or a
    label, 97 a synonym, ~90 all words of a label in the header ("Aantal banen (3 jaar)" has
    "banen"), 80-95 a typo (rapidfuzz ratio), 80 a label inside a compound word."""
    key = header_key(header)
    words = _words(header)
    best = 0.0
    for tier, lkey, lwords in _labels(col):
        if lkey == key:
            return 100.0 if tier == 0 else 97.0
        score = 0.0
        if min(len(key), len(lkey)) >= 4:
            ratio = fuzz.ratio(key, lkey)
            score = ratio * 0.95 if ratio >= 80 else 0.0
        if lwords and lwords <= words:
            score = max(score, 90.0 - 2 * tier)
        elif words and words <= lwords:
            score = max(score, 85.0 - 2 * tier)
        elif len(lkey) >= 5 and lkey in key:
            score = max(score, 80.0)
        best = max(best, score)
    return best


@lru_cache(maxsize=512)
def _labels(col: Column) -> tuple[tuple[int, str, frozenset[str]], ...]:
    """(tier, key, words) of each label: tier 0 the name and labels, 1 a synonym."""
    labels = [(0, col.name), (0, col.nl), (0, col.en), *((1, s) for s in col.synonyms)]
    return tuple((tier, header_key(text), _words(text)) for tier, text in labels
                 if header_key(text))


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in normalise_header(text).split() if w not in _STOP)


def _is_note(header: str) -> bool:
    """A header of remarks ("Opmerkingen", "Notes"): kept as a note on the row."""
    return any(word.startswith(_NOTE_WORDS) for word in normalise_header(header).split())


def _fit(spec: SheetSpec, sheet: str, chosen: dict[int, _Pair]) -> float:
    """How well a sheet fits a spec: the scores of its required fields (a derivable one
    counts 70, a missing one 0), plus up to 10 when the sheet's name names the spec."""
    scores = {p.field: p.score for p in chosen.values()}
    required = [c.name for c in spec.columns if c.required] or [c.name for c in spec.columns]
    got = sum(scores.get(name, 70.0 if (spec.name, name) in DERIVABLE else 0.0)
              for name in required)
    words = set(normalise_header(sheet).split()) | {header_key(sheet)}
    names = {header_key(n) for n in (spec.name, spec.sheet_nl, *spec.sheet_names)}
    return round(90 * got / (100 * len(required)) + (10 if words & names else 0), 1)
