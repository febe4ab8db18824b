"""Figures on screen in the reader's form: a French turn, played with real clicks, shows
its scores with a decimal comma and its money with French grouping, each equal to the
engine's own figure once the turn has ended."""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from typing import Any

import pytest

from game.core.rules import SCORE_AXES
from game.score_axes import axis_name
from game.ui.scenes.dashboard import DashboardScene
from game.ui.scenes.turn_report import TurnReportScene
from game.ui.session import Session
from game.ui.testing import Driver, layout_problems
from tests.pseudo_language import speaking
from tests.ui.flow_support import pass_offers, session, texts
from tests.ui.test_dashboard import button_starting

# The words stay English here (no catalogue in force, only the language's code): what is
# tested is the numbers' form, which comes from the code, not from a translator.


@pytest.fixture
def french() -> Iterator[None]:
    with speaking(gettext.NullTranslations(), "fr"):
        yield


def french_number(text: str) -> float:
    """'+12,5' or '1\u202f234' as a float: the French marks read back."""
    return float(text.replace("\u202f", "").replace("\u00a0", "").replace(",", "."))


def play_a_french_turn(app_factory: Any, size: tuple[int, int] = (1280, 720)
                        ) -> tuple[Any, Session]:
    s = session("esa")
    pass_offers(s, "esa")
    app = app_factory(size)
    app.session = s
    scene = DashboardScene()
    app.push(scene)
    drive = Driver(app)
    drive.step(2)
    drive.click(scene.node_buttons["lunar_orbiter"])
    drive.press("Steady rate")
    drive.click(button_starting(drive, "End turn"))
    drive.step(3)
    assert s.state.turn == 1
    assert isinstance(app.top, TurnReportScene)
    return app, s


def test_a_french_turn_report_shows_the_engine_s_scores_with_a_decimal_comma(
        app_factory: Any, french: None) -> None:
    app, s = play_a_french_turn(app_factory)
    report = s.engine.last_report("esa")
    assert report is not None
    shown = texts(app).splitlines()
    for axis in SCORE_AXES:
        line = next(t for t in shown if t.startswith(f"{axis_name(axis)}: "))
        match = re.fullmatch(r".*: (-?\d+,\d) -> (-?\d+,\d) \(([+-]\d+,\d)\)", line)
        assert match is not None, line  # a comma, never a point, in every figure
        before, after = report.scores_before.get(axis, 0.0), report.scores_after.get(axis, 0.0)
        assert french_number(match[1]) == round(before, 1)
        assert french_number(match[2]) == round(after, 1)
        assert french_number(match[3]) == round(after - before, 1)
    assert any(report.scores_after[a] % 1 for a in SCORE_AXES)  # a real decimal was shown


def test_a_french_turn_report_groups_the_money_left_as_french_does(
        app_factory: Any, french: None) -> None:
    app, s = play_a_french_turn(app_factory)
    report = s.engine.last_report("esa")
    assert report is not None and report.income >= 1000  # a figure that needs grouping
    shown = texts(app).splitlines()

    def figure(label: str) -> str:
        return next(t for t in shown if t.startswith(label)).removeprefix(label).removesuffix("M")

    income = figure("Income: ")
    assert income == f"+{report.income // 1000}\u202f{report.income % 1000:03d}"
    assert french_number(income) == report.income
    assert french_number(figure("Money now: ")) == report.money_left


def test_the_french_turn_report_fits_the_smallest_window(app_factory: Any, french: None) -> None:
    app, _ = play_a_french_turn(app_factory, (1024, 600))
    assert layout_problems(app) == []
