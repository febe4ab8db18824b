"""Score axes and standings."""

from __future__ import annotations

import math
from dataclasses import dataclass
from operator import mul

from game.core.rules import SCORE_AXES, Rules
from game.core.state import AgencyState, GameState


def raw_total(rules: Rules, agency: AgencyState) -> float:
    # `sum` over the axes in their order, from 0, as it always was (the same float), with
    # every step in C: this runs for every agency every turn.
    total: float = sum(map(mul, rules.axis_weights, map(agency.scores.get, SCORE_AXES, _ZEROS)))
    return total


_ZEROS = (0.0,) * len(SCORE_AXES)  # what an axis missing from the scores counts for


def total(rules: Rules, agency: AgencyState) -> float:
    """The ranking score: the weighted axes, evened out for budget size (a game rule)."""
    return raw_total(rules, agency) * rules.budget_factor.get(agency.id, 1.0)


@dataclass(frozen=True)
class Standing:
    rank: int
    agency: str
    name: str
    total: float
    axes: dict[str, float]
    achieved: int
    firsts: int
    human: bool


def first_winner(rules: Rules, state: GameState) -> str | None:
    """The agency the scenario's `victory: {winner: first}` puts at the top, a game rule:
    the first to achieve the victory milestone in play (the one the engine recorded as
    taking it first when it is a first; otherwise, of those that achieved it the same turn,
    the highest total). None without that rule, or while nobody has achieved it."""
    victory = rules.victory
    if victory is None or victory.winner != "first":
        return None
    mid = victory.milestone
    recorded = state.firsts.get(mid)
    if recorded is not None and recorded[1] >= 0:
        return recorded[0]
    reached = [(a.achieved[mid], -round(total(rules, a), 6), a.id)
               for a in state.agencies.values() if a.achieved.get(mid, -1) >= 0]
    return min(reached)[2] if reached else None


def ranked(rules: Rules, state: GameState) -> list[AgencyState]:
    """The agencies in the standings' order: by total (ties by id), except that a
    `winner: first` victory puts the agency that achieved the milestone first at the top."""
    ordered = sorted(
        state.agencies.values(), key=lambda a: (-round(total(rules, a), 6), a.id)
    )
    top = first_winner(rules, state)
    if top is not None:
        ordered.sort(key=lambda a: a.id != top)  # stable: the others keep their order
    return ordered


def standings(rules: Rules, state: GameState) -> list[Standing]:
    ordered = ranked(rules, state)
    return [
        Standing(
            rank=i + 1,
            agency=a.id,
            name=rules.scenario.agencies[a.id].short,
            total=round(total(rules, a), 1),
            axes={axis: round(a.scores.get(axis, 0.0), 1) for axis in SCORE_AXES},
            achieved=sum(1 for t in a.achieved.values() if t >= 0),
            firsts=sum(1 for who, _ in state.firsts.values() if who == a.id),
            human=a.id in state.humans,
        )
        for i, a in enumerate(ordered)
    ]


def all_finite(state: GameState) -> bool:
    return all(math.isfinite(v) for a in state.agencies.values() for v in a.scores.values())
