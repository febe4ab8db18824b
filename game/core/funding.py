"""Money in and money spent: income, bloc dues, standing orders, funding a milestone, and
the development the turn's funding buys."""

from __future__ import annotations

from game.core import accords, budget, changes, joint, missions, station, why_not
from game.core import milestones as ms
from game.core.commands import OK, Allocate, Result, refused
from game.core.records import (
    Order,
    OrderCut,
    ProgressLine,
    agency_ref,
    bloc_ref,
    message,
    milestone_ref,
)
from game.core.state import AgencyState, Project
from game.core.world import World


def allocate(world: World, c: Allocate) -> Result:
    rules, state = world.rules, world.state
    agency = state.agencies[c.agency]
    if c.milestone not in rules.milestones:
        return refused(message("there is no milestone called {m}", m=c.milestone))
    if c.amount < 0:
        return refused(message("funding cannot be negative"))
    status = ms.status(rules, state, agency, c.milestone)
    if c.amount > 0 and status in (ms.LOCKED, ms.ACHIEVED, ms.SHARED):
        return refused(why_not.not_fundable(rules, state, agency, c.milestone, status))
    amount = c.amount
    cap = full_speed(world, agency, c.milestone) if amount > 0 else 0
    if amount > 0 and joint.is_joint(rules, agency.bloc, c.milestone):
        # A joint stage takes what finishes the bloc's project, less what partners put in.
        cap = station.joint_cap(rules, state, agency, c.milestone)
        if cap == 0:
            return refused(message("{b} partners already fund all that {m} needs this turn",
                                   b=bloc_ref(agency.bloc or ""), m=milestone_ref(c.milestone)))
    # Money beyond full speed would be wasted, so it is never taken (a game rule): the
    # player sees the cap before the turn ends instead of losing the rest silently.
    amount = min(amount, cap)
    others = sum(agency.allocation.values()) - agency.allocation.get(c.milestone, 0)
    if others + amount > agency.money:
        return refused(message("that would spend {need} million, but only {have} million is "
                               "available this turn", need=others + amount,
                               have=agency.money))
    if amount == 0:
        agency.allocation.pop(c.milestone, None)
    else:
        agency.allocation[c.milestone] = amount
    if amount < c.amount:
        return Result(True, capped=amount)
    return OK


def income(world: World, agency: AgencyState) -> int:
    tuning = world.rules.tuning
    factor = tuning.support_income_low + tuning.support_income_span * agency.support / 100
    if agency.id in world.state.humans:
        factor *= dict(tuning.difficulty_income)[world.state.difficulty]
    base = world.rules.turn_income(agency.id, world.state.turn)
    if agency.budget_change:  # an event's budget effect: the yearly budget as it now is
        yearly = world.rules.yearly_budget(agency.id, world.state.turn)
        base = max(0, yearly + agency.budget_change) * world.rules.turn_fraction()
    return round(base * factor)


def announce_budget(world: World, agency: AgencyState) -> None:
    """The scenario's `budget_changes` as the agency's news: the turn before one starts
    (so the player sees it coming) and the turn it starts. Game values, said as such."""
    rules, turn = world.rules, world.state.turn
    for change in rules.scenario.agencies[agency.id].game.budget_changes:
        first = rules.calendar.turn_of(str(change.date))
        if first == turn + 1:
            world.note(agency.id, message(
                "From {date}, {a}'s budget becomes {n} million a year (a game value)",
                date=str(change.date), a=agency_ref(agency.id), n=change.budget_per_year))
        elif first == turn and turn > 0:
            world.note(agency.id, message(
                "{a}'s budget is now {n} million a year (a game value of this scenario)",
                a=agency_ref(agency.id), n=change.budget_per_year))


def pay_dues(world: World, agency: AgencyState) -> None:
    if agency.bloc is None:
        return
    dues = world.rules.dues[agency.bloc]
    tuning = world.rules.tuning
    if agency.money >= dues:
        agency.money -= dues
        world.state.current[agency.id].dues_paid = dues
        accords.add_credit(world, agency, dues)
        changes.change_partners_trust(world, agency.id, tuning.dues_trust)
    else:
        changes.change_partners_trust(world, agency.id, -tuning.unpaid_dues_trust)
        world.note(agency.id, message("{a} could not pay its {b} contribution; partners' "
                                      "trust fell", a=agency_ref(agency.id),
                                      b=bloc_ref(agency.bloc)))


def renew_orders(world: World, agency: AgencyState, orders: dict[str, int]) -> None:
    """Last turn's funding again, for what is still in development: each order capped at
    full speed and at what finishes development, the largest cut first where the money is
    short. The report names what ended (developed, achieved, no longer open) and what was
    cut."""
    renewed: dict[str, int] = {}
    ended: list[str] = []
    for mid, amount in sorted(orders.items()):
        if ms.status(world.rules, world.state, agency, mid) not in (ms.AVAILABLE,
                                                                    ms.IN_PROGRESS):
            ended.append(mid)
            continue
        renewed[mid] = min(amount, _useful(world, agency, mid))
    trim = budget.trim_allocation(renewed, agency.money)
    agency.allocation = trim.allocation
    report = world.state.current[agency.id]
    report.orders = [Order(m, a, orders[m]) for m, a in sorted(trim.allocation.items())]
    report.orders_ended = ended
    report.orders_cut = [OrderCut(c.milestone, c.amount)
                         for c in sorted(trim.cuts, key=lambda c: c.milestone)]


def _useful(world: World, agency: AgencyState, mid: str) -> int:
    """What a standing order may take this turn: no more than full speed, nor than finishes
    development (extra for a mission's chance is asked for afresh)."""
    rules = world.rules
    if joint.is_joint(rules, agency.bloc, mid):
        return station.joint_cap(rules, world.state, agency, mid)
    rule = rules.milestones[mid]
    project = agency.projects.get(mid)
    return ms.finishing_amount(rules, rule, ms.effective_cost(rules, world.state, agency, rule),
                               project.progress if project is not None else 0.0)


def full_speed(world: World, agency: AgencyState, mid: str) -> int:
    """The most a turn's funding of `mid` can do (`ms.full_speed_amount`): the cap."""
    rule = world.rules.milestones[mid]
    return ms.full_speed_amount(world.rules, rule,
                                ms.effective_cost(world.rules, world.state, agency, rule))


def spend(world: World, agency: AgencyState) -> None:
    """The turn's funding buys development; a programme completes when developed."""
    if not agency.allocation:
        return
    report = world.state.current[agency.id]
    rules, projects = world.rules, agency.projects
    for mid, amount in sorted(agency.allocation.items()):
        if mid in agency.achieved or amount <= 0:
            continue
        if _shared_by_partner(world, agency, mid):  # a partner flew it since the allocation
            continue
        amount = min(amount, agency.money)
        if joint.is_joint(rules, agency.bloc, mid):
            station.contribute(world, agency, mid, amount)  # spent with partners' (settle)
            continue
        rule = rules.milestones[mid]
        cost = ms.effective_cost(rules, world.state, agency, rule)
        project = projects.get(mid)
        if project is None:
            project = projects[mid] = Project()
        gain, wasted = ms.progress_gain(rules, rule, cost, amount)
        before = project.progress
        project.progress = min(1.0, project.progress + gain)
        project.spent += amount
        project.turns_funded += 1
        agency.money -= amount
        agency.wasted += wasted
        if agency.bloc is not None and mid in rules.bloc_priced.get(agency.bloc, ()):
            accords.add_credit(world, agency, amount)  # toward a seat (crew_seats)
        report.progress.append(ProgressLine(mid, round(before, 4),
                                            round(project.progress, 4), amount))
        if not rule.is_mission and ms.is_complete(rule, project):
            missions.achieve(world, agency.id, mid)
    # The allocation stays: a player's becomes next turn's standing order (begin_turn).


def _shared_by_partner(world: World, agency: AgencyState, mid: str) -> bool:
    """Whether a partner has built `mid` and the bloc shares it: nothing left to pay for.
    (A partner's flight earlier in the turn's resolution can make it so after the player
    allocated to it.)"""
    bloc = world.rules.blocs.get(agency.bloc) if agency.bloc else None
    return (bloc is not None and mid in bloc.shares
            and ms.status(world.rules, world.state, agency, mid) == ms.SHARED)
