"""How the source-judgement activity is worded: answers, citations and report names.

One wording for the screen (game/ui/scenes/judge_sources.py) and the debrief report
(game/headless/activity_report.py), so a pupil reads the same words in both, as
game/claims.py does for the kinds of claim.
"""

from __future__ import annotations

from collections.abc import Iterable

from game.claims import claim_label
from game.i18n import tr
from game.scenario.activity import Activity, Item, Quote


def answer_label(item: Item | None, answer: str) -> str:
    """A kind of claim by its label ('Reporter's framing'), a choice by its text."""
    if item is not None:
        for choice in item.choices:
            if choice.id == answer:
                return choice.text
    return claim_label(answer)


def seed_number(source: str) -> str:
    """'002' for seed_002: how the seed files are numbered, and how pupils find them."""
    return source.removeprefix("seed_")


def citation(quote: Quote) -> str:
    """'Seed 002, line 11'."""
    return tr("Seed {n}, line {line}", n=seed_number(quote.source), line=quote.line)


def citations(quotes: Iterable[Quote]) -> str:
    """Each line once, in order: 'Seed 004, line 5; Seed 000, line 9'."""
    return "; ".join(dict.fromkeys(citation(q) for q in quotes))


def report_name(activity: Activity, source: str) -> str:
    """'“Title” (outlet not named)' or '“Title” (BBC Chinese, March 10, 2021)'."""
    report = activity.reports.get(source)
    if report is None:
        return source
    outlet = report.outlet or tr("outlet not named")
    return tr("\u201c{title}\u201d ({outlet})", title=report.title, outlet=outlet)


def score_line(title: str, right: int, asked: int) -> str:
    return tr("{part}: {right} of {asked} right", part=title, right=right, asked=asked)


def item_of(activity: Activity | None, item_id: str) -> Item | None:
    if activity is None:
        return None
    return next((item for _, item in activity.items if item.id == item_id), None)


def part_title(activity: Activity | None, part_id: str) -> str:
    if activity is not None:
        for part in activity.parts:
            if part.id == part_id:
                return part.title
    return part_id
