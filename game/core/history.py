"""The player's timeline beside the documented one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.core.calendar import iso_month, month_index, month_label
from game.core.rules import Rules
from game.core.state import GameState
from game.i18n import tr


def documented(rules: Rules, milestone: str) -> list[dict[str, Any]]:
    """What the scenario's history says of a milestone: done, announced or planned, and when."""
    entries = []
    for entry in rules.scenario.history:
        if entry.milestone != milestone:
            continue
        # A vague time ('by the mid-2020s') counts at the end of the game's reading of it,
        # which is a game value: the screens say so wherever the difference is shown.
        latest = entry.game.latest if entry.game else None
        when = entry.date or latest
        entries.append({
            "text": entry.text,
            "status": entry.status,
            "claim": entry.claim,
            "date": entry.date,
            "when": entry.when,
            "latest": latest,
            "month": month_index(when, end_of_period=entry.date is None) if when else None,
            "agency": entry.agency,
            "sources": list(entry.sources),
        })
    return entries


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
        doc_months = [d["month"] for d in docs if d["month"] is not None]
        delta = None
        if mine_month is not None and doc_months:
            delta = mine_month - min(doc_months)
        rows.append({
            "milestone": mid,
            "name": rule.name,
            "yours": _label(calendar, mine),
            "yours_iso": iso_month(mine_month) if mine_month is not None else None,
            "first_by": first_agency,
            "first": _label(calendar, first_turn),
            "documented": docs,
            "months_vs_documented": delta,
        })
    return rows


def _label(calendar: Any, turn: int | None) -> str | None:
    if turn is None:
        return None
    if turn < 0:
        return tr("before {date}", date=month_label(calendar.start))  # done before play
    return calendar.label(turn)
