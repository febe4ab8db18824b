"""The turn report: scores before and after, development, launches, news; Continue."""

from __future__ import annotations

import dataclasses
from html import escape

import pytest

from game.core import commands as cmd
from game.core.records import FiredEvent, Launch, LaunchStep, TurnReport
from game.core.save import from_dict
from game.ui.scenes.turn_report import TurnReportScene
from game.ui.testing import Driver, layout_problems
from tests.format_1 import as_format_1
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
    report = TurnReport(turn=0, scores_before={}, money_start=0, launches=[
        Launch("lunar_orbiter", [LaunchStep("Launch", 0.95, True),
                                 LaunchStep("Orbit", 0.9, False)], chance=0.9, success=False)])
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


def _money(text: str) -> int:
    return int(text.rsplit(":", 1)[1].strip().rstrip("M"))


def test_the_money_lines_add_up_to_the_money_carried_over(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = open_report(app_factory, None)
    shown = texts(app).splitlines()
    lines = {line.split(":")[0]: _money(line) for line in shown
             if line.startswith(("Carried in:", "Income:", "Bloc dues:", "Events:",
                                 "Failed launches:", "Development:", "Not carried over:",
                                 "Money now:"))}
    assert lines["Development"] == -200 and lines["Not carried over"] < 0
    moved = sum(v for k, v in lines.items() if k not in ("Money now",))
    assert moved == lines["Money now"] == app.session.engine.last_report("cnsa").money_left
    drive.press("Continue")
    assert isinstance(app.top, StandIn)


def _old_report(money_left: int) -> TurnReport:
    """A closed report from a format 1 save made before the money lines existed, as
    migrate_v1 loads it."""
    old = {"turn": 0, "label": "Mar 2021", "progress": [], "events": [], "news": [],
           "achieved": [], "launches": [], "scores_before": {}, "scores_after": {},
           "money_left": money_left}
    s = played_session()
    # Every other report and the news as format 1 wrote them (sentences), so the save is
    # one format 1 could have written: the rivals now have news of their own.
    data = as_format_1(s.engine)
    data["state"]["reports"]["cnsa"] = old
    report = from_dict(s.scenario, data).last_report("cnsa")
    assert report is not None
    return report


def test_an_old_report_without_money_lines_still_shows_the_money_carried_over(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_report(app_factory, _old_report(321))
    assert "Money carried over: 321 million" in texts(app)


def test_an_old_report_without_money_lines_shows_no_lines_that_do_not_add_up(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_report(app_factory, _old_report(321))
    shown = texts(app).splitlines()
    lines = {line.split(":")[0]: _money(line) for line in shown
             if line.startswith(("Carried in:", "Income:", "Development:",
                                 "Not carried over:", "Money now:"))}
    assert not lines or sum(v for k, v in lines.items() if k != "Money now") == 321


def test_an_event_line_names_the_answer_the_team_chose(app_factory) -> None:  # type: ignore[no-untyped-def]
    report = TurnReport(turn=0, scores_before={}, money_start=0, events=[
        FiredEvent("supplier_delay", 1), FiredEvent("budget_squeeze"),
        FiredEvent("an_event_since_removed", 0)])
    app, _ = open_report(app_factory, report)
    shown = texts(app)
    assert "Supplier delay: you chose \u201cAccept the delay (public support)\u201d" in shown
    assert "Budget squeeze" in shown and "Budget squeeze:" not in shown
    assert "an_event_since_removed" in shown  # an edited scenario: its id is all there is


def test_a_hot_seat_report_names_the_team_and_its_agency(app_factory) -> None:  # type: ignore[no-untyped-def]
    app = app_factory((1280, 720))
    app.session = session("cnsa", teams={"Red": "cnsa", "Blue": "nasa"})
    for agency in ("cnsa", "nasa"):
        pass_offers(app.session, agency)
        assert app.session.apply(cmd.EndTurn(agency=agency)).ok
    app.push(StandIn())
    app.push(TurnReportScene(app.session.engine.last_report("cnsa")))
    Driver(app).step(2)
    assert "What happened: Mar 2021, Red (CNSA)" in texts(app)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_a_report_with_every_money_line_fits_the_window(app_factory, size) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_report(app_factory, None, size)
    report = dataclasses.replace(app.session.engine.last_report("cnsa"), dues_paid=80,
                                 event_money=50, failure_costs=-120)
    app.push(TurnReportScene(report))
    Driver(app).step(2)
    assert "Failed launches: -120M" in texts(app)
    assert layout_problems(app) == []


def test_a_crew_seat_flown_is_in_the_report_as_the_engine_recorded_it(app_factory) -> None:  # type: ignore[no-untyped-def]
    app = app_factory((1280, 720))
    app.session = session("esa")
    engine = app.session.engine
    pass_offers(app.session, "esa")
    engine.state.agencies["esa"].seat_credit["artemis"] = engine.rules.tuning.seat_contribution
    engine.achieve("nasa", "crewed_lunar_orbit")  # NASA's crew flies, with ESA's astronaut
    assert app.session.apply(cmd.EndTurn(agency="esa")).ok
    report = engine.last_report("esa")
    (seat,) = report.seats
    app.push(StandIn())
    app.push(TurnReportScene(report))
    Driver(app).step(2)
    shown = texts(app)
    assert "Crew seats (a game rule)" in shown
    assert escape(f"Your astronaut flew on NASA's Crew around the Moon: +{seat.prestige} "
                  f"prestige, +{seat.science} science") in shown
    assert layout_problems(app) == []
