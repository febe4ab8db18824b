from __future__ import annotations

import json
import os

from game.cli import main
from game.headless.batch import GameRecord, markdown_table, run_games, summarise, usable_cores
from game.paths import DEFAULT_SCENARIO

SCENARIO = str(DEFAULT_SCENARIO)


def test_simulate_json_reports_each_strategy_s_spread_and_win_rate(capsys) -> None:
    code = main(["simulate", "--scenario", SCENARIO, "--runs", "4", "--seed", "1",
                 "--strategy", "all", "--jobs", "1", "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["strategies"]) == {"bloc:ilrs", "bloc:artemis", "independent",
                                         "random"}
    for data in report["strategies"].values():
        assert data["runs"] == 4 and 0 <= data["win_rate"] <= 1
        for axis in ("science", "prestige", "cooperation", "budget_health", "total"):
            stats = data["axes"][axis]
            assert stats["p10"] <= stats["p50"] <= stats["p90"]
            assert stats["std"] >= 0


def test_the_progress_bar_stays_off_stdout_and_off_a_pipe(capsys) -> None:
    main(["simulate", "--scenario", SCENARIO, "--runs", "2", "--strategy", "ilrs", "--jobs", "1",
          "--json"])
    captured = capsys.readouterr()
    json.loads(captured.out)
    assert "[" not in captured.err


def test_the_markdown_table_has_a_row_per_strategy() -> None:
    records = [GameRecord("ilrs", s, {"science": s, "prestige": 1.0, "cooperation": 1.0,
                                      "budget_health": 1.0, "total": 10.0 + s}, 1 + s % 2,
                          s % 2 == 0) for s in range(10)]
    summary = summarise(records, ["ilrs"])
    assert summary["ilrs"]["win_rate"] == 0.5
    table = markdown_table(summary)
    assert table.count("\n") == 2 and "| ilrs | 10 |" in table


def test_worker_processes_give_the_same_games_as_one_process() -> None:
    road = ["bloc:artemis"]
    one = [r for chunk in run_games(SCENARIO, "esa", road, 6, 5, jobs=1) for r in chunk]
    two = [r for chunk in run_games(SCENARIO, "esa", road, 6, 5, jobs=2) for r in chunk]
    assert one == two


def test_results_vary_from_run_to_run_and_nothing_crashes() -> None:
    roads = ["bloc:ilrs", "bloc:artemis", "independent"]
    records = [r for chunk in run_games(SCENARIO, "esa", roads, 40, 100, jobs=1)
               for r in chunk]
    summary = summarise(records, roads)
    for data in summary.values():
        assert data["runs"] == 40
        assert data["axes"]["total"]["std"] > 0


def test_simulate_uses_every_core_it_may_run_on() -> None:
    assert 1 <= usable_cores() <= (os.cpu_count() or 1)


def test_simulate_json_sets_the_rivals_timeline_beside_the_documented_one(capsys) -> None:
    code = main(["simulate", "--scenario", SCENARIO, "--runs", "6", "--seed", "1",
                 "--strategy", "artemis", "--jobs", "1", "--json"])
    assert code == 0
    rows = json.loads(capsys.readouterr().out)["documented_timeline"]
    landing = [r for r in rows if (r["agency"], r["milestone"]) == ("nasa", "crewed_landing")]
    # one row per documented entry: "by the mid-2020s" and "during this decade"
    assert [r["documented"]["when"] for r in landing] == ["by the mid-2020s",
                                                          "during this decade"]
    for row in landing:
        assert row["runs"] == 6 and 0 <= row["achieved_share"] <= 1
        assert row["p10"] <= row["median"] <= row["p90"]
        assert row["documented"]["span_is_game_value"] is True
        assert isinstance(row["within"], bool)
    undated = next(r for r in rows if (r["agency"], r["milestone"]) == ("cnsa", "heavy_launcher"))
    assert undated["within"] is None


def test_the_timeline_table_says_when_a_median_falls_outside_the_documented_span() -> None:
    from game.core.calendar import month_index
    from game.core.rules import shared_rules
    from game.headless.batch import documented_pairs, timeline_markdown, timeline_summary
    from game.headless.common import load_for_cli

    rules = shared_rules(load_for_cli(SCENARIO))
    pairs = documented_pairs(rules)
    late = month_index("2031-03")
    timeline = tuple(late if pair == ("nasa", "crewed_landing") else None for pair in pairs)
    records = [GameRecord("ilrs", s, {}, 1, True, timeline) for s in range(5)]
    rows = timeline_summary(records, rules)
    mid_2020s = next(r for r in rows if r["documented"]["when"] == "by the mid-2020s")
    assert (mid_2020s["median"], mid_2020s["within"]) == ("2031-03", False)
    never = next(r for r in rows if r["milestone"] == "mars_staging_post")
    assert (never["achieved_share"], never["median"], never["within"]) == (0.0, None, False)
    table = timeline_markdown(rows)
    assert "| nasa | crewed_landing | \"by the mid-2020s\"" in table
    assert "not by the end" in table
