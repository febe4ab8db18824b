"""Moonward: an educational strategy game about the race back to the Moon."""

from __future__ import annotations

__version__ = "0.1.0"
