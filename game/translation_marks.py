"""How a screen or report says a statement is a translation, and gives its English.

A pupil judging a source must be able to check the words against the report, and the
reports are in English: wherever the game shows a sourced text in another language it
adds a short mark and keeps the original a hover (a tooltip) or a click away. The English
comes from the scenario or activity model (game/scenario/originals.py); source titles and
outlet names are never translated, so they need no mark.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from pydantic import BaseModel

from game.i18n import tr
from game.scenario.originals import original_of


class Translated(str):
    """A translated text that remembers its English, for the report's tables: HTML gives
    the original in a <details>, Markdown after the translation."""

    original: str

    def __new__(cls, text: str, original: str) -> Translated:
        made = super().__new__(cls, text)
        made.original = original
        return made


def mark() -> str:
    """The short mark after a translated statement."""
    return tr("(translated)")


def marked(model: BaseModel, field: str = "text") -> str:
    """' (translated)' when `model.field` is a translation, else nothing."""
    return " " + mark() if original_of(model, field) is not None else ""


def original_line(original: str) -> str:
    return tr("Original (English): {text}", text=original)


def original_tip(model: BaseModel, field: str = "text") -> str:
    """'Original (English): ...' for a tooltip, or '' when the text is not translated."""
    original = original_of(model, field)
    return "" if original is None else original_line(original)


def originals_tip(texts: Iterable[tuple[BaseModel, str]]) -> str | None:
    """One tooltip for a box that holds several statements: the original of each
    translated one, one per line (HTML), or None when nothing in the box is translated."""
    found = [original_of(model, field) for model, field in texts]
    lines = [original_line(text) for text in dict.fromkeys(t for t in found if t)]
    return "<br>".join(escape(line, quote=False) for line in lines) or None


def report_text(model: BaseModel, field: str = "text") -> str:
    """The text as the report shows it: a `Translated` when it is a translation."""
    text: str = getattr(model, field)
    original = original_of(model, field)
    return text if original is None else Translated(text, original)


def shown(model: BaseModel, field: str = "text", english: bool = False) -> str:
    """The text with its mark, or (`english`, on a click of "Original (English)") the
    English it was translated from, marked as the original."""
    original = original_of(model, field)
    if original is None:
        return str(getattr(model, field))
    if english:
        return f"{original} {english_mark()}"
    return f"{getattr(model, field)} {mark()}"


def english_mark() -> str:
    """The short mark after the English original shown in place of its translation."""
    return tr("(original English)")


def quoted(model: BaseModel, field: str = "text", english: bool = False) -> tuple[str, str]:
    """A quotation's words and the mark to put after its closing quotation mark: the
    translation and '(translated)', the English and '(original English)', or the words as
    the report gives them and no mark."""
    original = original_of(model, field)
    if original is None:
        return str(getattr(model, field)), ""
    return (original, english_mark()) if english else (str(getattr(model, field)), mark())
