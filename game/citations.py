"""How the game names its sources: one wording everywhere, so a pupil learns to read it.

A report is cited by its title, its outlet and its date as the report itself gives them;
where it names no outlet or gives no date, the citation says so rather than guess. The
seed file that holds the text is for teachers and tools (`facts --json`), not for pupils.
The game's own inventions say that they are invented. Every screen, tooltip and report
line that cites goes through here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from game.claims import claim_label
from game.core.calendar import month_index
from game.dates import day_label, month_label
from game.i18n import tr

if TYPE_CHECKING:
    # For the hints only: the models bring pydantic, which the title screen (whose
    # buttons cite nothing) should not wait for.
    from game.scenario.models import Scenario, Source


def _date_text(date: str) -> str:
    if len(date) >= 10:
        year, month = divmod(month_index(date), 12)
        return day_label(year, month + 1, int(date[8:10]))
    if len(date) >= 7:
        return month_label(month_index(date))
    return date


def citation(source: Source, full: bool = False) -> str:
    """'"Title", outlet not named, undated'. `full` adds how an undated report dates itself
    ('says the memorandum was signed "this week"') and the `reference` (where to find a
    newspaper that has no seed file): the list of sources and facts --json
    say it once, while the note under every statement stays short enough to read."""
    if source.kind == "fiction":
        return tr("{title} (fiction: invented by the game)", title=source.title)
    outlet = source.publisher or tr("outlet not named")
    if source.date:
        when = _date_text(source.date)
    elif source.dated and full:
        when = tr("undated ({how})", how=source.dated)
    elif source.dated:
        when = tr("undated")
    else:
        when = tr("date not given")
    text = tr("\u201c{title}\u201d, {outlet}, {when}", title=source.title, outlet=outlet,
              when=when)
    if full and source.reference:  # where to find it: a newspaper has no seed file
        text = tr("{citation} ({reference})", citation=text, reference=source.reference)
    return text


def source_name(scenario: Scenario, sid: str) -> str:
    source = scenario.sources.get(sid)
    return sid if source is None else citation(source)


def source_names(scenario: Scenario, ids: Iterable[str]) -> list[str]:
    """Each source once, in the order cited."""
    return [source_name(scenario, sid) for sid in dict.fromkeys(ids)]


def source_list(scenario: Scenario, ids: Iterable[str]) -> str:
    """All the sources behind a statement, separated by semicolons."""
    return "; ".join(source_names(scenario, ids))


def attribution(scenario: Scenario, claim: str | None, ids: Iterable[str]) -> str:
    """'Reporter's framing. Source: "Title", outlet not named, date not given': what kind of
    claim a statement is, then who said it, as every screen shows it under a statement."""
    sources = source_list(scenario, ids)
    if claim is None:
        return tr("Source: {list}", list=sources)
    return tr("{kind}. Source: {list}", kind=claim_label(claim), list=sources)
