"""Why each agency ranked where it did: the standings explained in messages a pupil can
follow (which axis gave most points, which firsts it took, what the budget adjustment did,
and what set it apart from the agency just above and just below).

The order is the standings' own (`scoring.standings`); every weight and the budget
handicap come from the rules, so a scenario's `game:` section changes the explanation with
the ranking. Pure: typed records and `Message`s, words chosen where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.core import bonuses
from game.core.records import Message, Ref, agency_ref, first_ref, message, milestone_ref
from game.core.rules import SCORE_AXES, Rules
from game.core.scoring import first_winner, ranked, raw_total, total
from game.core.state import AgencyState, GameState

# Below this many points a difference is shown as none (the screen shows whole points).
_NOTHING = 0.5


def axis_ref(axis: str) -> Ref:
    """A score axis, named in the reader's language ("science", "budget health")."""
    return Ref("axis", axis)


@dataclass(frozen=True)
class Placing:
    """One agency's place in the final standings, and why."""

    rank: int
    agency: str
    raw_total: float  # the weighted axes, before the budget adjustment
    budget_factor: float  # what the raw total is multiplied by for the agency's budget
    total: float  # raw_total x budget_factor: what ranks
    adjustment: float  # points the budget adjustment added (negative: took away)
    points: tuple[tuple[str, float], ...]  # axis -> weighted points, in SCORE_AXES order
    best_axis: str  # the axis that gave it the most (weighted) points
    firsts: tuple[str, ...]  # milestones it was first to achieve, in the order taken
    why: tuple[Message, ...]  # in words: where it ranked, and why


def weighted_points(rules: Rules, agency: AgencyState) -> tuple[tuple[str, float], ...]:
    return tuple((axis, rules.weights[axis] * agency.scores.get(axis, 0.0))
                 for axis in SCORE_AXES)


def explain(rules: Rules, state: GameState) -> tuple[Placing, ...]:
    """Every agency's placing, best first, in the standings' order."""
    ordered = ranked(rules, state)
    winner = first_winner(rules, state)
    bare = [_placing(rules, state, rank, agency) for rank, agency in enumerate(ordered, 1)]
    count = len(bare)
    placings: list[Placing] = []
    for i, place in enumerate(bare):
        why = list(_own_reasons(rules, place, count))
        if place.agency == winner:
            why.insert(1, _first_reason(rules, place))
        why += _bonus_reasons(rules, state.agencies[place.agency])
        if i > 0:
            why.append(_pair(bare[i - 1], place, rules, winner))
        if i + 1 < count:
            why.append(_pair(place, bare[i + 1], rules, winner))
        placings.append(Placing(**{**vars(place), "why": tuple(why)}))
    return tuple(placings)


def _placing(rules: Rules, state: GameState, rank: int, agency: AgencyState) -> Placing:
    points = weighted_points(rules, agency)
    raw = raw_total(rules, agency)
    adjusted = total(rules, agency)
    best = max(points, key=lambda pair: pair[1])[0]
    return Placing(
        rank=rank, agency=agency.id, raw_total=raw,
        budget_factor=rules.budget_factor.get(agency.id, 1.0), total=adjusted,
        adjustment=adjusted - raw, points=points, best_axis=best,
        firsts=tuple(mid for mid, (who, _) in state.firsts.items() if who == agency.id),
        why=(),
    )


def _bonus_reasons(rules: Rules, agency: AgencyState) -> list[Message]:
    """The scenario's bonuses the agency earned, each as a game value (`game.bonuses`)."""
    return [message("A bonus of this scenario (a game value): {n:+d} {axis} for {m}",
                    n=amount, axis=axis_ref(axis), m=milestone_ref(mid))
            for mid, axis, amount in bonuses.earned(rules, agency)]


def _own_reasons(rules: Rules, place: Placing, count: int) -> tuple[Message, ...]:
    a = agency_ref(place.agency)
    reasons = [message("{a} ranked {rank} of {n} with {total:.0f} points: {raw:.0f} earned, "
                       "×{factor:.2f} for its budget", a=a, rank=place.rank, n=count,
                       total=place.total, raw=place.raw_total, factor=place.budget_factor)]
    best = dict(place.points)[place.best_axis]
    if best >= _NOTHING:
        reasons.append(message("Most of its points came from {axis} ({p:.0f})",
                               axis=axis_ref(place.best_axis), p=best))
    else:
        reasons.append(message("It scored no points on any axis"))
    if place.firsts:
        reasons.append(message("Firsts it took: {f}",
                               f=tuple(first_ref(mid) for mid in place.firsts)))
    else:
        reasons.append(message("It took no first"))
    reasons.append(_budget_reason(rules, place))
    return tuple(reasons)


def _budget_reason(rules: Rules, place: Placing) -> Message:
    if rules.tuning.budget_handicap == 0:
        return message("This scenario does not even out budget sizes: its total is the "
                       "points it earned")
    if abs(place.adjustment) < _NOTHING and abs(place.budget_factor - 1) < 0.005:
        return message("Its budget is the median one, so the budget adjustment changed "
                       "nothing")
    if place.budget_factor > 1:
        return message("Its budget is smaller than the median, so the budget adjustment "
                       "(×{factor:.2f}) added {d:.0f} points",
                       factor=place.budget_factor, d=place.adjustment)
    return message("Its budget is larger than the median, so the budget adjustment "
                   "(×{factor:.2f}) took {d:.0f} points away",
                   factor=place.budget_factor, d=-place.adjustment)


def _first_reason(rules: Rules, place: Placing) -> Message:
    """Why the `winner: first` agency is at the top: the scenario's rule, said as one."""
    assert rules.victory is not None  # only asked of the winner such a rule names
    return message("This scenario's rule (a game rule): the first agency to achieve {m} "
                   "wins, whatever the totals; {a} achieved it first, so it ranks first",
                   m=milestone_ref(rules.victory.milestone), a=agency_ref(place.agency))


def _pair(upper: Placing, lower: Placing, rules: Rules | None = None,
          winner: str | None = None) -> Message:
    """Why `upper` ranked just above `lower`, in one sentence."""
    a, b = agency_ref(upper.agency), agency_ref(lower.agency)
    if upper.agency == winner and rules is not None and rules.victory is not None and (
            round(upper.total, 6) < round(lower.total, 6)):
        return message("{a} ranked above {b} by this scenario's rule that the first to "
                       "achieve {m} wins (a game rule): {b} had the higher total ({tb:.0f} "
                       "against {ta:.0f})", a=a, b=b,
                       m=milestone_ref(rules.victory.milestone), ta=upper.total,
                       tb=lower.total)
    if upper.raw_total < lower.raw_total:
        return message("{a} ranked above {b} only thanks to the budget adjustment: {b} "
                       "earned more points ({rb:.0f} against {ra:.0f}), but ×{fa:.2f} "
                       "against ×{fb:.2f} put {a} ahead",
                       a=a, b=b, ra=upper.raw_total, rb=lower.raw_total,
                       fa=upper.budget_factor, fb=lower.budget_factor)
    ahead = [(u - v, axis) for (axis, u), (_, v) in zip(upper.points, lower.points,
                                                        strict=True)]
    lead, axis = max(ahead)
    if lead < _NOTHING and upper.total - lower.total < _NOTHING:
        return message("{a} and {b} scored the same; {a} is listed first", a=a, b=b)
    gap_change = upper.adjustment - lower.adjustment
    if lead < _NOTHING:  # equal earnings: the adjustment alone parted them
        return message("{a} and {b} earned the same points; the budget adjustment put {a} "
                       "ahead by {g:.0f}", a=a, b=b, g=gap_change)
    if gap_change >= _NOTHING:
        return message("{a} ranked above {b}: more {axis} (+{d:.0f}), and the budget "
                       "adjustment widened the gap by {g:.0f} points",
                       a=a, b=b, axis=axis_ref(axis), d=lead, g=gap_change)
    if gap_change <= -_NOTHING:
        return message("{a} ranked above {b}: more {axis} (+{d:.0f}), though the budget "
                       "adjustment narrowed the gap by {g:.0f} points",
                       a=a, b=b, axis=axis_ref(axis), d=lead, g=-gap_change)
    return message("{a} ranked above {b}: more {axis} (+{d:.0f})",
                   a=a, b=b, axis=axis_ref(axis), d=lead)
