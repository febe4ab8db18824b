from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "game" / "core"


def test_importing_the_core_pulls_in_no_pygame() -> None:
    code = ("import sys, game.core.engine, game.core.policies, game.core.save, "
            "game.core.history; sys.exit('pygame' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_no_core_module_imports_random_or_pygame() -> None:
    for path in CORE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                assert name.split(".")[0] not in ("random", "pygame", "pygame_gui"), path


def test_the_core_never_touches_numpy_global_random_state() -> None:
    for path in CORE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for banned in ("np.random.seed", "np.random.rand", "np.random.random(",
                       "np.random.randint", "np.random.default_rng"):
            assert banned not in text, f"{path.name} uses {banned}"


# The modules that choose words in the player's language. The core writes records
# (game/core/records.py) and leaves words to whoever shows them, so that a save is the same
# bytes in every language; a core module that imported one of these could write a sentence
# into the state.
WORDS = ("game.i18n", "game.messages", "game.dates")


def _imported(node: ast.AST) -> list[str]:
    """The modules an import statement brings in, `from game import i18n` as game.i18n."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        if node.level:  # relative: from the core, `..` is the game package
            base = ".".join(["game", "core"][:max(0, 3 - node.level)])
            module = f"{base}.{node.module}" if node.module else base
        else:
            module = node.module or ""
        return [module, *(f"{module}.{alias.name}" for alias in node.names)]
    return []


def _calls_tr(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "tr") or (
        isinstance(func, ast.Attribute) and func.attr == "tr")


def words_in(source: str) -> list[str]:
    """What in `source` (a module's text) would give the core words: an import of a words
    module, or a call of tr(...)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        found += [f"imports {name}" for name in _imported(node)
                  if any(name == w or name.startswith(f"{w}.") for w in WORDS)]
        if _calls_tr(node):
            found.append(f"calls tr() on line {node.lineno}")  # type: ignore[attr-defined]
    return found


def test_no_core_module_imports_the_words_or_calls_tr() -> None:
    found = {path.name: words_in(path.read_text(encoding="utf-8"))
             for path in sorted(CORE.glob("*.py"))}
    assert {name: what for name, what in found.items() if what} == {}


@pytest.mark.parametrize("source", [
    "import game.i18n",
    "from game.i18n import tr",
    "from game import i18n",
    "from game import messages as m",
    "from game.dates import turn_label",
    "from .. import i18n",
    "from ..i18n import tr",
    "def f():\n    from game.i18n import tr as say\n",
    "text = tr('{a} joins {b}', a=1, b=2)",
    "text = i18n.tr('hello')",
])
def test_the_words_check_sees_every_way_a_module_could_get_words(source: str) -> None:
    assert words_in(source), source


def test_the_words_check_leaves_records_and_mentions_alone() -> None:
    source = ('"""Words are chosen with tr() where they are shown."""\n'
              "from game.core.records import message\n"
              "note = message('{a} joins {b}')  # not tr(...): a record\n"
              "import game.core.calendar\n")
    assert words_in(source) == []
