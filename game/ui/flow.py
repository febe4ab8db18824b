"""The controller: the one module that decides which screen follows which.

Scenes never open each other. A scene asks with `self.go(intent)` (game/ui/intents.py) and
`go(app, intent)` here turns the intent into scenes on the app's stack. Sequences (what
follows End turn, what waits at the start of a turn) are scripts: generators that yield
the scenes in order, which `App.play` shows one after another, each when the one before is
dismissed (its result is sent back into the script). So one End turn reads top to bottom
in `after_end_turn`:

    end_turn(app)      send EndTurn for the team at the keyboard. Refused: what blocks it is
                       shown (the waiting cards), or the reason. Accepted: autosave once
                       the turn resolves, then `after_end_turn`: hot-seat, the hand-over to
                       the next team in this turn's order (`Session.turn_order()`: it moves
                       on by one team each turn); then that team's turn report and its
                       start-of-turn cards. When the game is over: each team's last report
                       (hot-seat: each after its hand-over, in the class's order), then
                       the debrief.
    begin_turn(app)    on top of the turn screen, one after the other: the events that fired
                       for this agency (read-only cards), the events waiting for an answer,
                       and bloc invitations (plus the opening bloc choice and the five steps
                       of the game at the first turn).
    start_campaign     the one door from the menus (new game, continue, load, `play`'s
                       flags) into play: the turn screen, then `start_play`: the hand-over
                       cover in a hot-seat game, else what waits at the start of the turn.

Each modal is pushed when the one before is dismissed, so the turn screen below rebuilds
itself in `resume()` after the last one closes.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.core import commands as cmd
from game.i18n import tr
from game.saves.errors import SaveError
from game.scenario import Scenario
from game.ui import intents
from game.ui.scene import ResultCallback, Scene
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
from game.ui.scenes.judge_sources import JudgeSourcesScene, record_waiting
from game.ui.scenes.load import LoadScene
from game.ui.scenes.message import MessageScene
from game.ui.scenes.moon_map import MoonMapScene
from game.ui.scenes.new_game import NewGameScene
from game.ui.scenes.pause import PauseScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.title import TitleScene
from game.ui.scenes.turn_report import TurnReportScene
from game.ui.session import Session
from game.ui.widgets.tips import sentence

if TYPE_CHECKING:
    from game.ui.app import App

Step = Callable[[], "Scene | None"]
Script = Generator[Scene, Any, None]


# --- what a scene asks for ----------------------------------------------------------------


def go(app: App, intent: intents.Intent, on_result: ResultCallback | None = None) -> None:
    """Do what a scene asked for; `on_result` hears the result of the screen it opens."""
    match intent:
        case intents.EndTurn():
            end_turn(app)
        case intents.AnswerPending():
            begin_turn(app)
        case intents.Play(session=session):
            start_campaign(app, session)
        case intents.StartGame():
            start_session(app, intent.path, intent.scenario, intent.agency,
                          intent.difficulty, intent.seed, intent.teams)
        case intents.OpenSave(path=path):
            open_save(app, path)
        case intents.Title():
            app.reset(TitleScene())
        case intents.Help():
            if not isinstance(app.top, HelpScene):
                app.push(HelpScene(), on_result)
        case _:
            app.push(_screen(intent), on_result)


def _screen(intent: intents.Intent) -> Scene:
    """The scene an intent opens on top of the one that asked."""
    match intent:
        case intents.NewGame(browse=browse, preselect=preselect, seed=seed):
            return NewGameScene(browse=browse, preselect=preselect, seed=seed)
        case intents.Load():
            return LoadScene()
        case intents.Settings():
            return SettingsScene()
        case intents.JudgeSources():
            return JudgeSourcesScene()
        case intents.Message(text=text, title=title):
            return MessageScene(text, title)
        case intents.History():
            return HistoryScene()
        case intents.MoonMap():
            return MoonMapScene()
        case intents.Pause():
            return PauseScene()
        case intents.Attempt(milestone=milestone):
            return AttemptScene(milestone)
        case intents.Debrief():
            return DebriefScene()
        case intents.Deals():
            return DealsScene()
    raise ValueError(f"no screen for {intent!r}")


# --- from the menus into play -----------------------------------------------------------


def start_campaign(app: App, session: Session) -> None:
    """Play `session`: the turn screen alone on the stack, then what comes first."""
    app.session = session
    record_waiting(app, session)  # answers the class gave on the title screen, if any
    app.reset(DashboardScene())
    start_play(app)  # hot-seat: the hand-over first; then invitations, events, bloc choice


def start_session(app: App, path: Path, scenario: Scenario, agency: str, difficulty: str,
                  seed: int, teams: dict[str, str] | None) -> None:
    """Make the Session (with the hot-seat teams, if any) and go into play."""
    session = Session.new(path, agency, difficulty, seed, teams=teams, scenario=scenario,
                          sound=app.sound)
    start_campaign(app, session)


def open_save(app: App, path: Path) -> bool:
    """Load the save and go into play; on failure say why in one line and stay put.

    The one door to a save file for the load screen, the title's Continue and `play
    --load`: the file is only ever read, never changed."""
    try:
        session = Session.load(Path(path), sound=app.sound)
    except SaveError as error:
        app.push(MessageScene(tr("This save cannot be opened. {file} {reason}",
                                 file=Path(path).name, reason=error.message),
                              title=tr("Load")))
        return False
    except OSError as error:
        app.push(MessageScene(tr("This save cannot be opened. {file}: {reason}",
                                 file=Path(path).name, reason=error.strerror),
                              title=tr("Load")))
        return False
    start_campaign(app, session)
    return True


def start_play(app: App) -> None:
    """The first thing after the turn screen opens: the hand-over in hot-seat, else the cards."""
    session = app.session
    if session is None or session.is_over:
        return
    if session.teams:
        waiting = session.waiting_teams() or session.turn_order()
        app.play(hand_over(session, waiting[0]))
    else:
        begin_turn(app)


# --- End turn ---------------------------------------------------------------------------


def end_turn(app: App) -> None:
    session = app.session
    if session is None or session.is_over:
        return
    turn = session.state.turn
    result = session.apply(cmd.EndTurn(agency=session.agency))
    if not result.ok:
        if session.engine.pending(session.agency):
            begin_turn(app)  # what blocks the end of turn is shown, not just named
        else:
            app.push(MessageScene(sentence(session.words(result.reason))))
        return
    resolved = session.state.turn != turn or session.is_over
    if resolved:
        session.autosave()
    app.play(after_end_turn(session, resolved))


def after_end_turn(session: Session, resolved: bool) -> Script:
    """Everything the class sees after an accepted End turn, in order."""
    if not resolved:
        # hot-seat: other teams still play this turn; the next one takes the keyboard
        waiting = session.waiting_teams()
        if waiting:
            yield from hand_over(session, waiting[0])
        return
    if session.is_over:
        if session.teams:
            # the last reports in the class's own order: there is no next turn to rotate to.
            # Without them the class jumped from the last End turn to the debrief and no
            # team saw how its final launches went.
            for team in session.teams:
                yield from _cover(session, team)
                yield from final_report(session)
        else:
            yield from final_report(session)
        yield DebriefScene()
        return
    if session.teams:
        yield from hand_over(session, session.turn_order()[0])
    else:
        yield from report_then_cards(session)


def hand_over(session: Session, team: str) -> Script:
    """Switch the keyboard to `team` behind a full-screen cover; its turn starts on the
    cover's button, with its report of the last turn and its cards."""
    yield from _cover(session, team)
    yield from report_then_cards(session)


def _cover(session: Session, team: str) -> Script:
    # The keyboard changes hands as the cover goes up. The turn screen below keeps its
    # widgets under the cover only if they show what is there now (their keep_key names the
    # agency, stamped when they were built), so the next team never sees the last team's
    # screen: it is built anew for the next team when the cover comes down.
    session.agency = session.teams[team]
    yield HandoverScene(team, session.agency)


def report_then_cards(session: Session) -> Script:
    """The report of the turn just resolved for the agency at the keyboard, then its cards."""
    report = session.engine.last_report(session.agency)
    fresh = report is not None and report.turn == session.state.turn - 1
    key = f"report:{session.agency}:{session.state.turn - 1}"
    if report is not None and fresh and key not in session.shown:
        session.shown.add(key)
        yield TurnReportScene(report)
    yield from start_of_turn(session)


def final_report(session: Session) -> Script:
    """The last report of the agency at the keyboard, if it has one not yet shown."""
    report = session.engine.last_report(session.agency)
    key = f"report:{session.agency}:final"
    if report is None or key in session.shown:
        return
    session.shown.add(key)
    yield TurnReportScene(report)


# --- the start of a turn ----------------------------------------------------------------


def begin_turn(app: App) -> None:
    """Show, in order, what this agency must meet or answer before it plays this turn."""
    session = app.session
    if session is None or session.is_over:
        return
    app.play(start_of_turn(session))


def start_of_turn(session: Session) -> Script:
    if session.is_over:
        return
    for step in start_of_turn_steps(session):
        scene = step()
        if scene is not None:
            yield scene


def start_of_turn_steps(session: Session) -> list[Step]:
    """The cards for the agency at the keyboard; each decides when its turn comes whether it
    is still needed (accepting one invitation withdraws the others)."""
    engine, agency = session.engine, session.agency
    turn = session.state.turn
    events = session.scenario.events
    steps: list[Step] = []
    report = engine.current_report(agency)
    fired_ids = [fired.event for fired in report.events] if report is not None else []
    for eid in fired_ids:
        event = events.get(eid)
        if event is None:
            continue
        key = f"event:{agency}:{turn}:{eid}"
        if event.choices:
            steps.append(_pending_event_step(session, eid, key))
        elif key not in session.shown:
            steps.append(_once(session, key, partial(EventCardScene, eid)))
    for item in engine.pending(agency):
        if item.kind == "event" and item.ref not in fired_ids:
            key = f"event:{agency}:{turn}:{item.ref}"
            steps.append(_pending_event_step(session, item.ref, key))
        elif item.kind == "offer":
            steps.append(_offer_step(session, item.ref))
    opening = f"bloc:{agency}:0"
    # Without blocs the choice would be "Independent" alone: no choice at all.
    if turn == 0 and session.scenario.blocs and opening not in session.shown and not any(
            p.kind == "offer" for p in engine.pending(agency)):
        steps.append(_once(session, opening, lambda: BlocChoiceScene()))
    if turn == 0 and "how_to_play" not in session.shown:
        # once per game, last, so it is what stands over the turn screen when play begins
        steps.append(_once(session, "how_to_play", lambda: HowToPlayScene()))
    return steps


def _once(session: Session, key: str, make: Step) -> Step:
    def step() -> Scene | None:
        if key in session.shown:
            return None
        session.shown.add(key)
        return make()
    return step


def _pending_event_step(session: Session, eid: str, key: str) -> Step:
    agency = session.agency

    def step() -> Scene | None:
        waiting = any(p.kind == "event" and p.ref == eid
                      for p in session.engine.pending(agency))
        if not waiting:
            return None
        session.shown.add(key)
        return EventCardScene(eid)
    return step


def _offer_step(session: Session, bloc: str) -> Step:
    agency = session.agency

    def step() -> Scene | None:
        still = any(p.kind == "offer" and p.ref == bloc for p in session.engine.pending(agency))
        if not still:
            return None
        session.shown.add(f"bloc:{agency}:{session.state.turn}")
        return BlocChoiceScene(offer=bloc)
    return step
