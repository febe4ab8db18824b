"""The game's one random generator: seeded, and saved with the game."""

from __future__ import annotations

from typing import Any

import numpy as np


def make_rng(seed: int) -> np.random.Generator:
    return np.random.Generator(np.random.PCG64(seed))


def side_rng(*keys: int) -> np.random.Generator:
    """A generator of its own, from whole numbers (a game's seed and more): for draws that
    must not move the game's own generator, such as a policy's (`timetable.game_targets`)."""
    return np.random.Generator(np.random.PCG64(list(keys)))


def rng_state(rng: np.random.Generator) -> dict[str, Any]:
    """JSON-safe state (PCG64's integers are plain Python ints)."""
    return dict(rng.bit_generator.state)


def restore_rng(state: dict[str, Any]) -> np.random.Generator:
    if not isinstance(state, dict) or state.get("bit_generator") != "PCG64":
        raise ValueError("not a PCG64 generator state")
    bit_generator = np.random.PCG64()
    try:
        bit_generator.state = state  # type: ignore[assignment]  # numpy checks it
    except (TypeError, ValueError, OverflowError, KeyError) as error:
        # numpy checks the ranges itself; say it in the save's own terms.
        raise ValueError(f"not a valid PCG64 generator state ({error})") from None
    return np.random.Generator(bit_generator)
