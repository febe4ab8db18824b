"""The engine: the only writer of GameState. Commands in, state and turn reports out."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from game.core import blocs as bloc_rules
from game.core import budget
from game.core import milestones as ms
from game.core.activity import answers_problem, part_scores
from game.core.commands import (
    Allocate,
    AnswerEvent,
    Attempt,
    Command,
    DeclineOffer,
    EndTurn,
    JoinBloc,
    LeaveBloc,
    RecordActivity,
)
from game.core.events import CONDITIONS, EFFECTS
from game.core.records import (
    AllocationCut,
    FiredEvent,
    HeldNews,
    Launch,
    LaunchStep,
    Message,
    NewsItem,
    Order,
    OrderCut,
    ProgressLine,
    TurnReport,
    agency_ref,
    bloc_ref,
    first_ref,
    message,
    milestone_ref,
)
from game.core.rng import make_rng
from game.core.rules import DIFFICULTIES, SCORE_AXES, Rules, Tuning, shared_rules
from game.core.scoring import Standing, standings, total
from game.core.state import AgencyState, GameState, Pending, Project
from game.scenario.models import Event, Scenario


@dataclass(frozen=True)
class Result:
    """What became of a command: applied, or refused with a reason and nothing changed."""

    ok: bool
    reason: Message | None = None  # why not, for a refused command
    launch: Launch | None = None  # what an Attempt flew
    capped: int | None = None  # an Allocate above full speed: what was allocated


OK = Result(True)


def refused(reason: Message) -> Result:
    return Result(False, reason)


class Engine:
    def __init__(self, rules: Rules, state: GameState, rng: np.random.Generator,
                 commands: list[dict[str, Any]] | None = None) -> None:
        self.rules = rules
        self.state = state
        self.rng = rng
        self.commands: list[dict[str, Any]] = commands if commands is not None else []
        # The human agency whose command is being applied (None while the turn resolves):
        # what it makes happen is news other human teams read only when the turn resolves.
        self._actor: str | None = None

    # --- creation ---------------------------------------------------------------------

    @classmethod
    def new(cls, scenario: Scenario, seed: int, humans: list[str],
            difficulty: str = "normal", tuning: Tuning | None = None) -> Engine:
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
                agency.projects[mid] = Project(progress=progress)
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
        engine = cls(rules, state, make_rng(seed))
        for agency in agencies.values():
            if agency.bloc:
                for partner in bloc_rules.partners(state, agency.id):
                    agency.trust[partner] = rules.blocs[agency.bloc].trust_start
        # Firsts achieved before the game belong to whoever made them, for no prestige.
        for agency in agencies.values():
            for mid in agency.achieved:
                if rules.milestones[mid].first and mid not in state.firsts:
                    state.firsts[mid] = [agency.id, -1]
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
        handler = _HANDLERS.get(type(command))
        if handler is None:
            return refused(message("unknown command"))
        playing = command.agency in self.state.humans and not isinstance(command, EndTurn)
        self._actor = command.agency if playing else None
        try:
            result = handler(self, command)
        finally:
            self._actor = None
        if result.ok:
            self.commands.append(command.to_dict())
        return result

    def _allocate(self, c: Allocate) -> Result:
        agency = self.state.agencies[c.agency]
        if c.milestone not in self.rules.milestones:
            return refused(message("there is no milestone called {m}", m=c.milestone))
        if c.amount < 0:
            return refused(message("funding cannot be negative"))
        status = ms.status(self.rules, self.state, agency, c.milestone)
        if c.amount > 0 and status in (ms.LOCKED, ms.ACHIEVED, ms.SHARED):
            return refused(self._why_not_fundable(agency, c.milestone, status))
        amount = c.amount
        cap = self._full_speed(agency, c.milestone) if amount > 0 else 0
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

    def _attempt(self, c: Attempt) -> Result:
        agency = self.state.agencies[c.agency]
        rule = self.rules.milestones.get(c.milestone)
        if rule is None:
            return refused(message("there is no milestone called {m}", m=c.milestone))
        if not rule.is_mission:
            return refused(message("{m} is a programme: it completes when funded, with no launch",
                                   m=milestone_ref(rule.id)))
        status = ms.status(self.rules, self.state, agency, c.milestone)
        if status != ms.READY:
            return refused(self._why_not_ready(agency, c.milestone, status))
        if agency.projects[c.milestone].attempted_turn == self.state.turn:
            return refused(message("{m} has already flown this turn", m=milestone_ref(rule.id)))
        return Result(True, launch=self._fly(agency, c.milestone))

    def _join(self, c: JoinBloc) -> Result:
        why = bloc_rules.join_refusal(self.rules, self.state, c.agency, c.bloc)
        if why:
            return refused(why)
        self.join_bloc(c.agency, c.bloc)
        return OK

    def _leave(self, c: LeaveBloc) -> Result:
        if self.state.agencies[c.agency].bloc is None:
            return refused(message("{a} is not in a bloc", a=agency_ref(c.agency)))
        self.leave_bloc(c.agency)
        return OK

    def _decline(self, c: DeclineOffer) -> Result:
        item = self._pending_item(c.agency, "offer", c.bloc)
        if item is None:
            return refused(message("there is no open offer from {b}", b=c.bloc))
        self.state.pending.remove(item)
        self.state.agencies[c.agency].declined.append(c.bloc)
        return OK

    def _answer(self, c: AnswerEvent) -> Result:
        item = self._pending_item(c.agency, "event", c.event)
        if item is None:
            return refused(message("no event {e} is waiting for an answer", e=c.event))
        event = self.rules.scenario.events[c.event]
        if not 0 <= c.choice < len(event.choices):
            return refused(message("choose an answer from 1 to {n}", n=len(event.choices)))
        self.state.pending.remove(item)
        self._note_choice(c.agency, c.event, c.choice)
        self._apply_effects(event.choices[c.choice].effects, [c.agency])
        return OK

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

    # --- the turn ---------------------------------------------------------------------

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

    def _begin_turn(self) -> None:
        state = self.state
        for agency_state in state.agencies.values():
            agency_state.ended_turn = False
            # A player's funding is a standing order (a game rule): it repeats each turn
            # until changed or finished. The computer decides afresh every turn.
            orders = agency_state.allocation if agency_state.id in state.humans else {}
            agency_state.allocation = {}
            agency_state.wasted = 0
            report = state.current[agency_state.id] = TurnReport(
                turn=state.turn, scores_before=dict(agency_state.scores),
                money_start=agency_state.money)
            income = self.income(agency_state)
            agency_state.income = income
            agency_state.money += income
            report.income = income
            self._pay_dues(agency_state)
            if orders:
                self._renew_orders(agency_state, orders)
        self._fire_events()

    def _renew_orders(self, agency: AgencyState, orders: dict[str, int]) -> None:
        """Last turn's funding again, for what is still in development: each order capped at
        full speed and at what finishes development, the largest cut first where the money
        is short. The report names what ended (developed, achieved, no longer open) and what
        was cut."""
        renewed: dict[str, int] = {}
        ended: list[str] = []
        for mid, amount in sorted(orders.items()):
            if ms.status(self.rules, self.state, agency, mid) not in (ms.AVAILABLE,
                                                                      ms.IN_PROGRESS):
                ended.append(mid)
                continue
            renewed[mid] = min(amount, self._useful(agency, mid))
        trim = budget.trim_allocation(renewed, agency.money)
        agency.allocation = trim.allocation
        report = self.state.current[agency.id]
        report.orders = [Order(m, a, orders[m]) for m, a in sorted(trim.allocation.items())]
        report.orders_ended = ended
        report.orders_cut = [OrderCut(c.milestone, c.amount)
                             for c in sorted(trim.cuts, key=lambda c: c.milestone)]

    def _useful(self, agency: AgencyState, mid: str) -> int:
        """What a standing order may take this turn: no more than full speed, nor than
        finishes development (extra for a mission's chance is asked for afresh)."""
        rule = self.rules.milestones[mid]
        project = agency.projects.get(mid)
        return ms.finishing_amount(self.rules, rule,
                                   ms.effective_cost(self.rules, self.state, agency, rule),
                                   project.progress if project is not None else 0.0)

    def _full_speed(self, agency: AgencyState, mid: str) -> int:
        """The most a turn's funding of `mid` can do (`ms.full_speed_amount`): the cap."""
        rule = self.rules.milestones[mid]
        return ms.full_speed_amount(self.rules, rule,
                                    ms.effective_cost(self.rules, self.state, agency, rule))

    def income(self, agency: AgencyState) -> int:
        tuning = self.rules.tuning
        factor = tuning.support_income_low + tuning.support_income_span * agency.support / 100
        if agency.id in self.state.humans:
            factor *= dict(tuning.difficulty_income)[self.state.difficulty]
        return round(self.rules.base_income[agency.id] * factor)

    def _pay_dues(self, agency: AgencyState) -> None:
        if agency.bloc is None:
            return
        bloc = self.rules.blocs[agency.bloc]
        dues = self.rules.dues[agency.bloc]
        tuning = self.rules.tuning
        if agency.money >= dues:
            agency.money -= dues
            self.state.current[agency.id].dues_paid = dues
            self.change_partners_trust(agency.id, tuning.dues_trust)
        else:
            self.change_partners_trust(agency.id, -tuning.unpaid_dues_trust)
            self._note(agency.id, message("{a} could not pay its {b} contribution; partners' "
                                          "trust fell", a=agency_ref(agency.id),
                                          b=bloc_ref(bloc.id)))

    def _resolve_turn(self) -> None:
        from game.core.policies import play_turn  # policies import the engine's queries

        state = self.state
        for agency in state.agencies.values():
            if agency.id not in state.humans:
                play_turn(self, agency.id, "keep", self._apply_internal)
        for agency in state.agencies.values():
            self._spend(agency)
        for agency in state.agencies.values():
            self._score_turn(agency)
        state.reports = {aid: self._close_report(aid) for aid in state.agencies}
        state.turn += 1
        victory = self.rules.scenario.scenario.victory_milestone
        if victory and any(victory in a.achieved and a.achieved[victory] >= 0
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
        handler = _HANDLERS[type(command)]
        handler(self, command)

    def _spend(self, agency: AgencyState) -> None:
        if not agency.allocation:
            return
        report = self.state.current[agency.id]
        rules, projects = self.rules, agency.projects
        for mid, amount in sorted(agency.allocation.items()):
            if mid in agency.achieved or amount <= 0:
                continue
            amount = min(amount, agency.money)
            rule = rules.milestones[mid]
            cost = ms.effective_cost(rules, self.state, agency, rule)
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
            report.progress.append(ProgressLine(mid, round(before, 4),
                                                round(project.progress, 4), amount))
            if not rule.is_mission and ms.is_complete(rule, project):
                self.achieve(agency.id, mid)
        # The allocation stays: a player's becomes next turn's standing order (_begin_turn).

    def _score_turn(self, agency: AgencyState) -> None:
        tuning = self.rules.tuning
        unspent = agency.money
        kept = math.floor(unspent * tuning.carry_over)
        lost = unspent - kept
        agency.money = kept
        report = self.state.current[agency.id]
        report.development_spent = sum(p.spent for p in report.progress)
        report.unspent = unspent
        report.carry_lost = lost
        income = max(1, agency.income)
        health = 100 * max(0.0, 1 - (agency.wasted + lost) / income)
        turns_played = self.state.turn + 1
        scores = agency.scores
        previous = scores["budget_health"]
        scores["budget_health"] = previous + (health - previous) / min(turns_played, 8)
        science = sum(map(self.rules.science.__getitem__, agency.achieved))
        scores["science"] += tuning.science_yield * science
        if agency.bloc:
            trust = bloc_rules.mean_trust(self.state, agency)
            scores["cooperation"] += tuning.cooperation_per_turn * trust / 100
        history = self.state.history
        series = history.get(agency.id)
        if series is None:
            series = history[agency.id] = {}
        for axis in SCORE_AXES:
            line = series.get(axis)
            if line is None:
                line = series[axis] = []
            line.append(round(scores[axis], 3))
        line = series.get("total")
        if line is None:
            line = series["total"] = []
        line.append(round(total(self.rules, agency), 3))

    def _close_report(self, aid: str) -> TurnReport:
        report = self.state.current.pop(aid)
        # The turn has resolved: the other teams' news held back during play joins the
        # report in the places it happened, so the report still tells the whole turn.
        report.news = with_held_news(report.news, report.held_news)
        report.held_news = []
        agency_state = self.state.agencies[aid]
        report.scores_after = dict(agency_state.scores)
        report.money_left = agency_state.money
        report.closed = True
        return report

    # --- missions ---------------------------------------------------------------------

    def _fly(self, agency: AgencyState, mid: str) -> Launch:
        rule = self.rules.milestones[mid]
        project = agency.projects[mid]
        chances = ms.odds(self.rules, self.state, agency, mid)
        # What a failure would do, worked out before anything moves: the very figures the
        # attempt dialog showed (`failure_preview`), not recomputed after the flight.
        preview = self.failure_preview(agency.id, mid)
        project.attempted_turn = self.state.turn
        steps = []
        success = True
        for name, chance in chances.steps:
            ok = bool(self.rng.random() < chance)
            steps.append(LaunchStep(name, round(chance, 4), ok))
            if not ok:
                success = False
                break
        project.attempts += 1
        launch = Launch(mid, steps, round(chances.overall, 4), success)
        self.state.current[agency.id].launches.append(launch)
        if success:
            self.achieve(agency.id, mid)
        else:
            self._failure(agency, rule, project, preview)
        return launch

    def _failure(self, agency: AgencyState, rule: Any, project: Project,
                 preview: FailurePreview) -> None:
        tuning = self.rules.tuning
        self.change_money(agency.id, -preview.cost, cause="failure_costs", by=rule.id)
        self.change_support(agency.id, -preview.support)
        project.progress *= preview.progress_kept
        project.turns_funded = min(project.turns_funded, max(0, rule.min_turns - 2))
        if agency.bloc and (rule.bloc == agency.bloc
                            or rule.id in self.rules.blocs[agency.bloc].shares):
            self.change_partners_trust(agency.id, -tuning.fail_trust)
        self._news(agency.id, message("{a}'s {m} mission failed", a=agency_ref(agency.id),
                                      m=milestone_ref(rule.id)))

    def achieve(self, aid: str, mid: str) -> None:
        agency = self.state.agencies[aid]
        if mid in agency.achieved:
            return
        rule = self.rules.milestones[mid]
        tuning = self.rules.tuning
        agency.achieved[mid] = self.state.turn
        alone = agency.bloc is None
        agency.scores["science"] += rule.science * (tuning.independent_science if alone else 1.0)
        agency.scores["prestige"] += rule.prestige * (tuning.independent_prestige if alone
                                                      else 1.0)
        self.change_support(aid, tuning.success_support)
        self.state.current[aid].achieved.append(mid)
        text = message("{a} achieves: {m}", a=agency_ref(aid), m=milestone_ref(mid))
        if rule.first and mid not in self.state.firsts:
            self.state.firsts[mid] = [aid, self.state.turn]
            agency.scores["prestige"] += rule.first_prestige
            text = message("{a} achieves a first: {f}", a=agency_ref(aid), f=first_ref(mid))
        shared = agency.bloc and mid in self.rules.blocs[agency.bloc].shares
        if agency.bloc and (rule.bloc == agency.bloc or shared):
            self.change_partners_trust(aid, tuning.deliver_trust)
            agency.scores["cooperation"] += 3
        self._news(aid, text)

    # --- events -----------------------------------------------------------------------

    def _fire_events(self) -> None:
        state = self.state
        for eid, event in self.rules.scenario.events.items():
            if state.fired.get(eid) and not event.game.repeat:
                continue
            if event.kind == "historical":
                if self.rules.historical_turn.get(eid) != state.turn:
                    continue
                firing = self._addressed(event)
            else:
                firing = self._addressed(event)
                for spec in event.when:  # conditions only read: filtering one at a time
                    holds = CONDITIONS[spec.condition]  # keeps the same addressees as all()
                    firing = [a for a in firing if holds(self, a, spec)]
                if event.kind == "random" and firing:
                    # One draw per addressee whose conditions hold, in order: one call for
                    # all of them gives the very numbers that one call each would.
                    chance = event.game.chance
                    draws = self.rng.random(len(firing)).tolist()
                    firing = [a for a, draw in zip(firing, draws, strict=True) if draw < chance]
            if firing:
                state.fired[eid] = state.fired.get(eid, 0) + 1
                self._fire(eid, event, firing)

    def _addressed(self, event: Event) -> list[str]:
        if event.to == "all":
            return list(self.state.agencies)
        return [a for a in event.to if a in self.state.agencies]

    def _fire(self, eid: str, event: Event, agencies: list[str]) -> None:
        for aid in agencies:
            self.state.current[aid].events.append(FiredEvent(eid))
        self._apply_effects(event.effects, agencies)
        if not event.choices:
            return
        for aid in agencies:
            if aid in self.state.humans:
                self.state.pending.append(Pending(aid, "event", eid))
            else:
                choice = min(event.game.ai_choice, len(event.choices) - 1)
                self._note_choice(aid, eid, choice)
                self._apply_effects(event.choices[choice].effects, [aid])

    def _apply_effects(self, effects: list[Any], agencies: list[str]) -> None:
        # An effect naming an agency applies once; one on `self` applies to each addressee.
        for spec in effects:
            if spec.agency == "self":
                for aid in agencies:
                    EFFECTS[spec.effect](self, aid, spec)
            else:
                EFFECTS[spec.effect](self, agencies[0], spec)

    # --- changes effects and rules make (the engine's own writers) ---------------------

    def change_support(self, aid: str, amount: int) -> None:
        agency = self.state.agencies[aid]
        agency.support = int(min(100, max(0, agency.support + amount)))

    def change_money(self, aid: str, amount: int, cause: str = "event_money",
                     by: str = "") -> None:
        """Move an agency's money (never below zero). `cause` is the report's money line;
        `by` names what caused it where there is one (the milestone that failed)."""
        agency = self.state.agencies[aid]
        # Money taken away mid-turn trims allocations to fit (budget.trim_allocation): the
        # same pure rule `failure_preview` shows the player before a launch.
        change = budget.change_money(agency.money, agency.allocation, amount)
        agency.money = change.after
        if change.trim.cuts:  # in place: the allocation stays the dict callers hold
            agency.allocation.clear()
            agency.allocation.update(change.trim.allocation)
        report = self.state.current.get(aid)
        if report is None:
            return
        # clamped, as applied
        setattr(report, cause, getattr(report, cause) + change.moved)
        if change.trim.cuts:  # a cut the player did not make is said in the turn report
            report.allocation_cuts.extend(
                AllocationCut(c.milestone, c.before, c.after, _CUT_CAUSES[cause], by)
                for c in change.trim.cuts)

    def add_score(self, aid: str, axis: str, amount: float) -> None:
        agency = self.state.agencies[aid]
        agency.scores[axis] = max(0.0, agency.scores[axis] + amount)

    def change_trust(self, aid: str, partner: str, amount: int) -> None:
        agencies = self.state.agencies
        if partner == aid or partner not in agencies:
            return
        trust = agencies[aid].trust
        trust[partner] = int(min(100, max(0, trust.get(partner, 50) + amount)))

    def change_partners_trust(self, aid: str, amount: int) -> None:
        """`change_trust` toward each bloc partner of `aid`, in one pass (every turn's dues)."""
        trust = self.state.agencies[aid].trust
        for partner in bloc_rules.partners(self.state, aid):
            value = trust.get(partner, 50) + amount  # clamped to 0..100 as in `change_trust`
            trust[partner] = 100 if value >= 100 else 0 if value <= 0 else int(value)

    def change_progress(self, aid: str, mid: str, amount: float) -> None:
        agency = self.state.agencies[aid]
        if mid in agency.achieved:
            return
        project = agency.projects.setdefault(mid, Project())
        project.progress = min(1.0, max(0.0, project.progress + amount))

    def add_experience(self, aid: str, mid: str, amount: float) -> None:
        project = self.state.agencies[aid].projects.setdefault(mid, Project())
        project.attempts = max(0, project.attempts + round(amount / 0.15))

    def lift_constraint(self, aid: str, constraint: str) -> None:
        agency = self.state.agencies[aid]
        if constraint in agency.constraints:
            agency.constraints.remove(constraint)
            self._news(aid, message("A restriction on {a} is lifted", a=agency_ref(aid)))

    def join_bloc(self, aid: str, bloc: str, by_event: bool = False) -> None:
        if bloc_rules.join_refusal(self.rules, self.state, aid, bloc):
            return
        rule = self.rules.blocs[bloc]
        agency = self.state.agencies[aid]
        if agency.bloc is not None:
            self.leave_bloc(aid)
        for partner in bloc_rules.members(self.state, bloc):
            agency.trust[partner] = rule.trust_start
            self.state.agencies[partner].trust[aid] = rule.trust_start
        agency.bloc = bloc
        self.change_support(aid, rule.join_support)
        self.state.pending = [p for p in self.state.pending
                              if not (p.agency == aid and p.kind == "offer")]
        self._news(aid, message("{a} joins {b}", a=agency_ref(aid), b=bloc_ref(bloc)))

    def leave_bloc(self, aid: str) -> None:
        agency = self.state.agencies[aid]
        if agency.bloc is None:
            return
        rule = self.rules.blocs[agency.bloc]
        for partner in bloc_rules.partners(self.state, aid):
            self.state.agencies[partner].trust.pop(aid, None)
        agency.trust = {}
        agency.scores["cooperation"] = max(0.0, agency.scores["cooperation"]
                                           - rule.leave_trust_penalty / 5)
        self.change_support(aid, -2)
        agency.bloc = None
        self._news(aid, message("{a} leaves {b}", a=agency_ref(aid), b=bloc_ref(rule.id)))

    def offer_bloc(self, aid: str, bloc: str) -> None:
        agency = self.state.agencies[aid]
        if agency.bloc == bloc or bloc_rules.join_refusal(self.rules, self.state, aid, bloc):
            return
        if aid in self.state.humans and self._pending_item(aid, "offer", bloc) is None:
            self.state.pending.append(Pending(aid, "offer", bloc))

    # --- queries (pure reads; the UI and policies use these) --------------------------

    def failure_preview(self, aid: str, mid: str) -> FailurePreview:
        """What a failed attempt of `mid` would do now: the rules' price, what it would
        really take from the money there is, and each allocation it would cut. `_fly`
        charges exactly this, so the attempt dialog can state it as fact."""
        agency = self.state.agencies[aid]
        rule = self.rules.milestones[mid]
        toll = ms.failure_toll(self.rules, self.state, agency, rule)
        change = budget.change_money(agency.money, agency.allocation, -toll.money)
        return FailurePreview(
            milestone=mid,
            cost=toll.money,
            money=agency.money,
            taken=-change.moved,
            cuts=change.trim.cuts,
            support=toll.support,
            progress_kept=toll.progress_kept,
        )

    def partners(self, aid: str) -> list[str]:
        return bloc_rules.partners(self.state, aid)

    def pending(self, aid: str) -> list[Pending]:
        return [p for p in self.state.pending if p.agency == aid]

    def last_report(self, aid: str) -> TurnReport | None:
        return self.state.reports.get(aid)

    def current_report(self, aid: str) -> TurnReport | None:
        return self.state.current.get(aid)

    def known_achieved(self, viewer: str, aid: str) -> dict[str, int]:
        """`aid`'s achievements (milestone -> turn) as `viewer` may know them: another human
        team's achievements of the turn still being played stay hidden until the turn
        resolves, as its news does, so no team sees a rival's launch before its own."""
        achieved = self.state.agencies[aid].achieved
        if not self._hidden_from(viewer, aid):
            return achieved
        return {mid: turn for mid, turn in achieved.items() if turn != self.state.turn}

    def _hidden_from(self, viewer: str, aid: str) -> bool:
        """Whether what `aid` achieves this turn is hidden from `viewer` (see above)."""
        humans = self.state.humans
        return (viewer != aid and viewer in humans and aid in humans
                and not self.state.finished)

    @property
    def is_over(self) -> bool:
        return self.state.finished

    def standings(self) -> list[Standing]:
        return standings(self.rules, self.state)

    def odds(self, aid: str, mid: str) -> ms.Odds:
        return ms.odds(self.rules, self.state, self.state.agencies[aid], mid)

    def status(self, aid: str, mid: str) -> str:
        return ms.status(self.rules, self.state, self.state.agencies[aid], mid)

    def statuses(self, aid: str) -> dict[str, str]:
        """The status of every milestone for one agency (what the tech tree colours)."""
        return ms.all_statuses(self.rules, self.state, self.state.agencies[aid])

    def milestone_view(self, aid: str, mid: str) -> MilestoneView:
        agency = self.state.agencies[aid]
        rule = self.rules.milestones[mid]
        project = agency.projects.get(mid) or Project()
        first = self.state.firsts.get(mid)
        if first and first[1] == self.state.turn and self._hidden_from(aid, first[0]):
            first = None  # taken this turn by another team: as of the start of the turn
        turn = self.state.turn
        achieved_by = [other for other, a in self.state.agencies.items()
                       if mid in a.achieved
                       and not (a.achieved[mid] == turn and self._hidden_from(aid, other))]
        cost = ms.effective_cost(self.rules, self.state, agency, rule)
        status = ms.status(self.rules, self.state, agency, mid)
        finish = ms.finishing_amount(self.rules, rule, cost, project.progress)
        allocation = agency.allocation.get(mid, 0)
        return MilestoneView(
            id=mid,
            name=rule.name,
            track=rule.track,
            status=status,
            progress=project.progress,
            turns_funded=project.turns_funded,
            min_turns=rule.min_turns,
            cost=cost,
            full_cost=rule.cost,
            steady_funding=min(finish, math.ceil(cost / rule.min_turns)),
            full_speed=ms.full_speed_amount(self.rules, rule, cost),
            allocation=allocation,
            # Only a human's funding repeats, and only while development goes on.
            standing=(allocation > 0 and aid in self.state.humans
                      and status in (ms.AVAILABLE, ms.IN_PROGRESS)),
            turns_to_ready=ms.turns_to_ready(self.rules, rule, cost, project, allocation),
            reliability=self.odds(aid, mid).overall if rule.is_mission else 1.0,
            missing=tuple(ms.missing_requirements(self.rules, self.state, agency, rule)),
            achieved_by=tuple(achieved_by),
            first_holder=first[0] if first else None,
            is_mission=rule.is_mission,
            attempted_this_turn=project.attempted_turn == self.state.turn,
        )

    def turns_to_ready(self, aid: str, mid: str, amount: int) -> int | None:
        """Turns of funding `amount` a turn until `mid` is developed (None: never)."""
        agency = self.state.agencies[aid]
        rule = self.rules.milestones[mid]
        return ms.turns_to_ready(self.rules, rule,
                                 ms.effective_cost(self.rules, self.state, agency, rule),
                                 agency.projects.get(mid) or Project(), amount)

    def budget_view(self, aid: str) -> BudgetView:
        agency = self.state.agencies[aid]
        allocated = sum(agency.allocation.values())
        return BudgetView(money=agency.money, allocated=allocated,
                          free=agency.money - allocated, income=agency.income,
                          support=agency.support)

    def join_refusal(self, aid: str, bloc: str) -> str | None:
        return bloc_rules.join_refusal(self.rules, self.state, aid, bloc)

    def bloc_view(self, aid: str, bloc: str) -> BlocView:
        """Whether `aid` may join `bloc` now and why not, and what membership brings."""
        rule = self.rules.blocs[bloc]
        agency = self.state.agencies[aid]
        why = bloc_rules.join_refusal(self.rules, self.state, aid, bloc)
        sources: tuple[str, ...] = ()
        if why is not None:
            sources = bloc_rules.refusal_sources(self.rules, self.state, aid, bloc)
        members = tuple(bloc_rules.members(self.state, bloc))
        shared = tuple(sorted(m for m in rule.shares
                              if any(m in self.state.agencies[p].achieved for p in members
                                     if p != aid)))
        trust = {p: agency.trust.get(p, rule.trust_start) for p in members if p != aid}
        return BlocView(
            id=bloc,
            name=rule.name,
            short=rule.short,
            member=agency.bloc == bloc,
            can_join=why is None,
            reason=why,
            sources=sources,
            members=members,
            cost_share=rule.cost_share,
            shares=tuple(sorted(rule.shares)),
            shared_now=shared,
            dues_per_turn=self.rules.dues[bloc],
            trust=trust,
            offered=self._pending_item(aid, "offer", bloc) is not None,
        )

    def history_comparison(self, aid: str) -> list[dict[str, Any]]:
        from game.core.history import compare

        return compare(self.rules, self.state, aid,
                       known=lambda other: self.known_achieved(aid, other))

    # --- helpers ----------------------------------------------------------------------

    def _pending_item(self, aid: str, kind: str, ref: str) -> Pending | None:
        return next((p for p in self.state.pending
                     if p.agency == aid and p.kind == kind and p.ref == ref), None)

    def _news(self, aid: str, text: Message) -> None:
        self.state.news.append(NewsItem(self.state.turn, aid, text))
        actor, humans = self._actor, self.state.humans
        for owner, report in self.state.current.items():
            if actor is not None and owner != actor and owner in humans:
                # Hot-seat: a team must not read another team's launches (and who won a
                # 'first') before it has ended its own turn. Held with its place in the
                # news, and put there when the turn resolves (`_close_report`).
                report.held_news.append(HeldNews(len(report.news), text))
            else:
                report.news.append(text)

    def _note_choice(self, aid: str, eid: str, choice: int) -> None:
        """Write the answer given next to the event in the agency's report of this turn."""
        report = self.state.current.get(aid)
        for fired in reversed(report.events if report is not None else []):
            if fired.event == eid:
                fired.choice = choice
                return

    def _note(self, aid: str, text: Message) -> None:
        report = self.state.current.get(aid)
        if report is not None:
            report.news.append(text)

    def _why_locked(self, agency: AgencyState, mid: str) -> Message:
        rule = self.rules.milestones[mid]
        if rule.bloc is not None and agency.bloc != rule.bloc:
            return message("{m} is for members of {b}", m=milestone_ref(mid),
                           b=bloc_ref(rule.bloc))
        missing = ms.missing_requirements(self.rules, self.state, agency, rule)
        return message("{m} needs first: {missing}", m=milestone_ref(mid),
                       missing=tuple(milestone_ref(m) for m in missing))

    def _why_not_fundable(self, agency: AgencyState, mid: str, status: str) -> Message:
        if status == ms.ACHIEVED:
            return message("{m} is already achieved", m=milestone_ref(mid))
        if status == ms.SHARED:
            return message("{m} is already yours to use: a {b} partner built it and {b} "
                           "shares it", m=milestone_ref(mid), b=bloc_ref(agency.bloc or ""))
        return self._why_locked(agency, mid)

    def _why_not_ready(self, agency: AgencyState, mid: str, status: str) -> Message:
        rule = self.rules.milestones[mid]
        if status in (ms.ACHIEVED, ms.SHARED, ms.LOCKED):
            return self._why_not_fundable(agency, mid, status)
        project = agency.projects.get(mid) or Project()
        return message("{m} is not ready to fly: {p}% developed, {t} of at least {n} turns",
                       m=milestone_ref(mid), p=round(project.progress * 100),
                       t=project.turns_funded, n=rule.min_turns)


def with_held_news(news: list[Message], held: list[HeldNews]) -> list[Message]:
    """`news` with the held items (places in order) put back in place."""
    out: list[Message] = []
    done = 0
    for item in held:
        out.extend(news[done:item.place])
        done = max(done, item.place)
        out.append(item.message)
    out.extend(news[done:])
    return out


@dataclass(frozen=True)
class MilestoneView:
    id: str
    name: str
    track: str
    status: str
    progress: float
    turns_funded: int
    min_turns: int
    cost: int
    full_cost: int
    steady_funding: int  # the cost over the minimum turns, never more than finishes it
    full_speed: int  # the most a turn's funding can do: the cap (ms.full_speed_amount)
    allocation: int
    standing: bool  # this funding repeats next turn (a player's standing order)
    turns_to_ready: int | None  # turns of this funding until developed; None: never
    reliability: float
    missing: tuple[str, ...]
    achieved_by: tuple[str, ...]
    first_holder: str | None
    is_mission: bool
    attempted_this_turn: bool


@dataclass(frozen=True)
class FailurePreview:
    milestone: str
    cost: int  # what the rules charge for a failure (millions)
    money: int  # the agency's money now
    taken: int  # what the failure would really take: the cost, or all there is if less
    cuts: tuple[budget.Cut, ...]  # allocations made this turn it would cut or cancel
    support: int  # points of public support lost (before clamping at 0)
    progress_kept: float  # share of the development that survives

    @property
    def short(self) -> bool:
        """The money does not cover the cost: the failure takes all there is."""
        return self.taken < self.cost


# change_money's report line -> the cause a cut allocation records
_CUT_CAUSES = {"failure_costs": "failure", "event_money": "event"}


@dataclass(frozen=True)
class BlocView:
    id: str
    name: str
    short: str
    member: bool
    can_join: bool
    reason: Message | None  # why not (the documented words where a constraint applies)
    sources: tuple[str, ...]  # source ids behind that constraint
    members: tuple[str, ...]
    cost_share: float  # share of a bloc milestone's cost partners carry (at start trust)
    shares: tuple[str, ...]  # milestones partners share
    shared_now: tuple[str, ...]  # of those, what a partner has already built
    dues_per_turn: int
    trust: dict[str, int]  # partner -> trust (members only; start trust otherwise)
    offered: bool  # an open invitation is waiting


@dataclass(frozen=True)
class BudgetView:
    money: int
    allocated: int
    free: int
    income: int
    support: int


_HANDLERS = {
    Allocate: Engine._allocate,
    Attempt: Engine._attempt,
    JoinBloc: Engine._join,
    LeaveBloc: Engine._leave,
    DeclineOffer: Engine._decline,
    AnswerEvent: Engine._answer,
    EndTurn: Engine._end_turn,
    RecordActivity: Engine._record_activity,
}
