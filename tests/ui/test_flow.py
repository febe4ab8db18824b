"""What follows End turn: hot-seat hand-overs, autosave, reports, start-of-turn cards."""

from __future__ import annotations

from pathlib import Path

from game import paths
from game.core import commands as cmd
from game.ui import flow, intents
from game.ui.scenes.bloc_choice import BlocChoiceScene
from game.ui.scenes.event_card import EventCardScene
from game.ui.scenes.handover import HandoverScene
from game.ui.scenes.turn_report import TurnReportScene
from game.ui.session import Session
from game.ui.testing import Driver
from tests.ui.flow_support import StandIn, click_through, pass_offers, session, texts

TEAMS = {"Red": "cnsa", "Blue": "nasa"}


def playing(app_factory, s: Session):  # type: ignore[no-untyped-def]
    app = app_factory((1280, 720))
    app.session = s
    app.push(StandIn())
    return app, Driver(app)


def autosaves() -> list[Path]:
    folder = paths.saves_dir()
    return sorted(folder.glob("autosave-*.json")) if folder.is_dir() else []


def test_a_single_player_meets_the_opening_cards_in_order(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = playing(app_factory, session("esa"))
    flow.begin_turn(app)
    drive.step(2)
    assert isinstance(app.top, EventCardScene) and app.top.event_id == "ilrs_memorandum"
    met = click_through(drive)
    # the memorandum and the invitation are read; the invitation leads to the bloc choice,
    # and the five steps of the game close the opening
    assert met == ["event_card", "event_card", "bloc_choice", "how_to_play"]
    assert not app.session.engine.pending("esa")


def test_cards_already_seen_are_not_shown_again(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = playing(app_factory, session("nasa"))
    flow.begin_turn(app)
    click_through(drive)
    flow.begin_turn(app)
    assert isinstance(app.top, StandIn)


def test_end_turn_with_an_open_invitation_shows_it_instead(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = playing(app_factory, session("esa"))
    flow.end_turn(app)
    drive.step(2)
    assert app.session.state.turn == 0
    click_through(drive, until=BlocChoiceScene)
    assert app.top.offer == "ilrs"


def test_single_player_end_turn_autosaves_and_shows_the_report(app_factory) -> None:  # type: ignore[no-untyped-def]
    s = session("esa")
    pass_offers(s, "esa")
    app, drive = playing(app_factory, s)
    flow.end_turn(app)
    drive.step(2)
    assert s.state.turn == 1
    assert len(autosaves()) == 1
    assert isinstance(app.top, TurnReportScene)
    click_through(drive)
    assert isinstance(app.top, StandIn)


def test_a_two_team_game_hands_over_and_resolves_after_both(app_factory) -> None:  # type: ignore[no-untyped-def]
    s = session("cnsa", teams=TEAMS)
    app, drive = playing(app_factory, s)
    flow.start_play(app)
    drive.step(2)
    assert isinstance(app.top, HandoverScene) and app.top.team_name == "Red"
    assert s.agency == "cnsa"
    click_through(drive)
    flow.end_turn(app)
    drive.step(2)
    assert isinstance(app.top, HandoverScene) and app.top.team_name == "Blue"
    assert s.agency == "nasa" and s.state.turn == 0
    assert autosaves() == []
    click_through(drive)
    flow.end_turn(app)
    drive.step(2)
    assert s.state.turn == 1
    assert len(autosaves()) == 1
    # the second turn starts with the second team: the order moves on every turn
    assert isinstance(app.top, HandoverScene) and app.top.team_name == "Blue"
    assert s.agency == "nasa"
    drive.press("We are Blue, start")
    assert isinstance(app.top, TurnReportScene)
    assert "NASA" in texts(app)


def test_a_failed_autosave_is_reported_and_play_goes_on(app_factory, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the saves folder should be", encoding="utf-8")
    monkeypatch.setattr(paths, "saves_dir", lambda: blocked)
    s = session("esa")
    pass_offers(s, "esa")
    app, drive = playing(app_factory, s)
    flow.end_turn(app)
    drive.step(2)
    assert s.state.turn == 1
    assert s.notice.startswith("Autosave failed")
    assert "Autosave failed" in texts(app)


def test_teams_survive_a_save_and_load(app_factory, tmp_path) -> None:  # type: ignore[no-untyped-def]
    s = session("cnsa", teams=TEAMS)
    pass_offers(s, "cnsa")
    assert s.apply(cmd.EndTurn(agency="cnsa")).ok
    path = tmp_path / "game.json"
    s.save(path, "class")
    loaded = Session.load(path)
    assert loaded.teams == TEAMS
    assert loaded.agency == "nasa"  # Red had ended; Blue is still to play


def test_named_save_lands_in_the_saves_folder(app_factory) -> None:  # type: ignore[no-untyped-def]
    path = session("esa").save_named("Class 4B")
    assert path.parent == paths.saves_dir() and path.is_file()


def test_start_campaign_opens_the_hand_over_in_a_team_game(app_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(flow, "DashboardScene", StandIn)
    app = app_factory((1280, 720))
    flow.start_campaign(app, session("cnsa", teams=TEAMS))
    Driver(app).step(2)
    assert isinstance(app.stack[0], StandIn)
    assert isinstance(app.top, HandoverScene) and app.top.team_name == "Red"


def test_the_end_of_the_game_opens_the_debrief(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = playing(app_factory, session("esa"))
    app.navigate(intents.Debrief())
    drive.step(2)
    assert app.top.name in ("debrief", "message")


def test_the_five_steps_show_once_per_game_and_enter_closes_them(app_factory) -> None:  # type: ignore[no-untyped-def]
    import pygame

    from game.ui.scenes.how_to_play import HowToPlayScene

    app, drive = playing(app_factory, session("esa"))
    flow.begin_turn(app)
    drive.step(2)
    click_through(drive, until=HowToPlayScene)
    assert isinstance(app.top, HowToPlayScene)
    drive.key(pygame.K_RETURN)  # a new screen has its button focused: Enter plays
    assert not isinstance(app.top, HowToPlayScene)
    flow.begin_turn(app)
    drive.step(2)
    assert not isinstance(app.top, HowToPlayScene)
