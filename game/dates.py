"""Months and turns in words. The core counts months (game/core/calendar.py); the words
for them are chosen here, where they are shown, in the language chosen then.

English keeps the game's own short form ("Mar 2021", through tr so a pseudo-language test
can see it); French, Russian and Chinese take the month's name and its order with the year
from Babel's CLDR data ("mars 2021", "март 2021", "2021年3月"), the standalone form of the
month where a language inflects it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from babel.dates import format_date, format_datetime, format_skeleton

from game.core.calendar import Calendar
from game.i18n import tr
from game.numbers import babel_locale

if TYPE_CHECKING:  # the engine brings the scenario models: the title screen needs no date
    from game.core.engine import Engine

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# Per Babel locale: a CLDR pattern (LLLL: the month's standalone name, as a calendar heads
# a page: "март", not the "марта" of a day's date), or a skeleton where the language orders
# the parts itself (Chinese: 2021年3月). English is not here: it keeps the game's own form.
_MONTH_YEAR = {"fr": "LLLL y", "ru": "LLLL y"}
_DAY_MONTH_YEAR = {"fr": "d MMMM y", "ru": "d MMMM y"}  # a day's date: "9 марта 2021"
_SKELETONS = {"zh_Hans_CN": ("yMMM", "yMMMd")}  # 2021年3月, 2021年3月9日


def _babel_date(day: dt.date, with_day: bool) -> str | None:
    """The date in the language in force from Babel, or None for English (and any language
    Babel is not asked for), which keeps the game's own words."""
    locale = babel_locale()
    if locale in _SKELETONS:
        return format_skeleton(_SKELETONS[locale][with_day], day, locale=locale)
    pattern = (_DAY_MONTH_YEAR if with_day else _MONTH_YEAR).get(locale)
    return format_date(day, pattern, locale=locale) if pattern else None


def month_label(index: int) -> str:
    """'Mar 2021' (mars 2021, март 2021, 2021年3月) for a month index (months since year 0)."""
    year, month0 = divmod(index, 12)
    if 1 <= year <= 9999 and (shown := _babel_date(dt.date(year, month0 + 1, 1), False)):
        return shown
    return tr("{month} {year}", month=tr(_MONTHS[month0]), year=year)


def day_label(year: int, month: int, day: int) -> str:
    """'9 Mar 2021' (9 mars 2021, 9 марта 2021, 2021年3月9日): a report's date."""
    try:
        shown = _babel_date(dt.date(year, month, day), True)
    except ValueError:  # a day the calendar does not have: shown as the source wrote it
        shown = None
    if shown:
        return shown
    return tr("{day} {month}", day=day, month=month_label(year * 12 + month - 1))


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


def moment_label(stamp: dt.datetime) -> str:
    """When a save was written, to the minute: '2026-11-30 18:05' in English as always;
    the language's short date and time elsewhere (30/11/2026 18:05, 30.11.2026, 18:05)."""
    locale = babel_locale()
    if locale == "en":
        return stamp.strftime("%Y-%m-%d %H:%M")
    return format_datetime(stamp, "short", locale=locale)
