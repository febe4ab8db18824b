"""The turn report: scores before and after, development, launches, news; Continue."""

from __future__ import annotations

import pytest

from game.core import commands as cmd
from game.ui.scenes.turn_report import TurnReportScene
from game.ui.testing import Driver, layout_problems
from tests.ui.flow_support import StandIn, pass_offers, session, texts


def played_session():  # type: ignore[no-untyped-def]
    """CNSA after one funded turn and one launch of a milestone it has ready."""
    s = session("cnsa")
    pass_offers(s, "cnsa")
    assert s.apply(cmd.Allocate(agency="cnsa", milestone="heavy_launcher", amount=200)).ok
    assert s.apply(cmd.EndTurn(agency="cnsa")).ok
    return s


def open_report(app_factory, report, size=(1280, 720)):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.session = played_session()
    app.push(StandIn())
    app.push(TurnReportScene(report if report is not None
                             else app.session.engine.last_report("cnsa")))
    drive = Driver(app)
    drive.step(2)
    return app, drive


def test_the_report_shows_scores_and_development(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_report(app_factory, None)
    shown = texts(app)
    assert "Science:" in shown and "->" in shown
    assert "Heavy launcher:" in shown and "200 million spent" in shown
    assert "Mar 2021" in shown


def test_a_launch_lists_each_step_with_its_chance(app_factory) -> None:  # type: ignore[no-untyped-def]
    report = {"turn": 0, "label": "Mar 2021", "progress": [], "events": [], "news": [],
              "achieved": [], "scores_before": {}, "scores_after": {},
              "launches": [{"milestone": "lunar_orbiter", "chance": 0.9, "success": False,
                            "steps": [{"name": "Launch", "chance": 0.95, "ok": True},
                                      {"name": "Orbit", "chance": 0.9, "ok": False}]}]}
    app, _ = open_report(app_factory, report)
    shown = texts(app)
    assert "Lunar orbiter: overall chance 90%, failure" in shown
    assert "Launch 95% ok" in shown and "Orbit 90% FAILED" in shown


def test_continue_closes_the_report(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = open_report(app_factory, None)
    drive.press("Continue")
    assert isinstance(app.top, StandIn)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_the_report_fits_the_window(app_factory, size) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_report(app_factory, None, size)
    assert layout_problems(app) == []
