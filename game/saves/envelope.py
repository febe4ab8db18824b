"""The save file's outer shape: what game, which scenario, which format; the engine's
own payload travels inside `game` and is checked by the engine when it is restored."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from game import files, numbers
from game.i18n import tr
from game.saves.atomic import atomic_write_text
from game.saves.errors import SaveError

SAVE_FORMAT: Literal["moonward-save"] = "moonward-save"
SAVE_VERSION = 1
# The largest game the scenario limits allow (160 turns, 12 agencies, 60 milestones, 100
# events, four hot-seat teams funding every milestone three times a turn) saves in 0.6 MB,
# a 40-turn moon_2021 game in 60 KB (tests/saves/test_largest_save.py). The cap leaves room
# for a class that tries many amounts each turn (each try is a command of about 80 bytes:
# some 200,000 fit); anything larger is not ours, and reading it would stall the menu.
MAX_SAVE_BYTES = 16 * 1024 * 1024


# The Load screen shows a save's name, date and scenario on one line each: a name a player
# could type is far shorter, and a NUL or a lone surrogate would crash the font renderer.
MAX_SAVE_NAME_CHARS = 200
MAX_LABEL_CHARS = 80


def _one_line(text: str) -> str:
    if not files.is_clean_text(text, newlines=False) or "\t" in text:
        raise ValueError("must be one line of text, without control characters")
    return text


Line = Annotated[str, AfterValidator(_one_line), Field(max_length=MAX_SAVE_NAME_CHARS)]
Label = Annotated[str, AfterValidator(_one_line), Field(max_length=MAX_LABEL_CHARS)]


class ScenarioStamp(BaseModel):
    """Which scenario a save belongs to, precisely enough to notice it has changed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Label
    version: Label
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    file: Line = Field(description="File name the scenario was loaded from.")


class SaveEnvelope(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["moonward-save"]
    save_version: int
    created: Label
    name: Line
    turn_label: Label = ""
    scenario: ScenarioStamp
    game: dict[str, Any]


def scenario_digest(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def make_envelope(name: str, stamp: ScenarioStamp, game: dict[str, Any], turn_label: str = "",
                  ) -> SaveEnvelope:
    return SaveEnvelope(
        format=SAVE_FORMAT,
        save_version=SAVE_VERSION,
        created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        name=_clean(name, MAX_SAVE_NAME_CHARS),
        turn_label=_clean(turn_label, MAX_LABEL_CHARS),
        scenario=stamp,
        game=game,
    )


def _clean(text: str, limit: int) -> str:
    """What a player typed, as the one line of text a save may hold (never refused later)."""
    return " ".join("".join(c for c in text if c.isprintable() or c.isspace()).split())[:limit]


def write_save(path: str | Path, envelope: SaveEnvelope) -> None:
    """Write the save atomically, unless `read_save` would refuse it: then SaveError in one
    line and nothing is written, so the game never leaves a save it cannot open."""
    try:
        # Python mode, not pydantic's JSON mode, which would quietly write inf as null.
        text = json.dumps(envelope.model_dump(), sort_keys=True, separators=(",", ":"),
                          allow_nan=False)
    except ValueError:
        raise SaveError(path, tr("cannot be written: the game holds a number that is not "
                                 "finite")) from None
    size = len(text.encode("utf-8"))
    if size > MAX_SAVE_BYTES:
        raise SaveError(path, tr("cannot be written: the game is {mb:.1f} MB, more than a "
                                 "save may hold ({limit} MB)",
                                 mb=numbers.Localized(size / (1024 * 1024)),
                                 limit=MAX_SAVE_BYTES // (1024 * 1024)))
    try:
        SaveEnvelope.model_validate(files.parse_json(str(path), text))
    except files.FileProblem as problem:
        raise SaveError(path, tr("cannot be written: it could not be read back ({problem})",
                                 problem=problem.message)) from None
    except ValidationError as error:
        raise SaveError(path, tr("cannot be written: it could not be read back ({problem})",
                                 problem=error.errors()[0]["msg"])) from None
    atomic_write_text(path, text)


# save_version N -> function turning a version-N document into version N+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def read_save(path: str | Path) -> SaveEnvelope:
    """Read and check a save file, or raise SaveError saying what is wrong in one line."""
    path = Path(path)
    document = _read_document(path)
    document = _migrate(path, document)
    try:
        return SaveEnvelope.model_validate(document)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or tr("the top level")
        raise SaveError(
            path, tr("is damaged: {where}: {problem}", where=where, problem=first["msg"])
        ) from None


def _read_document(path: Path) -> dict[str, Any]:
    """The save's JSON object, read through the guarded door (a regular file, at most
    MAX_SAVE_BYTES, UTF-8 and clean text, numbers of bounded length, no NaN, bounded
    nesting), or SaveError in one line saying where it is damaged."""
    try:
        raw = files.read_bytes(path, max_bytes=MAX_SAVE_BYTES, what=tr("a save file"))
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            # The door would advise re-saving in an editor: a game file is not edited.
            raise SaveError(path, tr("is not a text file: not a Moonward save")) from None
        text = files.decode_text(str(path), raw)
        if not text.strip():
            raise SaveError(path, tr("is empty: not a Moonward save (try an autosave instead)"))
        document = files.parse_json(str(path), text)
    except files.FileProblem as problem:
        raise _save_error(path, problem) from None
    if not isinstance(document, dict) or document.get("format") != SAVE_FORMAT:
        raise SaveError(path, tr("is JSON but not a Moonward save"))
    return document


def _save_error(path: Path, problem: files.FileProblem) -> SaveError:
    # The door says 1:1 when it knows no better place; only a real place is worth naming.
    if (problem.line, problem.col) == (1, 1):
        return SaveError(path, problem.message)
    return SaveError(path, tr("{problem} (line {line}, column {col})", problem=problem.message,
                              line=problem.line, col=problem.col))


def _migrate(path: Path, document: dict[str, Any]) -> dict[str, Any]:
    version = document.get("save_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SaveError(path, tr("is damaged: its save_version is missing or not a number"))
    if version > SAVE_VERSION:
        raise SaveError(
            path,
            tr("was made by a newer Moonward (save format {found}; this game reads up to "
               "{known}): update the game to open it", found=version, known=SAVE_VERSION),
        )
    while version < SAVE_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SaveError(
                path,
                tr("uses the old save format {found}, which this game can no longer read",
                   found=version),
            )
        document = step(document)
        version += 1
        document["save_version"] = version
    return document
