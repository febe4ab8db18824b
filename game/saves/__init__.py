"""Save files: written atomically, read defensively, never half a game.

    write_save(path, envelope)            temp file, flush, fsync, rename: all or nothing
    read_save(path) -> SaveEnvelope       or SaveError with a one-line reason
    SaveSlots(folder)                     named slots, autosaves (last five), newest

The names are looked up on first use (PEP 562): `game.saves.atomic`, which the settings
and the start-up sweep need, must not pay for the envelope's pydantic models before the
title screen shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game import lazy

if TYPE_CHECKING:
    from game.saves.atomic import atomic_write_text
    from game.saves.envelope import (
        SAVE_VERSION,
        SaveEnvelope,
        ScenarioStamp,
        read_save,
        write_save,
    )
    from game.saves.errors import SaveError
    from game.saves.slots import SaveSlots, SlotInfo

# public name -> the submodule that defines it
_HOMES = {
    "SAVE_VERSION": "envelope",
    "SaveEnvelope": "envelope",
    "SaveError": "errors",
    "SaveSlots": "slots",
    "ScenarioStamp": "envelope",
    "SlotInfo": "slots",
    "atomic_write_text": "atomic",
    "read_save": "envelope",
    "write_save": "envelope",
}

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


__getattr__, __dir__ = lazy.exports(__name__, _HOMES)
