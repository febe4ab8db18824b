"""Named save slots and rotating autosaves in one folder."""

from __future__ import annotations

import contextlib
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from game.files import is_clean_text
from game.i18n import tr
from game.saves.envelope import SaveEnvelope, read_save, write_save
from game.saves.errors import SaveError

AUTOSAVES_KEPT = 5
# Six digits or more: numbering must go on past 999999 rather than start over unseen.
_AUTOSAVE = re.compile(r"^autosave-(\d{6,})\.json$")
# Enough of the name to recognise the file in a folder; the hash does the telling apart.
_STEM_CHARS = 40
_HASH_CHARS = 10


@dataclass(frozen=True)
class SlotInfo:
    path: Path
    kind: str  # "named" or "auto"
    modified: float
    envelope: SaveEnvelope | None  # None when the file is unreadable
    error: str | None  # the one-line reason it cannot be loaded

    @property
    def label(self) -> str:
        if self.envelope is None:
            return self.path.name
        return self.envelope.name


def same_name(name: str) -> str:
    """The form two save names are compared in: an accented letter typed as one character
    or as a letter and an accent looks the same to the player, so it is the same name."""
    return unicodedata.normalize("NFC", name)


def slot_file_name(name: str) -> str:
    """A file name for a player-typed slot name, safe on Windows, macOS and Linux, that
    two different names never share.

    Letters and digits of every script are kept, so "Класс 4А" or "四年级" can still be
    recognised in the folder; anything else (slashes, colons, emoji, spaces) becomes "-".
    A short hash of the whole name then tells apart the names that the readable part
    alone would merge: "Класс 4А" and "Класс 4Б" once were one file, as were "Class 4B"
    and "class-4b", and every name written only in emoji.
    """
    exact = same_name(name)
    readable = "".join(ch if ch.isalnum() else "-" for ch in same_name(exact.lower()))
    stem = re.sub(r"-+", "-", readable).strip("-")[:_STEM_CHARS].strip("-") or "save"
    # surrogatepass: a lone surrogate is refused before saving, but must not crash here
    digest = hashlib.sha256(exact.encode("utf-8", "surrogatepass")).hexdigest()
    return f"slot-{stem}-{digest[:_HASH_CHARS]}.json"


def _old_slot_file_name(name: str) -> str:
    """The file name saves got before names kept every script (ASCII letters only)."""
    stem = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "save"
    return f"slot-{stem}.json"


class SaveSlots:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def save_named(self, name: str, envelope: SaveEnvelope) -> Path:
        """Write the slot called `name`, replacing a save of that exact name if there is one
        (ask the player first: `existing`)."""
        if not is_clean_text(name, newlines=False):
            raise SaveError(self.folder, tr("a save name cannot hold a control character or "
                                            "a line break: type the name again"))
        path = self.path_for(name)
        write_save(path, envelope)
        return path

    def path_for(self, name: str) -> Path:
        """The file a save called `name` goes to: the one already holding that name, if any."""
        own = self.folder / slot_file_name(name)
        if own.exists():
            return own
        old = self.folder / _old_slot_file_name(name)
        if old.is_file():
            try:
                if same_name(read_save(old).name) == same_name(name):
                    return old  # keep updating a save made by an earlier version
            except SaveError:
                pass  # damaged, or another name: a new file, and that one stays as it is
        return own

    def existing(self, name: str) -> SlotInfo | None:
        """The save that `save_named(name)` would replace, or None."""
        path = self.path_for(name)
        return self._info(path) if path.is_file() else None

    def autosave(self, envelope: SaveEnvelope) -> Path:
        # Numbered past every autosave name in the folder, even one that is not a file
        # (a folder called autosave-000007.json), so the new save never lands on it.
        taken = self._autosaves(files_only=False)
        path = self.folder / f"autosave-{(max(taken, default=0) + 1):06d}.json"
        write_save(path, envelope)
        # Prune only after the new one is safely in place, and only files: the player's
        # folders stay, and an old autosave that cannot be removed is no failure.
        files = self._autosaves(files_only=True)
        for old in sorted(files)[: max(0, len(files) - AUTOSAVES_KEPT)]:
            with contextlib.suppress(OSError):
                files[old].unlink()
        return path

    def list(self) -> list[SlotInfo]:
        """Every save in the folder, newest first; broken ones listed with their reason."""
        if not self.folder.is_dir():
            return []
        infos = [self._info(path) for path in self.folder.glob("*.json") if path.is_file()]
        return sorted(infos, key=lambda info: info.modified, reverse=True)

    def newest(self) -> SlotInfo | None:
        """The newest save that loads. Read newest first and only as far as needed: the
        title asks at start-up, and reading a whole class's saves took ~10 ms each."""
        if not self.folder.is_dir():
            return None
        paths = [path for path in self.folder.glob("*.json") if path.is_file()]
        # the order list() gives: by time, newest first, ties as the folder lists them
        for path in sorted(paths, key=_modified, reverse=True):
            info = self._info(path)
            if info.envelope is not None:
                return info
        return None

    def _autosaves(self, files_only: bool) -> dict[int, Path]:
        if not self.folder.is_dir():
            return {}
        return {
            int(match.group(1)): path
            for path in self.folder.iterdir()
            if (match := _AUTOSAVE.match(path.name)) and (path.is_file() or not files_only)
        }

    def _info(self, path: Path) -> SlotInfo:
        kind = "auto" if _AUTOSAVE.match(path.name) else "named"
        modified = _modified(path)
        try:
            return SlotInfo(path, kind, modified, read_save(path), None)
        except SaveError as error:
            return SlotInfo(path, kind, modified, None, error.message)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
