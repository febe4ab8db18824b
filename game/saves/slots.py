"""Named save slots and rotating autosaves in one folder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from game.saves.envelope import SaveEnvelope, read_save, write_save
from game.saves.errors import SaveError

AUTOSAVES_KEPT = 5
_AUTOSAVE = re.compile(r"^autosave-(\d{6})\.json$")


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


def slot_file_name(name: str) -> str:
    """A file name that is safe on every desktop system for a player-typed slot name."""
    stem = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "save"
    return f"slot-{stem}.json"


class SaveSlots:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def save_named(self, name: str, envelope: SaveEnvelope) -> Path:
        path = self.folder / slot_file_name(name)
        write_save(path, envelope)
        return path

    def autosave(self, envelope: SaveEnvelope) -> Path:
        numbers = self._autosave_numbers()
        path = self.folder / f"autosave-{(max(numbers, default=0) + 1):06d}.json"
        write_save(path, envelope)
        # Prune only after the new one is safely in place.
        for old in sorted(numbers)[: max(0, len(numbers) + 1 - AUTOSAVES_KEPT)]:
            (self.folder / f"autosave-{old:06d}.json").unlink(missing_ok=True)
        return path

    def list(self) -> list[SlotInfo]:
        """Every save in the folder, newest first; broken ones listed with their reason."""
        if not self.folder.is_dir():
            return []
        infos = [self._info(path) for path in self.folder.glob("*.json") if path.is_file()]
        return sorted(infos, key=lambda info: info.modified, reverse=True)

    def newest(self) -> SlotInfo | None:
        return next((info for info in self.list() if info.envelope is not None), None)

    def _autosave_numbers(self) -> list[int]:
        if not self.folder.is_dir():
            return []
        return [
            int(match.group(1))
            for path in self.folder.iterdir()
            if (match := _AUTOSAVE.match(path.name))
        ]

    def _info(self, path: Path) -> SlotInfo:
        kind = "auto" if _AUTOSAVE.match(path.name) else "named"
        try:
            modified = path.stat().st_mtime
        except OSError:
            modified = 0.0
        try:
            return SlotInfo(path, kind, modified, read_save(path), None)
        except SaveError as error:
            return SlotInfo(path, kind, modified, None, error.message)
