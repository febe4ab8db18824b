"""docs/architecture.md's module map is the code's: it is written by tools/architecture.py,
and this test fails when a module is added, removed, renamed or re-described without it."""

from __future__ import annotations

from tools import architecture


def test_the_module_map_in_the_architecture_document_is_the_codes() -> None:
    document = architecture.DOC.read_text(encoding="utf-8")
    assert architecture.current_map(document) == architecture.module_map(), (
        "docs/architecture.md is stale: run `python -m tools.architecture --write`")


def test_every_game_module_says_what_it_holds() -> None:
    silent = [line.split("`")[1] for line in architecture.module_map().splitlines()
              if line.startswith("| `") and line.split("|")[2].strip() == ""]
    assert silent == [], f"modules without a docstring: {silent}"
