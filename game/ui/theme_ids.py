"""A faster key for pygame_gui's theme-id cache, so building a screen of ~100 widgets is cheap.

Every widget pygame_gui makes asks its theme for the "combined ids" of its place in the
widget tree. pygame_gui 0.6.14 caches the answer, but builds the cache key with nested
`str.join` over the repr of four lists, which grows with the nesting depth and made up
~17% of a turn-screen rebuild. The answer depends only on those four lists and the cache
is never cleared, so memoising on a tuple of them returns the very same list objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pygame_gui

_MARK = "_moonward_fast_ids"

# The id lists pygame_gui passes (element ids are never None; the others may hold None).
Ids = list[str | None] | None
Key = tuple[str | None, ...] | None


def _key(ids: Sequence[str | None] | None) -> Key:
    return None if ids is None else tuple(ids)


def speed_up(manager: pygame_gui.UIManager) -> None:
    """Memoise `build_all_combined_ids` on `manager`'s theme (once per theme)."""
    theme = manager.get_theme()
    if getattr(theme, _MARK, False):
        return
    original = theme.build_all_combined_ids
    memo: dict[tuple[Key, Key, Key, Key], list[str]] = {}

    def build_all_combined_ids(element_base_ids: Ids, element_ids: list[str] | None,
                               class_ids: Ids, object_ids: Ids) -> list[str]:
        key = (_key(element_base_ids), _key(element_ids), _key(class_ids), _key(object_ids))
        found = memo.get(key)
        if found is None:
            found = memo[key] = original(element_base_ids, element_ids, class_ids, object_ids)
        return found

    # Replaced on this theme object only, on purpose: setattr says so to the type checker.
    setattr(theme, "build_all_combined_ids", build_all_combined_ids)  # noqa: B010
    setattr(theme, _MARK, True)
