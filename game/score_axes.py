"""The names of the score axes as players read them: one copy for the debrief screen, the
turn report and the report file, so a renamed axis is renamed everywhere at once."""

from __future__ import annotations

from game.core.rules import SCORE_AXES
from game.i18n import tr

# The ranking score, then the axes it weighs: the order of the debrief's tabs and the
# report's charts.
CHART_AXES: tuple[str, ...] = ("total", *SCORE_AXES)


def axis_name(axis: str, *, spelled_out: bool = False) -> str:
    """The axis's name. `spelled_out` says what the total is, where there is room for it
    (the report's tables and chart titles; a screen button has not)."""
    if axis == "total":
        return tr("Total (budget-adjusted)") if spelled_out else tr("Total")
    names = {
        "science": tr("Science"),
        "prestige": tr("Prestige"),
        "cooperation": tr("Cooperation"),
        "budget_health": tr("Budget health"),
    }
    return names.get(axis, axis)


def axis_word(axis: str) -> str:
    """The axis as a word inside a sentence ("more science"): the name, lower-case where
    the language writes it so."""
    words = {
        "science": tr("science"),
        "prestige": tr("prestige"),
        "cooperation": tr("cooperation"),
        "budget_health": tr("budget health"),
    }
    return words.get(axis, axis.replace("_", " "))
