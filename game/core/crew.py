"""A crewed flight that fails: an abort with the crew safe, or the loss of the crew.

The sources say nothing of either: the chances and what a loss costs are game values
(`Tuning.crew_safe_chance`, `crew_loss_support`, `crew_loss_stand_down`). The attempt dialog
(`views.failure_preview`) and the flight (`missions.fly`) both read the chance here, so the
figure shown is the figure drawn against.
"""

from __future__ import annotations

from game.core.accords import crew_safe_bonus
from game.core.records import Message, agency_ref, message
from game.core.rules import Rules
from game.core.state import GameState


def _crew_safe_bonus(rules: Rules, state: GameState, aid: str) -> float:
    """What raises the chance of a safe abort beyond the game's base chance: the Artemis
    `emergency_assistance` road rule, for a member with partners to come to its help."""
    return crew_safe_bonus(rules, state, aid)


def safe_chance(rules: Rules, state: GameState, aid: str) -> float:
    """The chance that a failed crewed flight of `aid` is an abort with the crew safe."""
    chance = rules.tuning.crew_safe_chance + _crew_safe_bonus(rules, state, aid)
    return min(1.0, max(0.0, chance))


def grounded(state: GameState, aid: str) -> Message | None:
    """Why `aid` may not fly a crew now (the stand-down after a loss), or None."""
    until = state.agencies[aid].crew_grounded_until
    if state.turn >= until:
        return None
    return message("{a}'s crewed flights stand down after the loss of a crew: none for "
                   "{n} more turns, until turn {t} (a game rule)", a=agency_ref(aid),
                   n=until - state.turn, t=until + 1)
