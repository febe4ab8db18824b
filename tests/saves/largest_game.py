"""The largest game the scenario limits allow, for measuring what its save weighs.

A copy of moon_2021 grown to every limit that makes a save larger: MAX_TURNS turns,
MAX_AGENCIES agencies with long names, MAX_MILESTONES milestones, MAX_EVENTS events that
fire every turn, and four hot-seat teams that fund every milestone they can each turn.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from game.core.commands import Allocate, EndTurn
from game.core.engine import Engine
from game.core.policies import play_turn
from game.paths import SCENARIOS_DIR
from game.scenario import Scenario, load_scenario
from game.scenario.limits import (
    MAX_AGENCIES,
    MAX_EVENTS,
    MAX_MILESTONES,
    MAX_NAME_CHARS,
    MAX_TURNS,
)

TEAMS = {"Red team of class 4B, row 1": "esa", "Blue team of class 4B, row": "nasa",
         "Green team of class 4B, row": "jaxa", "Gold team of class 4B, row 4": "csa"}


def _long(text: str, length: int = MAX_NAME_CHARS) -> str:
    return (text + " " + "x" * length)[:length]


def largest_scenario(folder: Path) -> Path:
    data: dict[str, Any] = yaml.safe_load((SCENARIOS_DIR / "moon_2021.yaml").read_text(
        encoding="utf-8"))
    data["scenario"].update(id="largest", start="2001-01", end="2040-12", turn_months=3)
    agencies = data["agencies"]
    model = agencies["brazil"]
    for n in range(MAX_AGENCIES - len(agencies)):
        agencies[f"extra_{n}"] = {**model, "name": _long(f"Extra agency {n}"),
                                  "short": _long(f"Extra {n}", 24)}
    for agency in agencies.values():
        agency["name"] = _long(agency["name"])
    milestones = data["milestones"]
    originals = list(milestones.items())
    for n in range(MAX_MILESTONES - len(originals)):
        mid, spec = originals[n % len(originals)]
        milestones[f"{mid}_{n}"] = dict(spec)
    for spec in milestones.values():
        spec["name"] = _long(spec["name"])
        if spec.get("first"):
            spec["first"] = _long(spec["first"])
    events = data["events"]
    model_event = events["public_enthusiasm"]
    for n in range(MAX_EVENTS - len(events)):
        events[f"extra_event_{n}"] = {**model_event, "title": _long(f"Extra event {n}"),
                                      "when": [], "game": {"chance": 1.0, "repeat": True}}
    path = folder / "largest.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return path


def play_largest_game(scenario: Scenario, clicks: int = 3) -> Engine:
    """Play to the end; each team funds every milestone it may, `clicks` times over (a
    class trying amounts records each try), then lets its policy play and ends its turn."""
    engine = Engine.new(scenario, seed=1, humans=list(TEAMS.values()))
    assert engine.rules.calendar.turn_count == MAX_TURNS
    while not engine.is_over:
        for aid in TEAMS.values():
            for click in range(clicks):
                for mid in engine.rules.milestones:
                    engine.apply(Allocate(aid, mid, 10 + click))
            play_turn(engine, aid, "keep", engine.apply)
            engine.apply(EndTurn(aid))
    return engine


def largest_game(folder: Path) -> tuple[Engine, Path]:
    path = largest_scenario(folder)
    return play_largest_game(load_scenario(path)), path
