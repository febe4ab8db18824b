"""The module map of docs/architecture.md, written from the code as it is.

`python -m tools.architecture` prints it; `--write` puts it in docs/architecture.md between
its markers. tests/test_architecture.py fails when the document and the code differ, so
the map cannot go stale: each module with the first sentence of its docstring, and the
modules of the game it imports at its top level.
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
BEGIN = "<!-- module map: written by `python -m tools.architecture --write`; do not edit -->"
END = "<!-- end of module map -->"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def summary(tree: ast.Module) -> str:
    """The docstring's first sentence, on one line."""
    doc = ast.get_docstring(tree) or ""
    first = " ".join(doc.split("\n\n")[0].split())
    end = first.find(". ")
    return first if end < 0 else first[:end + 1]


def game_imports(tree: ast.Module, known: set[str]) -> list[str]:
    """The game modules imported at the top level (not inside functions or TYPE_CHECKING)."""
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in known else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return sorted(m for m in found if m in known)


def module_map() -> str:
    paths = sorted(p for p in (ROOT / "game").rglob("*.py") if "__pycache__" not in p.parts)
    trees = {module_name(p): ast.parse(p.read_text(encoding="utf-8")) for p in paths}
    known = set(trees)
    lines = [BEGIN, "", "| module | holds | imports from the game |", "| --- | --- | --- |"]
    for name, tree in trees.items():
        short = [m.removeprefix("game.") for m in game_imports(tree, known) if m != name]
        holds = summary(tree).replace("|", "\\|")
        lines.append(f"| `{name}` | {holds} | {', '.join(short)} |")
    lines += ["", END]
    return "\n".join(lines)


def current_map(text: str) -> str:
    start, end = text.find(BEGIN), text.find(END)
    return text[start:end + len(END)] if 0 <= start < end else ""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update docs/architecture.md")
    args = parser.parse_args(argv)
    generated = module_map()
    if not args.write:
        print(generated)
        return
    text = DOC.read_text(encoding="utf-8")
    old = current_map(text)
    text = text.replace(old, generated) if old else text.rstrip() + "\n\n" + generated + "\n"
    DOC.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
