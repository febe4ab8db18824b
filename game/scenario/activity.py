"""The source-judgement activity: a YAML file of items quoted from the seed reports.

Content is data (scenarios/activities/*.yaml), read through the guarded door and composed
with the scenario loader's line marks, so a teacher's mistake is one line
`file:line:col: CODE: message`, like a scenario's. On top of the model's own checks, every
quote must stand, character for character, on the seed line it names (E-QUOTE): the
feedback cites those lines, and must never cite words a report does not hold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    model_validator,
)

from game import files, i18n, paths
from game.claims import CLAIM_KINDS, WORLD_CLAIMS
from game.i18n import tr
from game.scenario import limits
from game.scenario.errors import Problem, ScenarioError
from game.scenario.loader import Document, compose
from game.scenario.models import Id
from game.scenario.pydantic_errors import problems_from_validation

ACTIVITIES_DIR = paths.SCENARIOS_DIR / "activities"
JUDGE_THE_SOURCES = ACTIVITIES_DIR / "judge_the_sources.yaml"
MAX_FILE_BYTES = 128 * 1024  # the shipped file is under 16 KB
MAX_SEED_BYTES = 256 * 1024  # the longest seed report is under 8 KB
MAX_ITEMS = 40  # a lesson's worth; the answers of a run go into the save (see RecordActivity)
MAX_CHOICES = 5  # answer keys 1..5; the five kinds of claim are the most an item offers
MAX_CHOICE_CHARS = 70  # one line of a full-width button at 1024x600, larger text

# The answers an item without choices offers: the real-world kinds, in game/claims.py's order.
WORLD_KINDS: tuple[str, ...] = tuple(k for k in CLAIM_KINDS if k in WORLD_CLAIMS)

Text = Annotated[str, Field(min_length=1, max_length=limits.MAX_TEXT_CHARS)]
Line = Annotated[int, Field(ge=1, le=100_000)]


class _Model(BaseModel):
    # strict: a YAML `line: "12"` or `answer: 3` is a mistake to report, not to coerce
    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")
    # Field -> its English, when a companion translated it (game/scenario/originals.py).
    _originals: dict[str, str] = PrivateAttr(default_factory=dict)


class Report(_Model):
    """A seed report as the class sees it named: its own title and, if it has one, outlet."""

    file: Annotated[str, Field(pattern=r"^[0-9]{3}_[0-9a-f]+\.txt$")]
    title: Text
    title_line: Line
    outlet: Text | None = None
    outlet_line: Line | None = None


class Quote(_Model):
    source: Id
    line: Line
    text: Text


class Choice(_Model):
    id: Id
    text: Annotated[str, Field(min_length=1, max_length=MAX_CHOICE_CHARS)]


class Item(_Model):
    """One question: quotes shown, an answer key, and feedback that explains the key."""

    id: Id
    question: Text
    quotes: list[Quote] = Field(min_length=1, max_length=3)
    # No choices: the answer is one of the five real-world kinds of claim (game/claims.py).
    choices: list[Choice] = Field(default_factory=list, max_length=MAX_CHOICES)
    answer: Id
    feedback: Text
    cites: list[Quote] = Field(default_factory=list, max_length=4)  # lines cited, not shown

    @model_validator(mode="after")
    def _answer_is_offered(self) -> Item:
        ids = [c.id for c in self.choices]
        if len(set(ids)) != len(ids):
            raise ValueError(f"item '{self.id}' offers the same choice id twice")
        offered = ids or list(WORLD_KINDS)
        if self.answer not in offered:
            raise ValueError(f"item '{self.id}' has answer '{self.answer}', which is not one "
                             f"of {', '.join(offered)}")
        if len(self.choices) == 1:
            raise ValueError(f"item '{self.id}' offers one choice: give two or more")
        return self

    @property
    def options(self) -> tuple[str, ...]:
        """The answer ids in button order: the choices, or the five kinds of claim."""
        return tuple(c.id for c in self.choices) or WORLD_KINDS

    @property
    def citations(self) -> tuple[Quote, ...]:
        return (*self.quotes, *self.cites)


class Part(_Model):
    id: Id
    title: Annotated[str, Field(min_length=1, max_length=limits.MAX_NAME_CHARS)]
    intro: Text
    discuss: Text
    items: list[Item] = Field(min_length=1, max_length=MAX_ITEMS)


class Activity(_Model):
    format_version: Literal[1]
    id: Id
    title: Annotated[str, Field(min_length=1, max_length=limits.MAX_NAME_CHARS)]
    summary: Text
    reports: dict[Id, Report] = Field(min_length=1, max_length=limits.MAX_SOURCES)
    parts: list[Part] = Field(min_length=1, max_length=5)

    @model_validator(mode="after")
    def _ids_and_sources(self) -> Activity:
        items = [item for part in self.parts for item in part.items]
        if len(items) > MAX_ITEMS:
            raise ValueError(f"{len(items)} items in all; an activity holds at most {MAX_ITEMS}")
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise ValueError(f"item id '{item.id}' is used twice")
            seen.add(item.id)
            for quote in item.citations:
                if quote.source not in self.reports:
                    raise ValueError(f"item '{item.id}' quotes '{quote.source}', which is not "
                                     f"one of the reports: {', '.join(self.reports)}")
        if len({p.id for p in self.parts}) != len(self.parts):
            raise ValueError("two parts have the same id")
        return self

    @property
    def items(self) -> list[tuple[Part, Item]]:
        return [(part, item) for part in self.parts for item in part.items]


def load_activity(path: str | Path = JUDGE_THE_SOURCES,
                  seeds_dir: Path = paths.SEEDS_DIR, language: str | None = None) -> Activity:
    """The typed activity, or ScenarioError with every problem, one line each; its texts
    in `language` (the game's, by default) where a companion beside it translates them.
    The quotes are checked against the English seeds before any translation."""
    name = str(path)
    try:
        text = files.read_text(path, max_bytes=MAX_FILE_BYTES, what=tr("an activity file"))
    except files.FileProblem as problem:
        raise ScenarioError([Problem(name, problem.line, problem.col, "E-FILE",
                                     problem.message)]) from None
    doc = compose(name, text)
    if doc.read_problems:
        raise ScenarioError(doc.read_problems)
    try:
        activity = Activity.model_validate(doc.data)
    except ValidationError as error:
        raise ScenarioError(problems_from_validation(doc, error, everything=True)) from None
    problems = quote_problems(doc, activity, seeds_dir)
    if problems:
        raise ScenarioError(problems)
    chosen = language or i18n.language()
    if chosen == "en":
        return activity
    from game.scenario.activity_companions import localised  # it loads activities with this

    return localised(activity, path, chosen)


def quote_problems(doc: Document, activity: Activity, seeds_dir: Path) -> list[Problem]:
    """E-QUOTE for every title, outlet and quote not found on the seed line it names."""
    problems: list[Problem] = []
    lines: dict[str, list[str] | None] = {}
    for sid, report in activity.reports.items():
        lines[sid] = _seed_lines(doc, ("reports", sid, "file"), seeds_dir / report.file,
                                 problems)
        checks = [("title", report.title, report.title_line)]
        if report.outlet is not None:
            checks.append(("outlet", report.outlet, report.outlet_line or 0))
        for key, text, line in checks:
            _check(doc, ("reports", sid, key), lines[sid], report.file, text, line, problems)
    for p, part in enumerate(activity.parts):
        for i, item in enumerate(part.items):
            for key, quotes in (("quotes", item.quotes), ("cites", item.cites)):
                for q, quote in enumerate(quotes):
                    at = ("parts", p, "items", i, key, q, "text")
                    _check(doc, at, lines[quote.source], activity.reports[quote.source].file,
                           quote.text, quote.line, problems)
    return problems


def _seed_lines(doc: Document, at: tuple[object, ...], path: Path,
                problems: list[Problem]) -> list[str] | None:
    try:
        text = files.read_text(path, max_bytes=MAX_SEED_BYTES, what=tr("a seed report"))
    except files.FileProblem as problem:
        problems.append(doc.problem(at, "E-FILE", f"seed report {path.name} {problem.message}"))
        return None
    return text.split("\n")


def _check(doc: Document, at: tuple[object, ...], lines: list[str] | None, file: str,
           text: str, line: int, problems: list[Problem]) -> None:
    if lines is None:
        return  # the seed itself could not be read, and that is already reported
    if not 1 <= line <= len(lines) or text not in lines[line - 1]:
        problems.append(doc.problem(at, "E-QUOTE", f"'{text[:60]}' is not on line {line} "
                                    f"of {file}: copy it exactly from that line"))
