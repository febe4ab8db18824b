"""The turn report's money lines: they add up, and they record what moved the money."""

from __future__ import annotations

from pathlib import Path

from game import paths
from game.core import commands as cmd
from game.core.engine import Engine
from game.core.new_game import new_game
from game.scenario import load_scenario

MONEY = ("money_start", "income", "dues_paid", "event_money", "failure_costs", "deals_paid",
         "development_spent", "carry_lost", "money_left")


def _engine(seed: int = 1) -> Engine:
    scenario = load_scenario(Path(paths.DEFAULT_SCENARIO))
    return new_game(scenario, seed, humans=["cnsa"])


def _end_turn(engine: Engine) -> None:
    for item in list(engine.pending("cnsa")):
        if item.kind == "offer":
            engine.apply(cmd.DeclineOffer(agency="cnsa", bloc=item.ref))
        else:
            engine.apply(cmd.AnswerEvent(agency="cnsa", event=item.ref, choice=0))
    assert engine.apply(cmd.EndTurn(agency="cnsa")).ok


def test_every_report_adds_up_from_money_carried_in_to_money_left() -> None:
    engine = _engine()
    engine.apply(cmd.Allocate(agency="cnsa", milestone="heavy_launcher", amount=200))
    for _ in range(16):
        _end_turn(engine)
        for aid, r in engine.state.reports.items():
            assert r.closed and all(isinstance(getattr(r, key), int) for key in MONEY), aid
            flow = (r.money_start + r.income - r.dues_paid + r.event_money
                    + r.failure_costs + r.deals_paid - r.development_spent - r.carry_lost)
            assert flow == r.money_left, (aid, r)


def test_the_carry_over_loss_is_the_unspent_share_the_rule_drops() -> None:
    engine = _engine()
    _end_turn(engine)
    report = engine.last_report("cnsa")
    assert report is not None
    kept = report.unspent - report.carry_lost
    assert kept == report.money_left
    assert report.carry_lost > 0 and report.development_spent == 0


def test_an_answered_event_keeps_the_answer_in_the_report() -> None:
    engine = _engine()
    for _ in range(20):
        waiting = [p for p in engine.pending("cnsa") if p.kind == "event"]
        if waiting:
            break
        _end_turn(engine)
    assert waiting, "no event asked CNSA for an answer in 20 turns"
    event = engine.rules.scenario.events[waiting[0].ref]
    _end_turn(engine)  # answers the first choice
    report = engine.last_report("cnsa")
    assert report is not None
    fired = [e for e in report.events if e.event == waiting[0].ref]
    assert fired and fired[0].choice == 0  # the answer's number: its words are the scenario's
    assert event.choices[fired[0].choice].text
