"""The seed reports' words, and every statement of a scenario with the reports it cites.

The regression tests in test_true_to_sources.py hold the shipped scenarios to the texts in
scenarios/seeds/ (game.paths.SEEDS_DIR): these helpers read the texts once, normalise them
so a curly quote or a line break never hides a match, and walk every statement of a
scenario with its place in the file (`history[10]`), so a failure names where to look.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from game.paths import SEEDS_DIR
from game.scenario.models import Fact, Scenario

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
                         "\u00bb": '"', "\u2018": "'", "\u2019": "'", "\u02bc": "'"})


def normalise(text: str) -> str:
    """Lower case, straight quotes and apostrophes, single spaces: how words are compared."""
    return " ".join(text.translate(_QUOTES).lower().split())


@cache
def seed_text(name: str) -> str:
    """The text of one seed file, as shipped (not normalised)."""
    return (SEEDS_DIR / name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Statement:
    """One statement of a scenario: where it is, what it says, what it cites."""

    place: str  # as facts --json names it: "history[3]", "events.signing"
    section: str  # fact, achieved, underway, constraint, event, history, ...
    text: str
    claim: str
    sources: tuple[str, ...]
    date: str | None = None
    event_kind: str | None = None
    when: str | None = None  # a history entry's vague time, in the source's words


def reports(scenario: Scenario, statement: Statement) -> list[str]:
    """The ids of the cited sources that are reports (not the game's invention)."""
    known = scenario.sources
    return [s for s in dict.fromkeys(statement.sources)
            if s in known and known[s].kind != "fiction"]


def inventions(scenario: Scenario, statement: Statement) -> list[str]:
    known = scenario.sources
    return [s for s in statement.sources if s in known and known[s].kind == "fiction"]


def cited_seeds(scenario: Scenario, statement: Statement) -> dict[str, str]:
    """Seed file name -> text, for each cited report that ships its text."""
    out: dict[str, str] = {}
    for sid in reports(scenario, statement):
        seed = scenario.sources[sid].seed
        if seed and (SEEDS_DIR / seed).is_file():
            out[seed] = seed_text(seed)
    return out


def _facts(place: str, section: str, facts: tuple[Fact, ...] | list[Fact]
           ) -> Iterator[Statement]:
    for i, fact in enumerate(facts):
        yield Statement(f"{place}[{i}]", section, fact.text, fact.claim, tuple(fact.sources),
                        fact.date)


def statements(scenario: Scenario) -> Iterator[Statement]:
    """Every statement of the scenario that cites sources, in file order."""
    yield from _facts("facts", "fact", scenario.facts)
    for did, dis in scenario.disagreements.items():
        yield from _facts(f"disagreements.{did}.claims", "claim", dis.claims)
    for aid, agency in scenario.agencies.items():
        at = f"agencies.{aid}"
        for i, done in enumerate(agency.achieved):
            yield Statement(f"{at}.achieved[{i}]", "achieved", done.text, done.claim,
                            tuple(done.sources), done.date)
        for i, going in enumerate(agency.underway):
            yield Statement(f"{at}.underway[{i}]", "underway", going.text, going.claim,
                            tuple(going.sources))
        yield from _facts(f"{at}.facts", "fact", agency.facts)
        for cid, limit in agency.constraints.items():
            yield Statement(f"{at}.constraints.{cid}", "constraint", limit.text, limit.claim,
                            tuple(limit.sources))
    for bid, bloc in scenario.blocs.items():
        for part in ("facts", "principles", "commitments"):
            yield from _facts(f"blocs.{bid}.{part}", part.rstrip("s"), getattr(bloc, part))
    for mid, milestone in scenario.milestones.items():
        yield from _facts(f"milestones.{mid}.facts", "milestone_note", milestone.facts)
    for eid, event in scenario.events.items():
        yield Statement(f"events.{eid}", "event", f"{event.title}\n{event.text}", event.claim,
                        tuple(event.sources), event.date, event_kind=event.kind)
        for i, choice in enumerate(event.choices):
            yield from _facts(f"events.{eid}.choices[{i}].facts", "fact", choice.facts)
    for i, entry in enumerate(scenario.history):
        yield Statement(f"history[{i}]", "history", entry.text, entry.claim,
                        tuple(entry.sources), entry.date, when=entry.when)


# --- what a seed says about dates -----------------------------------------------------

_ORDINAL = r"(?:st|nd|rd|th)?"


def names_month(text: str, month: int) -> bool:
    """The month's name next to a day number or a year ('9 March', 'March 9th',
    'January 2019'): a month named on its own ('in March') may be the reporter's
    guess at something else, and 'May' is also a verb."""
    name = MONTHS[month - 1]
    pattern = (rf"\b\d{{1,2}}{_ORDINAL}\s+{name}\b|\b{name}\s+\d{{1,2}}{_ORDINAL}\b"
               rf"|\b{name},?\s+\d{{4}}\b")
    return re.search(pattern, text) is not None


def names_day(text: str, month: int, day: int) -> bool:
    """'9 March', 'March 9th' or 'March 10, 2021'."""
    name = MONTHS[month - 1]
    pattern = rf"\b0?{day}{_ORDINAL}\s+{name}\b|\b{name}\s+0?{day}{_ORDINAL}\b"
    return re.search(pattern, text) is not None


def names_year(text: str, year: str) -> bool:
    return re.search(rf"\b{year}\b", text) is not None
