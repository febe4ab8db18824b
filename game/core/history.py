"""The player's timeline beside the documented one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.core.calendar import iso_month, month_index
from game.core.rules import Rules
from game.core.state import GameState
from game.scenario.models import HistoryEntry

# What a history entry's status says of its date. Still to come at the sources' date: a
# target. Done: the documented achievement. Failed: the date of an attempt that did not
# succeed (not an achievement, and not a target: a retry needs an entry of its own).
# Cancelled: given up, so its date is neither an achievement nor a target.
TO_COME = frozenset({"announced", "planned"})
ACHIEVEMENT = frozenset({"done"})
NOT_ACHIEVED = frozenset({"failed", "cancelled"})


def is_to_come(status: str) -> bool:
    """Whether an entry's date is a target (announced or planned), not a past deed."""
    return status in TO_COME


def counts_as_date(status: str) -> bool:
    """Whether an entry's date is compared with the game's: an achievement or a target,
    never a failed attempt or a cancelled plan."""
    return status not in NOT_ACHIEVED


def reading(entry: HistoryEntry) -> dict[str, Any] | None:
    """The game's reading of a vague time ('by the mid-2020s' as 2024 to 2026): a game
    value, not the source's words. None for an entry with an exact date or no date."""
    if entry.date or entry.game is None:
        return None
    span = entry.game
    return {
        "when": entry.when,
        "earliest": span.earliest,
        "latest": span.latest,
        "first_month": month_index(span.earliest) if span.earliest else None,
        "last_month": month_index(span.latest, end_of_period=True),
        "game_value": True,
    }


def documented_entry(entry: HistoryEntry) -> dict[str, Any]:
    """One history entry as the comparison reads it: an exact date counts as its month; a
    vague time counts only through the game's reading of it (`reading`), never as a month
    of its own; an entry with neither has nothing to compare with (`month` None)."""
    read = reading(entry)
    if entry.date:
        month: int | None = month_index(entry.date)
    elif read is not None:
        month = read["last_month"]  # kept for sorting; compare by `reading`, not by this
    else:
        month = None
    return {
        "text": entry.text,
        "status": entry.status,
        "claim": entry.claim,
        "date": entry.date,
        "when": entry.when,
        "reading": read,
        "month": month,
        "agency": entry.agency,
        "sources": list(entry.sources),
    }


def documented(rules: Rules, milestone: str) -> list[dict[str, Any]]:
    """What the scenario's history says of a milestone: done, announced or planned, and when."""
    return [documented_entry(e) for e in rules.scenario.history if e.milestone == milestone]


def difference(game_month: int, doc: dict[str, Any]) -> dict[str, Any] | None:
    """How a game month stands to one documented entry, or None if the entry has no date.

    Against an exact date: `months` later (+) or earlier (-), `position` "date". Against the
    game's reading of a vague time: `position` "before", "within" or "after" the span and
    `months` outside it (0 within), with `reading` set, so whoever shows the figure can say
    that the span is the game's, not the source's."""
    read = doc["reading"]
    if read is None:
        if doc["month"] is None:
            return None
        return {"months": game_month - doc["month"], "position": "date", "reading": None}
    first, last = read["first_month"], read["last_month"]
    if game_month > last:
        position, months = "after", game_month - last
    elif first is not None and game_month < first:
        position, months = "before", game_month - first
    else:
        position, months = "within", 0
    return {"months": months, "position": position, "reading": read}


def reference(docs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The documented entry a game date is compared with: the earliest one that has a time
    (a vague time through the game's reading of it); a failed attempt or a cancelled plan
    is no date of an achievement and is left out. None when no entry has a time."""
    dated = sorted((d for d in docs if d["month"] is not None
                    and counts_as_date(d["status"])), key=lambda d: d["month"])
    return dated[0] if dated else None


def compare(rules: Rules, state: GameState, agency: str,
            known: Callable[[str], dict[str, int]] | None = None) -> list[dict[str, Any]]:
    """For each milestone achieved in the game: when here (by this agency, and first by
    anyone) and when the documented history says it happened or was planned. `known` gives
    an agency's achievements as this agency may know them (hot-seat hides the other teams'
    of the turn being played); all of them without it."""
    calendar = rules.calendar
    seen = {aid: known(aid) if known else a.achieved for aid, a in state.agencies.items()}
    rows = []
    for mid, rule in rules.milestones.items():
        holders = {aid: done[mid] for aid, done in seen.items() if mid in done}
        if not holders:
            continue
        first_agency, first_turn = min(holders.items(), key=lambda kv: (kv[1], kv[0]))
        mine = holders.get(agency)
        docs = documented(rules, mid)
        mine_month = calendar.turn_month(mine) if mine is not None and mine >= 0 else None
        # Against the earliest documented entry that has a time; a vague time is compared
        # through the game's reading of it, and `reading` says so (None for an exact date).
        # A failed attempt or a cancelled plan is no date of an achievement: left out.
        ref = reference(docs)
        versus = difference(mine_month, ref) if mine_month is not None and ref else None
        rows.append({
            "milestone": mid,
            "name": rule.name,
            # turns, -1 for before play (shown in words by game.dates.achieved_label)
            "yours": mine,
            "yours_iso": iso_month(mine_month) if mine_month is not None else None,
            "first_by": first_agency,
            "first": first_turn,
            "documented": docs,
            "months_vs_documented": versus["months"] if versus else None,
            "position": versus["position"] if versus else None,
            "reading": versus["reading"] if versus else None,
        })
    return rows
