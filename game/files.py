"""The one guarded door every file the game reads goes through.

Scenarios, saves, presets, settings and the theme are all read here: only a regular file
(never a folder, FIFO, device or a link to one), never more than a stated number of bytes,
decoded as UTF-8, with control characters reported at their line. JSON documents are parsed
with limits on nesting, on the digits of a number, and with NaN and infinities refused, so
that a damaged or hostile file fails here in one line, never later in the game.

The callers turn `FileProblem` into their own error type (ScenarioError, SaveError, ...),
so each keeps its own wording for what the file is.
"""

from __future__ import annotations

import json
import math
import os
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game import numbers
from game.i18n import tr

# The longest number a JSON document may hold: far above any amount the game keeps, far
# below Python's 4,300-digit limit, whose ValueError would otherwise escape.
MAX_NUMBER_CHARS = 40
MAX_JSON_DEPTH = 64
# Tab, line feed and carriage return are text; every other C0/C1 control character is not.
_ALLOWED_CONTROLS = frozenset("\t\n\r")


@dataclass
class FileProblem(Exception):
    """Why a file cannot be used, in one line a player can act on, and where (1-based)."""

    path: str
    message: str
    line: int = 1
    col: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


def read_bytes(path: str | Path, *, max_bytes: int, what: str) -> bytes:
    """The bytes of a regular file of at most `max_bytes`, or FileProblem.

    `what` names the kind of file in messages ("a scenario file", "a save"). The file is
    opened without blocking and checked after opening, so a FIFO cannot hang us and a link
    to /dev/zero cannot feed us forever; at most `max_bytes + 1` bytes are ever read.
    """
    name = str(path)
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise FileProblem(name, tr("no such file")) from None
    except IsADirectoryError:
        raise FileProblem(name, tr("is a folder, not {what}", what=what)) from None
    except OSError as error:
        raise FileProblem(name, tr("cannot be read: {reason}", reason=error.strerror)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileProblem(name, tr("is a folder, not {what}", what=what))
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(name, tr("is not a regular file (a device, pipe or socket), "
                                       "not {what}", what=what))
        if info.st_size > max_bytes:
            raise FileProblem(name, _too_large(info.st_size, max_bytes, what))
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:  # the file grew while we read it
            raise FileProblem(name, _too_large(total, max_bytes, what))
        return b"".join(chunks)
    except OSError as error:
        raise FileProblem(name, tr("cannot be read: {reason}", reason=error.strerror)) from None
    finally:
        os.close(fd)


def _too_large(size: int, max_bytes: int, what: str) -> str:
    return tr("is {size}, larger than {what} may be ({limit})",
              size=_human(size), what=what, limit=_human(max_bytes))


def _human(size: int) -> str:
    if size >= 1024 * 1024:
        return tr("{n} MB", n=numbers.decimal(size / (1024 * 1024), 1))
    if size >= 1024:
        return tr("{n} KB", n=numbers.decimal(size / 1024, 0))
    return tr("{n} bytes", n=numbers.whole(size))


def decode_text(name: str, raw: bytes) -> str:
    """UTF-8 text without a byte-order mark, or FileProblem at the first bad character."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, col = _position_of_byte(raw, error.start)
        raise FileProblem(name, tr("is not UTF-8 text: save it as UTF-8 in your editor"),
                          line, col) from None
    text = text.removeprefix("\ufeff")
    bad = first_control_character(text)
    if bad is not None:
        line, col = position(text, bad)
        raise FileProblem(name, tr("holds the control character U+{code:04X}, which is not "
                                   "text: delete it", code=ord(text[bad])), line, col)
    return text


def read_text(path: str | Path, *, max_bytes: int, what: str) -> str:
    return decode_text(str(path), read_bytes(path, max_bytes=max_bytes, what=what))


def first_control_character(text: str) -> int | None:
    """Index of the first character that is not printable text (tab and newlines allowed)."""
    for index, char in enumerate(text):
        if char in _ALLOWED_CONTROLS:
            continue
        if not char.isprintable() and unicodedata.category(char) in ("Cc", "Cs", "Cn"):
            return index
    return None


def is_clean_text(text: str, *, newlines: bool = True) -> bool:
    """True when `text` holds no control character and no lone surrogate."""
    if not newlines and ("\n" in text or "\r" in text):
        return False
    return first_control_character(text) is None


def position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of `index` in `text`."""
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, col


def _position_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    line = raw.count(b"\n", 0, offset) + 1
    col = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return line, col


class _BadNumber(ValueError):
    """Raised inside json.loads; the message is translated where it is caught."""


def _refuse_constant(name: str) -> Any:
    raise _BadNumber(tr("holds {value}, which is not a number the game can use", value=name))


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _BadNumber(tr("holds a number of {n} digits, far too long for any value",
                            n=len(text)))
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _BadNumber(tr("holds a number of {n} characters, far too long for any value",
                            n=len(text)))
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(tr("holds the number {value}, far too large for any value",
                            value=text))
    return value


def parse_json(name: str, text: str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """The JSON document in `text`, or FileProblem in one line (with where, when known).

    Numbers are limited in length and must be finite; NaN and Infinity are refused; strings
    must be clean text; nesting deeper than `max_depth` is refused.
    """
    try:
        document = json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                              parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise FileProblem(name, tr("is not valid JSON (damaged or cut short)"),
                          error.lineno, error.colno) from None
    except RecursionError:
        raise FileProblem(name, tr("is nested far too deeply")) from None
    except _BadNumber as error:
        raise FileProblem(name, str(error)) from None
    except ValueError:  # Python's own limit on long integers, should a parse hook miss one
        raise FileProblem(name, tr("holds a number far too long for any value")) from None
    _check_tree(name, document, max_depth)
    return document


def _check_tree(name: str, document: Any, max_depth: int) -> None:
    stack: list[tuple[Any, int, str]] = [(document, 1, "")]
    while stack:
        value, depth, where = stack.pop()
        if depth > max_depth:
            raise FileProblem(name, tr("is nested deeper than {n} levels (at {where})",
                                       n=max_depth, where=where or "/"))
        if isinstance(value, dict):
            for key, item in value.items():
                if not is_clean_text(key):
                    raise FileProblem(name, tr("has a key with a control character "
                                               "(at {where})", where=where or "/"))
                stack.append((item, depth + 1, f"{where}/{key}"[:200]))
        elif isinstance(value, list):
            stack.extend((item, depth + 1, f"{where}/{i}"[:200]) for i, item in enumerate(value))
        elif isinstance(value, str) and not is_clean_text(value):
            raise FileProblem(name, tr("has text with a control character at {where}",
                                       where=where or "/"))


def read_json(path: str | Path, *, max_bytes: int, what: str,
              max_depth: int = MAX_JSON_DEPTH) -> Any:
    """A JSON file read through the guarded door: see `read_bytes` and `parse_json`."""
    name = str(path)
    return parse_json(name, read_text(path, max_bytes=max_bytes, what=what),
                      max_depth=max_depth)
