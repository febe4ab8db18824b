"""The largest scenario the limits allow opens every screen a player can reach, in the real
window at the smallest and the usual size, with nothing cut, overlapping or off the window,
and with the figures the engine holds.

Why this exists: before the limits, a 500-long chain of prerequisites ended the turn screen
with a RecursionError, a 10 KB description took 4.5 s to open it, and nothing held the
screens to the sizes a valid file may have. Speed is not asserted here (see
benchmarks/largest_scenario.py); what the largest file must never do is crash a screen or
spill out of it.
"""

from __future__ import annotations

import html
import itertools
import re
from pathlib import Path
from typing import Any

import pygame
import pytest
from pygame_gui.elements import UIButton

from game.dates import date_of
from game.i18n import tr
from game.scenario import Scenario, limits, load_scenario
from game.ui.app import App
from game.ui.flow import start_campaign
from game.ui.scenes.dashboard import DashboardScene
from game.ui.screenshots import play_turns
from game.ui.session import Session
from game.ui.testing import Driver, element_text, layout_problems, visible_elements
from game.ui.widgets.tips import money
from tests.fixtures.largest import FIRST_AGENCY, write_largest_scenario

SIZES = [(1024, 600), (1280, 720)]
# The top bar drops Income, then Allocated, when its figures do not fit (the side panel and
# the tooltips tell them too). At the usual size every figure shows with the largest
# scenario, as it did not with 80-character short labels (hence MAX_SHORT_CHARS); at the
# smallest, its six-digit money (budgets of MAX_MONEY) leaves them no room, whatever the label.
EVERY_FIGURE_AT = (1280, 720)
AGENCY = FIRST_AGENCY  # the richest: it can fund anything on the first turn
ELLIPSIS = "\u2026"


@pytest.fixture(scope="module")
def largest(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Scenario]:
    path = write_largest_scenario(tmp_path_factory.mktemp("largest") / "largest.yaml")
    return path, load_scenario(path)


def test_the_largest_scenario_is_as_large_as_the_limits_allow(largest: Any) -> None:
    path, scenario = largest
    assert path.stat().st_size <= limits.MAX_FILE_BYTES
    assert len(scenario.milestones) == limits.MAX_MILESTONES
    assert len(scenario.events) == limits.MAX_EVENTS
    assert len(scenario.agencies) == limits.MAX_AGENCIES
    assert len(scenario.blocs) == limits.MAX_BLOCS
    assert {len(m.description) for m in scenario.milestones.values()} == {limits.MAX_TEXT_CHARS}
    assert {len(m.name) for m in scenario.milestones.values()} == {limits.MAX_NAME_CHARS}
    assert {len(a.name) for a in scenario.agencies.values()} == {limits.MAX_NAME_CHARS}
    assert {len(a.short) for a in scenario.agencies.values()} == {limits.MAX_SHORT_CHARS}
    # one chain through every milestone, written from its far end, whose far end also
    # requires as many milestones as a list may hold
    ids = list(scenario.milestones)
    assert all(b in scenario.milestones[a].requires for a, b in itertools.pairwise(ids))
    assert len(scenario.milestones[ids[0]].requires) == limits.MAX_LIST


# --- reading and driving the screen --------------------------------------------------------


def fits(app: App, where: str) -> None:
    problems = layout_problems(app)
    assert not problems, f"{where} ({app.rect.w}x{app.rect.h}):\n" + "\n".join(problems)


def shown(label: Any) -> str:
    """The label's whole text: its own, or the tooltip's first line when it was shortened."""
    text = element_text(label)
    if text.endswith(ELLIPSIS):
        tip = str(label.tool_tip_text or "")
        return html.unescape(re.sub(r"<[^>]+>", "", tip.split("<br>")[0]))
    return text


def enabled_buttons(app: App) -> list[UIButton]:
    return [e for e in visible_elements(app) if isinstance(e, UIButton) and e.is_enabled]


def to_turn_screen(drive: Driver, limit: int = 40) -> list[str]:
    """Answer each card with its first button, checking each, until the turn screen is on
    top; the screens met on the way."""
    app = drive.app
    met = []
    for _ in range(limit):
        top = app.top
        if isinstance(top, DashboardScene):
            return met
        name = type(top).__name__
        met.append(name)
        fits(app, name)
        if name == "BlocChoiceScene":  # keep the road the agency is on
            drive.click(next(b for b in enabled_buttons(app)
                             if element_text(b) in (tr("Close"), tr("Stay independent"))
                             or element_text(b).startswith(tr("Stay in {b}", b=""))))
        elif name == "TurnReportScene":
            drive.press(tr("Continue"))
        else:
            drive.click(enabled_buttons(app)[0])
    raise AssertionError(f"still dialogs after {limit}: {met[-5:]}")


def check_turn_screen(app: App, where: str) -> DashboardScene:
    scene = app.top
    assert isinstance(scene, DashboardScene), where
    fits(app, where)
    engine, budget = scene.engine, scene.engine.budget_view(AGENCY)
    assert shown(scene._live["date"]) == date_of(engine), where
    assert shown(scene._live["money"]) == tr("Money {m}", m=money(budget.money)), where
    assert shown(scene._live["free"]) == tr("Free {m}", m=money(budget.free)), where
    assert shown(scene._live["who"]) == app.session.scenario.agencies[AGENCY].short, where
    if tuple(app.rect.size) == EVERY_FIGURE_AT:
        assert "allocated" in scene._live and "income" in scene._live, where
        assert shown(scene._live["allocated"]) == tr("Allocated {m}", m=money(budget.allocated)), \
            where
        assert shown(scene._live["income"]) == tr("Income {m}", m=money(budget.income)), where
    assert set(scene.node_buttons) == set(app.session.scenario.milestones), where
    return scene




def page_through(drive: Driver, where: str) -> int:
    """Every page of a paged screen, each checked; how many there were."""
    pages = 1
    while any(element_text(b) == tr("Next page") for b in enabled_buttons(drive.app)):
        drive.press(tr("Next page"))
        pages += 1
        fits(drive.app, f"{where}, page {pages}")
    return pages


# --- the game ------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_of_a_turn_opens_and_fits_with_the_largest_scenario(
        app_factory: Any, largest: Any, size: tuple[int, int]) -> None:
    path, scenario = largest
    app = app_factory(size)
    start_campaign(app, Session.new(path, AGENCY, "normal", 1, scenario=scenario))
    drive = Driver(app)
    drive.step(2)
    met = to_turn_screen(drive)
    assert "EventCardScene" in met  # the first turn's historical events
    scene = check_turn_screen(app, "first turn")
    engine = scene.engine

    # select the chain's third milestone; its name is whole or shortened with the tooltip
    target = list(scenario.milestones)[2]
    drive.click(scene.node_buttons[target])
    assert scene.selected == target
    heading = next(e for e in scene._side_elements if element_text(e).startswith("Milestone"))
    assert shown(heading) == scenario.milestones[target].name
    fits(app, "a milestone selected")

    # its tooltip names it and stays on the window
    tip = drive.hover(scene.node_buttons[target])
    assert tip is not None, "no tooltip after a second's hover"
    assert html.escape(scenario.milestones[target].name, quote=False) in \
        scene.node_buttons[target].tool_tip_text
    assert app.rect.contains(tip.rect), (tuple(tip.rect), tuple(app.rect))

    # fund the first milestone at the steady rate
    first = next(iter(reversed(scenario.milestones)))  # m00, written last
    drive.click(scene.node_buttons[first])
    drive.press(tr("Steady rate"))
    view = engine.milestone_view(AGENCY, first)
    assert view.allocation == min(view.steady_funding, engine.budget_view(AGENCY).free
                                  + view.allocation) > 0
    check_turn_screen(app, "after funding")

    # History, every page, then back (the largest file spends its bytes on milestones and
    # events, so its history is a few lines on one page; tests/ui/test_history.py pages)
    drive.key(pygame.K_h)
    assert type(app.top).__name__ == "HistoryScene"
    fits(app, "History")
    page_through(drive, "History")
    drive.key(pygame.K_ESCAPE)
    check_turn_screen(app, "after History")

    # Help, every page of the glossary
    drive.key(pygame.K_F1)
    assert type(app.top).__name__ == "HelpScene"
    fits(app, "Help")
    assert page_through(drive, "Help") > 1
    drive.key(pygame.K_ESCAPE)

    # the pause menu
    drive.key(pygame.K_ESCAPE)
    assert type(app.top).__name__ == "PauseScene"
    fits(app, "Pause")
    drive.key(pygame.K_ESCAPE)
    check_turn_screen(app, "after the pause menu")

    # End turn, through the report and the cards
    drive.click(scene.end_turn_button)
    met = to_turn_screen(drive)
    assert "TurnReportScene" in met
    assert engine.state.turn == 1
    check_turn_screen(app, "second turn")


def test_the_load_screen_lists_a_save_of_the_largest_scenario(
        app_factory: Any, largest: Any) -> None:
    from game.ui.scenes.load import LoadScene
    from game.ui.scenes.title import TitleScene

    path, scenario = largest
    session = Session.new(path, AGENCY, "normal", 1, scenario=scenario)
    play_turns(session, 3)
    session.save_named("x" * limits.MAX_NAME_CHARS)
    app = app_factory(SIZES[0])
    app.reset(TitleScene())
    app.push(LoadScene())
    Driver(app).step(2)
    fits(app, "Load")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_finished_game_of_the_largest_scenario_shows_its_debrief(
        app_factory: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    # every count at its limit, a short span: the end comes within a test's time
    path = write_largest_scenario(tmp_path / "short.yaml", years=2)
    session = Session.new(path, AGENCY, "normal", 1)
    play_turns(session, session.state.turn_count + 1)
    assert session.is_over
    app = app_factory(size)
    start_campaign(app, session)
    drive = Driver(app)
    drive.step(2)
    to_turn_screen(drive)
    drive.press(tr("Game over: see the debrief"))
    assert type(app.top).__name__ == "DebriefScene"
    fits(app, "Debrief")
