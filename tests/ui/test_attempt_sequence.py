"""A launch plays as a drawn sequence: the vehicle climbs, each step's roll is revealed in
turn with the chance the engine rolled against, the verdict lands with its cue; any key,
a click or Esc skips to the end; Settings turn it off or keep it still; and the turn screen
behind keeps its pre-launch graph until the sequence has ended."""

from __future__ import annotations

from typing import Any

import pygame
import pytest
from pygame_gui.elements import UIButton, UIImage, UILabel

from game.ui.scenes.attempt import AttemptScene
from game.ui.testing import Driver, element_text, layout_problems, visible_elements
from game.ui.widgets.milestone_graph import node_colour, node_infos
from game.ui.widgets.tips import percent
from tests.core.conftest import Draws
from tests.ui.flow_support import texts
from tests.ui.test_attempt_pacing import crew_ready
from tests.ui.test_attempt_pacing import open_dialog as open_crewed
from tests.ui.test_dashboard import open_dashboard, ready_orbiter

VERDICTS = ("Success!", "Aborted: the crew is safe", "The crew was lost", "The mission failed")


def open_dialog(app_factory: Any, draws: tuple[float, ...] | None = None,
                size: tuple[int, int] = (1280, 720), **settings: Any
                ) -> tuple[Any, Driver, AttemptScene]:
    s = crew_ready()
    if draws is not None:
        s.engine.world.rng = Draws(*draws)  # type: ignore[assignment]
    return open_crewed(app_factory, s, size, **settings)


def step_rows(app: Any) -> list[tuple[str, str, str]]:
    """(step, chance, result) as shown, one per planned step, top to bottom."""
    labels = [e for e in visible_elements(app) if isinstance(e, UILabel)]
    rows = []
    for name in sorted((e for e in labels if element_text(e)[:1].isdigit()
                        and ". " in element_text(e)), key=lambda e: e.rect.y):
        beside = sorted((e for e in labels if e is not name and abs(e.rect.centery
                         - name.rect.centery) <= 2), key=lambda e: e.rect.x)
        cells = [element_text(e) for e in beside]
        rows.append((element_text(name), cells[0], cells[1] if len(cells) > 1 else ""))
    return rows


def verdict(launch: Any) -> str:
    if launch.success:
        return "Success!"
    return {"safe": "Aborted: the crew is safe", "lost": "The crew was lost"}.get(
        launch.crew or "", "The mission failed")


def test_each_step_is_revealed_in_order_with_the_chance_and_outcome_the_engine_rolled(
        app_factory: Any) -> None:
    app, drive, dialog = open_dialog(app_factory, draws=(0.01, 0.01, 0.01))
    drive.press("Launch")
    launch = dialog.launch
    assert launch is not None and launch.success and len(launch.steps) == 3
    assert app.sound.played[-1:] != ["launch"]  # no cue before lift-off
    revealed: list[list[str]] = []
    for _ in range(200):
        rows = step_rows(app)
        results = [r for _, _, r in rows if r]
        if not revealed or results != revealed[-1]:
            revealed.append(results)
            # the vehicle's marks show the same steps as the list, no more
            picture = dialog.picture
            assert picture is not None
            assert [("OK" if ok else "FAILED") for ok in picture.marks.results] == results
            assert picture.marks.planned == len(rows)
            assert not any(v in texts(app) for v in VERDICTS) or dialog.revealed
        if dialog.revealed:
            break
        drive.step()
    # one more step's outcome at a time, in the flight's order
    assert [len(r) for r in revealed] == [0, 1, 2, 3]
    rows = step_rows(app)
    assert [chance for _, chance, _ in rows] == [percent(s.chance) for s in launch.steps]
    assert [r for _, _, r in rows] == ["OK" if s.ok else "FAILED" for s in launch.steps]
    assert "Success!" in texts(app)
    # lift-off's cue, then the verdict's, each once
    assert app.sound.played[-2:] == ["launch", "success"]
    assert app.sound.played.count("launch") == 1


def test_the_launch_cue_sounds_at_lift_off_and_the_verdict_only_at_the_end(
        app_factory: Any) -> None:
    app, drive, dialog = open_dialog(app_factory, draws=(0.01, 0.9999, 0.01))
    drive.press("Launch")
    assert dialog.sequence is not None
    assert "launch" not in app.sound.played  # still counting down
    while dialog.moment is not None and not dialog.moment.lifted:
        drive.step()
    assert app.sound.played[-1] == "launch"
    assert not dialog.revealed and "failure" not in app.sound.played[-1:]
    while not dialog.revealed:
        drive.step()
    assert app.sound.played[-2:] == ["launch", "failure"]
    assert dialog.launch is not None and dialog.launch.crew == "safe"
    assert [r for _, _, r in step_rows(app)] == ["OK", "FAILED", "not flown"]
    assert "Aborted: the crew is safe" in texts(app)
    assert dialog.picture is not None and dialog.picture.crew_safe  # under its parachute


@pytest.mark.parametrize("draws,crew", [((0.9999, 0.01), "safe"), ((0.9999, 0.9999), "lost")])
def test_a_crewed_failure_shows_the_fate_the_engine_recorded_only_at_the_end(
        app_factory: Any, draws: tuple[float, ...], crew: str) -> None:
    app, drive, dialog = open_dialog(app_factory, draws=draws)
    drive.press("Launch")
    fates = ("Aborted: the crew is safe", "The crew was lost")
    while not dialog.revealed:
        assert not any(f in texts(app) for f in fates)
        drive.step()
    launch = dialog.launch
    assert launch is not None and launch.crew == crew
    assert verdict(launch) in texts(app)
    assert [f for f in fates if f in texts(app)] == [verdict(launch)]
    assert dialog.picture is not None and dialog.picture.crew_safe == (crew == "safe")


@pytest.mark.parametrize("key", [pygame.K_a, pygame.K_ESCAPE, pygame.K_TAB, pygame.K_SPACE])
def test_any_key_skips_to_the_end_and_never_takes_back_the_launch(
        app_factory: Any, key: int) -> None:
    app, drive, dialog = open_dialog(app_factory)
    drive.press("Launch")
    assert dialog.animating and not dialog.revealed
    drive.key(key)
    launch = dialog.launch
    assert launch is not None and dialog.revealed and not dialog.animating
    assert app.top is dialog  # the key skipped; Esc did not close (or cancel) the launch
    assert s_launches(dialog) == [launch]
    assert verdict(launch) in texts(app)
    assert [r for _, _, r in step_rows(app)][:len(launch.steps)] == [
        "OK" if s.ok else "FAILED" for s in launch.steps]
    assert app.sound.played[-2:] == ["launch", "success" if launch.success else "failure"]
    drive.key(pygame.K_ESCAPE)  # now Esc closes, with the launch flown
    assert app.top is not dialog


def s_launches(dialog: AttemptScene) -> list[Any]:
    return list(dialog.session.engine.current_report("esa").launches)


def test_with_launch_sequences_off_the_outcome_shows_at_once_with_its_cues(
        app_factory: Any) -> None:
    app, drive, dialog = open_dialog(app_factory, draws=(0.9999, 0.9999),
                                     launch_sequences=False)
    assert not [e for e in visible_elements(app) if isinstance(e, UIImage)]
    drive.press("Launch")
    assert dialog.revealed and not dialog.animating
    assert dialog.launch is not None and dialog.launch.crew == "lost"
    assert "The crew was lost" in texts(app)
    assert app.sound.played[-2:] == ["launch", "failure"]
    assert layout_problems(app) == []


def test_with_motion_reduced_nothing_moves_and_the_end_state_shows_at_once(
        app_factory: Any) -> None:
    app, drive, dialog = open_dialog(app_factory, draws=(0.01,), reduce_motion=True)
    assert [e for e in visible_elements(app) if isinstance(e, UIImage)]
    drive.press("Launch")
    assert dialog.revealed and not dialog.animating
    assert dialog.moment is not None and dialog.moment.height == 1.0
    picture = dialog.picture
    assert picture is not None
    drawn = picture.frames
    drive.step(30)
    assert picture.frames == drawn  # not redrawn: no flicker, no climb
    assert "Success!" in texts(app)
    assert app.sound.played[-2:] == ["launch", "success"]


def test_the_picture_is_redrawn_each_frame_while_flying_and_the_flame_flickers(
        app_factory: Any) -> None:
    _app, drive, dialog = open_dialog(app_factory, draws=(0.01,))
    drive.press("Launch")
    picture = dialog.picture
    assert picture is not None
    while dialog.moment is not None and not dialog.moment.lifted:
        drive.step()
    drawn = picture.frames
    heights = []
    for _ in range(6):
        drive.step()
        assert dialog.moment is not None
        heights.append(dialog.moment.height)
    assert picture.frames >= drawn + 6
    assert heights == sorted(heights) and heights[-1] > heights[0]


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
@pytest.mark.parametrize("colour_blind", [False, True])
def test_the_picture_sits_beside_the_steps_and_fits(app_factory: Any, size: tuple[int, int],
                                                    colour_blind: bool) -> None:
    app, drive, dialog = open_dialog(app_factory, size=size, colour_blind=colour_blind)
    drive.press("Launch")
    drive.step(20)
    image = next(e for e in visible_elements(app) if isinstance(e, UIImage))
    others = [e for e in visible_elements(app) if isinstance(e, (UILabel, UIButton))]
    assert not [e for e in others if e.rect.colliderect(image.rect)]
    assert app.rect.contains(image.rect)
    assert dialog.picture is not None
    assert dialog.picture.palette.name == app.palette.name
    assert layout_problems(app) == []


def test_the_graph_behind_keeps_its_pre_launch_picture_until_the_sequence_ends(
        app_factory: Any) -> None:
    session = ready_orbiter()
    session.engine.world.rng = Draws(0.01)  # type: ignore[assignment]
    app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["lunar_orbiter"])
    drive.click(next(e for e in visible_elements(app) if isinstance(e, UIButton)
                     and element_text(e).startswith("Attempt mission")))
    dialog = app.top
    assert isinstance(dialog, AttemptScene)
    assert scene.graph is not None and scene.graph.placement is not None
    node = scene.graph.placement.nodes["lunar_orbiter"]
    spot = (node.x + 2, node.centery)  # inside the node's fill, clear of its name
    drive.step(2)
    before = app.window.get_at(spot)
    renders = scene.graph.renders
    drive.press("Launch")
    assert session.engine.status("esa", "lunar_orbiter") == "achieved"  # the engine knows
    for _ in range(8):  # mid-sequence
        drive.step()
        assert not dialog.revealed
        assert app.window.get_at(spot) == before
    assert scene.graph.renders == renders  # the graph was not redrawn from the new state
    drive.key(pygame.K_a)
    drive.press("Continue")
    assert app.top is scene
    drive.step(2)
    infos = node_infos(session.engine, "esa", session.scenario)
    assert infos["lunar_orbiter"].status == "achieved"
    assert tuple(app.window.get_at(spot))[:3] == node_colour(app.palette,
                                                             infos["lunar_orbiter"])
