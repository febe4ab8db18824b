"""Scenario files of an older format, brought to the current one: one step per version, each
a plain function over the parsed document (mappings, lists, scalars).

The loader runs the steps in memory before validation (`migrated`), so a teacher's version 1
file keeps working; each step also says which keys it moved (`Move`), so an error found in
the migrated document is still reported at its line and column in the teacher's file. The
`migrate` command runs the same steps over ruamel.yaml's round-trip document, which keeps
the file's comments (a comment on a moved key goes with it).

Version 1 -> 2: the game rules that sat outside any `game:` move under one.
- `scenario.victory_milestone: X` becomes `game: {victory: {milestone: X}}` (winner: score,
  the meaning it always had);
- a bloc's `open_to_all`, `exclusive_with` and `shares` move to the front of its `game:`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

Path_ = tuple[Any, ...]
CURRENT = 2
BLOC_RULES = ("open_to_all", "exclusive_with", "shares")  # v1 bloc keys now under game:
_NONE = object()  # a key not written at all


@dataclass(frozen=True)
class Move:
    """A key that a step moved: what stood at `old` (in the file) is now at `new`."""

    old: Path_
    new: Path_


def version_of(data: Any) -> Any:
    """The document's format_version as written (None if it has none)."""
    return data.get("format_version") if isinstance(data, dict) else None


def needs_migration(data: Any) -> bool:
    version = version_of(data)
    return isinstance(version, int) and not isinstance(version, bool) and version in STEPS


def written_as_v1(data: Any) -> bool:
    """Whether a document without a format_version this game knows holds keys only version
    1 has: the loader then checks it as version 1 (and says what is wrong with the
    version), rather than report each of those keys as unknown as well."""
    if not isinstance(data, dict) or needs_migration(data) or version_of(data) == CURRENT:
        return False
    info, blocs = data.get("scenario"), data.get("blocs")
    return (isinstance(info, dict) and "victory_milestone" in info) or (
        isinstance(blocs, dict) and any(isinstance(b, dict) and any(k in b for k in BLOC_RULES)
                                        for b in blocs.values()))


def migrated(data: Any) -> Any:
    """The document in the current format (a copy; `data` is left as it was). A document
    of the current version, or of none this game knows, is returned unchanged: validation
    says what is wrong with it. For tests and tools that build a scenario as data."""
    return migrate_with_moves(data)[0]


def migrate_with_moves(data: Any) -> tuple[Any, list[Move]]:
    """The document in the current format, and every key moved on the way (oldest first)."""
    if written_as_v1(data):  # checked as version 1; validation says the version is missing
        data = copy.deepcopy(data)
        written = data.get("format_version", _NONE)
        data["format_version"] = 1
        moves = upgrade_in_place(data, dict)
        if written is _NONE:
            del data["format_version"]
        else:
            data["format_version"] = written
        return data, moves
    if not needs_migration(data):
        return data, []
    data = copy.deepcopy(data)
    return data, upgrade_in_place(data, dict)


def upgrade_in_place(data: MutableMapping[Any, Any],
                     new_map: Callable[[], MutableMapping[Any, Any]]) -> list[Move]:
    """Run every step from the document's version to the current one over `data` itself
    (a plain dict, or ruamel's CommentedMap for the `migrate` command); `new_map` makes a
    mapping of the same kind when a step needs one. Moves, in the current version's paths."""
    moves: list[Move] = []
    while needs_migration(data):
        version = data["format_version"]
        found = STEPS[version](data, new_map)
        # Earlier moves' targets, carried through this step's moves.
        moves = [Move(m.old, _carried(m.new, found)) for m in moves] + found
        data["format_version"] = version + 1
    return moves


def forward_path(path: Path_, moves: list[Move]) -> Path_:
    """Where what the file holds at `path` stands in the migrated document."""
    return _carried(path, moves)


def _carried(path: Path_, moves: list[Move]) -> Path_:
    for move in moves:
        if path[:len(move.old)] == move.old:
            return move.new + path[len(move.old):]
    return path


def _insert(mapping: MutableMapping[Any, Any], position: int, key: Any, value: Any) -> None:
    """Put `key` at `position` in the mapping's order (ruamel's own insert keeps comments)."""
    insert = getattr(mapping, "insert", None)
    if insert is not None:
        insert(position, key, value)
        return
    items = list(mapping.items())
    items.insert(position, (key, value))
    mapping.clear()
    mapping.update(items)


def _move(source: MutableMapping[Any, Any], key: Any, target: MutableMapping[Any, Any],
          position: int, new_key: Any | None = None) -> None:
    """Move `key` of `source` into `target`, with the comment ruamel attached to it."""
    comments = getattr(source, "ca", None)
    comment = comments.items.pop(key, None) if comments is not None else None
    value = source.pop(key)
    new_key = key if new_key is None else new_key
    _insert(target, position, new_key, value)
    if comment is not None and hasattr(target, "ca"):
        target.ca.items[new_key] = comment


def v1_to_v2(data: MutableMapping[Any, Any],
             new_map: Callable[[], MutableMapping[Any, Any]]) -> list[Move]:
    """Version 1 -> 2 over `data` in place: victory under `game:`, a bloc's three game rules
    under its `game:`. What does not have the expected shape is left where it is, for
    validation to report at its place."""
    moves: list[Move] = []
    info = data.get("scenario")
    game = data.get("game")
    if isinstance(info, MutableMapping) and "victory_milestone" in info and (
            game is None or (isinstance(game, MutableMapping) and "victory" not in game)):
        if game is None:
            game = data["game"] = new_map()
        victory = new_map()
        _move(info, "victory_milestone", victory, 0, "milestone")
        _insert(game, 0, "victory", victory)
        moves.append(Move(("scenario", "victory_milestone"), ("game", "victory", "milestone")))
    blocs = data.get("blocs")
    for bid, bloc in (blocs.items() if isinstance(blocs, MutableMapping) else ()):
        if not isinstance(bloc, MutableMapping):
            continue
        keys = [k for k in BLOC_RULES if k in bloc]
        rules = bloc.get("game")
        if not keys or not (rules is None or isinstance(rules, MutableMapping)):
            continue
        if rules is None:
            rules = bloc["game"] = new_map()
        position = 0
        for key in keys:
            if key in rules:  # written both ways: leave it, validation names the stray one
                continue
            _move(bloc, key, rules, position)
            position += 1
            moves.append(Move(("blocs", bid, key), ("blocs", bid, "game", key)))
    return moves


# version -> the step that brings it to the next version
STEPS: dict[int, Callable[[MutableMapping[Any, Any], Callable[[], MutableMapping[Any, Any]]],
                          list[Move]]] = {1: v1_to_v2}
