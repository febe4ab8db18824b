"""tools/balance.py: which roads an agency can take, and the balance rules it rules on."""

from __future__ import annotations

from game import paths
from game.scenario import load_scenario
from tools.balance import Row, closed_roads, problems


def test_a_documented_refusal_or_bar_closes_a_road() -> None:
    scenario = load_scenario(paths.SCENARIOS_DIR / "moon_2021.yaml")
    assert closed_roads(scenario, "roscosmos") == {"artemis"}  # Rogozin's turn away
    assert closed_roads(scenario, "nasa") == {"ilrs"}  # the 2011 bar: CNSA founded it
    assert closed_roads(scenario, "esa") == set()


def _rows(ilrs: float, artemis: float, alone: float, alone_rank: float = 3.0) -> list[Row]:
    return [Row("s", "esa", True, "ilrs", 10, 0.3, 2.0, ilrs),
            Row("s", "esa", True, "artemis", 10, 0.3, 2.0, artemis),
            Row("s", "esa", True, "independent", 10, 0.1, alone_rank, alone)]


def test_balanced_roads_break_no_rule() -> None:
    assert problems(_rows(100, 110, 96)) == []


def test_a_road_more_than_fifteen_percent_ahead_is_named() -> None:
    (found,) = problems(_rows(100, 120, 96))
    assert "artemis (120.0)" in found and "independent (96.0)" in found  # highest, lowest


def test_an_easier_independent_road_is_named() -> None:
    assert any("independent road is not the harder" in p for p in problems(_rows(100, 105, 101)))
    assert any("independent road is not the harder" in p
               for p in problems(_rows(100, 105, 96, alone_rank=1.5)))
