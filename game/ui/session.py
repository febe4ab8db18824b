"""The game being played, as the scenes see it: the engine, its scenario, the human agency.

A scene reads `session.engine` (queries only) and changes the game only through
`session.apply(command)`, which returns the engine's `Result` and plays the sound cue that
goes with it (launch + success/failure for an attempt, a click for the rest).

    session = Session.new(scenario_path, agency="esa", difficulty="normal", seed=42)
    session.apply(cmd.Allocate(agency=session.agency, milestone="...", amount=100))
    session.engine.milestone_view(session.agency, "...")
    session.save(path, name) / Session.load(path)

`session.version` increases after every applied command, so a scene can tell whether what
it drew is stale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.core import commands as cmd
from game.core.engine import Engine, Result
from game.scenario import Scenario, load_scenario


class _Silent:
    def play(self, name: str) -> None:
        pass


@dataclass
class Session:
    engine: Engine
    scenario: Scenario
    scenario_path: Path
    agency: str
    sound: Any = field(default_factory=_Silent)
    version: int = 0

    @classmethod
    def new(cls, scenario_path: Path, agency: str, difficulty: str = "normal", seed: int = 1,
            scenario: Scenario | None = None, sound: Any = None) -> Session:
        scenario = scenario or load_scenario(scenario_path)
        engine = Engine.new(scenario, seed, humans=[agency], difficulty=difficulty)
        return cls(engine, scenario, Path(scenario_path), agency, sound or _Silent())

    @classmethod
    def load(cls, path: Path, sound: Any = None) -> Session:
        """Open a save file; raises game.saves.errors.SaveError with a one-line reason."""
        from game.saves.games import load_game

        loaded = load_game(Path(path))
        humans = loaded.engine.state.humans
        agency = humans[0] if humans else next(iter(loaded.engine.state.agencies))
        return cls(loaded.engine, loaded.scenario, loaded.scenario_path, agency,
                   sound or _Silent())

    def save(self, path: Path, name: str) -> None:
        from game.saves.games import save_game

        save_game(Path(path), self.engine, self.scenario_path, name)

    @property
    def state(self) -> Any:
        return self.engine.state

    @property
    def is_over(self) -> bool:
        return bool(self.engine.is_over)

    def apply(self, command: cmd.Command) -> Result:
        result = self.engine.apply(command)
        if result.ok:
            self.version += 1
            if isinstance(command, cmd.Attempt):
                self.sound.play("launch")
                success = result.detail.get("success", result.detail.get("ok"))
                if success is not None:
                    self.sound.play("success" if success else "failure")
        else:
            self.sound.play("failure")
        return result
