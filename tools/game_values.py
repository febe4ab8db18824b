"""The `game:` table of docs/scenario-authoring.md, written from `Tuning` and its docs.

    python -m tools.game_values --write

Every game value a scenario may set is a field of `game.core.rules.Tuning`, described in
`game.core.tuning_docs`; the table between the two markers in the guide is rebuilt from
them, so a new field or a changed default cannot leave the guide behind (a test checks).
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from game.core.rules import Tuning
from game.core.tuning_docs import SHARES, tuning_doc

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "scenario-authoring.md"
START = "<!-- game values: python -m tools.game_values --write -->"
END = "<!-- end of game values -->"


def shown(value: object) -> str:
    if isinstance(value, tuple):
        return "{" + ", ".join(f"{k}: {n}" for k, n in value) + "}"
    return str(value)


def table() -> str:
    rows = ["| key | default | meaning |", "| --- | --- | --- |"]
    defaults = Tuning()
    for f in dataclasses.fields(Tuning):
        doc = tuning_doc(f) + (" (0 to 1)" if f.name in SHARES else "")
        rows.append(f"| `{f.name}` | `{shown(getattr(defaults, f.name))}` | {doc} |")
    return "\n".join(rows)


def rewritten(text: str) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    text = GUIDE.read_text(encoding="utf-8")
    new = rewritten(text)
    if "--write" in argv:
        GUIDE.write_text(new, encoding="utf-8")
        return 0
    print(table())
    return 0 if new == text else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
