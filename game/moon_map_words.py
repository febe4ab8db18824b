"""The Moon map's words: what a marker's tooltip (and the report's caption) says.

Shared by the screen and the HTML/Markdown report, so a landing is described the same way in
both: who, which milestone, when (the game's month, or the date as the source gives it), the
site in words with its claim kind and sources, and, where the coordinates are the game's, that
the marker's exact point is a game value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.citations import attribution
from game.core.calendar import Calendar, month_index
from game.dates import achieved_label, month_label
from game.i18n import tr
from game.moon_map import Marker

if TYPE_CHECKING:
    from game.scenario.models import Scenario


def marker_title(scenario: Scenario, m: Marker) -> str:
    """'CNSA: Far side landing' (an agency's short name and the milestone's)."""
    agency = scenario.agencies.get(m.agency) if m.agency else None
    who = agency.short if agency is not None else tr("an agency not named")
    milestone = scenario.milestones.get(m.milestone) if m.milestone else None
    what = milestone.name if milestone is not None else tr("a landing")
    return tr("{agency}: {mission}", agency=who, mission=what)


def marker_date(calendar: Calendar, m: Marker) -> str:
    """A played landing's month in this game; a documented one's date as the source gives
    it (a month, or a year), its vague time in the source's own words, or 'no date given'."""
    if m.turn is not None:
        return achieved_label(calendar, m.turn) or ""
    if m.date:
        return month_label(month_index(m.date)) if len(m.date) >= 7 else m.date
    return m.when or tr("no date given")


def marker_caption(scenario: Scenario, calendar: Calendar, m: Marker) -> list[str]:
    """The lines of a marker's tooltip, first line its title."""
    lines = [marker_title(scenario, m)]
    if m.kind == "documented":
        lines.append(tr("Documented landing, {date}", date=marker_date(calendar, m)))
        lines.append(m.text)
        lines.append(attribution(scenario, m.claim, m.sources))
    else:
        lines.append(tr("Landed in this game, {date}", date=marker_date(calendar, m)))
    lines.append(tr("Site: {region}", region=m.region))
    lines.append(attribution(scenario, m.site_claim, m.site_sources))
    if m.placed == "game":
        lines.append(tr("The marker's exact point is the game's (a game value): "
                        "the sources give no coordinates."))
    return lines


def legend_words() -> tuple[str, str]:
    """The legend's two shapes: ring for documented, dot for played."""
    return (tr("Ring: a landing the sources report"),
            tr("Dot: a landing made in this game"))


def side_names() -> tuple[str, str]:
    return tr("Near side"), tr("Far side")
