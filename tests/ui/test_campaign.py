"""A whole classroom campaign played through the UI alone: real clicks and keys, from the
title screen to the debrief, then a check of what the game recorded."""

from __future__ import annotations

from pathlib import Path

import pygame
from pygame_gui.elements import UIButton, UITextEntryLine

from game import paths
from game.i18n import tr
from game.ui.app import App
from game.ui.testing import Driver, element_text, visible_elements
from tests.core.test_invariants import check_invariants

CLASSROOM = paths.SCENARIOS_DIR / "classroom_2021.yaml"
SEED = "4242"
AGENCY = "esa"  # starts in Artemis; the ILRS is open to it, so joining is a real choice
BLOC = "ilrs"
ELLIPSIS = "…"


def buttons(app: App) -> list[UIButton]:
    return [e for e in visible_elements(app) if isinstance(e, UIButton) and e.is_enabled]


def button_like(app: App, *texts: str) -> UIButton | None:
    """The first enabled button whose text is one of `texts`, or a shortened start of it."""
    for want in texts:
        for b in buttons(app):
            shown = element_text(b)
            if shown == want:
                return b
            cut = shown.rstrip(ELLIPSIS).rstrip(".").rstrip()
            if shown.endswith((ELLIPSIS, "...")) and cut and want.startswith(cut):
                return b
    return None


def top_name(app: App) -> str:
    return type(app.top).__name__


def clear_entry(drive: Driver, entry: UITextEntryLine) -> None:
    drive.click(entry)
    drive.key(pygame.K_END)
    for _ in range(len(entry.get_text())):
        drive.key(pygame.K_BACKSPACE)


def new_game_to_start(drive: Driver) -> None:
    """On the new game screen: the classroom scenario, ESA, seed 4242, then Start."""
    app = drive.app
    scenario = app.top.entries  # type: ignore[attr-defined]
    title = next(e.title for e in scenario if e.path.name == CLASSROOM.name)
    drive.click(button_like(app, title))
    assert app.top.current.path.name == CLASSROOM.name  # type: ignore[attr-defined]
    for _ in range(10):
        if app.top.agency == AGENCY:  # type: ignore[attr-defined]
            break
        drive.press(">")
    assert app.top.agency == AGENCY  # type: ignore[attr-defined]
    seed = drive.find(UITextEntryLine)
    clear_entry(drive, seed)
    drive.type(SEED)
    assert app.top.seed_text == SEED  # type: ignore[attr-defined]
    drive.press(tr("Start"))


class Player:
    """Plays whatever screen is on top the way a pupil would, with real clicks only."""

    def __init__(self, drive: Driver) -> None:
        self.drive = drive
        self.app = drive.app
        self.joined: str | None = None
        self.turns_seen: list[int] = []
        self.money_seen: list[int] = []
        self.launches = 0
        self.answers = 0
        self.screens: list[str] = []

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.app.session

    def click(self, *texts: str) -> bool:
        target = button_like(self.app, *texts)
        if target is None:
            return False
        self.drive.click(target)
        return True

    def step(self) -> None:
        name = top_name(self.app)
        self.screens.append(name)
        handler = getattr(self, f"on_{name}", None)
        assert handler is not None, f"the campaign met a screen it cannot play: {name}"
        handler()

    # --- one method per screen --------------------------------------------------------

    def on_BlocChoiceScene(self) -> None:
        short = self.session.scenario.blocs[BLOC].short
        if self.joined is None and self.click(tr("Join {b}", b=short),
                                              tr("Accept: join {b}", b=short)):
            self.joined = BLOC
            return
        assert self.click(tr("Stay in {b}", b=short), tr("Stay independent"), tr("Close"))

    def on_EventCardScene(self) -> None:
        choices = [b for b in buttons(self.app)]
        assert choices, "an event card without a button"
        self.answers += 1
        self.drive.click(choices[0])

    def on_TurnReportScene(self) -> None:
        assert self.click(tr("Continue"))

    def on_MessageScene(self) -> None:
        assert self.click(tr("OK"))

    def on_HowToPlayScene(self) -> None:
        assert self.click(tr("Let's play"))

    def on_AttemptScene(self) -> None:
        if self.click(tr("Launch")):
            self.launches += 1
            self.drive.step(240)  # the steps' outcomes appear one after another
        assert self.click(tr("Continue"), tr("Cancel"), tr("OK"))

    def on_DashboardScene(self) -> None:
        from game.core.policies import funding

        scene = self.app.top
        engine, agency = self.session.engine, self.session.agency
        check_invariants(engine)
        self.turns_seen.append(self.session.state.turn)
        self.money_seen.append(engine.budget_view(agency).money)
        statuses = engine.statuses(agency)
        for mid, status in statuses.items():
            view = engine.milestone_view(agency, mid)
            if status == "ready" and view.is_mission and not view.attempted_this_turn:
                self.drive.click(scene.node_buttons[mid])  # type: ignore[attr-defined]
                button = self.app.top.attempt_button  # type: ignore[attr-defined]
                if button is not None and button.is_enabled:
                    self.drive.click(button)
                    return  # the attempt dialog is on top now
        # fund what a sensible player would: the policy names the milestones, clicks do it
        wanted = [c.milestone for c in funding(engine, agency, engine.statuses(agency))]
        for mid in wanted[:3]:
            if engine.milestone_view(agency, mid).allocation > 0:
                continue
            self.drive.click(self.app.top.node_buttons[mid])  # type: ignore[attr-defined]
            self.click(tr("Steady rate"))
            for _ in range(8):  # the steady rate may cost more than is free: add by steps
                if engine.milestone_view(agency, mid).allocation > 0 or not self.click("+"):
                    break
        self.drive.click(self.app.top.end_turn_button)  # type: ignore[attr-defined]


def test_a_whole_classroom_campaign_plays_from_the_title_to_the_debrief_by_clicks_alone(
        app_factory, private_home: Path) -> None:
    from game.ui.scenes.title import TitleScene

    app = app_factory((1280, 720))
    app.push(TitleScene())
    drive = Driver(app)
    drive.step(2)
    drive.press(tr("New game"))
    assert top_name(app) == "NewGameScene"
    new_game_to_start(drive)
    session = app.session
    assert session is not None and session.agency == AGENCY
    assert session.state.seed == int(SEED)
    player = Player(drive)
    for _ in range(400):
        if top_name(app) == "DebriefScene":
            break
        player.step()
    engine, state = session.engine, session.state
    assert top_name(app) == "DebriefScene", player.screens[-10:]
    assert engine.is_over and state.turn == state.turn_count == 6  # six turns of a year and a half
    assert sorted(set(player.turns_seen)) == list(range(6))
    assert min(player.money_seen) >= 0
    check_invariants(engine)
    esa = state.agencies[AGENCY]
    assert player.joined == BLOC and esa.bloc == BLOC
    assert any(turn >= 0 for turn in esa.achieved.values())
    assert player.launches >= 1 and player.answers >= 1
    assert engine.pending(AGENCY) == []
    assert list((private_home / "data").rglob("*.html")), "the debrief wrote no report"
    assert list(paths.saves_dir().glob("*")), "no autosave was written"


def enter_until(drive: Driver, scene: str, limit: int = 12) -> None:
    """Press Enter (on whatever has the focus) until `scene` is on top."""
    for _ in range(limit):
        if top_name(drive.app) == scene:
            return
        focus_something(drive)
        drive.key(pygame.K_RETURN)
    assert top_name(drive.app) == scene


def focus_something(drive: Driver, backwards: bool = False) -> None:
    """What a keyboard player does when no widget shows the focus outline: Tab (or
    Shift-Tab, which lands on the last button, e.g. Start) once."""
    if drive.app.top.focus.current is None:  # type: ignore[union-attr]
        drive.key(pygame.K_TAB, mod=pygame.KMOD_SHIFT if backwards else 0)


def test_the_keyboard_alone_starts_a_game_joins_a_bloc_and_ends_a_turn(app_factory) -> None:
    from game.ui.scenes.title import TitleScene

    app = app_factory((1024, 600))
    app.push(TitleScene())
    drive = Driver(app)
    drive.step(2)
    focus_something(drive)
    assert element_text(app.top.focus.current) == tr("New game")  # type: ignore[union-attr]
    drive.key(pygame.K_RETURN)
    assert top_name(app) == "NewGameScene"
    focus_something(drive, backwards=True)
    assert element_text(app.top.focus.current) == tr("Start")  # type: ignore[union-attr]
    drive.key(pygame.K_RETURN)
    session = app.session
    assert session is not None
    enter_until(drive, "BlocChoiceScene")  # past the opening news card, if any
    focus_something(drive)  # the first bloc's button: join it
    drive.key(pygame.K_RETURN)
    joined = session.state.agencies[session.agency].bloc
    assert joined == next(iter(session.scenario.blocs))
    enter_until(drive, "DashboardScene")
    dashboard = app.top
    for _ in range(80):
        if dashboard.focus.current is dashboard.end_turn_button:  # type: ignore[attr-defined]
            break
        drive.key(pygame.K_TAB)
    assert dashboard.focus.current is dashboard.end_turn_button  # type: ignore[attr-defined]
    drive.key(pygame.K_RETURN)
    assert session.state.turn == 1
    enter_until(drive, "DashboardScene")
    assert session.state.agencies[session.agency].bloc == joined
