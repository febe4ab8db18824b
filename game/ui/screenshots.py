"""Every main screen, reached in a realistic state: one registry for the screenshot command,
the layout test, the monkey test and the UI benchmark.

    python -m game.ui.screenshots docs/screenshots     # one PNG per screen at 1280x720
    make screenshots                                   # the same

    for screen in SCREENS:
        screen.reach(app)                              # app now shows it on top

A screen names the scene classes it passes through, the last one on top. Game states come
from the real engine: turns are played with the scripted policies through
`session.apply`, exactly the commands a player's clicks send. A tool, not a screen: it
imports every scene and the controller, and nothing in the game imports it.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pygame

from game import paths
from game.core import commands as cmd
from game.core import milestones as ms
from game.core.policies import play_turn
from game.i18n import set_language, tr
from game.saves.games import save_named_game
from game.saves.slots import SaveSlots, SlotInfo
from game.ui import flow
from game.ui.app import App
from game.ui.scene import Scene
from game.ui.scenes.attempt import AttemptScene
from game.ui.scenes.bloc_choice import BlocChoiceScene
from game.ui.scenes.dashboard import DashboardScene
from game.ui.scenes.deals import DealsScene
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.event_card import EventCardScene
from game.ui.scenes.handover import HandoverScene
from game.ui.scenes.help import HelpScene
from game.ui.scenes.history import HistoryScene
from game.ui.scenes.how_to_play import HowToPlayScene
from game.ui.scenes.judge_sources import JudgeSourcesScene
from game.ui.scenes.load import LoadScene
from game.ui.scenes.message import MessageScene
from game.ui.scenes.moon_map import MoonMapScene
from game.ui.scenes.new_game import NewGameScene
from game.ui.scenes.pause import PauseScene, ReplaceSaveScene, SaveDialogScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.title import TitleScene
from game.ui.scenes.turn_report import TurnReportScene
from game.ui.session import Session
from game.ui.testing import Driver, make_app

SIZE = (1280, 720)
SEED = 2021
AGENCY = "esa"
STRATEGY = "artemis"
# Half of the 2021-2040 game: several achievements and projects under way.
MID_GAME_TURNS = 14
TEAMS = {"Team Luna": "esa", "Team Tycho": "jaxa"}
REPORT_TIME = datetime.datetime(2040, 12, 1, 9, 0)

TITLE = TitleScene
NEW_GAME = NewGameScene
LOAD = LoadScene
SETTINGS = SettingsScene
HELP = HelpScene
MESSAGE = MessageScene
HOW_TO_PLAY = HowToPlayScene
DASHBOARD = DashboardScene
ATTEMPT = AttemptScene
BLOC_CHOICE = BlocChoiceScene
DEALS = DealsScene
EVENT_CARD = EventCardScene
TURN_REPORT = TurnReportScene
HANDOVER = HandoverScene
HISTORY = HistoryScene
DEBRIEF = DebriefScene
PAUSE = PauseScene
SAVE_DIALOG = SaveDialogScene
REPLACE_SAVE = ReplaceSaveScene
JUDGE = JudgeSourcesScene
MOON_MAP = MoonMapScene


@dataclass(frozen=True)
class Screen:
    name: str
    needs: tuple[type[Scene], ...]  # the scenes it passes through; the last one is on top
    reach: Callable[[App], None]

    @property
    def top_class(self) -> str:
        return self.needs[-1].__name__


# --- game states --------------------------------------------------------------------


def new_session(scenario: Path = paths.DEFAULT_SCENARIO, agency: str = AGENCY, seed: int = SEED,
                teams: dict[str, str] | None = None) -> Session:
    if teams:
        return Session.new(scenario, agency, "normal", seed, teams=teams)
    return Session.new(scenario, agency, "normal", seed)


def humans(session: Session) -> list[str]:
    return list(session.state.humans) or [session.agency]


def play_turns(session: Session, turns: int, strategy: str = STRATEGY) -> None:
    """Play whole turns for every human with a scripted policy, as clicks would."""
    engine = session.engine
    for _ in range(turns):
        if session.is_over:
            return
        for agency in humans(session):
            play_turn(engine, agency, strategy, session.apply)
            session.apply(cmd.EndTurn(agency))


def plan_current_turn(session: Session, strategy: str = STRATEGY) -> None:
    """Answer what waits and fund projects for this turn, without ending it."""
    if not session.is_over:
        play_turn(session.engine, session.agency, strategy, session.apply)


def mid_game(seed: int = SEED) -> Session:
    session = new_session(seed=seed)
    play_turns(session, MID_GAME_TURNS)
    plan_current_turn(session)
    return session


def finished_game(seed: int = SEED) -> Session:
    session = new_session(seed=seed)
    play_turns(session, session.state.turn_count + 1)
    return session


def game_with_pending_event(seed: int = SEED) -> tuple[Session, str]:
    """A game stopped at the first turn start where an event waits for the human's answer."""
    for attempt_seed in range(seed, seed + 20):
        session = new_session(seed=attempt_seed)
        while not session.is_over:
            waiting = [p.ref for p in session.engine.pending(session.agency)
                       if p.kind == "event"]
            if waiting and session.state.turn > 0:
                return session, waiting[0]
            play_turns(session, 1)
    raise RuntimeError(f"no seed near {seed} raises an event for {AGENCY}")


def game_with_ready_mission(seed: int = SEED, min_steps: int = 1) -> tuple[Session, str]:
    """A game stopped mid-turn where a mission (of `min_steps` steps at least) is ready to
    fly and has not flown this turn."""
    session = new_session(seed=seed)
    rules = session.engine.rules
    while not session.is_over:
        ready = [mid for mid, status in session.engine.statuses(session.agency).items()
                 if status == ms.READY and rules.milestones[mid].is_mission
                 and len(rules.milestones[mid].steps) >= min_steps]
        if ready and session.state.turn >= 3:
            return session, ready[0]
        play_turns(session, 1)
    raise RuntimeError(f"no mission became ready for {AGENCY} with seed {seed}")


def game_after_busy_turn(seed: int = SEED) -> Session:
    """A game whose last resolved turn has plenty to report (news, flights, events)."""
    session = new_session(seed=seed)
    best, best_turn = -1, 0
    probe = new_session(seed=seed)
    for _ in range(MID_GAME_TURNS):
        play_turns(probe, 1)
        report = probe.engine.last_report(probe.agency)
        size = 0 if report is None else sum(
            len(v) for v in vars(report).values() if isinstance(v, list))
        if size > best:
            best, best_turn = size, probe.state.turn
    play_turns(session, best_turn)
    return session


# --- reaching screens -----------------------------------------------------------------


def _show(app: App, cls: type[Scene], *args: Any, **kwargs: Any) -> None:
    """Push the scene unless the one below already put it on top (e.g. begin_turn)."""
    if isinstance(app.top, cls):
        return
    app.push(cls(*args, **kwargs))


def _title(app: App) -> None:
    app.session = None
    app.reset(TitleScene())


def _on_title(cls: type[Scene], *args: Any) -> Callable[[App], None]:
    def reach(app: App) -> None:
        _title(app)
        _show(app, cls, *args)
    return reach


def _in_game(session: Session, app: App) -> None:
    """The dashboard alone: cards it opens on entering (start of turn) are closed unread,
    so what a screen puts on top sits on the dashboard, not on a card."""
    app.session = session
    dashboard = app.reset(DashboardScene())
    for _ in range(50):
        if app.top is dashboard or app.top is None:
            return
        app.pop(app.top)


def _dashboard(app: App) -> None:
    _in_game(mid_game(), app)


def _graph(app: App) -> None:
    """The turn screen with the deepest milestone selected: its whole chain of
    prerequisites highlighted across the three bands (a click on its node does the same)."""
    _dashboard(app)
    dashboard = app.top
    if isinstance(dashboard, DashboardScene):
        dashboard.select("mars_staging_post")


def _on_dashboard(cls: type[Scene]) -> Callable[[App], None]:
    def reach(app: App) -> None:
        _dashboard(app)
        _show(app, cls)
    return reach


def _load(app: App) -> None:
    """The load list with two saves in it (written to the saves folder in use)."""
    slots = SaveSlots(paths.saves_dir())
    early, late = new_session(), mid_game()
    play_turns(early, 3)
    save_named_game(slots, tr("Class 4B, before the break"), early.engine, early.scenario_path)
    save_named_game(slots, tr("Class 4B, week two"), late.engine, late.scenario_path)
    _title(app)
    _show(app, LOAD)


def _bloc_choice(app: App) -> None:
    flow.start_campaign(app, new_session())
    _show(app, BLOC_CHOICE)


def _deals(app: App) -> None:
    """The deals screen of an agency on its own road (CNES), one deal placed."""
    session = new_session(agency="cnes")
    flow.start_campaign(app, session)
    _show(app, BLOC_CHOICE)
    _show(app, DEALS)
    option = next(o for o in session.engine.deal_options("cnes") if o.reason is None)
    scene = app.top
    assert isinstance(scene, DEALS)
    scene.place(option.host, option.milestone)


def _attempt(app: App) -> None:
    session, milestone = game_with_ready_mission()
    _in_game(session, app)
    _show(app, ATTEMPT, milestone)


def _attempt_flown(app: App) -> None:
    """The attempt dialog after Launch, once every step's outcome has been revealed."""
    _attempt(app)
    drive = Driver(app)
    drive.press(tr("Launch"))
    drive.step(240)  # the steps light up one after another, a fraction of a second apart


def _launch(app: App) -> None:
    """A launch mid-sequence: the vehicle climbing, the first step's roll revealed; held at
    a fixed time so the picture is the same on every run."""
    session, milestone = game_with_ready_mission(min_steps=3)
    _in_game(session, app)
    _show(app, ATTEMPT, milestone)
    drive = Driver(app)
    drive.press(tr("Launch"))
    scene = app.top
    assert isinstance(scene, ATTEMPT) and scene.sequence is not None
    sequence = scene.sequence
    # half-way between the first step's reveal and the second's (or up the first climb)
    scene.freeze(sequence.lift_off + sequence.step * min(1.5, sequence.flown - 0.5))


def _save_dialog(app: App) -> None:
    _on_dashboard(PAUSE)(app)
    _show(app, SAVE_DIALOG, tr("Class 4B, week two"))


def _replace_save(app: App) -> None:
    _save_dialog(app)
    # A save of the same name, as the dialog would find it; nothing is written to disk.
    existing = SlotInfo(paths.saves_dir() / "class-4b-week-two.json", "named",
                        modified=1_764_000_000.0, envelope=None, error=None)
    _show(app, REPLACE_SAVE, tr("Class 4B, week two"), existing)


def _event_card(app: App) -> None:
    session, event = game_with_pending_event()
    _in_game(session, app)
    _show(app, EVENT_CARD, event)


def _turn_report(app: App) -> None:
    session = game_after_busy_turn()
    _in_game(session, app)
    _show(app, TURN_REPORT, session.engine.last_report(session.agency))


def _handover(app: App) -> None:
    session = new_session(teams=TEAMS)
    play_turns(session, 2)
    _in_game(session, app)
    team, agency = next(iter(TEAMS.items()))
    _show(app, HANDOVER, team, agency)


def _debrief(app: App) -> None:
    _in_game(finished_game(), app)
    # a fixed time stamp names the report folder, so the picture is the same on every run
    _show(app, DEBRIEF, report_time=REPORT_TIME)


def _history_table(app: App) -> None:
    _dashboard(app)
    _show(app, HISTORY, "table")


def _debrief_timeline(app: App) -> None:
    """The debrief's timeline tab: each agency's milestones beside the documented dates."""
    _debrief(app)
    scene = app.top
    assert isinstance(scene, DEBRIEF)
    scene.show("timeline")
def _moon_map(app: App) -> None:
    """The map at the end of a game, opened from the debrief: the documented landings and
    the ones played."""
    _debrief(app)
    _show(app, MOON_MAP)


def _message(app: App) -> None:
    _title(app)
    _show(app, MESSAGE, tr("This save was written by a newer Moonward (format 9); "
                           "update the game to open it."), tr("Cannot open the save"))


def _judge_at(item_id: str, answer: str | None = None) -> Callable[[App], None]:
    """The activity from the title at one item (the longest texts are the ones worth a
    picture), answered with `answer` when given, as a click on its button would."""
    def reach(app: App) -> None:
        _title(app)
        _show(app, JUDGE)
        scene = app.top
        assert isinstance(scene, JUDGE)
        scene.index = next(n for n, (_, item) in enumerate(scene.items) if item.id == item_id)
        if answer is not None:
            scene.answer(answer)
        else:
            app.rebuild(scene)
    return reach


def _judge_results(app: App) -> None:
    """The results of a run on a finished game's debrief, every item answered "quoted"
    or its first choice."""
    _debrief(app)
    _show(app, JUDGE)
    scene = app.top
    assert isinstance(scene, JUDGE)
    for _, item in list(scene.items):
        scene.answer(item.options[0])
        scene.next_item()


SCREENS: tuple[Screen, ...] = (
    Screen("title", (TITLE,), _title),
    Screen("new_game", (TITLE, NEW_GAME), _on_title(NEW_GAME)),
    Screen("load", (TITLE, LOAD), _load),
    Screen("settings", (TITLE, SETTINGS), _on_title(SETTINGS)),
    Screen("help", (TITLE, HELP), _on_title(HELP)),
    Screen("help_simplifies", (TITLE, HELP), _on_title(HELP, "simplifies")),
    Screen("message", (TITLE, MESSAGE), _message),
    Screen("bloc_choice", (DASHBOARD, BLOC_CHOICE), _bloc_choice),
    Screen("deals", (DASHBOARD, BLOC_CHOICE, DEALS), _deals),
    Screen("how_to_play", (DASHBOARD, HOW_TO_PLAY), _on_dashboard(HOW_TO_PLAY)),
    Screen("dashboard", (DASHBOARD,), _dashboard),
    Screen("graph", (DASHBOARD,), _graph),
    Screen("attempt", (DASHBOARD, ATTEMPT), _attempt),
    Screen("attempt_flown", (DASHBOARD, ATTEMPT), _attempt_flown),
    Screen("launch", (DASHBOARD, ATTEMPT), _launch),
    Screen("event_card", (DASHBOARD, EVENT_CARD), _event_card),
    Screen("turn_report", (DASHBOARD, TURN_REPORT), _turn_report),
    Screen("handover", (DASHBOARD, HANDOVER), _handover),
    Screen("history", (DASHBOARD, HISTORY), _on_dashboard(HISTORY)),
    Screen("history_table", (DASHBOARD, HISTORY), _history_table),
    Screen("pause", (DASHBOARD, PAUSE), _on_dashboard(PAUSE)),
    Screen("save_dialog", (DASHBOARD, PAUSE, SAVE_DIALOG), _save_dialog),
    Screen("replace_save", (DASHBOARD, PAUSE, SAVE_DIALOG, REPLACE_SAVE), _replace_save),
    Screen("debrief", (DASHBOARD, DEBRIEF), _debrief),
    Screen("debrief_timeline", (DASHBOARD, DEBRIEF), _debrief_timeline),
    Screen("moon_map", (DASHBOARD, DEBRIEF, MOON_MAP), _moon_map),
    Screen("judge_sources", (TITLE, JUDGE), _on_title(JUDGE)),
    Screen("judge_sources_compare", (TITLE, JUDGE), _judge_at("rogozin_firmness")),
    Screen("judge_sources_feedback", (TITLE, JUDGE), _judge_at("anniversary", "all_agree")),
    Screen("judge_sources_results", (DASHBOARD, DEBRIEF, JUDGE), _judge_results),
)


def by_name(name: str) -> Screen:
    for screen in SCREENS:
        if screen.name == name:
            return screen
    raise KeyError(name)


# --- the command ----------------------------------------------------------------------


def shoot(app: App, screen: Screen, out_dir: Path) -> Path:
    screen.reach(app)
    Driver(app).step(3)
    path = out_dir / f"{screen.name}.png"
    pygame.image.save(app.window, str(path))
    return path


def _private_user_dirs(root: Path) -> None:
    """Point saves and settings at a scratch folder: screenshots never touch a player's own
    saves, and always show the same two example saves."""
    paths.user_data_dir = lambda: root / "data"
    paths.user_config_dir = lambda: root / "config"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.ui.screenshots",
                                     description=tr("Save a PNG of every main screen."))
    parser.add_argument("out_dir", type=Path, help=tr("folder for the PNG files"))
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}",
                        help=tr("window size, like 1280x720"))
    parser.add_argument("--only", nargs="*", default=None, help=tr("screen names to shoot"))
    parser.add_argument("--lang", default=None,
                        help=tr("language of the screens ($MOONWARD_LANG by default)"))
    args = parser.parse_args(argv)
    set_language(args.lang)
    width, _, height = args.size.partition("x")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    # pygame_gui warns about fonts loaded on demand: true, harmless, and it buries the list
    warnings.filterwarnings("ignore", category=UserWarning, module="pygame_gui")
    with tempfile.TemporaryDirectory(prefix="moonward-shots-") as scratch:
        _private_user_dirs(Path(scratch))
        app = make_app((int(width), int(height)))
        for screen in SCREENS:
            if args.only and screen.name not in args.only:
                continue
            print(shoot(app, screen, args.out_dir))
        pygame.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
