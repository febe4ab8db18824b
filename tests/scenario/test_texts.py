"""The keys of a scenario's translatable texts: every player-facing text, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.scenario import load_scenario
from game.scenario.texts import texts, with_texts
from tests.scenario.conftest import MINIMAL

SHIPPED = sorted(p for p in (Path(__file__).parents[2] / "scenarios").glob("*.yaml")
                 if p.name.count(".") == 1)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_scenario_has_its_texts_keyed_and_they_round_trip(path: Path) -> None:
    scenario = load_scenario(path)
    found = texts(scenario)
    assert found["scenario.title"] == scenario.scenario.title
    assert found["scenario.summary"] == scenario.scenario.summary
    for aid, agency in scenario.agencies.items():
        assert found[f"agencies.{aid}.name"] == agency.name
    for eid, event in scenario.events.items():
        assert found[f"events.{eid}.text"] == event.text
        for i, choice in enumerate(event.choices):
            assert found[f"events.{eid}.choices.{i}.text"] == choice.text
    for i, entry in enumerate(scenario.history):
        assert found[f"history.{i}.text"] == entry.text
    assert with_texts(scenario, found) == scenario


def test_ids_claims_sources_dates_and_game_values_are_never_texts() -> None:
    scenario = load_scenario(MINIMAL)
    keys = set(texts(scenario))
    assert not [k for k in keys if k.startswith("sources.")]
    assert not [k for k in keys if k.endswith((".claim", ".date", ".sources", ".status"))]
    assert not [k for k in keys if ".game." in k and ".steps." not in k]
    assert "milestones.orbiter.game.steps.0.name" in keys  # a step's name is read on screen


def test_a_replaced_text_changes_only_that_text() -> None:
    scenario = load_scenario(MINIMAL)
    changed = with_texts(scenario, {"events.signing.title": "Mémorandum signé",
                                    "history.1.when": "d'ici 2030"})
    assert changed.events["signing"].title == "Mémorandum signé"
    assert changed.history[1].when == "d'ici 2030"
    assert changed.events["signing"].date == scenario.events["signing"].date
    assert changed.milestones == scenario.milestones
