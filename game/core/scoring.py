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


def standings(rules: Rules, state: GameState) -> list[Standing]:
    ordered = sorted(
        state.agencies.values(), key=lambda a: (-round(total(rules, a), 6), a.id)
    )
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
