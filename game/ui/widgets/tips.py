"""Tooltip texts: every number says what it is and where it comes from.

A fact from the scenario names its kind of claim and its sources' citations (title,
outlet, date); a number the sources do not give is labelled a game value, never passed
off as history.
Tooltips are pygame_gui HTML, so text from the scenario is escaped and lines join with <br>.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from game import numbers
from game.citations import attribution, source_names
from game.i18n import tr

if TYPE_CHECKING:
    # A hint only: every scene imports this module, and the models bring pydantic.
    from game.scenario.models import Scenario


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


def lines(*parts: str) -> str:
    """Join already-escaped lines into one tooltip."""
    return "<br>".join(p for p in parts if p)


def game_value(what: str) -> str:
    """`what` (plain text) followed by the game-value label."""
    return lines(esc(what), "<i>" + esc(tr("Game value: chosen so the game plays well, "
                                            "not a historical figure.")) + "</i>")


def sourced(scenario: Scenario, what: str, source_ids: Iterable[str],
            claim: str | None = None) -> str:
    """`what` (plain text) followed by what kind of claim it is and the sources it comes
    from, worded as everywhere else (game.citations.attribution)."""
    ids = list(source_ids)
    if not source_names(scenario, ids):
        return esc(what)
    return lines(esc(what), "<i>" + esc(attribution(scenario, claim, ids)) + "</i>")


def sentence(text: str) -> str:
    """An engine refusal shown on its own: the engine writes "that would spend..." to follow
    a "because", so the screen gives it a capital letter."""
    return text[:1].upper() + text[1:]


def percent(value: float) -> str:
    """A share as the reader writes a percent (85%, 85 %): game.numbers.percent."""
    return numbers.percent(value)


def money(amount: int) -> str:
    return tr("{n}M", n=numbers.money(amount))
