"""Fair hot-seat: the class's team order survives a save, the order rotates every turn and
the hand-over shows it, and no team sees another's launches of the same turn too early."""

from __future__ import annotations

import json

from game.core import commands as cmd
from game.core.state import Project
from game.ui import flow
from game.ui.scenes.dashboard import DashboardScene
from game.ui.scenes.handover import HandoverScene
from game.ui.scenes.title import TitleScene
from game.ui.scenes.turn_report import TurnReportScene
from game.ui.session import Session, turn_order
from game.ui.testing import Driver, element_text, visible_elements
from game.ui.widgets.turn_text import latest_achievement
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
    monkeypatch.setattr(flow, "DashboardScene", StandIn)
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



def test_an_old_save_with_teams_as_an_object_continues_in_the_class_order(tmp_path) -> None:  # type: ignore[no-untyped-def]
    s = session("cnsa", teams=TEAMS)
    for item in list(s.engine.pending("cnsa")):  # Red answers its cards and ends turn 1
        s.apply(cmd.DeclineOffer(agency="cnsa", bloc=item.ref) if item.kind == "offer"
                else cmd.AnswerEvent(agency="cnsa", event=item.ref, choice=0))
    assert s.apply(cmd.EndTurn(agency="cnsa")).ok
    path = tmp_path / "old.json"
    s.save(path, "before the fix")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["game"]["teams"] = dict(TEAMS)  # the old form; written with sorted keys
    path.write_text(json.dumps(document, sort_keys=True), encoding="utf-8")
    loaded = Session.load(path)
    assert list(loaded.teams.items()) == list(TEAMS.items())
    assert loaded.agency == "nasa" and loaded.turn_order() == ["Red", "Blue", "Green"]

# --- a team does not see another team's launch of the same turn ------------------------

STATION = "robotic_station"  # CNSA may fly it; the first to land one earns extra prestige


class _Lucky:
    """Dice that always come up: the test's launch succeeds."""

    def random(self, size: int | None = None) -> object:
        return 0.0 if size is None else [0.0] * size


def red_launches(s: Session) -> str:
    """Red (CNSA) flies its station, as the attempt dialog does; the news line it made, in
    words."""
    rule = s.engine.rules.milestones[STATION]
    s.state.agencies["cnsa"].projects[STATION] = Project(
        progress=1.0, spent=rule.cost, turns_funded=rule.min_turns)  # the starting position
    dice, s.engine.world.rng = s.engine.rng, _Lucky()
    try:
        assert s.apply(cmd.Attempt(agency="cnsa", milestone=STATION)).ok
    finally:
        s.engine.world.rng = dice
    return s.words(s.engine.current_report("cnsa").news[-1])


def rival_row(app, agency_name: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The other-agencies table's row of an agency: name, bloc, count, newest."""
    shown = visible_elements(app)
    name = next(e for e in shown if getattr(e, "tool_tip_text", None) == agency_name)
    row = [e for e in shown if e.ui_container is name.ui_container
           and e.relative_rect.y == name.relative_rect.y
           and not hasattr(e, "emblem")]  # the agency's emblem before its name has no text
    return [element_text(e) for e in sorted(row, key=lambda e: e.relative_rect.x)]


def test_a_team_sees_another_team_s_launch_only_in_the_report_after_the_turn(app_factory) -> None:  # type: ignore[no-untyped-def]
    s = session("cnsa", teams={"Red": "cnsa", "Blue": "nasa"})
    cnsa = s.scenario.agencies["cnsa"]
    station = s.scenario.milestones[STATION].name
    count_before = str(len(s.state.agencies["cnsa"].achieved))
    newest_before, _ = latest_achievement(s.engine, "cnsa")
    app = app_factory((1280, 720))
    flow.start_campaign(app, s)
    drive = Driver(app)
    drive.step(2)
    click_through(drive, until=DashboardScene)  # Red's cover and opening cards
    line = red_launches(s)
    assert "achieves a first" in line
    drive.click(app.top.end_turn_button)
    assert isinstance(app.top, HandoverScene) and app.top.team_name == "Blue"
    click_through(drive, until=DashboardScene)  # Blue's cover and opening cards
    dashboard = app.top
    assert s.agency == "nasa" and s.state.turn == 0
    assert line not in dashboard.news_box.html_text
    row = rival_row(app, cnsa.name)
    assert row[0] == cnsa.short and row[2] == count_before
    assert shows(row[3], newest_before) and not shows(row[3], station)
    assert "Achieved by" not in node_tooltip(dashboard, station)

    drive.click(dashboard.end_turn_button)  # the turn resolves; Blue starts the next one
    assert s.state.turn == 1
    assert isinstance(app.top, HandoverScene) and app.top.team_name == "Blue"
    drive.press("We are Blue, start")
    assert isinstance(app.top, TurnReportScene)
    assert line in texts(app)
    click_through(drive, until=DashboardScene)
    # Built afresh: a turn screen kept under the cover across End turn can still show the
    # turn before (its lifecycle is being fixed apart from this); here what counts is
    # what the table shows once the turn has resolved.
    app.top.refresh()
    drive.step(2)
    row = rival_row(app, cnsa.name)
    assert row[2] == str(int(count_before) + 1) and shows(row[3], station)
    assert f"Achieved by: {cnsa.short}" in node_tooltip(app.top, station)


def shows(label: str, full: str) -> bool:
    """Whether a label shows `full`, whole or shortened with an ellipsis to fit."""
    return label == full or (label.endswith("\u2026") and full.startswith(label[:-1]))


def node_tooltip(dashboard: DashboardScene, name: str) -> str:
    """The tooltip of a milestone's node in the graph (it says who achieved it)."""
    return next(str(e.tool_tip_text) for e in dashboard.elements
                if str(getattr(e, "tool_tip_text", "")).startswith(f"<b>{name}</b>"))
