"""A launch plays in under two seconds, a step at a time, and a click or a key skips to
its outcome; a failed crewed flight says whether the crew was safe or lost."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pygame
import pytest
from pygame_gui.elements import UILabel

from game.core import commands as cmd
from game.core.rng import make_rng
from game.core.state import Project
from game.ui.scenes.attempt import COUNT_SECONDS, COUNTDOWN, AttemptScene
from game.ui.scenes.turn_report import TurnReportScene
from game.ui.session import Session
from game.ui.testing import DT, Driver, element_text, layout_problems, visible_elements
from tests.core.conftest import Draws
from tests.ui.flow_support import StandIn, session, texts
from tests.ui.test_dashboard import answer_everything

CREWED = "crewed_lunar_orbit"




def crew_ready() -> Session:
    s = session("esa", seed=4)
    answer_everything(s)
    agency = s.state.agencies["esa"]
    agency.achieved.update({"heavy_launcher": -1, "lunar_orbiter": -1})
    agency.projects[CREWED] = Project(progress=1.0, turns_funded=9)
    assert s.engine.status("esa", CREWED) == "ready"
    return s


def open_dialog(app_factory: Any, s: Session, size: tuple[int, int] = (1280, 720),
                **settings: Any) -> tuple[Any, Driver, AttemptScene]:
    app = app_factory(size, **settings)
    app.session = s
    app.push(StandIn())
    dialog = AttemptScene(CREWED)
    app.push(dialog)
    drive = Driver(app)
    drive.step(2)
    return app, drive, dialog


def outcomes(app: Any) -> list[str]:
    return [element_text(e) for e in visible_elements(app) if isinstance(e, UILabel)
            and element_text(e) in ("OK", "FAILED")]


def test_the_steps_appear_one_at_a_time_and_the_launch_is_over_within_two_seconds(
        app_factory: Any) -> None:
    s = crew_ready()
    app, drive, dialog = open_dialog(app_factory, s)
    drive.press("Launch")
    launch = s.engine.current_report("esa").launches[-1]
    assert dialog.launch == launch
    assert "Launch in 3..." in texts(app) and outcomes(app) == []
    seen = [0]
    frames = 0
    while not dialog.revealed:
        drive.step()
        frames += 1
        seen.append(len(outcomes(app)))
        assert frames * DT <= 2.0, "a launch plays in under two seconds"
    assert frames * DT >= COUNT_SECONDS * len(COUNTDOWN)  # the countdown plays first
    # each outcome arrives on its own frame, never two at once
    assert all(b - a in (0, 1) for a, b in pairwise(seen))
    assert seen[-1] == len(launch.steps)
    assert outcomes(app) == ["OK" if step.ok else "FAILED" for step in launch.steps]
    assert dialog.outcome_text() in texts(app)


@pytest.mark.parametrize("key", [pygame.K_SPACE, pygame.K_RETURN])
def test_a_key_skips_to_the_outcome_the_engine_recorded(app_factory: Any, key: int) -> None:
    s = crew_ready()
    app, drive, dialog = open_dialog(app_factory, s)
    drive.press("Launch")
    drive.key(key)
    assert dialog.revealed and not dialog.animating
    launch = s.engine.current_report("esa").launches[-1]
    assert outcomes(app) == ["OK" if step.ok else "FAILED" for step in launch.steps]
    verdict = "Success!" if launch.success else {"safe": "Aborted: the crew is safe",
                                                 "lost": "The crew was lost"}[launch.crew or ""]
    assert verdict in texts(app)
    assert app.top is dialog  # the key skipped; it did not close the dialog too
    drive.press("Continue")
    assert app.top is not dialog


def test_a_click_beside_the_dialog_skips_too(app_factory: Any) -> None:
    s = crew_ready()
    app, drive, dialog = open_dialog(app_factory, s)
    drive.press("Launch")
    drive.click((4, 4))
    assert dialog.revealed and app.top is dialog


@pytest.mark.parametrize("draws,verdict,crew", [
    ((0.9999, 0.01), "Aborted: the crew is safe", "safe"),
    ((0.9999, 0.9999), "The crew was lost", "lost"),
])
def test_a_failed_crewed_flight_says_whether_the_crew_came_home(
        app_factory: Any, draws: tuple[float, ...], verdict: str, crew: str) -> None:
    s = crew_ready()
    app, drive, dialog = open_dialog(app_factory, s)
    preview = s.engine.failure_preview("esa", CREWED)
    safe = round(preview.safe_chance * 100)
    note = texts(app)
    assert f"crew safe ({safe}% chance)" in note and f"loss of the crew ({100 - safe}%)" in note
    s.engine.world.rng = Draws(*draws)  # type: ignore[assignment]
    drive.press("Launch")
    drive.press("Skip")
    launch = s.engine.current_report("esa").launches[-1]
    assert launch.crew == crew and dialog.launch == launch
    assert verdict in texts(app)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_the_crewed_dialog_fits_before_and_after(app_factory: Any,
                                                 size: tuple[int, int]) -> None:
    s = crew_ready()
    app, drive, _dialog = open_dialog(app_factory, s, size)
    assert layout_problems(app) == []
    s.engine.world.rng = Draws(0.9999)  # type: ignore[assignment]
    drive.press("Launch")
    drive.press("Skip")
    assert layout_problems(app) == []


def test_the_turn_report_says_the_crew_was_lost(app_factory: Any) -> None:
    s = crew_ready()
    app, drive, _dialog = open_dialog(app_factory, s)
    s.engine.world.rng = Draws(0.9999)  # type: ignore[assignment]
    drive.press("Launch")
    drive.press("Skip")
    drive.press("Continue")
    s.engine.world.rng = make_rng(1)  # a real generator again for the rest of the turn
    answer_everything(s)
    assert s.apply(cmd.EndTurn(agency="esa")).ok
    report = s.engine.last_report("esa")
    assert report is not None and report.launches[-1].crew == "lost"
    app.push(TurnReportScene(report))
    drive.step(2)
    assert "failure: the crew was lost" in texts(app)
    assert "crew was lost" in texts(app)

