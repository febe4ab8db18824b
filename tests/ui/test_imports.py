"""The UI has no import circle: read from the source with `ast`, nothing is imported.

- A scene module (one that defines a Scene) never imports another scene module, the
  controller (game.ui.flow) or the app: it asks for the next screen with `Scene.go`.
  Type-only imports of the app (under TYPE_CHECKING) are allowed: `self.app` is typed.
- The modules of game/ui import each other without a cycle. Every import that runs
  counts, at the top or inside a function; only imports under TYPE_CHECKING do not.
- An import of the game's own modules inside a function says why it is there (a comment
  on the line or just above it): once the circle made dozens of them necessary.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import game

UI = Path(game.__file__).parent / "ui"
CONTROLLER = "game.ui.flow"
APP = "game.ui.app"


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # a game.ui module it imports
    line: int
    in_function: bool
    type_only: bool


def module_name(path: Path) -> str:
    parts = path.relative_to(UI.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES: dict[str, Path] = {module_name(p): p for p in sorted(UI.rglob("*.py"))}


def _targets(node: ast.Import | ast.ImportFrom, module: str) -> list[str]:
    """The game.ui modules an import statement loads (a package's own name included)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:  # relative: from the importing module's own package, then up
            package = module.split(".")
            if MODULES[module].name != "__init__.py":
                package = package[:-1]
            package = package[:len(package) - node.level + 1]
            base = ".".join([*package, *([base] if base else [])])
        names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
    found = []
    for name in names:
        parts = name.split(".")
        # `import game.ui.scenes.title` runs game.ui.scenes too
        found += [".".join(parts[:n]) for n in range(1, len(parts) + 1)
                  if ".".join(parts[:n]) in MODULES]
    return sorted(set(found) - {module})


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def imports(module: str) -> list[Import]:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: list[Import] = []

    def walk(node: ast.AST, in_function: bool, type_only: bool) -> None:
        for child in ast.iter_child_nodes(node):
            function = in_function or isinstance(child, (ast.FunctionDef,
                                                         ast.AsyncFunctionDef, ast.Lambda))
            typing = type_only or (isinstance(child, ast.If) and _is_type_checking(child))
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found.extend(Import(module, target, child.lineno, function, typing)
                             for target in _targets(child, module))
            walk(child, function, typing)

    walk(tree, False, False)
    return found


def scene_modules() -> set[str]:
    """Modules that define a class deriving from Scene (directly or through another)."""
    scenes: set[str] = set()
    for module, path in MODULES.items():
        if module == "game.ui.scene":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                    ast.unparse(base).split(".")[-1].endswith("Scene") for base in node.bases):
                scenes.add(module)
    return scenes


def runtime_graph() -> dict[str, set[str]]:
    return {module: {i.target for i in imports(module) if not i.type_only}
            for module in MODULES}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            part = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                part.append(top)
                if top == node:
                    break
            if len(part) > 1 or node in graph.get(node, ()):
                found.append(sorted(part))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_checker_sees_the_scenes_and_finds_a_cycle() -> None:
    # guards against a test that passes because it reads nothing
    scenes = scene_modules()
    assert {"game.ui.scenes.title", "game.ui.scenes.dashboard",
            "game.ui.scenes.pause"} <= scenes
    assert "game.ui.scenes.menu_parts" not in scenes
    assert any(i.target == "game.ui.scene" for i in imports("game.ui.scenes.title"))
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_scene_imports_another_scene_the_controller_or_the_app() -> None:
    scenes = scene_modules()
    wrong = []
    for module in sorted(scenes):
        for i in imports(module):
            other_scene = i.target in scenes
            controller = i.target == CONTROLLER
            app = i.target == APP and not i.type_only
            if other_scene or controller or app:
                wrong.append(f"{module}:{i.line} imports {i.target}")
    assert wrong == []


def test_the_ui_modules_import_each_other_without_a_cycle() -> None:
    assert cycles(runtime_graph()) == []


def test_an_import_inside_a_function_says_why() -> None:
    unexplained = []
    for module, path in MODULES.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        tree = ast.parse("\n".join(lines))
        for node in ast.walk(tree):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for inner in ast.walk(node):
                if not isinstance(inner, (ast.Import, ast.ImportFrom)):
                    continue
                name = inner.module if isinstance(inner, ast.ImportFrom) else \
                    inner.names[0].name
                if not (name or "").startswith("game"):
                    continue
                here = lines[inner.lineno - 1]
                above = [line.strip() for line in lines[:inner.lineno - 1]][-3:]
                if "#" not in here and not any(line.startswith("#") for line in above):
                    unexplained.append(f"{module}:{inner.lineno} {here.strip()}")
    assert sorted(set(unexplained)) == []
