"""The score axes' names: one copy, read by the debrief screen, the turn report and the
report file alike."""

from __future__ import annotations

import ast
from pathlib import Path

import game
from game.core.rules import SCORE_AXES
from game.score_axes import CHART_AXES, axis_name

GAME_DIR = Path(game.__file__).parent


def test_every_axis_has_a_name_and_the_total_comes_first() -> None:
    assert ("total", *SCORE_AXES) == CHART_AXES
    assert [axis_name(a) for a in CHART_AXES] == \
        ["Total", "Science", "Prestige", "Cooperation", "Budget health"]


def test_the_report_spells_out_what_the_total_is() -> None:
    assert axis_name("total", spelled_out=True) == "Total (budget-adjusted)"
    assert axis_name("science", spelled_out=True) == "Science"


def test_an_unknown_axis_shows_its_key_rather_than_nothing() -> None:
    assert axis_name("morale") == "morale"


# The Help glossary explains each axis as a word under its own entry, beside Trust and
# Firsts: a term defined, not a name looked up.
GLOSSARY = GAME_DIR / "ui" / "scenes" / "help.py"


def test_no_other_module_keeps_its_own_copy_of_the_names() -> None:
    names = {axis_name(a) for a in CHART_AXES} | {axis_name("total", spelled_out=True)}
    names -= {"Total"}  # a word other screens use for other totals
    copies = []
    for path in GAME_DIR.rglob("*.py"):
        if path.name == "score_axes.py" or path == GLOSSARY:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in names:
                copies.append(f"{path.relative_to(GAME_DIR)}:{node.lineno} {node.value!r}")
    assert copies == []


def test_the_report_table_and_the_debrief_use_the_one_copy() -> None:
    from game.headless import report
    from game.ui.scenes import debrief

    assert not hasattr(report, "AXIS_NAMES")
    assert debrief.axis_name is axis_name
