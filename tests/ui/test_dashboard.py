"""The turn screen and the mission-attempt dialog, driven with real events."""

from __future__ import annotations

import dataclasses
from html import escape
from typing import Any

import pygame
import pytest
from pygame_gui.elements import UIButton, UIHorizontalSlider, UITextBox

from game import paths
from game.core import commands as cmd
from game.scenario import Scenario
from game.ui.scenes.attempt import AttemptScene
from game.ui.scenes.dashboard import DashboardScene
from game.ui.session import Session
from game.ui.testing import Driver, layout_problems, visible_elements

SIZES = [(1024, 600), (1280, 720), (1920, 1080)]
_SCENARIO: list[Any] = []


def new_session(scenario: Scenario | None = None) -> Session:
    if not _SCENARIO:  # parse the scenario once for the whole file
        _SCENARIO.append(Session.new(paths.DEFAULT_SCENARIO, agency="esa", seed=1).scenario)
    session = Session.new(paths.DEFAULT_SCENARIO, agency="esa", seed=1,
                          scenario=scenario or _SCENARIO[0])
    session.apply(cmd.DeclineOffer(agency="esa", bloc="ilrs"))
    return session


def two_turn_orbiter() -> Scenario:
    """The campaign with its lunar orbiter developed over two turns at the least. In the
    campaign it takes one (a year), where the steady rate and full speed both end with
    the orbiter developed and a standing order renewed at what finishes it; funding that
    spans turns needs a milestone that takes more than one."""
    new_session()
    base = _SCENARIO[0]
    orbiter = base.milestones["lunar_orbiter"]
    slower = orbiter.model_copy(update={"game": orbiter.game.model_copy(
        update={"min_turns": 2})})
    return base.model_copy(update={"milestones": {**base.milestones, "lunar_orbiter": slower}})


def answer_everything(session: Session) -> None:
    for item in session.engine.pending("esa"):
        if item.kind == "event":
            session.apply(cmd.AnswerEvent(agency="esa", event=item.ref, choice=0))
        else:
            session.apply(cmd.DeclineOffer(agency="esa", bloc=item.ref))


def play_turns(session: Session, funding: dict[str, int], turns: int) -> None:
    for _ in range(turns):
        answer_everything(session)
        for mid, amount in funding.items():
            session.apply(cmd.Allocate(agency="esa", milestone=mid, amount=amount))
        assert session.apply(cmd.EndTurn(agency="esa")).ok
    answer_everything(session)


def ready_orbiter() -> Session:
    session = new_session()
    play_turns(session, {"lunar_orbiter": 300}, 2)
    assert session.engine.status("esa", "lunar_orbiter") == "ready"
    return session


def open_dashboard(app_factory: Any, session: Session,
                   size: tuple[int, int] = (1280, 720)) -> tuple[Any, Driver, DashboardScene]:
    app = app_factory(size)
    app.session = session
    scene = DashboardScene()
    app.push(scene)
    drive = Driver(app)
    drive.step(2)
    return app, drive, scene


def allocation(session: Session, mid: str) -> int:
    return int(session.state.agencies["esa"].allocation.get(mid, 0))


def button_starting(drive: Driver, prefix: str) -> UIButton:
    for element in visible_elements(drive.app):
        if isinstance(element, UIButton) and str(element.text).startswith(prefix):
            return element
    raise LookupError(prefix)


# --- funding ---------------------------------------------------------------------------


def test_clicking_a_node_then_plus_funds_that_milestone(app_factory: Any) -> None:
    session = new_session()
    _app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["heavy_launcher"])
    assert scene.selected == "heavy_launcher"
    drive.press("+")
    drive.press("+")
    assert allocation(session, "heavy_launcher") == 100  # two steps of 50 for a big project
    drive.press("\u2212")  # the minus sign
    assert allocation(session, "heavy_launcher") == 50


def test_the_steady_rate_button_funds_cost_over_minimum_turns(app_factory: Any) -> None:
    session = new_session(two_turn_orbiter())
    _app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["lunar_orbiter"])
    drive.press("Steady rate")
    assert allocation(session, "lunar_orbiter") == 150
    drive.press("Stop")
    assert allocation(session, "lunar_orbiter") == 0


def test_keys_alone_select_a_node_and_move_its_funding_slider(app_factory: Any) -> None:
    session = new_session(two_turn_orbiter())
    _app, drive, scene = open_dashboard(app_factory, session)
    drive.key(pygame.K_TAB)
    assert scene.focus.current is scene.node_buttons["lunar_orbiter"]
    drive.key(pygame.K_TAB)
    drive.key(pygame.K_RETURN)  # the second node in Tab order: the robotic lander
    assert scene.selected == "lunar_lander"
    drive.key(pygame.K_UP)
    drive.key(pygame.K_RETURN)
    assert scene.selected == "lunar_orbiter"
    for _ in range(40):
        if isinstance(scene.focus.current, UIHorizontalSlider):
            break
        drive.key(pygame.K_TAB)
    assert isinstance(scene.focus.current, UIHorizontalSlider)
    drive.key(pygame.K_RIGHT)
    drive.key(pygame.K_RIGHT)
    drive.step(2)
    assert allocation(session, "lunar_orbiter") == 20
    assert isinstance(scene.focus.current, UIHorizontalSlider)  # focus survives the rebuild
    drive.key(pygame.K_LEFT)
    drive.step(2)
    assert allocation(session, "lunar_orbiter") == 10


def test_overspending_shows_the_engines_refusal_and_changes_nothing(app_factory: Any) -> None:
    session = new_session()
    money = session.engine.budget_view("esa").money
    session.apply(cmd.Allocate(agency="esa", milestone="heavy_launcher", amount=money - 5))
    app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["lunar_orbiter"])
    drive.press("+")
    assert allocation(session, "lunar_orbiter") == 0
    assert scene.notice.startswith("That would spend")  # a sentence of its own on screen
    assert scene.news_box is not None and "That would spend" in scene.news_box.html_text
    assert layout_problems(app) == []


def test_a_failed_autosave_is_the_first_news_in_the_refusal_colour(app_factory: Any) -> None:
    session = new_session()
    session.notice = "Autosave failed: the disk is full"
    _app, drive, scene = open_dashboard(app_factory, session)
    assert scene.news_box is not None
    html = scene.news_box.html_text
    assert html.startswith("<font color='#FF8A8A'>Autosave failed: the disk is full</font>")
    drive.click(scene.node_buttons["lunar_orbiter"])
    drive.press("+")  # a live news update keeps it first
    assert scene.news_box.html_text.startswith("<font color='#FF8A8A'>Autosave failed")


def test_a_locked_milestone_cannot_be_funded(app_factory: Any) -> None:
    session = new_session()
    _app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["crewed_landing"])
    assert not drive.find(UIButton, "+").is_enabled
    assert allocation(session, "crewed_landing") == 0



def test_a_locked_milestone_says_the_engines_reason_beside_it(app_factory: Any) -> None:
    session = new_session()
    assert session.apply(cmd.JoinBloc(agency="esa", bloc="ilrs")).ok
    _app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["ilrs_planning"])  # the founders' stage, ESA a member now
    reason = session.engine.why_locked("esa", "ilrs_planning")
    assert reason is not None and "founders" in session.words(reason)
    shown = " ".join(box.html_text for box in scene.elements if isinstance(box, UITextBox))
    said = session.words(reason)
    assert escape(said[:1].upper() + said[1:], quote=False) in shown
    assert "Only members of ILRS may build it" not in shown

# --- attempts --------------------------------------------------------------------------


def run_until_revealed(drive: Driver, dialog: AttemptScene) -> None:
    for _ in range(400):
        if dialog.revealed:
            break
        drive.step()
    drive.step(2)


def test_attempting_a_ready_mission_shows_odds_then_records_the_launch(app_factory: Any) -> None:
    session = ready_orbiter()
    app, drive, scene = open_dashboard(app_factory, session)
    assert scene.selected == "lunar_orbiter"  # a ready mission is selected first
    drive.click(button_starting(drive, "Attempt mission"))
    dialog = app.top
    assert isinstance(dialog, AttemptScene)
    assert [name for name, _ in dialog.plan] == ["Launch", "Lunar orbit insertion"]
    assert 0 < dialog.overall < 1
    drive.press("Launch")
    run_until_revealed(drive, dialog)
    launches = session.engine.current_report("esa").launches
    assert len(launches) == 1 and launches[0].milestone == "lunar_orbiter"
    project = session.state.agencies["esa"].projects["lunar_orbiter"]
    assert project.attempts == 1
    assert ("lunar_orbiter" in session.state.agencies["esa"].achieved) == launches[0].success
    drive.press("Continue")
    assert app.top is scene


def test_cancelling_the_attempt_flies_nothing(app_factory: Any) -> None:
    session = ready_orbiter()
    app, drive, scene = open_dashboard(app_factory, session)
    drive.click(button_starting(drive, "Attempt mission"))
    drive.press("Cancel")
    assert app.top is scene
    assert session.state.agencies["esa"].projects["lunar_orbiter"].attempts == 0


def test_attempt_is_disabled_until_the_mission_is_ready(app_factory: Any) -> None:
    session = new_session()
    _app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["lunar_orbiter"])
    assert not button_starting(drive, "Attempt mission").is_enabled


# --- the turn --------------------------------------------------------------------------


def test_end_turn_advances_the_game(app_factory: Any) -> None:
    session = new_session()
    _app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["lunar_orbiter"])
    drive.press("Steady rate")
    drive.click(button_starting(drive, "End turn"))
    drive.step(3)
    assert session.state.turn == 1
    assert session.state.agencies["esa"].projects["lunar_orbiter"].progress > 0


def test_h_opens_the_history_and_esc_the_pause_menu(app_factory: Any) -> None:
    session = new_session()
    app, drive, scene = open_dashboard(app_factory, session)
    drive.key(pygame.K_h)
    assert type(app.top).__name__ == "HistoryScene"
    app.pop(app.top)
    drive.step(2)
    drive.key(pygame.K_ESCAPE)
    assert type(app.top).__name__ == "PauseScene"
    assert scene in app.stack


def test_closing_a_dialog_that_changed_nothing_shows_the_same_widgets_again(
        app_factory: Any) -> None:
    session = new_session()
    app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["lunar_orbiter"])
    before = list(scene.elements)
    focused = scene.focus.index
    drive.key(pygame.K_F1)  # Help on top: the turn screen's widgets hide, take no clicks
    assert app.top is not scene
    assert not any(e.visible for e in before)
    drive.click(scene.node_buttons["heavy_launcher"].rect.center)
    assert scene.selected == "lunar_orbiter"
    drive.key(pygame.K_ESCAPE)
    assert app.top is scene and scene.elements == before
    assert all(e.visible for e in before) and scene.focus.index == focused
    assert layout_problems(app) == []


def test_closing_a_dialog_after_the_game_changed_rebuilds_the_turn_screen(
        app_factory: Any) -> None:
    session = new_session()
    app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["lunar_orbiter"])
    before = list(scene.elements)
    drive.key(pygame.K_F1)
    session.apply(cmd.Allocate(agency="esa", milestone="lunar_orbiter", amount=40))
    drive.key(pygame.K_ESCAPE)
    assert app.top is scene and not any(e.alive() for e in before)
    assert scene._live["funding"].text == "Every turn 40M"


def test_a_resize_under_a_dialog_rebuilds_the_turn_screen_for_the_new_window(
        app_factory: Any) -> None:
    session = new_session()
    app, drive, scene = open_dashboard(app_factory, session)
    drive.key(pygame.K_F1)
    app.resize((1024, 600))
    drive.key(pygame.K_ESCAPE)
    assert app.top is scene
    assert layout_problems(app) == []
    assert max(e.rect.right for e in visible_elements(app)) <= 1024


# --- layout and speed ------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_dashboard_fits_the_window(app_factory: Any, size: tuple[int, int]) -> None:
    session = ready_orbiter()
    app, drive, scene = open_dashboard(app_factory, session, size)
    assert layout_problems(app) == []
    drive.click(scene.node_buttons["ilrs_implementation"])
    assert layout_problems(app) == []


@pytest.mark.parametrize("size", SIZES)
def test_attempt_dialog_fits_the_window_before_and_after(app_factory: Any,
                                                         size: tuple[int, int]) -> None:
    session = ready_orbiter()
    app, drive, _scene = open_dashboard(app_factory, session, size)
    app.push(AttemptScene("lunar_orbiter"))
    drive.step(2)
    assert layout_problems(app) == []
    drive.press("Launch")
    run_until_revealed(drive, app.top)
    assert layout_problems(app) == []


def test_the_rivals_counts_are_shown_whole_on_a_small_projector(app_factory: Any) -> None:
    from game.ui.screenshots import mid_game
    from game.ui.testing import element_text

    session = mid_game()
    app, _drive, _scene = open_dashboard(app_factory, session, (1024, 600))
    texts = {element_text(e) for e in visible_elements(app)}
    for aid, agency in session.state.agencies.items():
        if aid != "esa":
            assert str(len(agency.achieved)) in texts, aid
    assert layout_problems(app) == []


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
@pytest.mark.parametrize("scale,longer", [(1.0, 1), (1.5, 1), (1.0, 2)])
def test_what_a_failure_costs_reads_whole_without_scrolling(
        app_factory: Any, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int],
        scale: float, longer: int) -> None:
    from pygame_gui.elements import UITextBox

    # longer=2: a translation twice as long must still fit, so the box is measured
    note = AttemptScene._note
    monkeypatch.setattr(AttemptScene, "_note",
                        lambda self, engine, view: " ".join([note(self, engine, view)] * longer))
    app = app_factory(size, ui_scale=scale)
    app.session = ready_orbiter()
    app.push(DashboardScene())
    app.push(AttemptScene("lunar_orbiter"))
    Driver(app).step(2)
    notes = [e for e in visible_elements(app) if isinstance(e, UITextBox)]
    assert [n for n in notes if "failure costs" in n.html_text]
    assert all(n.scroll_bar is None for n in notes)
    assert layout_problems(app) == []


def test_the_graph_is_redrawn_only_when_the_game_changes(app_factory: Any) -> None:
    session = new_session()
    app, drive, scene = open_dashboard(app_factory, session)
    assert scene.graph is not None
    before = scene.graph.renders
    for _ in range(5):
        app.dirty = True
        drive.step()
    assert scene.graph.renders == before
    drive.click(scene.node_buttons["lunar_orbiter"])
    drive.press("+")
    drive.step(2)
    assert scene.graph.renders == before + 1


def test_a_hot_seat_game_names_the_team_playing(app_factory: Any) -> None:
    session = Session.new(paths.DEFAULT_SCENARIO, agency="esa", seed=1,
                          teams={"Red team": "esa", "Blue team": "cnsa"})
    _app, drive, scene = open_dashboard(app_factory, session)
    assert scene._live["who"].text == "Red team \u2014 ESA"
    assert button_starting(drive, "Waiting for your answer").is_enabled  # the ILRS offer


def test_tab_order_stays_nodes_funding_attempt_end_turn_after_a_selection(
        app_factory: Any) -> None:
    session = new_session()
    _app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["heavy_launcher"])
    drive.press("+")
    items = scene.focus.items
    nodes = list(scene.node_buttons.values())
    assert items[:len(nodes)] == nodes
    texts = [str(getattr(e, "text", "")) for e in items[len(nodes):]]
    assert texts[0] == "\u2212" and texts[2] == "+"
    assert texts.index("Attempt mission") < next(i for i, t in enumerate(texts)
                                                 if t.startswith("End turn"))
    assert texts[-3:] == ["History (H)", "Map (M)", "Menu (Esc)"]
    assert all(e.alive() for e in items)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_an_invented_agency_is_marked_fiction_on_the_turn_screen(app_factory: Any,
                                                                 size: tuple[int, int]) -> None:
    session = Session.new(paths.SCENARIOS_DIR / "whatif_newcomer.yaml", agency="meridian",
                          seed=1, teams={"Red team": "meridian", "Blue team": "esa"})
    app, _drive, scene = open_dashboard(app_factory, session, size)
    assert "(fiction)" in scene._live["who"].text + (scene._live["who"].tool_tip_text or "")
    assert layout_problems(app) == []


def test_what_a_failure_costs_keeps_the_number_offered_before_launch(app_factory: Any) -> None:
    from pygame_gui.elements import UITextBox

    from game.ui.testing import element_text

    session = ready_orbiter()
    app, drive, _scene = open_dashboard(app_factory, session)
    drive.click(button_starting(drive, "Attempt mission"))
    dialog = app.top

    def note() -> str:
        boxes = [e for e in visible_elements(app) if isinstance(e, UITextBox)]
        return element_text(boxes[0])

    offered = note()
    # whatever the flight does to what a failure would cost (partners, trust, money), the
    # offer stands: the dialog reads the preview once, before launch
    base = session.engine.failure_preview
    with pytest.MonkeyPatch.context() as monkey:
        monkey.setattr(session.engine, "failure_preview",
                       lambda a, m: dataclasses.replace(base(a, m), cost=1, taken=1))
        drive.press("Launch")
        run_until_revealed(drive, dialog)
        assert note() == offered


def test_a_funded_milestone_carries_its_money_on_the_graph(app_factory: Any) -> None:
    from game.ui.widgets.milestone_graph import node_infos

    session = new_session()
    app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["lunar_orbiter"])
    drive.press("Steady rate")
    funded = session.engine.milestone_view("esa", "lunar_orbiter").allocation
    assert funded > 0
    infos = node_infos(session.engine, "esa", session.scenario)
    assert infos["lunar_orbiter"].funded == funded
    assert all(info.funded == 0 for mid, info in infos.items() if mid != "lunar_orbiter")
    tip = scene.node_buttons["lunar_orbiter"].tool_tip_text or ""
    assert f"Funded every turn: {funded}M" in tip
    assert layout_problems(app) == []


def test_a_joint_ilrs_stage_shows_the_blocs_progress_and_the_players_part(
        app_factory: Any) -> None:
    new_session()  # the scenario, parsed once
    session = Session.new(paths.DEFAULT_SCENARIO, agency="roscosmos", seed=1,
                          scenario=_SCENARIO[0])
    for item in session.engine.pending("roscosmos"):
        if item.kind == "event":
            session.apply(cmd.AnswerEvent(agency="roscosmos", event=item.ref, choice=0))
    _app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["ilrs_planning"])
    drive.press("+")
    assert session.apply(cmd.EndTurn(agency="roscosmos")).ok  # CNSA, a rival, adds its part
    drive.step(2)
    drive.click(scene.node_buttons["ilrs_planning"])
    view = session.engine.milestone_view("roscosmos", "ilrs_planning")
    project = session.state.joint["ilrs"]["ilrs_planning"]
    assert view.joint and view.contributed == project.contributions["roscosmos"] > 0
    assert project.contributions.get("cnsa", 0) > 0  # the progress is the bloc's, not its own
    tip = button_starting(drive, "Programme").tool_tip_text or ""
    assert tip == (f"Built by the whole bloc: {round(view.progress * 100)}% done; your part so "
                   f"far {view.contributed} million")
