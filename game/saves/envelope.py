"""The save file's outer shape: what game, which scenario, which format; the engine's
own payload travels inside `game` and is checked by the engine when it is restored."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from game.i18n import tr
from game.saves.atomic import atomic_write_text
from game.saves.errors import SaveError

SAVE_FORMAT = "moonward-save"
SAVE_VERSION = 1
# A whole 40-turn game is well under 1 MB; anything far larger is not ours, and reading
# it would stall the menu.
MAX_SAVE_BYTES = 16 * 1024 * 1024


class ScenarioStamp(BaseModel):
    """Which scenario a save belongs to, precisely enough to notice it has changed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    version: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    file: str = Field(description="File name the scenario was loaded from.")


class SaveEnvelope(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["moonward-save"]
    save_version: int
    created: str
    name: str
    turn_label: str = ""
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
        name=name,
        turn_label=turn_label,
        scenario=stamp,
        game=game,
    )


def write_save(path: str | Path, envelope: SaveEnvelope) -> None:
    text = json.dumps(envelope.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    atomic_write_text(path, text)


# save_version N -> function turning a version-N document into version N+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def read_save(path: str | Path) -> SaveEnvelope:
    """Read and check a save file, or raise SaveError saying what is wrong in one line."""
    path = Path(path)
    document = _parse(path, _read_bytes(path))
    document = _migrate(path, document)
    try:
        return SaveEnvelope.model_validate(document)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or tr("the top level")
        raise SaveError(
            path, tr("is damaged: {where}: {problem}", where=where, problem=first["msg"])
        ) from None


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise SaveError(path, tr("no such file"))
    if path.is_dir():
        raise SaveError(path, tr("is a folder, not a save file"))
    try:
        size = path.stat().st_size
        if size > MAX_SAVE_BYTES:
            raise SaveError(
                path,
                tr("is {mb} MB, far more than any save: it is not a Moonward save",
                   mb=size // (1024 * 1024)),
            )
        data = path.read_bytes()
    except OSError as error:
        raise SaveError(path, tr("cannot be read: {reason}", reason=error.strerror)) from None
    if not data.strip():
        raise SaveError(path, tr("is empty: not a Moonward save (try an autosave instead)"))
    return data


def _parse(path: Path, data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SaveError(path, tr("is not a text file: not a Moonward save")) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise SaveError(
            path,
            tr("is damaged or cut short (not valid JSON at line {line}, column {col})",
               line=error.lineno, col=error.colno),
        ) from None
    except RecursionError:
        raise SaveError(path, tr("is nested too deeply: not a Moonward save")) from None
    if not isinstance(document, dict) or document.get("format") != SAVE_FORMAT:
        raise SaveError(path, tr("is JSON but not a Moonward save"))
    return document


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
