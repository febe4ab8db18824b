"""The scenario's score bonuses (`game: bonuses:`): points on one axis for achieving a
milestone, perhaps only by a date or only for the first to do it. Game values, awarded by
the engine when the milestone is achieved in play and shown as such in the news, the turn
report and the debrief's explanation."""

from __future__ import annotations

from game.core.calendar import month_index
from game.core.records import Message, Ref, agency_ref, message, milestone_ref
from game.core.rules import Rules
from game.core.state import AgencyState
from game.core.world import World


def _axis(axis: str) -> Ref:
    return Ref("axis", axis)


def award(world: World, aid: str, mid: str, is_first: bool | None = None) -> None:
    """Give `aid` every bonus it has just earned by achieving `mid` (already recorded in
    its `achieved`): the date is the turn's first month, and a `first_only` bonus goes
    only to an agency no other has beaten to the milestone (`is_first` says so where a
    whole bloc achieves it at once: its leading contributor)."""
    rules, state = world.rules, world.state
    agency = state.agencies[aid]
    month = rules.calendar.turn_month(state.turn)
    for index, bonus in enumerate(rules.scenario.game.bonuses):
        if bonus.milestone != mid or index in agency.bonuses:
            continue
        if bonus.by is not None and month > month_index(str(bonus.by), end_of_period=True):
            continue
        if bonus.first_only and not (is_first if is_first is not None else not any(
                mid in other.achieved for other in state.agencies.values()
                if other is not agency)):
            continue
        agency.bonuses.append(index)
        agency.scores[bonus.axis] += bonus.amount
        world.news(aid, bonus_message(rules, aid, index))


def bonus_message(rules: Rules, aid: str, index: int) -> Message:
    bonus = rules.scenario.game.bonuses[index]
    return message("{a} earns a bonus of this scenario (a game value): {n:+d} {axis} for {m}",
                   a=agency_ref(aid), n=bonus.amount, axis=_axis(bonus.axis),
                   m=milestone_ref(bonus.milestone))


def earned(rules: Rules, agency: AgencyState) -> tuple[tuple[str, str, int], ...]:
    """(milestone, axis, amount) of each bonus the agency earned, in the scenario's order."""
    bonuses = rules.scenario.game.bonuses
    return tuple((bonuses[i].milestone, bonuses[i].axis, bonuses[i].amount)
                 for i in sorted(agency.bonuses) if i < len(bonuses))
