"""The computer's timetable: the month each agency aims to achieve each milestone it plans.

A target comes from the scenario's documented history where it gives a time (a dated entry:
that month; the game's reading of a vague time: the middle of its span), else from the
agency's `game.plan` (game values). Every prerequisite of a planned milestone gets a target
early enough to be built first. A game then moves each target by a few months of its own
and scales it by difficulty (`game_targets`): a pure function of the rules, the seed, the
difficulty and the agency, so a replay recomputes it exactly.

Months are `calendar.month_index` counts. Only the policies read this; the engine never does.
"""

from __future__ import annotations

import math
import zlib
from functools import lru_cache

import numpy as np

from game.core.calendar import month_index
from game.core.history import is_to_come
from game.core.rng import side_rng
from game.core.rules import MilestoneRule, Rules

Targets = dict[str, int]  # milestone -> target month


def steady_turns(rules: Rules, rule: MilestoneRule) -> int:
    """Turns of funding at the steady rate (cost / min_turns) that develop a milestone from
    nothing: the steady rate gives a fixed share of full speed (`milestones.progress_gain`)."""
    tuning = rules.tuning
    return _steady_turns(rule.min_turns, tuning.funding_curve, tuning.full_speed_funding)


@lru_cache(maxsize=64)  # the policy asks for every open milestone, every agency-turn
def _steady_turns(min_turns: int, k: float, full: float) -> int:
    share = (1 - math.exp(-k)) / (1 - math.exp(-k * full))
    return max(min_turns, math.ceil(min_turns / share - 1e-9))


def documented_targets(rules: Rules, agency: str) -> Targets:
    """Milestone -> target month from the history entries of `agency` that are still to come
    (announced or planned) and give a time: a done, failed or cancelled entry is never a
    target (a failed attempt dates a try, not an achievement; a cancelled plan none).
    Several entries for one milestone: the span they all allow (the narrowest entry if they
    disagree). A span open at its start ("by the end of the 2020s") is aimed at the month
    the milestone could first be achieved after its prerequisites' targets (or its end, if
    that is sooner)."""
    spans: dict[str, list[tuple[int | None, int]]] = {}
    for entry in rules.scenario.history:
        if (entry.agency != agency or entry.milestone is None
                or not is_to_come(entry.status)):
            continue
        if entry.milestone not in rules.milestones:
            continue
        if entry.date:
            month = month_index(entry.date)
            spans.setdefault(entry.milestone, []).append((month, month))
        elif entry.game is not None:
            first = month_index(entry.game.earliest) if entry.game.earliest else None
            last = month_index(entry.game.latest, end_of_period=True)
            spans.setdefault(entry.milestone, []).append((first, last))
    closed: dict[str, tuple[int | None, int]] = {}
    for mid, found in spans.items():
        first_known = [f for f, _ in found if f is not None]
        first = max(first_known) if first_known else None
        last = min(last for _, last in found)
        if first is not None and first > last:  # the entries disagree: the narrowest one
            first, last = min(found, key=lambda s: s[1] - (s[0] if s[0] is not None else 0))
        closed[mid] = (first, last)
    plan = {mid: month_index(str(date)) for mid, date in _plan(rules, agency).items()
            if mid in rules.milestones}
    known: Targets = {}
    for mid, (first, last) in closed.items():
        if first is not None:
            known[mid] = (first + last) // 2
    # Open spans last: their start depends on the others' targets (and the plan's).
    for mid, (first, last) in closed.items():
        if first is None:
            # "By the end of the 2020s": as soon as it can be, within the span. (Its middle
            # was the target once, and a game's spread and a failed launch then carried
            # the median past the deadline.)
            ready = _earliest(rules, agency, mid, {**plan, **known})
            known[mid] = min(last, ready)
    return known


def planned_targets(rules: Rules, agency: str) -> Targets:
    """What the agency plans, before prerequisites: the history's times, and the plan's
    dates for the milestones the history gives no time for."""
    documented = documented_targets(rules, agency)
    plan = {mid: month_index(str(date)) for mid, date in _plan(rules, agency).items()
            if mid in rules.milestones and mid not in documented}
    return {**plan, **documented}


def with_prerequisites(rules: Rules, planned: Targets) -> Targets:
    """`planned`, with every prerequisite (and theirs) given a target that leaves time to
    develop what needs it at the steady rate: a planned prerequisite keeps its own date
    only if that is early enough."""
    out = dict(planned)
    gap = rules.calendar.turn_months
    # Latest first, so that each milestone's target is final before its prerequisites' are set
    # (a prerequisite is always needed earlier than whatever needs it).
    pending = sorted(out, key=lambda m: -out[m])
    while pending:
        mid = pending.pop(0)
        rule = rules.milestones[mid]
        # A mission's prerequisites also leave it a turn for a launch that fails once (as
        # one in five or so does): without it, every step of a chain ran a turn late.
        slack = 1 if rule.is_mission else 0
        need_by = out[mid] - (steady_turns(rules, rule) + slack) * gap
        for req in rule.requires:
            if req not in out or out[req] > need_by:
                out[req] = need_by
                pending.append(req)
        pending.sort(key=lambda m: -out[m])
    return out


def timetable(rules: Rules, agency: str) -> Targets:
    """The agency's whole timetable, before a game's own shifts: planned milestones and
    their prerequisites. Empty when neither the history nor the plan gives it a date."""
    memo = rules.timetable_memo
    known = memo.get(agency)
    if known is None:
        known = memo[agency] = with_prerequisites(rules, planned_targets(rules, agency))
    return known


def game_targets(rules: Rules, seed: int, difficulty: str, agency: str) -> Targets:
    """This game's targets for `agency`: each planned one scaled by the difficulty's pace
    (the share of the time from the start the computer takes) and moved by a few months
    drawn from a generator of the game's seed and the agency (never the engine's dice, so
    the engine's draws do not depend on the policy), then prerequisites made to fit."""
    key = (seed, difficulty, agency)
    memo = rules.game_targets_memo
    known = memo.get(key)
    if known is not None:
        return known
    planned = planned_targets(rules, agency)
    if not planned:
        known = {}
    else:
        tuning = rules.tuning
        pace = dict(tuning.rival_pace).get(difficulty, 1.0)
        start = rules.calendar.start
        rng = side_rng(seed, zlib.crc32(agency.encode()), 14)
        cap = tuning.rival_spread_cap
        shifts = np.clip(np.rint(rng.normal(0.0, tuning.rival_spread_months, len(planned))),
                         -cap, cap)
        moved = {mid: start + round((month - start) * pace) + int(shift)
                 for (mid, month), shift in zip(sorted(planned.items()), shifts, strict=True)}
        known = with_prerequisites(rules, moved)
    if len(memo) >= 4096:  # a batch plays thousands of seeds: keep the memo bounded
        memo.clear()
    memo[key] = known
    return known


def _plan(rules: Rules, agency: str) -> dict[str, str]:
    spec = rules.scenario.agencies.get(agency)
    return {mid: str(date) for mid, date in spec.game.plan.items()} if spec else {}


def _earliest(rules: Rules, agency: str, mid: str, known: Targets) -> int:
    """The first month `mid` could be achieved: after its prerequisites (their targets where
    known, else as soon as they could be built from the start), at full speed."""
    spec = rules.scenario.agencies.get(agency)
    done = {a.milestone for a in spec.achieved} if spec else set()
    start = rules.calendar.start
    gap = rules.calendar.turn_months

    def ready(m: str, depth: int) -> int:
        if m in done:
            return start
        if m in known and depth > 0:
            return known[m]
        rule = rules.milestones[m]
        before = max((ready(r, depth + 1) for r in rule.requires), default=start)
        return before + rule.min_turns * gap

    return ready(mid, 0)
