"""The one error a save problem becomes: which file, and what is wrong with it, in one line."""

from __future__ import annotations

from pathlib import Path


class SaveError(Exception):
    """A save could not be read or written; the message is one line a player can act on."""

    def __init__(self, path: str | Path, message: str) -> None:
        self.path = str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")
