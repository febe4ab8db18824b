"""The Artemis road's own rules: the Accords turned into rules with effects a partner sees.

Four rules a scenario may give a bloc (`blocs.<id>.game.rules`), each resting on what the
reports say and labelled as the game's where it goes beyond them:

- crew_seats: one report calls the Accords "a pathway for countries to work with the US"
  (seed_002). In the game a partner's contributions (dues paid, and money spent on the
  milestones the bloc helps pay for) earn it a seat on the lead's next crewed flight:
  prestige and science when that flight succeeds. The seats are the game's.
- commercial_services: one report says Artemis "has signed on partnerships within the
  private sector" (seed_002). Once a member has achieved the bloc's commercial milestone
  (`blocs.<id>.game.commercial`), members' robotic missions cost less (the game's figure).
- released_data: NOT in the reports (the game's design): when a member achieves a robotic
  mission, the other members gain a share of its science.
- emergency_assistance: the Accords' commitment to "offering emergency assistance to
  personnel from other space agencies" (seed_003): a member's failed crewed flight is more
  often an abort with the crew safe (`crew_safe_bonus`; the abort rule itself is elsewhere).

Every figure is a game value in `Tuning`. Nothing here imports `milestones` (which asks
`cost_factor` for every cost), so the two cannot import each other.
"""

from __future__ import annotations

from game.core import changes
from game.core.blocs import members
from game.core.records import (
    HeldNews,
    Message,
    Seat,
    agency_ref,
    bloc_ref,
    message,
    milestone_ref,
)
from game.core.rules import BlocRule, MilestoneRule, Rules
from game.core.state import AgencyState, GameState
from game.core.world import World

CREW_SEATS = "crew_seats"
COMMERCIAL = "commercial_services"
RELEASED_DATA = "released_data"
ASSISTANCE = "emergency_assistance"
RULES = frozenset((CREW_SEATS, COMMERCIAL, RELEASED_DATA, ASSISTANCE))


def _bloc_of(rules: Rules, agency: AgencyState) -> BlocRule | None:
    return rules.blocs.get(agency.bloc) if agency.bloc is not None else None


# --- crew seats ---------------------------------------------------------------------------


def is_seat_flight(rules: Rules, rule: MilestoneRule) -> bool:
    """A crewed mission that carries a crew: one that needs another crewed milestone first.
    The first rung of the crewed track (a heavy launcher's test flight, in every shipped
    scenario) flies no one, so no partner's astronaut can be on it."""
    if not (rule.crewed and rule.is_mission):
        return False
    return any(rules.milestones[r].crewed for r in rule.requires if r in rules.milestones)


def add_credit(world: World, agency: AgencyState, amount: int) -> None:
    """Count `amount` (dues paid, or money spent on a bloc-priced milestone) toward the
    agency's seat on its bloc lead's next crewed flight, where its bloc has crew seats."""
    bloc = _bloc_of(world.rules, agency)
    if bloc is None or amount <= 0 or CREW_SEATS not in bloc.road_rules:
        return
    if agency.id == bloc.lead:  # the lead flies its own crews
        return
    agency.seat_credit[bloc.id] = agency.seat_credit.get(bloc.id, 0) + amount


def seat_credit(state: GameState, aid: str, bloc: str) -> int:
    return state.agencies[aid].seat_credit.get(bloc, 0)


def _fly_partners(world: World, bloc: BlocRule, rule: MilestoneRule) -> None:
    """The lead's crewed flight succeeded: every partner whose contributions reached a seat
    had an astronaut on board."""
    state, tuning = world.state, world.rules.tuning
    lead = bloc.lead
    for member in members(state, bloc.id):
        if member == lead:
            continue
        agency = state.agencies[member]
        credit = agency.seat_credit.get(bloc.id, 0)
        if credit < tuning.seat_contribution:
            continue
        agency.seat_credit[bloc.id] = credit - tuning.seat_contribution
        changes.add_score(world, member, "prestige", tuning.seat_prestige)
        changes.add_score(world, member, "science", tuning.seat_science)
        changes.change_trust(world, member, lead, tuning.seat_trust)
        changes.change_trust(world, lead, member, tuning.seat_trust)
        report = state.current.get(member)
        if report is not None:
            report.seats.append(Seat(rule.id, lead, tuning.seat_prestige, tuning.seat_science))
        world.news(member, message("An astronaut of {a} flies on {l}'s {m}",
                                   a=agency_ref(member), l=agency_ref(lead),
                                   m=milestone_ref(rule.id)))


# --- commercial services ------------------------------------------------------------------


def commercial_open(rules: Rules, state: GameState, bloc: str) -> bool:
    """A member of `bloc` has achieved the bloc's commercial milestone (and the bloc has
    the commercial_services rule)."""
    rule = rules.blocs.get(bloc)
    if rule is None or rule.commercial is None or COMMERCIAL not in rule.road_rules:
        return False
    mid = rule.commercial
    return any(a.bloc == bloc and mid in a.achieved for a in state.agencies.values())


def cost_factor(rules: Rules, state: GameState, agency: AgencyState,
                rule: MilestoneRule) -> float:
    """What commercial services leave of a milestone's cost for this agency: 1.0, or less
    for a robotic mission of a member once its bloc's services are open. Asked for every
    cost (`milestones.effective_cost`), so the cheap tests come first."""
    if rule.track != "robotic" or not rule.is_mission:
        return 1.0
    bloc = _bloc_of(rules, agency)
    if bloc is None or bloc.commercial is None or COMMERCIAL not in bloc.road_rules:
        return 1.0
    if not commercial_open(rules, state, bloc.id):
        return 1.0
    return 1.0 - rules.tuning.commercial_discount


# --- released data ------------------------------------------------------------------------


def _release(world: World, bloc: BlocRule, aid: str, rule: MilestoneRule) -> None:
    share = round(world.rules.tuning.released_data_share * rule.science, 2)
    if share <= 0:
        return
    for member in members(world.state, bloc.id):
        if member == aid:
            continue
        changes.add_score(world, member, "science", share)
        _tell(world, member, message("{a} releases the data of its {m} to {b} members: "
                                     "+{n} science", a=agency_ref(aid),
                                     m=milestone_ref(rule.id), b=bloc_ref(bloc.id), n=share))


def _tell(world: World, aid: str, text: Message) -> None:
    """A line in one agency's report, held back (as `World.news` holds news) when another
    human team's command caused it, so no team reads a rival's launch mid-turn."""
    report = world.state.current.get(aid)
    if report is None:
        return
    actor = world.actor
    if actor is not None and aid != actor and aid in world.state.humans:
        report.held_news.append(HeldNews(len(report.news), text))
    else:
        report.news.append(text)


# --- what an achievement sets off ---------------------------------------------------------


def on_achieved(world: World, aid: str, mid: str) -> None:
    """`aid` has just achieved `mid` (`missions.achieve`): the seats and released data."""
    agency = world.state.agencies[aid]
    bloc = _bloc_of(world.rules, agency)
    if bloc is None or not bloc.road_rules & RULES:
        return
    rule = world.rules.milestones[mid]
    if CREW_SEATS in bloc.road_rules and aid == bloc.lead and is_seat_flight(world.rules, rule):
        _fly_partners(world, bloc, rule)
    if RELEASED_DATA in bloc.road_rules and rule.track == "robotic" and rule.is_mission:
        _release(world, bloc, aid, rule)


# --- emergency assistance -----------------------------------------------------------------


def crew_safe_bonus(rules: Rules, state: GameState, aid: str) -> float:
    """Added chance that a failed crewed flight of `aid` ends with the crew safe: partners
    under the emergency_assistance rule come to help. Nothing without a partner to help."""
    agency = state.agencies[aid]
    bloc = _bloc_of(rules, agency)
    if bloc is None or ASSISTANCE not in bloc.road_rules:
        return 0.0
    if not any(a.bloc == bloc.id and a.id != aid for a in state.agencies.values()):
        return 0.0
    return rules.tuning.assistance_safe_bonus


# --- the bloc screen ----------------------------------------------------------------------


def _pct(share: float) -> int:
    return round(share * 100)


def status_lines(rules: Rules, state: GameState, aid: str, bloc: str) -> tuple[Message, ...]:
    """Where `aid` stands under `bloc`'s Artemis rules, for the bloc screen: its seat
    progress, whether the discount is in force or what opens it, what data it receives."""
    rule = rules.blocs.get(bloc)
    if rule is None or not rule.road_rules & RULES:
        return ()
    tuning = rules.tuning
    member = state.agencies[aid].bloc == bloc
    lead = agency_ref(rule.lead)
    lines: list[Message] = []
    if CREW_SEATS in rule.road_rules:
        need = tuning.seat_contribution
        if aid == rule.lead:
            lines.append(message("Partners who contribute {y} million fly on your crewed "
                                 "missions", y=need))
        elif member and seat_credit(state, aid, bloc) >= need:
            lines.append(message("Seat earned: your astronaut flies on {l}'s next crewed "
                                 "flight ({x} million contributed)",
                                 l=lead, x=seat_credit(state, aid, bloc)))
        elif member:
            lines.append(message("{x} of {y} million toward a seat on {l}'s next crewed "
                                 "flight", x=seat_credit(state, aid, bloc), y=need, l=lead))
        else:
            lines.append(message("Members earn a seat on {l}'s crewed flights with {y} million "
                                 "of dues and shared projects", l=lead, y=need))
    if COMMERCIAL in rule.road_rules and rule.commercial is not None:
        off = _pct(tuning.commercial_discount)
        if commercial_open(rules, state, bloc):
            lines.append(message("Commercial services in force: members' robotic missions "
                                 "cost {p}% less", p=off))
        else:
            lines.append(message("Members' robotic missions will cost {p}% less once a member "
                                 "achieves {m}", p=off, m=milestone_ref(rule.commercial)))
    if RELEASED_DATA in rule.road_rules:
        lines.append(message("Members gain {p}% of the science of each other's robotic "
                             "missions", p=_pct(tuning.released_data_share)))
    if ASSISTANCE in rule.road_rules:
        lines.append(message("A member's failed crewed flight ends with the crew safe more "
                             "often (+{p} points)", p=_pct(tuning.assistance_safe_bonus)))
    return tuple(lines)
