"""Limits of the format: the largest scenario they allow validates, plays and saves."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.headless.common import play_game
from game.saves.games import load_game, save_game
from game.scenario import check_file, limits
from tests.fixtures.largest import FIRST_AGENCY, write_largest_scenario


def test_the_largest_scenario_fits_in_the_largest_file(tmp_path: Path) -> None:
    path = write_largest_scenario(tmp_path / "largest.yaml")
    assert limits.MAX_FILE_BYTES * 0.9 < path.stat().st_size <= limits.MAX_FILE_BYTES


def test_the_largest_scenario_validates_without_any_problem(tmp_path: Path) -> None:
    scenario, problems = check_file(write_largest_scenario(tmp_path / "largest.yaml"))
    assert problems == []
    assert scenario is not None
    assert len(scenario.milestones) == limits.MAX_MILESTONES
    assert len(scenario.events) == limits.MAX_EVENTS
    assert len(scenario.agencies) == limits.MAX_AGENCIES
    assert len(scenario.blocs) == limits.MAX_BLOCS
    assert max(len(m.description) for m in scenario.milestones.values()) \
        == limits.MAX_TEXT_CHARS
    assert max(len(m.name) for m in scenario.milestones.values()) == limits.MAX_NAME_CHARS
    assert {len(a.short) for a in scenario.agencies.values()} == {limits.MAX_SHORT_CHARS}
    assert {len(b.short) for b in scenario.blocs.values()} == {limits.MAX_SHORT_CHARS}


def test_the_largest_scenario_writes_its_chain_last_milestone_first(tmp_path: Path) -> None:
    scenario, _ = check_file(write_largest_scenario(tmp_path / "largest.yaml"))
    assert scenario is not None
    ids = list(scenario.milestones)
    assert ids == sorted(ids, reverse=True)
    assert all(ids[i + 1] in scenario.milestones[mid].requires
               for i, mid in enumerate(ids[:-1]))


def test_the_largest_scenario_plays_a_whole_game_and_its_save_loads_again(
        tmp_path: Path) -> None:
    path = write_largest_scenario(tmp_path / "largest.yaml")
    scenario, _ = check_file(path)
    assert scenario is not None
    game = play_game(scenario, seed=5, agency=FIRST_AGENCY, strategy="ilrs")
    assert game.engine.is_over
    assert game.engine.state.turn_count == limits.MAX_TURNS
    save = tmp_path / "largest.json"
    save_game(save, game.engine, path, "largest")
    loaded = load_game(save, folders=[tmp_path])
    assert loaded.engine.state.turn == game.engine.state.turn


def _entries(template: str, count: int) -> str:
    return "".join(template.format(i=i) for i in range(count))


_MILESTONE = "  extra{i}: {{name: x, track: programme, game: {{cost: 1, min_turns: 1}}}}\n"
_EVENT = "  extra{i}: {{title: t, text: t, kind: random, claim: framing, sources: [seed_000]}}\n"
_AGENCY = ("  extra{i}: {{name: x, short: x, country: x, "
           "game: {{budget_per_year: 1, support: 1}}}}\n")
_BLOC = ("  extra{i}: {{name: x, short: x, founders: [cnsa], lead: cnsa, open_to_all: true, "
         "game: {{cost_share: 0.1, dues_per_turn: 1}}}}\n")

# limit broken -> (edit of the minimal scenario, line and column of the one E-LIMIT)
OVER = {
    "a name": (('  title: "Minimal"\n', f'  title: "{"n" * (limits.MAX_NAME_CHARS + 1)}"\n'),
               6, 10),
    "an agency's short label": (("    short: CNSA\n",
                                 f"    short: {'S' * (limits.MAX_SHORT_CHARS + 1)}\n"), 24, 12),
    "a bloc's short label": (("    short: ILRS\n",
                              f"    short: {'S' * (limits.MAX_SHORT_CHARS + 1)}\n"), 33, 12),
    "a text": (("    requires: [orbiter]\n",
                f"    requires: [orbiter]\n    description: {'d' * (limits.MAX_TEXT_CHARS + 1)}\n"),
               53, 18),
    "milestones": (("events:\n", _entries(_MILESTONE, limits.MAX_MILESTONES - 1) + "events:\n"),
                   58 + limits.MAX_MILESTONES - 2, 3),
    "events": (("history:\n", _entries(_EVENT, limits.MAX_EVENTS - 0) + "history:\n"),
               70 + limits.MAX_EVENTS - 1, 3),
    "agencies": (("blocs:\n", _entries(_AGENCY, limits.MAX_AGENCIES) + "blocs:\n"),
                 30 + limits.MAX_AGENCIES - 1, 3),
    "blocs": (("milestones:\n", _entries(_BLOC, limits.MAX_BLOCS) + "milestones:\n"),
              40 + limits.MAX_BLOCS - 1, 3),
    "a list": (('  summary: "A test scenario."\n',
                '  summary: "A test scenario."\n  learning_goals: ['
                + ", ".join(["g"] * (limits.MAX_LIST + 1)) + "]\n"),
               12, 20 + 3 * limits.MAX_LIST),
    "the span": (("  end: 2030-12\n", f"  end: {2021 + limits.MAX_SPAN_YEARS}-03\n"), 9, 8),
    "the turns": (("  end: 2030-12\n  turn_months: 6\n", "  end: 2040-12\n  turn_months: 1\n"),
                  10, 16),
    "an amount of money": (("      budget_per_year: 1000\n",
                            f"      budget_per_year: {limits.MAX_MONEY + 1}\n"), 28, 24),
    "an effect's amount": (("{effect: support, amount: 5}",
                            f"{{effect: money, amount: -{limits.MAX_MONEY + 1}}}"), 69, 33),
    "the smallest cost": (("      cost: 800\n", "      cost: 0\n"), 54, 13),
}


@pytest.mark.parametrize("limit", sorted(OVER))
def test_going_over_a_limit_is_one_error_naming_the_limit_where_to_cut(
        variant, limit: str) -> None:
    edit, line, col = OVER[limit]
    scenario, problems = check_file(variant(edit))
    assert scenario is None
    errors = [p for p in problems if p.severity == "error"]
    assert [(p.code, p.line, p.col) for p in errors] == [("E-LIMIT", line, col)]


def test_a_cost_of_zero_says_a_cost_is_at_least_one(variant) -> None:
    _, problems = check_file(variant(("      cost: 800\n", "      cost: 0\n")))
    assert "a cost is at least 1" in problems[0].message


def test_a_long_short_label_is_named_a_short_label_and_told_to_shorten(variant) -> None:
    over = limits.MAX_SHORT_CHARS + 1
    _, problems = check_file(variant(("    short: CNSA\n", f"    short: {'S' * over}\n")))
    assert [p.message for p in problems] == [
        f"agencies.cnsa.short is {over} characters long, but a short label may have at most "
        f"{limits.MAX_SHORT_CHARS}: shorten it"]


def test_the_limit_and_its_fix_are_named_in_the_message(variant) -> None:
    _, problems = check_file(variant(("  end: 2030-12\n  turn_months: 6\n",
                                      "  end: 2040-12\n  turn_months: 1\n")))
    assert f"at most {limits.MAX_TURNS}" in problems[0].message
    assert "make turn_months 2 or more" in problems[0].message


def test_every_limit_broken_is_reported_together_with_every_other_error(variant) -> None:
    path = variant(*(OVER[name][0] for name in ("a name", "milestones", "the smallest cost",
                                                "an amount of money")),
                   ("      support: 60\n", "      support: lots\n"))
    _, problems = check_file(path)
    assert sorted(p.code for p in problems) == ["E-LIMIT"] * 4 + ["E-TYPE"]


def test_a_record_s_fields_are_not_counted_as_entries(variant) -> None:
    extra = "".join(f"  note_{i}: x\n" for i in range(limits.MAX_LIST + 1))
    _, problems = check_file(variant(('  summary: "A test scenario."\n',
                                      '  summary: "A test scenario."\n' + extra)))
    assert {p.code for p in problems} == {"E-UNKNOWN-KEY"}
