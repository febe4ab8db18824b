"""A game as JSON: the state, the generator's state, and the command list that made it."""

from __future__ import annotations

import copy
import json
import math
from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError

from game.core.activity import answers_problem, part_scores
from game.core.commands import command_from_dict
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.policies import rival
from game.core.records import VERBATIM, TurnReport
from game.core.rng import restore_rng, rng_state
from game.core.rules import DIFFICULTIES, SCORE_AXES, Rules
from game.core.state import GameState
from game.scenario.limits import MAX_MONEY, MAX_TURNS
from game.scenario.models import Scenario

# 2: news, refusals and turn reports are typed records (game/core/records.py), not
# sentences in the language of the moment; format 1 games are migrated on loading.
GAME_FORMAT = 2

# The ranges a saved number may take. A game the scenario limits allow never comes near
# them (a budget of at most MAX_MONEY a turn, for at most MAX_TURNS turns), and everything
# within them stays exact in float math (below 2**53) and far from overflow, so a save
# holding 10**39 million fails on loading, not with OverflowError at End turn.
MONEY_LIMIT = MAX_MONEY * MAX_TURNS * 100
SCORE_LIMIT = 1e12
COUNT_LIMIT = MAX_TURNS * 100  # attempts, turns funded, times an event fired


class GameFormatError(ValueError):
    """The game payload is not a game this engine can continue."""


def to_dict(engine: Engine) -> dict[str, Any]:
    state = engine.state
    return {
        "format": GAME_FORMAT,
        "scenario_id": state.scenario_id,
        "seed": state.seed,
        "humans": list(state.humans),
        "difficulty": state.difficulty,
        "commands": list(engine.commands),
        "state": state.to_dict(),
        "rng": rng_state(engine.rng),
    }


def canonical_json(engine: Engine) -> str:
    """Byte-stable text of a game, for comparing two runs."""
    return json.dumps(to_dict(engine), sort_keys=True, separators=(",", ":"))


def from_dict(scenario: Scenario, data: dict[str, Any]) -> Engine:
    """Rebuild an engine, checking the payload belongs to this scenario and is whole."""
    try:
        if data.get("format") == 1:
            data = migrate_v1(scenario, data)
        if data.get("format") != GAME_FORMAT:
            raise GameFormatError(f"game format {data.get('format')!r} is not {GAME_FORMAT}")
        if data["scenario_id"] != scenario.scenario.id:
            raise GameFormatError(
                f"it is a game of '{data['scenario_id']}', not '{scenario.scenario.id}'"
            )
        state = load_state(data["state"])
        rules = Rules.from_scenario(scenario)
        check_state(rules, state)
        # Saves are written with sorted keys; the engine visits agencies in the scenario's
        # order (and draws random numbers in that order), so put it back.
        state.agencies = {aid: state.agencies[aid] for aid in scenario.agencies}
        commands = [command_from_dict(c).to_dict() for c in data["commands"]]
        # answers (RecordActivity) are texts, checked by command_from_dict
        if not all(_amount(v) for c in commands for v in c.values()
                   if not isinstance(v, str | list)):
            raise GameFormatError("a saved command holds an impossible number")
        rng = restore_rng(data["rng"])
    except GameFormatError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise GameFormatError(f"the game data is damaged ({type(error).__name__}: {error})"
                              ) from None
    return Engine(rules, state, rng, commands, rivals=rival)


def check_state(rules: Rules, state: GameState) -> None:
    """Refuse a state that names things the scenario does not have, or breaks the rules'
    invariants, so a damaged save fails on loading rather than in the middle of play."""
    scenario = rules.scenario
    if set(state.agencies) != set(scenario.agencies):
        raise GameFormatError("its agencies do not match the scenario")
    if not set(state.humans) <= set(scenario.agencies) or not state.humans:
        raise GameFormatError("its players are not agencies of the scenario")
    if state.turn_count != rules.calendar.turn_count or not 0 <= state.turn <= state.turn_count:
        raise GameFormatError("its turn is outside the scenario's span")
    if state.difficulty not in DIFFICULTIES:
        raise GameFormatError(f"unknown difficulty {state.difficulty!r}")
    milestones = set(rules.milestones)
    for agency in state.agencies.values():
        named = set(agency.achieved) | set(agency.projects) | set(agency.allocation)
        if not named <= milestones:
            raise GameFormatError(f"{agency.id} names unknown milestones")
        if agency.bloc is not None and agency.bloc not in rules.blocs:
            raise GameFormatError(f"{agency.id} is in an unknown bloc")
        if not set(agency.seat_credit) <= set(rules.blocs):
            raise GameFormatError(f"{agency.id} has seat credit with an unknown bloc")
        if agency.money < 0 or sum(agency.allocation.values()) > agency.money:
            raise GameFormatError(f"{agency.id} has more allocated than it has")
        if not set(agency.constraints) <= set(scenario.agencies[agency.id].constraints):
            raise GameFormatError(f"{agency.id} names unknown constraints")
        if set(SCORE_AXES) - set(agency.scores):
            raise GameFormatError(f"{agency.id} lacks a score axis")
    for item in state.pending:
        known = scenario.events if item.kind == "event" else rules.blocs
        if item.kind not in ("event", "offer") or item.ref not in known:
            raise GameFormatError("a pending decision names something unknown")
        if item.agency not in state.agencies:
            raise GameFormatError("a pending decision is for an unknown agency")
    for agency in state.agencies.values():
        if not set(agency.trust) <= set(state.agencies) - {agency.id}:
            raise GameFormatError(f"{agency.id} trusts unknown agencies")
    for mid, holder in state.firsts.items():
        if (mid not in milestones or len(holder) != 2 or holder[0] not in state.agencies
                or not isinstance(holder[1], int)):
            raise GameFormatError("a 'first' is damaged")
    for bloc, projects in state.joint.items():  # joint construction (game/core/station.py)
        if bloc not in rules.blocs or not set(projects) <= milestones:
            raise GameFormatError("a bloc's joint project names something unknown")
        for project in projects.values():
            if not set(project.contributions) | set(project.pool) <= set(state.agencies):
                raise GameFormatError("a joint project names an unknown agency")
    if not set(state.fired) <= set(scenario.events):
        raise GameFormatError("it names unknown events")
    if not set(state.fired_turn) <= set(state.fired):
        raise GameFormatError("it records when an event fired that never fired")
    if not state.finished and set(state.current) != set(state.agencies):
        raise GameFormatError("the turn in progress is damaged")
    for report in state.current.values():
        _check_report(report, closed=False)
    for aid, report in state.reports.items():
        if aid not in state.agencies:
            raise GameFormatError("a turn report is for an unknown agency")
        _check_report(report, closed=True)
    for aid, series in state.history.items():
        if aid not in state.agencies or set(series) != {*SCORE_AXES, "total"}:
            raise GameFormatError("the score history is damaged")
    for deal in state.deals:
        if ({deal.owner, deal.host} - set(state.agencies) or deal.owner == deal.host
                or deal.milestone not in milestones
                or not 0 <= deal.turn <= state.turn_count):
            raise GameFormatError("an instrument deal is damaged")
    for agency in state.agencies.values():
        if not 0 <= agency.crew_grounded_until <= state.turn_count + COUNT_LIMIT:
            raise GameFormatError(f"{agency.id}: its crewed stand-down is out of range")
        count = len(scenario.game.bonuses)
        if not all(0 <= i < count for i in agency.bonuses) or \
                len(set(agency.bonuses)) != len(agency.bonuses):
            raise GameFormatError(f"{agency.id} names bonuses the scenario does not have")
    check_consequences(rules, state)
    check_activity(state.activity)
    check_numbers(state)


def check_consequences(rules: Rules, state: GameState) -> None:
    """The answers remembered for `chose` and the effects waiting for their turn name
    events, answers and effects the scenario has (a save of an edited scenario fails here,
    on loading, not when the effect lands)."""
    events = rules.scenario.events
    for aid, taken in state.choices.items():
        if aid not in state.agencies:
            raise GameFormatError("a remembered answer is for an unknown agency")
        for eid, answers in taken.items():
            if eid not in events or not all(0 <= i < len(events[eid].choices) for i in answers):
                raise GameFormatError("a remembered answer names an unknown event or answer")
    for item in state.scheduled:
        event = events.get(item.event)
        effects = (None if event is None or not -1 <= item.choice < len(event.choices)
                   else event.effects if item.choice == -1 else event.choices[item.choice].effects)
        if (effects is None or not 0 <= item.effect < len(effects)
                or not effects[item.effect].after_turns or item.agency not in state.agencies
                or not state.turn <= item.due <= state.turn_count + MAX_TURNS):
            raise GameFormatError("a delayed effect is damaged")


def check_activity(record: Any) -> None:
    """The class's activity answers, if any: well formed, and scores that they give (so a
    report never shows a score the answers do not add up to)."""
    if record == {}:
        return
    if not isinstance(record, dict) or set(record) != {"activity", "answers", "scores"}:
        raise GameFormatError("the activity results are damaged")
    answers = record["answers"]
    if (not isinstance(record["activity"], str) or not isinstance(answers, list)
            or not all(isinstance(a, list) for a in answers)
            or answers_problem(answers) is not None):
        raise GameFormatError("the activity answers are damaged")
    if record["scores"] != part_scores(answers):
        raise GameFormatError("the activity scores do not match its answers")


def check_numbers(state: GameState) -> None:
    """Refuse a state whose numbers no game could reach: every amount within MONEY_LIMIT,
    support and trust 0..100, scores finite and within SCORE_LIMIT, turns within the game.
    A damaged or hand-edited save then fails on loading in one line, never at End turn
    (OverflowError) or in the standings (a NaN score ranks first)."""
    turns = state.turn_count
    if not _is_int(state.seed) or state.seed < 0:
        raise GameFormatError("its seed is not a whole number of at least 0")
    if not (_is_int(turns) and 1 <= turns <= MAX_TURNS):
        raise GameFormatError(f"its game is not 1 to {MAX_TURNS} turns long")
    for agency in state.agencies.values():
        where = agency.id
        if not (_amount(agency.money, 0) and _amount(agency.income) and _amount(agency.wasted)
                and _amount(agency.budget_change)):
            raise GameFormatError(f"{where}: its money is outside any game's range")
        if not all(_amount(v, 0) for v in agency.allocation.values()):
            raise GameFormatError(f"{where}: its funding is outside any game's range")
        if not all(_amount(v, 0) for v in agency.seat_credit.values()):
            raise GameFormatError(f"{where}: its seat credit is outside any game's range")
        if not (_in(agency.support, 0, 100) and all(_in(t, 0, 100)
                                                     for t in agency.trust.values())):
            raise GameFormatError(f"{where}: its support or trust is not 0 to 100")
        if not all(_score(v) for v in agency.scores.values()):
            raise GameFormatError(f"{where}: a score is not a finite number in range")
        if not all(_in(t, -1, turns) for t in agency.achieved.values()):
            raise GameFormatError(f"{where}: a milestone was achieved outside the game")
        for project in agency.projects.values():
            if not (_real(project.progress) and 0.0 <= project.progress <= 1.0
                    and _amount(project.spent, 0) and _in(project.turns_funded, 0, COUNT_LIMIT)
                    and _in(project.attempts, 0, COUNT_LIMIT)
                    and _in(project.attempted_turn, -1, turns)):
                raise GameFormatError(f"{where}: a project's numbers are out of range")
    for projects in state.joint.values():
        for joint in projects.values():
            money = [joint.spent, *joint.contributions.values(), *joint.pool.values()]
            if not (_real(joint.progress) and 0.0 <= joint.progress <= 1.0
                    and all(_amount(v, 0) for v in money)
                    and _in(joint.turns_funded, 0, COUNT_LIMIT)):
                raise GameFormatError("a joint project's numbers are out of range")
    if not all(_in(holder[1], -1, turns) for holder in state.firsts.values()):
        raise GameFormatError("a 'first' is outside the game")
    if not all(_in(n, 0, COUNT_LIMIT) for n in state.fired.values()):
        raise GameFormatError("an event fired an impossible number of times")
    if not all(_in(t, 0, turns) for t in state.fired_turn.values()):
        raise GameFormatError("an event fired outside the game")
    if not all(_in(n.turn, -1, turns) and n.agency in state.agencies for n in state.news):
        raise GameFormatError("the news is damaged")
    for series in state.history.values():
        if not all(isinstance(line, list) and len(line) <= turns + 1 and all(map(_score, line))
                   for line in series.values()):
            raise GameFormatError("the score history holds an impossible score")
    for report in (*state.current.values(), *state.reports.values()):
        _check_report_numbers(report, turns)


def _check_report_numbers(report: TurnReport, turns: int) -> None:
    money = [report.money_start or 0, report.income, report.dues_paid, report.event_money,
             report.failure_costs, report.deals_paid, report.money_left, report.development_spent]
    money += [p.spent for p in report.progress]
    money += [v for c in report.allocation_cuts for v in (c.before, c.after)]
    money += [e.amount for e in report.orders] + [e.amount for e in report.orders_cut]
    scores = [*report.scores_before.values(), *report.scores_after.values()]
    scores += [v for seat in report.seats for v in (seat.prestige, seat.science)]
    if not (all(map(_amount, money)) and all(map(_score, scores))
            and _in(report.turn, 0, turns)):
        raise GameFormatError("a turn report holds an impossible number")


def _in(value: Any, low: int, high: int) -> bool:
    return _is_int(value) and low <= value <= high


def _amount(value: Any, low: int = -MONEY_LIMIT) -> bool:
    return _in(value, low, MONEY_LIMIT)


def _real(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(
        value)


def _score(value: Any) -> bool:
    return _real(value) and -SCORE_LIMIT <= value <= SCORE_LIMIT


def _check_report(report: TurnReport, closed: bool) -> None:
    """What the types cannot say: a report is closed once its turn resolves, and news held
    back from a hot-seat team goes back in order, within the team's news."""
    if report.closed != closed or (closed and report.held_news):
        raise GameFormatError("a turn report is damaged")
    last = 0
    for item in report.held_news:
        if not last <= item.place <= len(report.news):
            raise GameFormatError("a turn report is damaged")
        last = item.place


@cache
def _state_adapter() -> TypeAdapter[GameState]:
    return TypeAdapter(GameState)


def load_state(raw: Any) -> GameState:
    """A saved state, its every field of the type the engine writes (strict: no "3" for 3,
    no true for 1), or GameFormatError naming the first place that is not."""
    try:
        # Through JSON text again: pydantic's strict mode takes an object for a dataclass
        # only from JSON (from Python it wants the instance), and a load is rare.
        text = json.dumps(raw)
        return _state_adapter().validate_json(text, strict=True)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise GameFormatError(f"state.{where}: {first['msg']}") from None


def migrate_v1(scenario: Scenario, data: dict[str, Any]) -> dict[str, Any]:
    """A format 1 game as format 2. Its news was saved as sentences: they stay as they were
    written (VERBATIM messages). An event's answer was saved as its text: it becomes the
    answer's number where the scenario still has that answer."""
    data = copy.deepcopy(data)
    state = data["state"]
    state["news"] = [{"turn": n["turn"], "agency": n["agency"], "message": _verbatim(n["text"])}
                     for n in state["news"]]
    for key, closed in (("current", False), ("reports", True)):
        state[key] = {aid: _report_v1(scenario, report, closed)
                      for aid, report in state[key].items()}
    data["format"] = 2
    return data


def _verbatim(text: Any) -> dict[str, Any]:
    return {"text": VERBATIM, "args": {"text": text}}


def _report_v1(scenario: Scenario, report: dict[str, Any], closed: bool) -> dict[str, Any]:
    report = dict(report)
    report.pop("label", None)  # a date in the language of the moment: shown from the turn
    report["news"] = [_verbatim(text) for text in report["news"]]
    report["held_news"] = [{"place": place, "message": _verbatim(text)}
                           for place, text in report.get("held_news", [])]
    report["events"] = [_event_v1(scenario, fired) for fired in report["events"]]
    report.setdefault("money_start", None)
    report["closed"] = closed
    return report


def _event_v1(scenario: Scenario, fired: dict[str, Any]) -> dict[str, Any]:
    event = scenario.events.get(fired["event"])
    answers = [c.text for c in event.choices] if event is not None else []
    chosen = fired.get("choice")
    return {"event": fired["event"],
            "choice": answers.index(chosen) if chosen in answers else None}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def replay(scenario: Scenario, data: dict[str, Any]) -> Engine:
    """Play the saved command list again from the seed: the same game, rebuilt."""
    engine = new_game(scenario, data["seed"], data["humans"], data["difficulty"])
    for raw in data["commands"]:
        engine.apply(command_from_dict(raw))
    return engine
