"""Closing a turn's accounts: the carry-over rule, budget health, the science and
cooperation each turn yields, and the score history the charts draw."""

from __future__ import annotations

import math

from game.core import blocs as bloc_rules
from game.core import station
from game.core.rules import SCORE_AXES
from game.core.scoring import total
from game.core.state import AgencyState
from game.core.world import World


def close_turn(world: World, agency: AgencyState) -> None:
    rules, state = world.rules, world.state
    tuning = rules.tuning
    unspent = agency.money
    kept = math.floor(unspent * tuning.carry_over)
    lost = unspent - kept
    agency.money = kept
    report = state.current[agency.id]
    report.development_spent = sum(p.spent for p in report.progress)
    report.unspent = unspent
    report.carry_lost = lost
    income = max(1, agency.income)
    health = 100 * max(0.0, 1 - (agency.wasted + lost) / income)
    turns_played = state.turn + 1
    scores = agency.scores
    previous = scores["budget_health"]
    scores["budget_health"] = previous + (health - previous) / min(turns_played, 8)
    science: float = sum(map(rules.science.__getitem__, agency.achieved))
    if state.joint:  # shared benefits: a joint stage yields to each as it paid
        science -= station.science_held_back(rules, state, agency)
    scores["science"] += tuning.science_yield * science
    if agency.bloc:
        trust = bloc_rules.mean_trust(state, agency)
        scores["cooperation"] += tuning.cooperation_per_turn * trust / 100
    series = state.history.get(agency.id)
    if series is None:  # the agency's first turn: every line of its score history at once
        series = state.history[agency.id] = {axis: [] for axis in (*SCORE_AXES, "total")}
    for axis in SCORE_AXES:
        series[axis].append(round(scores[axis], 3))
    series["total"].append(round(total(rules, agency), 3))
