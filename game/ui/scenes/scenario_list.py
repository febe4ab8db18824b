"""The scenario files a player can choose from: found, checked, never half-loaded.

Each file in scenarios/ and in the user's own scenario folder is checked in full with
`check_file`; a file with errors is kept in the list with all its problems so a teacher
sees what to fix, and is never handed to the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game import paths
from game.scenario import Problem, Scenario, check_file
from game.scenario.companions import is_companion

PATTERNS = ("*.yaml", "*.yml")


@dataclass(frozen=True)
class ScenarioEntry:
    path: Path
    scenario: Scenario | None
    problems: list[Problem] = field(default_factory=list)
    own: bool = False  # from the user's folder rather than the game's

    @property
    def ok(self) -> bool:
        return self.scenario is not None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]

    @property
    def first_error(self) -> str:
        errors = self.errors
        if not errors:
            return ""
        p = errors[0]
        return f"{p.code} (line {p.line}): {p.message}"

    @property
    def title(self) -> str:
        return self.scenario.scenario.title if self.scenario is not None else self.path.name


def scenario_folders() -> list[tuple[Path, bool]]:
    """(folder, is the user's own) in the order they are listed."""
    return [(paths.SCENARIOS_DIR, False), (paths.user_scenarios_dir(), True)]


def check_entry(path: Path, own: bool = False) -> ScenarioEntry:
    scenario, problems = check_file(path)
    return ScenarioEntry(Path(path), scenario, list(problems), own)


def scan(extra: list[Path] | None = None) -> list[ScenarioEntry]:
    """Every scenario file, read again from disk (so a fixed file shows at once)."""
    entries: list[ScenarioEntry] = []
    seen: set[Path] = set()
    for folder, own in scenario_folders():
        if not folder.is_dir():
            continue
        # moon_2021.fr.yaml beside moon_2021.yaml is its French text, not a scenario
        files = sorted({p for pattern in PATTERNS for p in folder.glob(pattern)
                        if p.is_file() and not is_companion(p)})
        for path in files:
            seen.add(path.resolve())
            entries.append(check_entry(path, own))
    for path in extra or []:
        if Path(path).resolve() not in seen:
            seen.add(Path(path).resolve())
            entries.append(check_entry(Path(path), True))
    return entries


def index_of(entries: list[ScenarioEntry], path: Path | None) -> int | None:
    if path is None:
        return None
    wanted = Path(path).resolve()
    for i, entry in enumerate(entries):
        if entry.path.resolve() == wanted:
            return i
    return None
