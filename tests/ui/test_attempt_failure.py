"""The attempt dialog states what a failure will take, and the failure takes exactly that;
the turn report then names the allocations it cut and states the carry-over rule."""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import Any

import pytest
from pygame_gui.elements import UIButton, UITextBox

from game.core import commands as cmd
from game.core import save
from game.core.rules import Tuning
from game.ui.scenes.attempt import AttemptScene
from game.ui.scenes.turn_report import TurnReportScene
from game.ui.session import Session
from game.ui.testing import Driver, element_text, layout_problems, visible_elements
from tests.ui.flow_support import StandIn, session, texts
from tests.ui.test_dashboard import answer_everything, open_dashboard

MONEY_LEFT = 30  # less than the orbiter's failure cost (15% of 300M)
# another allocation made this turn: one ESA funds itself (NASA's heavy launcher, once built,
# is Artemis's to share and no longer ESA's to fund)
OTHER = ("artemis_commercial", 20)
OTHER_NAME = "Commercial partnerships"  # its name, as the scenario gives it


def short_of_money_with_a_ready_orbiter(seed: int) -> Session:
    """ESA with the lunar orbiter ready, another allocation made and too little money."""
    s = session("esa", seed=seed)
    for _ in range(2):
        answer_everything(s)
        assert s.apply(cmd.Allocate(agency="esa", milestone="lunar_orbiter", amount=300)).ok
        assert s.apply(cmd.EndTurn(agency="esa")).ok
    answer_everything(s)
    assert s.engine.status("esa", "lunar_orbiter") == "ready"
    s.state.agencies["esa"].money = MONEY_LEFT  # the playtest's case: little left this turn
    assert s.apply(cmd.Allocate(agency="esa", milestone=OTHER[0], amount=OTHER[1])).ok
    return s


@cache
def failing_seed() -> int:
    """A seed whose launch fails: each candidate is flown on a copy (a save reloaded), so
    the game the test then plays is untouched and draws the very same numbers."""
    for seed in range(1, 200):
        s = short_of_money_with_a_ready_orbiter(seed)
        probe = save.from_dict(s.scenario, save.to_dict(s.engine))
        if not probe.apply(cmd.Attempt(agency="esa", milestone="lunar_orbiter")).launch.success:
            return seed
    raise AssertionError("no seed in 1..199 fails the orbiter's launch")


def open_attempt(app_factory: Any, size: tuple[int, int] = (1280, 720)
                 ) -> tuple[Any, Driver, Session, AttemptScene]:
    s = short_of_money_with_a_ready_orbiter(failing_seed())
    app, drive, scene = open_dashboard(app_factory, s, size)
    drive.click(scene.node_buttons["lunar_orbiter"])
    attempt = next(e for e in visible_elements(app) if isinstance(e, UIButton)
                   and element_text(e).startswith("Attempt mission"))
    drive.click(attempt)
    dialog = app.top
    assert isinstance(dialog, AttemptScene)
    return app, drive, s, dialog


def dialog_note(app: Any) -> str:
    boxes = [element_text(e) for e in visible_elements(app) if isinstance(e, UITextBox)]
    return next(b for b in boxes if "A failure costs" in b)


def test_the_dialog_says_a_failure_takes_all_that_is_left_and_cancels_the_other_allocation_and_it_does(  # noqa: E501
        app_factory: Any) -> None:
    app, drive, s, dialog = open_attempt(app_factory)
    note = dialog_note(app)
    cost = int(re.search(r"A failure costs (\d+) million", note).group(1))  # type: ignore[union-attr]
    left = int(re.search(r"You have only (\d+) million left: a failure would take all of it",  # type: ignore[union-attr]
                         note).group(1))
    cancelled = re.findall(r"It would cancel this turn's funding of (.+?) \((\d+) million\)",
                           note)
    assert "(all game values)" in note
    assert cost > left == MONEY_LEFT
    assert s.engine.rules.milestones[OTHER[0]].name == OTHER_NAME
    assert cancelled == [(OTHER_NAME, str(OTHER[1]))]

    report = s.engine.current_report("esa")
    costs_before = report.failure_costs
    drive.press("Launch")
    for _ in range(400):
        if dialog.revealed:
            break
        drive.step()
    assert dialog.launch is not None and not dialog.launch.success

    agency = s.state.agencies["esa"]
    assert agency.money == 0 and report.failure_costs - costs_before == -left
    assert agency.allocation == {}
    names = {m: r.name for m, r in s.engine.rules.milestones.items()}
    assert [(names[c.milestone], str(c.before), c.after, c.cause, c.by)
            for c in report.allocation_cuts] == [
        (name, amount, 0, "failure", "lunar_orbiter") for name, amount in cancelled]
    drive.press("Continue")

    # the turn's report, as the next screen shows it, names the cancelled allocation
    answer_everything(s)
    assert s.apply(cmd.EndTurn(agency="esa")).ok
    app.push(StandIn())
    app.push(TurnReportScene(s.engine.last_report("esa")))
    drive.step(2)
    assert f"Failure cancelled {OTHER[1]}M: {OTHER_NAME}" in texts(app)
    assert f"Failed launches: -{left}M" in texts(app)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_the_dialog_with_every_consequence_fits_the_window(app_factory: Any,
                                                           size: tuple[int, int]) -> None:
    app, _drive, _s, _dialog = open_attempt(app_factory, size)
    assert layout_problems(app) == []


@pytest.mark.parametrize("carry_over", [0.6, 0.75])
def test_the_reports_carry_over_line_states_the_rule_with_the_scenarios_share(
        app_factory: Any, carry_over: float) -> None:
    s = session("esa", seed=1)
    answer_everything(s)
    # the rule's share as the game's rules give it (not a figure written into the screen)
    s.engine.world.rules = dataclasses.replace(s.engine.rules, tuning=Tuning(carry_over=carry_over))
    assert s.apply(cmd.EndTurn(agency="esa")).ok
    report = s.engine.last_report("esa")
    assert report.carry_lost > 0
    app = app_factory((1024, 600))
    app.session = s
    app.push(StandIn())
    app.push(TurnReportScene(report))
    Driver(app).step(2)
    shown = texts(app).splitlines()
    at = next(i for i, line in enumerate(shown) if line.startswith("Not carried over:"))
    assert shown[at + 1] == f"Game rule: {round(carry_over * 100)}% of unspent is kept"
    assert layout_problems(app) == []
