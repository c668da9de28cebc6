"""Texts not yet in a language: a catalogue key with its fields (`Phrase`), a name given in
both languages (`Words`), and a refusal that says why as a phrase (`Refusal`). Floor one: the
upload checks (ingest) and the floor's own parsers (countries, company keys) word their
refusals with these, and the page renders them in the reader's language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tradeinvest.texts import t


def render(value: object, lang: str) -> object:
    """A field as shown in `lang`: a `Phrase` or `Words` in that language, a list joined by
    commas, anything else as it is."""
    if isinstance(value, Phrase | Words | Several):
        return value.text(lang)
    if isinstance(value, list | tuple):
        return ", ".join(str(render(v, lang)) for v in value)
    return value


@dataclass(frozen=True)
class Phrase:
    """A catalogue text with its fields, not yet in a language; fields may be phrases too."""

    key: str
    fields: Mapping[str, object] = field(default_factory=dict, hash=False)

    def text(self, lang: str = "nl") -> str:
        return t(self.key, lang, **{k: render(v, lang) for k, v in self.fields.items()})

    @classmethod
    def of(cls, exc: Exception) -> Phrase:
        """What a refusal says; another error's own (Dutch) text as it is."""
        if isinstance(exc, Refusal):
            return exc.phrase
        return cls("problem_as_said", {"text": str(exc)})


@dataclass(frozen=True)
class Words:
    """A name that the schema or a vocabulary gives in both languages (a column, a term)."""

    nl: str
    en: str

    def text(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True)
class Several:
    """Every problem of one edit said at once, joined by semicolons, each in the language."""

    phrases: tuple[Phrase, ...]

    def text(self, lang: str = "nl") -> str:
        return "; ".join(p.text(lang) for p in self.phrases)


class Refusal(ValueError):
    """A value or file refused, saying why as a catalogue phrase; `str()` is the Dutch text."""

    def __init__(self, key: str, **fields: object) -> None:
        self.phrase = Phrase(key, fields)
        super().__init__(self.phrase.text("nl"))
