"""Fair hot-seat: the class's team order survives a save, the order rotates every turn and
the hand-over shows it, and no team sees another's launches of the same turn too early."""

from __future__ import annotations

from game.ui import flow
from game.ui import scenes as scenes_mod
from game.ui.scenes.handover import HandoverScene
from game.ui.scenes.title import TitleScene
from game.ui.session import Session, turn_order
from game.ui.testing import Driver
from tests.ui.flow_support import StandIn, click_through, session, texts

# Not alphabetical on purpose: a save that sorts its keys would put Blue first.
TEAMS = {"Red": "cnsa", "Blue": "nasa", "Green": "esa"}


def playing(app_factory, s: Session):  # type: ignore[no-untyped-def]
    app = app_factory((1280, 720))
    app.session = s
    app.push(StandIn())
    return app, Driver(app)


def order_shown(app) -> str:  # type: ignore[no-untyped-def]
    line = next(t for t in texts(app).splitlines() if t.startswith("Order this turn:"))
    return line.removeprefix("Order this turn:").strip()


def end_turn(app, drive: Driver) -> None:  # type: ignore[no-untyped-def]
    """End the turn of the team at the keyboard as its End turn button does; cards that
    still wait for an answer are answered first."""
    for _ in range(4):
        turn, agency = app.session.state.turn, app.session.agency
        flow.end_turn(app)
        drive.step(2)
        moved = app.session.state.turn != turn or app.session.agency != agency
        if moved or app.session.is_over or isinstance(app.top, HandoverScene):
            return
        click_through(drive)
    raise AssertionError("the turn would not end")


def test_the_order_of_a_turn_starts_one_team_later_each_turn() -> None:
    teams = ["Red", "Blue", "Green"]
    assert turn_order(teams, 0) == ["Red", "Blue", "Green"]
    assert turn_order(teams, 1) == ["Blue", "Green", "Red"]
    assert turn_order(teams, 2) == ["Green", "Red", "Blue"]
    assert turn_order(teams, 3) == ["Red", "Blue", "Green"]
    assert turn_order([], 5) == []


def test_the_teams_play_in_a_rotating_order_and_the_hand_over_shows_it(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = playing(app_factory, session("cnsa", teams=TEAMS))
    flow.start_play(app)
    drive.step(2)
    met: list[tuple[int, str, str]] = []
    for _ in range(9):  # three turns of three teams
        assert isinstance(app.top, HandoverScene)
        shown = texts(app)
        assert "no team always launches first" in shown
        met.append((app.session.state.turn, app.top.team_name, order_shown(app)))
        click_through(drive)  # the cover, the last turn's report, the cards
        end_turn(app, drive)
    assert met == [
        (0, "Red", "1. Red, 2. Blue, 3. Green"),
        (0, "Blue", "1. Red, 2. Blue, 3. Green"),
        (0, "Green", "1. Red, 2. Blue, 3. Green"),
        (1, "Blue", "1. Blue, 2. Green, 3. Red"),
        (1, "Green", "1. Blue, 2. Green, 3. Red"),
        (1, "Red", "1. Blue, 2. Green, 3. Red"),
        (2, "Green", "1. Green, 2. Red, 3. Blue"),
        (2, "Red", "1. Green, 2. Red, 3. Blue"),
        (2, "Blue", "1. Green, 2. Red, 3. Blue"),
    ]
    assert app.session.state.turn == 3


def test_continue_keeps_the_order_the_class_chose(app_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(scenes_mod, "DASHBOARD", "tests.ui.flow_support:StandIn")
    app, drive = playing(app_factory, session("cnsa", teams=TEAMS))
    flow.start_play(app)
    drive.step(2)
    click_through(drive)
    end_turn(app, drive)  # Red has played turn 1; Blue is next
    app.session.save_named("Class 4B")

    app.reset(TitleScene())
    app.session = None
    drive.step(2)
    drive.press("Continue")
    loaded = app.session
    assert loaded is not None and list(loaded.teams) == ["Red", "Blue", "Green"]
    assert isinstance(app.top, HandoverScene) and app.top.team_name == "Blue"
    assert order_shown(app) == "1. Red, 2. Blue, 3. Green"
    for team in ("Blue", "Green"):
        assert app.top.team_name == team
        click_through(drive)
        end_turn(app, drive)
    # the next turn starts with the class's second team, not with the alphabet's
    assert loaded.state.turn == 1
    assert isinstance(app.top, HandoverScene) and app.top.team_name == "Blue"
    assert order_shown(app) == "1. Blue, 2. Green, 3. Red"
