from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

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
