"""`moonward play --scenario FILE --turn N`: a game already at turn N, so a scenario's
author sees their text (events, news, the turn screen) in place without playing N-1 turns.

The opening is scripted: the scenario's default agency is played by the headless player
policy (`play_turn` with the road "keep": it answers what waits, stays in the bloc history
put it in, flies what is ready and funds the rest), then ends its turn, for N-1 turns. Every
command goes through `session.apply`, the path a click takes, so the game reached is one
a class could have played.
"""

from __future__ import annotations

from pathlib import Path

from game.core import commands as cmd
from game.core.policies import play_turn
from game.i18n import tr
from game.scenario import Scenario, ScenarioError, load_scenario
from game.ui.session import Session, fresh_seed

OPENING_ROAD = "keep"


class OpeningError(Exception):
    """A one-line reason the opening cannot be played, with the exit code to leave with."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def session_at_turn(path: Path, turn: int, seed: int | None = None) -> Session:
    """A new game of the scenario at `path`, played by script up to the start of `turn`
    (1-based). Raises OpeningError (exit 1: the file; exit 2: the turn out of range)."""
    scenario = _load(path)
    agency = scenario.scenario.default_agency or next(
        aid for aid, a in scenario.agencies.items() if a.playable)
    session = Session.new(path, agency, "normal", fresh_seed() if seed is None else seed,
                          scenario=scenario)
    last = session.state.turn_count
    if not 1 <= turn <= last:
        raise OpeningError(tr("--turn {n}: this scenario has turns 1 to {last}", n=turn,
                              last=last), 2)
    play_opening(session, turn - 1)
    return session


def play_opening(session: Session, turns: int) -> None:
    """`turns` whole turns for the session's agency, by the player policy, through apply."""
    for _ in range(turns):
        if session.is_over:  # a scenario that ends early (a victory rule): stop where it ends
            return
        play_turn(session.engine, session.agency, OPENING_ROAD, session.apply)
        result = session.apply(cmd.EndTurn(session.agency))
        if not result.ok:  # the policy answers all that waits: this is a bug, say so
            raise RuntimeError(f"the scripted opening could not end turn "
                               f"{session.state.turn + 1}: {result.reason}")


def _load(path: Path) -> Scenario:
    try:
        return load_scenario(path)
    except ScenarioError as error:
        raise OpeningError(str(error.problems[0]) if error.problems else str(error), 1) \
            from None
    except OSError as error:
        raise OpeningError(tr("{p}: {e}", p=path, e=error.strerror), 1) from None
