"""Score axes and standings."""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.core.rules import SCORE_AXES, Rules
from game.core.state import AgencyState, GameState


def raw_total(rules: Rules, agency: AgencyState) -> float:
    # Added up in the axes' order from 0, as `sum` over them would: the same float, without
    # building a list every agency-turn.
    get = agency.scores.get
    out = 0.0
    for axis, weight in rules.weighted_axes:
        out += weight * get(axis, 0.0)
    return out


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
