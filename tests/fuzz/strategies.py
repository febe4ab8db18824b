"""Ways to break a file: the mutations both fuzz tests (and `make fuzz`) draw from."""

from __future__ import annotations

import os
from typing import Any

from hypothesis import strategies as st

from game.claims import CLAIM_KINDS

# Cases per fuzz test file (split over its two tests). `make test` keeps a fixed slice of
# 200 (a couple of seconds, the same cases every run); `make fuzz` runs 2,000 and then
# thousands more with fresh seeds (MOONWARD_FUZZ_EXAMPLES).
EXAMPLES = int(os.environ.get("MOONWARD_FUZZ_EXAMPLES", "200"))

JUNK_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
    st.text(max_size=20), st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def paths_in(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out += paths_in(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out += paths_in(value, (*prefix, i))
    return out


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


@st.composite
def mutated(draw: st.DrawFn, data: Any) -> Any:
    """Delete, retype, duplicate or rename something somewhere in a copy of `data`."""
    import copy

    data = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in paths_in(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, key = _parent(data, path), path[-1]
        action = draw(st.sampled_from(["delete", "retype", "rename", "duplicate", "reclaim"]))
        if action == "delete":
            del parent[key]
        elif action == "retype":
            parent[key] = draw(JUNK_VALUES)
        elif action == "rename" and isinstance(parent, dict):
            parent[str(key) + draw(st.sampled_from(["x", "_", "s", ""]))] = parent.pop(key)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(parent[key])
        elif action == "reclaim" and key in ("claim", "earliest", "latest"):
            # A well-formed value in the wrong place (a report's statement marked fiction,
            # a span read backwards) reaches the cross-checks that junk never gets past.
            parent[key] = draw(st.sampled_from(CLAIM_KINDS) if key == "claim"
                               else st.integers(2000, 2050))
    return data


@st.composite
def damaged_text(draw: st.DrawFn, text: str) -> bytes:
    """Cut, splice or sprinkle bytes into a file's text."""
    raw = text.encode("utf-8")
    action = draw(st.sampled_from(["truncate", "insert", "flip", "tag", "garbage"]))
    at = draw(st.integers(0, len(raw)))
    if action == "truncate":
        return raw[:at]
    if action == "insert":
        return raw[:at] + draw(st.binary(min_size=1, max_size=8)) + raw[at:]
    if action == "flip" and raw:
        i = min(at, len(raw) - 1)
        return raw[:i] + bytes([raw[i] ^ draw(st.integers(1, 255))]) + raw[i + 1:]
    if action == "tag":
        return raw[:at] + b" !!python/object:os.system " + raw[at:]
    return draw(st.binary(max_size=200))
