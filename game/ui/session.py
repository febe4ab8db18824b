"""The game being played, as the scenes see it: the engine, its scenario, who plays now.

A scene reads `session.engine` (queries only) and changes the game only through
`session.apply(command)`, which returns the engine's `Result` and plays the sound cue that
goes with it (launch + success/failure for an attempt, a click for the rest).

    session = Session.new(scenario_path, agency="esa", difficulty="normal", seed=42)
    session = Session.new(path, agency="cnsa", teams={"Red": "cnsa", "Blue": "nasa"})
    session.agency                 the human agency at the keyboard now (hot-seat: changes)
    session.teams                  team name -> agency, in the class's order ({} single player)
    session.turn_order()           the team names in the order they play this turn (rotates)
    session.apply(cmd.Allocate(agency=session.agency, milestone="...", amount=100))
    session.autosave()             None, or the one-line reason it failed (never raises)
    session.save_named("Class 4B") the slot's path; SaveError with a one-line reason
    session.notice                 a line for the news strip (e.g. a failed autosave)
    session.words(result.reason)   an engine record (reason, news) in the player's language

`session.version` increases after every applied command, so a scene can tell whether what
it drew is stale. `session.shown` remembers which start-of-turn cards a team has seen, so
showing them again after a refused End turn does not repeat them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from game import paths
from game.core import commands as cmd
from game.core.commands import Result
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.records import Message
from game.core.state import GameState
from game.i18n import tr
from game.messages import render
from game.saves.errors import SaveError
from game.saves.games import autosave_game, load_game, save_game, save_named_game
from game.saves.slots import SaveSlots
from game.scenario import Scenario, load_scenario


def fresh_seed() -> int:
    """A seed for a new game, shown on New game (or used by `play --teams`)."""
    # Not game randomness: only a suggestion the player can read out and change.
    return secrets.randbelow(1_000_000)


class Cues(Protocol):
    """What a session needs of the sound: a cue played by name (game.ui.sound.Sound)."""

    def play(self, name: str) -> None: ...


class _Silent:
    def play(self, name: str) -> None:
        pass


@dataclass
class Session:
    engine: Engine
    scenario: Scenario
    scenario_path: Path
    agency: str
    sound: Cues = field(default_factory=_Silent)
    version: int = 0
    teams: dict[str, str] = field(default_factory=dict)
    notice: str = ""
    shown: set[str] = field(default_factory=set)

    @classmethod
    def new(cls, scenario_path: Path, agency: str, difficulty: str = "normal", seed: int = 1,
            teams: dict[str, str] | None = None, scenario: Scenario | None = None,
            sound: Cues | None = None) -> Session:
        """A new game; with `teams`, every team's agency is a human and the first team starts."""
        scenario = scenario or load_scenario(scenario_path)
        teams = dict(teams or {})
        humans = list(dict.fromkeys(teams.values())) if teams else [agency]
        engine = new_game(scenario, seed, humans=humans, difficulty=difficulty)
        first = humans[0]
        return cls(engine, scenario, Path(scenario_path), first, sound or _Silent(),
                   teams=teams)

    @classmethod
    def load(cls, path: Path, sound: Cues | None = None) -> Session:
        """Open a save file; raises game.saves.errors.SaveError with a one-line reason."""
        loaded = load_game(Path(path))
        state = loaded.engine.state
        teams = loaded.teams  # in the class's order, as saved
        session = cls(loaded.engine, loaded.scenario, loaded.scenario_path,
                      state.humans[0] if state.humans else next(iter(state.agencies)),
                      sound or _Silent(), teams=teams)
        waiting = session.waiting_teams()
        if waiting:
            session.agency = teams[waiting[0]]
        return session

    def retell(self) -> None:
        """The scenario's words again, in the language now chosen (its companion file): the
        same game, the same game values; only what is read changes."""
        self.scenario = load_scenario(self.scenario_path)
        self.engine.retell(self.scenario)
        self.version += 1

    # --- saving ----------------------------------------------------------------------

    def save(self, path: Path, name: str) -> None:
        save_game(Path(path), self.engine, self.scenario_path, name, self.teams or None)

    def autosave(self) -> str | None:
        """Write this turn's autosave. A full disk must not end a lesson: say why, go on."""
        try:
            autosave_game(SaveSlots(paths.saves_dir()), self.engine, self.scenario_path,
                          self.teams or None)
        except SaveError as error:
            self.notice = tr("Autosave failed: {why}", why=error.message)
        except (OSError, ValueError) as error:
            self.notice = tr("Autosave failed: {why}", why=str(error) or type(error).__name__)
        else:
            self.notice = ""
            return None
        return self.notice

    def save_named(self, name: str) -> Path:
        """Save into the slot called `name`; a failure is a SaveError with a one-line reason."""
        folder = paths.saves_dir()
        try:
            return save_named_game(SaveSlots(folder), name, self.engine, self.scenario_path,
                                   self.teams or None)
        except SaveError:
            raise
        except OSError as error:
            raise SaveError(folder, str(error.strerror or error)) from None

    # --- who plays -------------------------------------------------------------------

    @property
    def team(self) -> str | None:
        """The name of the team at the keyboard, or None in a single-player game."""
        return self.team_of(self.agency)

    def team_of(self, agency: str) -> str | None:
        return next((name for name, aid in self.teams.items() if aid == agency), None)

    def turn_order(self) -> list[str]:
        """The teams in the order they play this turn (see `turn_order`)."""
        return turn_order(list(self.teams), self.engine.state.turn)

    def waiting_teams(self) -> list[str]:
        """Teams, in this turn's playing order, that have not ended this turn yet."""
        agencies = self.engine.state.agencies
        return [name for name in self.turn_order()
                if not agencies[self.teams[name]].ended_turn]

    def words(self, message: Message | None) -> str:
        """An engine record (a refusal's reason, a news item) in the player's language."""
        return render(message, self.scenario) if message is not None else ""

    def agency_name(self, agency: str | None = None) -> str:
        return self.scenario.agencies[agency or self.agency].name

    # --- reading and playing ---------------------------------------------------------

    @property
    def state(self) -> GameState:
        return self.engine.state

    @property
    def is_over(self) -> bool:
        return bool(self.engine.is_over)

    def apply(self, command: cmd.Command) -> Result:
        result = self.engine.apply(command)
        # A launch's cues (lift-off, then its verdict) are the attempt dialog's: they sound
        # when its sequence shows them, not when the engine has rolled the dice.
        if result.ok:
            self.version += 1
        else:
            self.sound.play("failure")
        return result


def turn_order(teams: list[str], turn: int) -> list[str]:
    """The order the teams play turn `turn`: the class's order, moved on by one team each
    turn (turn t starts with team t mod n). With a fixed order the first team always
    launched first, and so always won a race for a 'first' both teams could fly."""
    if not teams:
        return []
    start = turn % len(teams)
    return teams[start:] + teams[:start]
