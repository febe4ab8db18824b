"""Months and turns in words. The core counts months (game/core/calendar.py); the words
for them are chosen here, where they are shown, in the language chosen then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.core.calendar import Calendar
from game.i18n import tr

if TYPE_CHECKING:  # the engine brings the scenario models: the title screen needs no date
    from game.core.engine import Engine

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_label(index: int) -> str:
    """'Mar 2021' for a month index (months since year 0)."""
    year, month0 = divmod(index, 12)
    return tr("{month} {year}", month=tr(_MONTHS[month0]), year=year)


def turn_label(calendar: Calendar, turn: int) -> str:
    """The month a turn begins, in words."""
    return month_label(calendar.turn_month(turn))


def before_start(calendar: Calendar) -> str:
    """What a milestone done before play began shows for its date."""
    return tr("before {date}", date=month_label(calendar.start))


def achieved_label(calendar: Calendar, turn: int | None) -> str | None:
    """When a milestone was achieved, in words: its turn's month, "before Mar 2021" for one
    done before play began, None for one not achieved."""
    if turn is None:
        return None
    return before_start(calendar) if turn < 0 else turn_label(calendar, turn)


def date_of(engine: Engine, turn: int | None = None) -> str:
    """The game's date in words: the turn being played, or `turn`."""
    return turn_label(engine.rules.calendar, engine.state.turn if turn is None else turn)
