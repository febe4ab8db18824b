"""The English a translated text was translated from, kept beside the translation.

Pupils judge sources, so a statement the game shows in French, Russian or Chinese must say
that it is a translation and keep the English of the report one hover or click away (the
screens: game/translation_marks.py; the reports: game/headless/report_sources.py). When a
companion's translations are applied (companions.localised, activity_companions.localised)
`stamp` records on each model which of its texts were replaced and what they said in
English; `original_of` reads it back. Texts a translation left unchanged have no original.

Pure: no files, no pygame, no translation catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel


def stamp(root: BaseModel, english: Mapping[str, str], translated: Mapping[str, str],
          ids: bool = False) -> None:
    """On the models under `root`, keep the English of every key `translated` changed.

    Keys are dotted paths (`events.memorandum.choices.0.text`). With `ids`, a list is
    entered by the `id` of its entries rather than by position (the activity's keys)."""
    for key, text in translated.items():
        original = english.get(key)
        if original is None or original == text:
            continue
        found = _owner(root, key.split("."), ids)
        if found is not None:
            owner, rest = found
            kept: dict[str, str] | None = getattr(owner, "_originals", None)
            if kept is not None:  # every scenario and activity model has one
                kept[rest] = original


def _owner(root: BaseModel, parts: list[str], ids: bool) -> tuple[BaseModel, str] | None:
    """The deepest model on the path, and the rest of the path from it (`text`)."""
    node: Any = root
    owner: tuple[BaseModel, str] | None = None
    for n, part in enumerate(parts):
        if isinstance(node, BaseModel):
            owner = (node, ".".join(parts[n:]))
            node = getattr(node, part, None)
        elif isinstance(node, list):
            node = _entry(node, part, ids)
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            break
        if node is None:
            return None
    if isinstance(node, BaseModel):
        return None  # a key names a text, never a whole model
    return owner


def _entry(items: list[Any], part: str, ids: bool) -> Any:
    """An entry by its id (`ids`, for entries that have one), else by its position."""
    if ids and items and hasattr(items[0], "id"):
        return next((item for item in items if getattr(item, "id", None) == part), None)
    return items[int(part)] if part.isdigit() and int(part) < len(items) else None


def original_of(model: BaseModel, field: str = "text") -> str | None:
    """The English `model.field` held before it was translated; None when it is not a
    translation (the game in English, or a text the companion does not translate)."""
    originals: dict[str, str] | None = getattr(model, "_originals", None)
    return None if originals is None else originals.get(field)


def originals(model: BaseModel) -> dict[str, str]:
    """Every translated field of `model` with its English (a copy)."""
    return dict(getattr(model, "_originals", None) or {})
