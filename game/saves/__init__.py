"""Save files: written atomically, read defensively, never half a game.

    write_save(path, envelope)            temp file, flush, fsync, rename: all or nothing
    read_save(path) -> SaveEnvelope       or SaveError with a one-line reason
    SaveSlots(folder)                     named slots, autosaves (last five), newest
"""

from __future__ import annotations

from game.saves.atomic import atomic_write_text
from game.saves.envelope import SAVE_VERSION, SaveEnvelope, ScenarioStamp, read_save, write_save
from game.saves.errors import SaveError
from game.saves.slots import SaveSlots, SlotInfo

__all__ = [
    "SAVE_VERSION",
    "SaveEnvelope",
    "SaveError",
    "SaveSlots",
    "ScenarioStamp",
    "SlotInfo",
    "atomic_write_text",
    "read_save",
    "write_save",
]
