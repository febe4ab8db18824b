"""The one error type the scenario layer raises, and the problems it carries."""

from __future__ import annotations

from dataclasses import dataclass

# The most problems reported for one file: more is never read, and a damaged file of
# thousands of faults would otherwise take seconds to describe (each with a did-you-mean).
MAX_PROBLEMS = 100


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a scenario file, at a place a teacher can find."""

    path: str
    line: int
    col: int
    code: str
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.code}: {self.message}"


class ScenarioError(Exception):
    """A scenario file could not be loaded; `problems` holds every reason, sorted."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
