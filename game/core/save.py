"""A game as JSON: the state, the generator's state, and the command list that made it."""

from __future__ import annotations

import json
from typing import Any

from game.core.commands import command_from_dict
from game.core.engine import Engine
from game.core.rng import restore_rng, rng_state
from game.core.rules import DIFFICULTIES, SCORE_AXES, Rules
from game.core.state import GameState
from game.scenario.models import Scenario

GAME_FORMAT = 1


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
        if data.get("format") != GAME_FORMAT:
            raise GameFormatError(f"game format {data.get('format')!r} is not {GAME_FORMAT}")
        if data["scenario_id"] != scenario.scenario.id:
            raise GameFormatError(
                f"it is a game of '{data['scenario_id']}', not '{scenario.scenario.id}'"
            )
        state = GameState.from_dict(data["state"])
        rules = Rules.from_scenario(scenario)
        check_state(rules, state)
        # Saves are written with sorted keys; the engine visits agencies in the scenario's
        # order (and draws random numbers in that order), so put it back.
        state.agencies = {aid: state.agencies[aid] for aid in scenario.agencies}
        commands = [command_from_dict(c).to_dict() for c in data["commands"]]
        rng = restore_rng(data["rng"])
    except GameFormatError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise GameFormatError(f"the game data is damaged ({type(error).__name__}: {error})"
                              ) from None
    return Engine(rules, state, rng, commands)


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
    if not set(state.fired) <= set(scenario.events):
        raise GameFormatError("it names unknown events")
    if not state.finished and set(state.current) != set(state.agencies):
        raise GameFormatError("the turn in progress is damaged")
    for report in state.current.values():
        _check_report(report, _REPORT_KEYS)
    for aid, report in state.reports.items():
        if aid not in state.agencies:
            raise GameFormatError("a turn report is for an unknown agency")
        _check_report(report, _REPORT_KEYS | {"scores_after", "money_left"})
    for aid, series in state.history.items():
        if aid not in state.agencies or set(series) - {*SCORE_AXES, "total"}:
            raise GameFormatError("the score history is damaged")


_REPORT_LISTS = {"progress", "launches", "events", "news", "achieved"}
_REPORT_KEYS = _REPORT_LISTS | {"turn", "label", "scores_before"}


def _check_report(report: Any, keys: set[str]) -> None:
    if not isinstance(report, dict) or not keys <= set(report):
        raise GameFormatError("a turn report is damaged")
    if not all(isinstance(report[k], list) for k in _REPORT_LISTS):
        raise GameFormatError("a turn report is damaged")
    # The engine goes on writing the turn in progress: what it reads back must have the
    # shape it wrote, or a damaged save would fail mid-turn instead of on loading.
    entries_ok = (
        all(isinstance(p, dict) and _is_int(p.get("spent")) for p in report["progress"])
        and all(isinstance(e, dict) for e in report["events"] + report["launches"])
        and all(isinstance(t, str) for t in report["news"] + report["achieved"])
        and all(_is_int(report[k]) for k in _REPORT_MONEY if k in report)
        and _cuts_ok(report.get("allocation_cuts", []))
        and _held_news_ok(report)
        and _orders_ok(report)
    )
    if not entries_ok:
        raise GameFormatError("a turn report is damaged")


def _held_news_ok(report: dict[str, Any]) -> bool:
    """Hot-seat news held back from a team until the turn resolves: [place, text] pairs,
    places in order and within the team's news, so they can be put back where they go."""
    held = report.get("held_news", [])
    if not isinstance(held, list):
        return False
    last = 0
    for item in held:
        if not (isinstance(item, list) and len(item) == 2 and _is_int(item[0])
                and isinstance(item[1], str) and last <= item[0] <= len(report["news"])):
            return False
        last = item[0]
    return True


_REPORT_MONEY = ("money_start", "income", "dues_paid", "event_money", "failure_costs")


def _cuts_ok(cuts: Any) -> bool:
    """Allocations a money loss cut (optional: saves from before it was recorded lack it)."""
    return isinstance(cuts, list) and all(
        isinstance(c, dict) and isinstance(c.get("milestone"), str)
        and _is_int(c.get("before")) and _is_int(c.get("after"))
        and isinstance(c.get("cause"), str) and isinstance(c.get("by", ""), str)
        for c in cuts)


def _orders_ok(report: dict[str, Any]) -> bool:
    """Standing orders renewed, ended and cut at the start of the turn (optional: saves from
    before standing orders lack them)."""
    def amounts(key: str) -> bool:
        entries = report.get(key, [])
        return isinstance(entries, list) and all(
            isinstance(e, dict) and isinstance(e.get("milestone"), str)
            and _is_int(e.get("amount")) for e in entries)
    ended = report.get("orders_ended", [])
    return (amounts("orders") and amounts("orders_cut") and isinstance(ended, list)
            and all(isinstance(m, str) for m in ended))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def replay(scenario: Scenario, data: dict[str, Any]) -> Engine:
    """Play the saved command list again from the seed: the same game, rebuilt."""
    engine = Engine.new(scenario, data["seed"], data["humans"], data["difficulty"])
    for raw in data["commands"]:
        engine.apply(command_from_dict(raw))
    return engine
