"""Tooltip texts: every number says what it is and where it comes from.

A fact from the scenario names its sources by title (and seed file, so a pupil can find
it); a number the sources do not give is labelled a game value, never passed off as history.
Tooltips are pygame_gui HTML, so text from the scenario is escaped and lines join with <br>.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from game.citations import source_names
from game.i18n import tr
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


def sourced(scenario: Scenario, what: str, source_ids: Iterable[str]) -> str:
    """`what` (plain text) followed by the sources it comes from."""
    names = source_names(scenario, source_ids)
    if not names:
        return esc(what)
    return lines(esc(what), "<i>" + esc(tr("Source: {names}", names="; ".join(names))) + "</i>")


def sentence(text: str) -> str:
    """An engine refusal shown on its own: the engine writes "that would spend..." to follow
    a "because", so the screen gives it a capital letter."""
    return text[:1].upper() + text[1:]


def percent(value: float) -> str:
    return f"{round(value * 100)}%"


def money(amount: int) -> str:
    return tr("{n}M", n=amount)
