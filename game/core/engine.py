"""The engine: the only writer of GameState. Commands in, state and turn reports out.

A small orchestrator: each command goes to the system that owns its rule (funding,
missions, membership, events), and a turn runs the systems in a fixed order (begin: income,
dues, standing orders, events; resolve: the computer's agencies, spending, the accounts,
the reports). The computer's policy is passed in (`rivals`), so the engine imports no
policy and nothing in `game.core` imports the engine.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from game.core import (
    accounts,
    deals,
    events,
    funding,
    membership,
    missions,
    station,
    views,
    why_not,
)
from game.core import blocs as bloc_rules
from game.core import milestones as ms
from game.core.activity import answers_problem, part_scores
from game.core.commands import (
    OK,
    Allocate,
    AnswerEvent,
    Attempt,
    Command,
    DeclineOffer,
    EndTurn,
    JoinBloc,
    LeaveBloc,
    PlaceInstrument,
    RecordActivity,
    Result,
    refused,
)
from game.core.history import compare
from game.core.records import Message, TurnReport, agency_ref, message
from game.core.rng import make_rng
from game.core.rules import DIFFICULTIES, SCORE_AXES, Rules, Tuning, shared_rules
from game.core.scoring import Standing, standings
from game.core.state import AgencyState, Deal, GameState, Pending, Project
from game.core.world import World, close_report
from game.scenario.models import Scenario

# What plays a computer agency's turn: given the game (read only), the agency and the way
# to apply a command (the engine's own handlers), it applies that turn's commands.
Rival = Callable[[views.GameView, str, Callable[[Command], object]], None]

# Re-exported: the screens import the view records from here.
__all__ = ["OK", "Engine", "Result", "Rival", "refused"]


class Engine:
    def __init__(self, rules: Rules, state: GameState, rng: np.random.Generator,
                 commands: list[dict[str, object]] | None = None, *, rivals: Rival) -> None:
        self.world = World(rules, state, rng)
        self.rivals = rivals
        self.commands: list[dict[str, object]] = commands if commands is not None else []

    @property
    def rules(self) -> Rules:
        return self.world.rules

    def retell(self, scenario: Scenario) -> None:
        """The same game told in another language: `scenario` is this game's scenario with
        its texts translated (a companion file), so only the words the rules carry change."""
        if scenario.scenario.id != self.rules.scenario.scenario.id:
            raise ValueError(f"{scenario.scenario.id} is not this game's scenario")
        # Built as a loaded game builds them, with this game's tuning: a companion changes
        # no number, so only the names the rules carry (milestones, steps) change.
        self.world.rules = Rules.from_scenario(scenario, self.rules.tuning)

    @property
    def state(self) -> GameState:
        return self.world.state

    @property
    def rng(self) -> np.random.Generator:
        return self.world.rng

    # --- creation ---------------------------------------------------------------------

    @classmethod
    def new(cls, scenario: Scenario, seed: int, humans: list[str],
            difficulty: str = "normal", tuning: Tuning | None = None, *,
            rivals: Rival) -> Engine:
        rules = shared_rules(scenario, tuning)
        unknown = [h for h in humans if h not in scenario.agencies]
        if unknown:
            raise ValueError(f"unknown agencies {unknown}")
        if difficulty not in DIFFICULTIES:
            raise ValueError(f"difficulty must be one of {DIFFICULTIES}")
        agencies = {}
        for aid, spec in scenario.agencies.items():
            agency = AgencyState(
                id=aid,
                money=0,
                support=spec.game.support,
                bloc=spec.bloc,
                constraints=list(spec.constraints),
                scores=dict.fromkeys(SCORE_AXES, 0.0),
            )
            agency.scores["budget_health"] = 50.0
            for done in spec.achieved:
                agency.achieved[done.milestone] = -1
            for mid, progress in spec.game.progress.items():
                # Work underway counts its share of the minimum turns too: a project half
                # developed at the start has half its minimum time behind it.
                rule = scenario.milestones.get(mid)
                done_turns = int(progress * rule.game.min_turns) if rule is not None else 0
                agency.projects[mid] = Project(progress=progress, turns_funded=done_turns)
            agencies[aid] = agency
        state = GameState(
            scenario_id=scenario.scenario.id,
            seed=seed,
            difficulty=difficulty,
            humans=list(humans),
            turn=0,
            turn_count=rules.calendar.turn_count,
            agencies=agencies,
        )
        engine = cls(rules, state, make_rng(seed), rivals=rivals)
        for agency in agencies.values():
            if agency.bloc:
                for partner in bloc_rules.partners(state, agency.id):
                    agency.trust[partner] = rules.blocs[agency.bloc].trust_start
        # Firsts achieved before the game belong to whoever made them, for no prestige.
        for agency in agencies.values():
            for mid in agency.achieved:
                if rules.milestones[mid].first and mid not in state.firsts:
                    state.firsts[mid] = (agency.id, -1)
        engine._begin_turn()
        return engine

    # --- commands ---------------------------------------------------------------------

    def apply(self, command: Command) -> Result:
        """Apply one command. A refused command changes nothing and says why."""
        # The activity may be done in the debrief, after the last turn: it changes no play.
        if self.state.finished and not isinstance(command, RecordActivity):
            return refused(message("the game is over"))
        if command.agency not in self.state.agencies:
            return refused(message("there is no agency called {a}", a=command.agency))
        playing = command.agency in self.state.humans and not isinstance(command, EndTurn)
        self.world.actor = command.agency if playing else None
        try:
            result = self._dispatch(command)
        finally:
            self.world.actor = None
        if result.ok:
            self.commands.append(command.to_dict())
        return result

    def _dispatch(self, command: Command) -> Result:
        """Each command to the system that owns its rule."""
        world = self.world
        match command:
            case Allocate():
                return funding.allocate(world, command)
            case Attempt():
                return missions.attempt(world, command)
            case JoinBloc():
                return membership.join(world, command)
            case LeaveBloc():
                return membership.leave(world, command)
            case DeclineOffer():
                return membership.decline(world, command)
            case AnswerEvent():
                return events.answer(world, command)
            case PlaceInstrument():
                return deals.place(world, command)
            case EndTurn():
                return self._end_turn(command)
            case RecordActivity():
                return self._record_activity(command)
        return refused(message("unknown command"))

    def _end_turn(self, c: EndTurn) -> Result:
        if c.agency not in self.state.humans:
            return refused(message("{a} is played by the computer", a=agency_ref(c.agency)))
        waiting = self.pending(c.agency)
        if waiting:
            return refused(message("answer what is waiting first ({n} left)", n=len(waiting)))
        self.state.agencies[c.agency].ended_turn = True
        if all(self.state.agencies[h].ended_turn for h in self.state.humans):
            self._resolve_turn()
        return OK

    def _record_activity(self, c: RecordActivity) -> Result:
        problem = answers_problem(c.answers)
        if problem is not None or not c.activity:
            return refused(message("the activity's answers are not valid: {problem}",
                                   problem=problem or "an activity needs an id"))
        # A second run replaces the first: the report shows what the class did last.
        self.state.activity = {"activity": c.activity,
                               "answers": [list(answer) for answer in c.answers],
                               "scores": part_scores(c.answers)}
        return OK

    # --- the turn ---------------------------------------------------------------------

    def _begin_turn(self) -> None:
        world, state = self.world, self.state
        for agency in state.agencies.values():
            agency.ended_turn = False
            # A player's funding is a standing order (a game rule): it repeats each turn
            # until changed or finished. The computer decides afresh every turn.
            orders = agency.allocation if agency.id in state.humans else {}
            agency.allocation = {}
            agency.wasted = 0
            report = state.current[agency.id] = TurnReport(
                turn=state.turn, scores_before=dict(agency.scores), money_start=agency.money)
            income = funding.income(world, agency)
            agency.income = income
            agency.money += income
            report.income = income
            funding.announce_budget(world, agency)
            funding.pay_dues(world, agency)
            if orders:
                funding.renew_orders(world, agency, orders)
        events.fire_events(world)

    def _resolve_turn(self) -> None:
        world, state = self.world, self.state
        for agency in state.agencies.values():
            if agency.id not in state.humans:
                self.rivals(self, agency.id, self._apply_internal)
        for agency in state.agencies.values():
            funding.spend(world, agency)
        station.settle(world)  # the blocs' joint stages, funded by all their members at once
        for agency in state.agencies.values():
            accounts.close_turn(world, agency)
        state.reports = {aid: close_report(world, aid) for aid in state.agencies}
        state.turn += 1
        victory = self.rules.victory
        if victory and any(a.achieved.get(victory.milestone, -1) >= 0
                           for a in state.agencies.values()):
            state.finished, state.end_reason = True, "victory"
        elif state.turn >= state.turn_count:
            state.finished, state.end_reason = True, "end_date"
        if state.finished:
            state.pending.clear()
            for agency in state.agencies.values():
                agency.allocation = {}  # no turn follows for a standing order to fund
            state.turn = min(state.turn, state.turn_count)
        else:
            self._begin_turn()

    def _apply_internal(self, command: Command) -> None:
        """AI moves go through the same handlers as a player's, but are not logged: they are
        recomputed identically on replay."""
        self._dispatch(command)

    # --- writes a test or a tool may make directly ------------------------------------

    def achieve(self, aid: str, mid: str) -> None:
        missions.achieve(self.world, aid, mid)

    def income(self, agency: AgencyState) -> int:
        return funding.income(self.world, agency)

    # --- queries (pure reads; the UI and policies use these) --------------------------

    def failure_preview(self, aid: str, mid: str) -> views.FailurePreview:
        return views.failure_preview(self.rules, self.state, aid, mid)

    def deal_options(self, aid: str) -> tuple[deals.DealOption, ...]:
        """Other agencies' robotic missions an instrument might go on, and why not."""
        return deals.options(self.rules, self.state, aid)

    def open_deals(self, aid: str) -> list[Deal]:
        return deals.open_deals(self.state, aid)

    def partners(self, aid: str) -> list[str]:
        return bloc_rules.partners(self.state, aid)

    def pending(self, aid: str) -> list[Pending]:
        return [p for p in self.state.pending if p.agency == aid]

    def last_report(self, aid: str) -> TurnReport | None:
        return self.state.reports.get(aid)

    def current_report(self, aid: str) -> TurnReport | None:
        return self.state.current.get(aid)

    def known_achieved(self, viewer: str, aid: str) -> dict[str, int]:
        return views.known_achieved(self.state, viewer, aid)

    @property
    def is_over(self) -> bool:
        return self.state.finished

    def standings(self) -> list[Standing]:
        return standings(self.rules, self.state)

    def odds(self, aid: str, mid: str) -> ms.Odds:
        return ms.odds(self.rules, self.state, self.state.agencies[aid], mid)

    def odds_reasons(self, aid: str, mid: str) -> ms.OddsReasons:
        return ms.odds_reasons(self.rules, self.state, self.state.agencies[aid], mid)

    def status(self, aid: str, mid: str) -> str:
        return ms.status(self.rules, self.state, self.state.agencies[aid], mid)

    def statuses(self, aid: str) -> dict[str, str]:
        """The status of every milestone for one agency (what the tech tree colours)."""
        return ms.all_statuses(self.rules, self.state, self.state.agencies[aid])

    def why_locked(self, aid: str, mid: str) -> Message | None:
        """Why `aid` may not fund `mid` now (a bloc's, the founders' or a prerequisite's
        reason), or None when it is not locked."""
        agency = self.state.agencies[aid]
        if ms.status(self.rules, self.state, agency, mid) != ms.LOCKED:
            return None
        return why_not.locked(self.rules, self.state, agency, mid)

    def milestone_view(self, aid: str, mid: str) -> views.MilestoneView:
        return views.milestone_view(self.rules, self.state, aid, mid)

    def turns_to_ready(self, aid: str, mid: str, amount: int) -> int | None:
        return views.turns_to_ready(self.rules, self.state, aid, mid, amount)

    def budget_view(self, aid: str) -> views.BudgetView:
        return views.budget_view(self.rules, self.state, aid)

    def bloc_view(self, aid: str, bloc: str) -> views.BlocView:
        return views.bloc_view(self.rules, self.state, aid, bloc)

    def history_comparison(self, aid: str) -> list[dict[str, object]]:
        return compare(self.rules, self.state, aid,
                       known=lambda other: self.known_achieved(aid, other))
