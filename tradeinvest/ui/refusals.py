"""A refusal as the reader reads it: the loading service and the floor word their refusals as
catalogue phrases, so the page says them in its own language, not in the Dutch of `str()`."""

from __future__ import annotations

from tradeinvest import access
from tradeinvest.loading.check import UploadRejected
from tradeinvest.texts.phrases import Refusal
from tradeinvest.ui.safe import md


def said(exc: Exception, lang: str) -> str:
    """What `exc` says in `lang`, as Markdown that shows literally (a refusal names what was
    typed: a header, a mapping's name): a Refusal, a rejected upload or a refused action by
    its catalogue text; any other error by its own (Dutch) text."""
    if isinstance(exc, Refusal):
        return md(exc.phrase.text(lang))
    if isinstance(exc, UploadRejected | access.AccessDenied):
        return md(exc.text(lang))
    return md(str(exc))
