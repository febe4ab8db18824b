"""Version 1 scenario files read as version 2 (game/scenario/migrate.py): the keys that moved,
the file's positions kept for every error, and the shipped campaign's version 1 form playing
as its version 2 form."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from game.paths import DEFAULT_SCENARIO
from game.scenario import load_scenario
from game.scenario.loader import check_file, check_file_version
from game.scenario.migrate import migrated
from tests.scenario.conftest import FIXTURES

V1_CAMPAIGN = FIXTURES / "valid" / "format_1_moon_2021.yaml"

V1 = {
    "format_version": 1,
    "scenario": {"id": "x", "victory_milestone": "landing"},
    "blocs": {"ilrs": {"name": "ILRS", "open_to_all": True, "exclusive_with": ["artemis"],
                       "shares": ["orbiter"], "game": {"cost_share": 0.3}}},
}


def codes(path: Path) -> list[tuple[str, int, int]]:
    return [(p.code, p.line, p.col) for p in check_file(path)[1]]


def test_a_version_1_document_has_victory_and_the_bloc_rules_under_game() -> None:
    assert migrated(V1) == {
        "format_version": 2,
        "scenario": {"id": "x"},
        "blocs": {"ilrs": {"name": "ILRS", "game": {
            "open_to_all": True, "exclusive_with": ["artemis"], "shares": ["orbiter"],
            "cost_share": 0.3}}},
        "game": {"victory": {"milestone": "landing"}},
    }


def test_migrating_leaves_the_given_document_as_it_was() -> None:
    before = copy.deepcopy(V1)
    migrated(V1)
    assert before == V1


def test_a_version_2_document_is_returned_as_it_is() -> None:
    current = migrated(V1)
    assert migrated(current) is current


def test_the_version_1_campaign_plays_as_the_shipped_version_2_campaign() -> None:
    scenario, problems, older = check_file_version(V1_CAMPAIGN)
    assert problems == [] and older == 1
    assert scenario == load_scenario(DEFAULT_SCENARIO)
    shipped = yaml.safe_load(DEFAULT_SCENARIO.read_text(encoding="utf-8"))
    assert migrated(yaml.safe_load(V1_CAMPAIGN.read_text(encoding="utf-8"))) == shipped


def test_an_error_in_a_moved_bloc_key_is_reported_at_its_place_in_the_version_1_file(
        variant) -> None:
    path = variant(("    open_to_all: true\n", "    open_to_all: true\n    shares: [orbitr]\n"))
    found = check_file(path)[1]
    assert [(p.code, p.line, p.col) for p in found] == [("E-REF", 37, 14)]
    assert "did you mean 'orbiter'?" in found[0].message


def test_an_error_in_the_victory_milestone_is_reported_at_its_version_1_line(variant) -> None:
    path = variant(("  turn_months: 6\n", "  turn_months: 6\n  victory_milestone: landr\n"))
    assert codes(path) == [("E-REF", 11, 22)]


def test_a_wrong_open_to_all_is_reported_at_its_version_1_value(variant) -> None:
    path = variant(("    open_to_all: true\n", "    open_to_all: maybe\n"))
    assert codes(path) == [("E-TYPE", 36, 18)]


def test_a_bloc_without_game_points_at_the_bloc_not_at_the_top(variant) -> None:
    path = variant(("    game:\n      cost_share: 0.3\n      dues_per_turn: 10\n", ""))
    found = codes(path)
    assert found and all(line >= 31 for _, line, _ in found), found


def test_a_version_2_file_with_a_version_1_key_is_told_where_the_key_went(variant) -> None:
    path = variant(("format_version: 1\n", "format_version: 2\n"))
    found = check_file(path)[1]
    # the key where version 1 had it, and the bloc's game: that now lacks it
    assert [(p.code, p.line) for p in found] == [("E-UNKNOWN-KEY", 36), ("E-MISSING", 38)]
    assert "in format_version 2 a bloc's open_to_all is written under its game:" in \
        found[0].message


def test_a_file_without_a_version_is_told_so_alone(variant) -> None:
    path = variant(("format_version: 1\n", ""))
    assert [code for code, _, _ in codes(path)] == ["E-VERSION"]


def test_facts_lists_the_bloc_rules_and_the_victory_as_game_rules(variant) -> None:
    from game.scenario.facts import statements

    path = variant(("    open_to_all: true\n",
                    "    open_to_all: true\n    shares: [orbiter]\n"),
                   ("  turn_months: 6\n", "  turn_months: 6\n  victory_milestone: lander\n"))
    rows = {row["where"]: row for row in statements(load_scenario(path))}
    for where in ("blocs.ilrs.game.open_to_all", "blocs.ilrs.game.shares",
                  "blocs.ilrs.game.exclusive_with", "game.victory"):
        assert rows[where]["claim"] == "game_rule" and rows[where]["sources"] == [], where
    assert rows["blocs.ilrs.game.open_to_all"]["text"].endswith(
        "ILRS open to every agency that asks: yes")
    assert rows["blocs.ilrs.game.shares"]["text"].endswith(
        "ILRS what one member's success makes usable by all members: orbiter")
    assert rows["game.victory"]["text"].endswith(
        "victory: the game ends when any agency achieves 'Robotic lander'; the highest total "
        "wins")
