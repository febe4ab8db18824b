"""`moonward migrate FILE`: a scenario file of an older format rewritten as the current one,
keeping the teacher's comments.

PyYAML drops every comment on a round trip, so the file is rewritten with ruamel.yaml's
round-trip mode, running the very steps the loader runs in memory (game/scenario/migrate.py)
over ruamel's document. The file is first read through the loader's guarded door (size,
control characters, nesting depth, alias bombs, unsafe tags), so ruamel only ever sees what
the game itself would read.

Never a teacher's only copy at risk: by default the result goes to a new file beside the old
one (`NAME.v2.yaml`), never over an existing file; `--out -` prints it; `--out FILE` (the
input itself included) replaces the target only after keeping the old file as `FILE.v1.bak`.
Every write goes to a temporary file in the same folder, renamed over the target at the end.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError

from game.scenario import migrate
from game.scenario.errors import ScenarioError
from game.scenario.loader import compose, read_text

STDOUT = "-"


class MigrateError(Exception):
    """Why the file cannot be migrated, in one line (exit 1)."""


@dataclass(frozen=True)
class Migrated:
    text: str  # the file in the current format
    version: int  # the version it was written in


def default_out(path: Path) -> Path:
    """Beside the old file, never over it: moon.yaml -> moon.v2.yaml."""
    return path.with_name(f"{path.stem}.v{migrate.CURRENT}{path.suffix or '.yaml'}")


def round_trip() -> YAML:
    """ruamel's round-trip reader and writer, set to the shipped scenarios' layout: two
    spaces a level, a list's dash two spaces in, quotes as written, no line folded."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # long texts stay on their line, as the teacher wrote them
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def migrated_text(path: Path) -> Migrated:
    """The file at `path` in the current format, comments kept; MigrateError if it cannot be
    read, holds no scenario, or already is of the current version."""
    name = str(path)
    try:
        text = read_text(path)
        document = compose(name, text)
    except ScenarioError as error:
        raise MigrateError(str(error.problems[0])) from None
    unsafe = [p for p in document.read_problems if p.code in ("E-UNSAFE", "E-DUP-KEY")]
    if unsafe:
        raise MigrateError(f"{unsafe[0]} (fix it first: the file cannot be migrated as is)")
    version = migrate.version_of(document.data)
    if version == migrate.CURRENT:
        raise MigrateError(f"{name} is already format_version {migrate.CURRENT}: nothing to "
                           "migrate")
    if not migrate.needs_migration(document.data):
        raise MigrateError(f"{name}: format_version {version!r} is not one this game can "
                           f"migrate (it reads 1 and {migrate.CURRENT})")
    # ruamel's round-trip loader, the one that keeps comments: it builds only plain maps,
    # lists and scalars (a tag stays a tag, never an object), and the safe loader has read
    # this text above and refused unsafe tags, duplicate keys and alias bombs.
    yaml = round_trip()
    try:
        data: Any = yaml.load(text)
    except YAMLError as error:  # what the loader accepted, ruamel should too; never a trace
        raise MigrateError(f"{name}: {str(error).splitlines()[0]}") from None
    migrate.upgrade_in_place(data, CommentedMap)
    out = io.StringIO()
    yaml.dump(data, out)
    return Migrated(out.getvalue(), int(version))


def write_atomically(target: Path, text: str) -> None:
    """Write `text` to a temporary file beside `target`, then rename it over `target`: a
    crash or a full disk leaves the old file whole, never half a file."""
    folder = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                         dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def migrate_file(path: Path, out: str | None) -> tuple[Migrated, Path | None, Path | None]:
    """Migrate `path`; write to `out` (None: the default name, which must not exist yet;
    "-": nobody, the caller prints). Returns the result, the file written and the backup
    kept (None when none)."""
    result = migrated_text(path)
    if out == STDOUT:
        return result, None, None
    target = Path(out) if out is not None else default_out(path)
    backup: Path | None = None
    if out is None and target.exists():
        raise MigrateError(f"{target} already exists: name another file with --out, or "
                           "move it away first")
    if target.exists():
        backup = target.with_name(target.name + f".v{result.version}.bak")
        shutil.copy2(target, backup)
    write_atomically(target, result.text)
    return result, target, backup
