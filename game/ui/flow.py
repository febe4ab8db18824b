"""What follows End turn, and what comes at the start of a team's turn.

    end_turn(app)      send EndTurn for the team at the keyboard. Hot-seat: while other teams
                       still have to play, hand over to the next one in this turn's order
                       (`Session.turn_order()`: it moves on by one team each turn). When the
                       turn resolves: autosave once, then hand-over (hot-seat), the turn
                       report, and the start-of-turn cards. When the game is over: each
                       team's last report (hot-seat: each after its hand-over, in the class's
                       order), then the debrief.
    begin_turn(app)    on top of the dashboard, one after the other: the events that fired for
                       this agency (read-only cards), the events waiting for an answer, and
                       bloc invitations (plus the opening bloc choice at the first turn).

Each modal is pushed when the one before is dismissed (`app.push(scene, on_result=...)`), so
the dashboard below rebuilds itself in `resume()` after the last one closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.core import commands as cmd
from game.i18n import tr
from game.ui.widgets.tips import sentence

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scene import Scene
    from game.ui.session import Session

Step = Callable[[], "Scene | None"]


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
            _message(app, sentence(app.session.words(result.reason)))
        return
    if session.state.turn == turn and not session.is_over:
        waiting = session.waiting_teams()
        if waiting:
            hand_over(app, waiting[0])
        return
    session.autosave()
    if session.is_over:
        if session.teams:
            # the last reports in the class's own order: there is no next turn to rotate to
            _final_reports(app, list(session.teams))
        else:
            _final_report(app, lambda: show_debrief(app))
        return
    if session.teams:
        hand_over(app, session.turn_order()[0])
    else:
        _report_then_begin(app)


def hand_over(app: App, team: str) -> None:
    """Switch the keyboard to `team` behind a full-screen cover; its turn starts on the button."""
    from game.ui.scenes.handover import HandoverScene

    session = app.session
    assert session is not None
    # The cover goes up before the keyboard changes hands: the turn screen below keeps its
    # widgets while covered only if what they show is unchanged (its keep_key names the
    # agency), and with the new agency already set it kept the last team's screen for the
    # next team, the last team's news and rivals included.
    app.push(HandoverScene(team, session.teams[team]),
             on_result=lambda _: _report_then_begin(app))
    session.agency = session.teams[team]


def begin_turn(app: App) -> None:
    """Show, in order, what this agency must meet or answer before it plays this turn."""
    session = app.session
    if session is None or session.is_over:
        return
    _chain(app, start_of_turn_steps(session))


def start_of_turn_steps(session: Session) -> list[Step]:
    """The cards for the agency at the keyboard; each decides when its turn comes whether it
    is still needed (accepting one invitation withdraws the others)."""
    from game.ui.scenes.bloc_choice import BlocChoiceScene
    from game.ui.scenes.event_card import EventCardScene

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
            steps.append(_once(session, key, lambda eid=eid: EventCardScene(eid)))
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
        from game.ui.scenes.how_to_play import HowToPlayScene

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
    from game.ui.scenes.event_card import EventCardScene

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
    from game.ui.scenes.bloc_choice import BlocChoiceScene

    agency = session.agency

    def step() -> Scene | None:
        still = any(p.kind == "offer" and p.ref == bloc for p in session.engine.pending(agency))
        if not still:
            return None
        session.shown.add(f"bloc:{agency}:{session.state.turn}")
        return BlocChoiceScene(offer=bloc)
    return step


def _chain(app: App, steps: list[Step], then: Callable[[], None] | None = None) -> None:
    """Push the first scene a step makes; push the next when it is dismissed."""
    while steps:
        scene = steps.pop(0)()
        if scene is not None:
            app.push(scene, on_result=lambda _: _chain(app, steps, then))
            return
    if then is not None:
        then()


def _report_then_begin(app: App) -> None:
    """The report of the turn just resolved for the agency at the keyboard, then its cards."""
    from game.ui.scenes.turn_report import TurnReportScene

    session = app.session
    if session is None:
        return
    report = session.engine.last_report(session.agency)
    fresh = report is not None and report.turn == session.state.turn - 1
    key = f"report:{session.agency}:{session.state.turn - 1}"
    if fresh and key not in session.shown:
        session.shown.add(key)
        app.push(TurnReportScene(report), on_result=lambda _: begin_turn(app))
    else:
        begin_turn(app)


def _final_reports(app: App, teams: list[str]) -> None:
    """Each team, behind its cover, sees its report of the last half-year; then the debrief.
    Without this the class jumped from the last End turn to the debrief and no team saw
    how its final launches went."""
    from game.ui.scenes.handover import HandoverScene

    session = app.session
    assert session is not None
    if not teams:
        show_debrief(app)
        return
    team, rest = teams[0], teams[1:]
    app.push(HandoverScene(team, session.teams[team]),  # the cover first, as in hand_over
             on_result=lambda _: _final_report(app, lambda: _final_reports(app, rest)))
    session.agency = session.teams[team]


def _final_report(app: App, then: Callable[[], None]) -> None:
    """The last report of the agency at the keyboard (if any), then `then`."""
    from game.ui.scenes.turn_report import TurnReportScene

    session = app.session
    assert session is not None
    report = session.engine.last_report(session.agency)
    key = f"report:{session.agency}:final"
    if report is None or key in session.shown:
        then()
        return
    session.shown.add(key)
    app.push(TurnReportScene(report), on_result=lambda _: then())


def show_debrief(app: App) -> None:
    from game.ui.scenes import scene_class

    debrief = scene_class("game.ui.scenes.debrief:DebriefScene")
    if debrief is not None:
        app.push(debrief())
        return
    session = app.session
    assert session is not None
    lines = [tr("{rank}. {name}: {total} points (game value)", rank=s.rank, name=s.name,
                total=s.total) for s in session.engine.standings()]
    _message(app, "<br>".join(lines), tr("The game is over"))


def start_play(app: App) -> None:
    """The first thing after the dashboard opens: the hand-over in hot-seat, else the cards."""
    session = app.session
    if session is None or session.is_over:
        return
    if session.teams:
        waiting = session.waiting_teams() or session.turn_order()
        hand_over(app, waiting[0])
    else:
        begin_turn(app)


def _message(app: App, text: str, title: str | None = None) -> None:
    from game.ui.scenes.message import MessageScene

    app.push(MessageScene(text, title))
