"""The end of a game: every team sees its last turn report before the debrief."""

from __future__ import annotations

from pathlib import Path

from game import paths
from game.core import commands as cmd
from game.dates import date_of
from game.ui.scenes.dashboard import DashboardScene
from game.ui.session import Session
from game.ui.testing import Driver, layout_problems
from tests.ui.flow_support import texts

CLASSROOM = paths.SCENARIOS_DIR / "classroom_2021.yaml"
TEAMS = {"Red": "cnsa", "Blue": "nasa", "Green": "esa"}


def answer(session: Session, agency: str) -> None:
    for item in list(session.engine.pending(agency)):
        if item.kind == "event":
            session.apply(cmd.AnswerEvent(agency=agency, event=item.ref, choice=0))
        else:
            session.apply(cmd.DeclineOffer(agency=agency, bloc=item.ref))


def last_turn(teams: dict[str, str] | None) -> Session:
    """A classroom game played to its last turn, every team but the last one done."""
    first = next(iter(teams.values())) if teams else "cnsa"
    session = Session.new(Path(CLASSROOM), first, seed=3, teams=teams)
    agencies = list(teams.values()) if teams else ["cnsa"]
    while session.state.turn < session.state.turn_count - 1:
        for agency in agencies:
            answer(session, agency)
            assert session.apply(cmd.EndTurn(agency=agency)).ok
    for agency in agencies[:-1]:
        answer(session, agency)
        assert session.apply(cmd.EndTurn(agency=agency)).ok
    session.agency = agencies[-1]
    answer(session, agencies[-1])
    return session


def end_last_turn(app_factory, session: Session):  # type: ignore[no-untyped-def]
    app = app_factory((1280, 720))
    app.session = session
    dashboard = DashboardScene()
    app.push(dashboard)
    drive = Driver(app)
    drive.step(2)
    drive.click(dashboard.end_turn_button)
    return app, drive


def test_each_team_sees_its_last_report_after_its_hand_over_then_the_debrief(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = end_last_turn(app_factory, last_turn(TEAMS))
    assert app.session.is_over
    for team, agency in TEAMS.items():
        assert app.top.name == "handover"
        assert f"Last report of {team}" in texts(app)
        last = date_of(app.session.engine, app.session.state.turn_count - 1)
        assert f"The game is over after {last}" in texts(app)  # not a date past the end
        assert layout_problems(app) == []
        drive.press(f"We are {team}, show it")
        assert app.top.name == "turn_report"
        assert app.top.report is app.session.engine.last_report(agency)
        short = app.session.scenario.agencies[agency].short
        assert f"{team} ({short})" in texts(app)
        drive.press("Continue")
    assert app.top.name == "debrief"


def test_a_single_player_sees_the_last_report_then_the_debrief(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = end_last_turn(app_factory, last_turn(None))
    assert app.top.name == "turn_report"
    drive.press("Continue")
    assert app.top.name == "debrief"
