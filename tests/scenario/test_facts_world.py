"""facts --json lists the format 2 game values of a scenario's world (budget changes,
per-milestone failure costs, bonuses, milestones reserved for agencies) and every history
entry with its status, failed and cancelled ones included; a newspaper cited with no seed
file is cited by its outlet, date and reference."""

from __future__ import annotations

from typing import Any

import pytest

from game.paths import ROOT
from game.scenario import load_scenario
from game.scenario.facts import statements

FIXTURE = ROOT / "tests" / "fixtures" / "valid" / "history_budgets_bonuses.yaml"


@pytest.fixture(scope="module")
def rows() -> dict[str, dict[str, Any]]:
    return {row["where"]: row for row in statements(load_scenario(FIXTURE))}


def test_budget_changes_are_game_values_with_their_dates(rows: dict[str, Any]) -> None:
    row = rows["agencies.rosc.game.budget_changes[1]"]
    assert row["game_value"] and row["value"] == 300
    assert row["text"] == ("Game value (not from the sources): ROS budget per year from "
                           "2025-06 = 300 million")


def test_a_milestone_s_own_failure_costs_are_game_values(rows: dict[str, Any]) -> None:
    assert rows["milestones.orbiter.game.failure_cost"]["value"] == 0.5
    assert rows["milestones.orbiter.game.failure_support"]["value"] == 9
    assert "milestones.lander.game.failure_cost" not in rows  # unset: the section's figure


def test_bonuses_are_game_values_and_a_reserved_milestone_a_game_rule(
        rows: dict[str, Any]) -> None:
    bonus = rows["game.bonuses[1]"]
    assert bonus["game_value"] and bonus["value"] == 5
    assert "first agency only" in bonus["text"] and "(prestige)" in bonus["text"]
    reserved = rows["milestones.lander.agencies"]
    assert reserved["claim"] == "game_rule"
    assert reserved["text"].endswith("Robotic lander reserved: only CNSA may pursue it")


def test_failed_and_cancelled_history_are_statements_with_their_status(
        rows: dict[str, Any]) -> None:
    failed, cancelled = rows["history[0]"], rows["history[1]"]
    assert (failed["status"], cancelled["status"]) == ("failed", "cancelled")
    assert failed["text"].startswith("[failed] ") and not failed["game_value"]


def test_a_newspaper_without_a_seed_is_cited_by_outlet_date_and_reference(
        rows: dict[str, Any]) -> None:
    row = rows["history[0]"]
    assert row["seeds"] == []
    assert row["citation"] == ("\u201cLuna-25 crashes into the Moon\u201d, The Daily Example, "
                               "20 Aug 2023 (The Daily Example, 20 August 2023, p. 3)")
