"""`--strategy` is read against the scenario: roads are its own blocs (here one called
`accords`), old 2021 names are aliases only where those blocs exist, and every mistake is
one line with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.cli import main
from game.headless.batch import GameRecord, keep_best, summarise
from game.headless.common import CliError, play_game
from game.headless.strategies import join_bar, resolve, roads
from game.paths import DEFAULT_SCENARIO
from game.scenario import Scenario, load_scenario

ACCORDS = Path(__file__).resolve().parents[1] / "fixtures" / "valid" / "accords.yaml"


@pytest.fixture(scope="module")
def accords() -> Scenario:
    return load_scenario(ACCORDS)


def test_the_roads_are_the_scenario_s_own_blocs_then_independent(accords) -> None:
    assert roads(accords, "esa") == ("bloc:accords", "bloc:station", "independent")


def test_a_documented_refusal_closes_that_bloc_s_road(accords) -> None:
    assert roads(accords, "cnsa") == ("bloc:station", "independent")
    assert join_bar(accords, "cnsa", "accords") == "CNSA stays out of the accords in this test."


def test_a_bloc_road_joins_the_bloc_it_names_even_when_renamed(accords) -> None:
    game = play_game(accords, 2, "esa", "bloc:accords")
    assert game.road == "bloc:accords"
    assert game.engine.state.agencies["esa"].bloc == "accords"


def test_the_old_names_are_an_error_where_their_bloc_is_missing(accords) -> None:
    with pytest.raises(CliError) as error:
        resolve(accords, "esa", "artemis")
    assert error.value.code == 2 and "accords, station" in str(error.value)


def test_the_old_names_still_mean_the_2021_blocs(scenario) -> None:
    assert resolve(scenario, "esa", "ilrs") == ["bloc:ilrs"]
    assert resolve(scenario, "esa", "artemis") == ["bloc:artemis"]


def test_all_is_every_road_of_the_scenario_then_random(accords) -> None:
    assert resolve(accords, "esa", "all", allow_all=True) == [
        "bloc:accords", "bloc:station", "independent", "random"]
    with pytest.raises(CliError):
        resolve(accords, "esa", "all")  # autoplay plays one game


def test_random_only_draws_roads_the_agency_can_take(accords) -> None:
    drawn = {play_game(accords, seed, "cnsa", "random").road for seed in range(12)}
    assert drawn == {"bloc:station", "independent"}


def test_best_keeps_the_road_whose_game_ends_with_the_best_total(accords) -> None:
    totals = {road: next(s.total for s in play_game(accords, 3, "esa", road).engine.standings()
                         if s.agency == "esa") for road in roads(accords, "esa")}
    game = play_game(accords, 3, "esa", "best")
    assert game.road == max(totals, key=totals.__getitem__)
    assert next(s.total for s in game.engine.standings() if s.agency == "esa") == max(
        totals.values())


def test_best_in_a_batch_keeps_the_road_with_the_best_mean_total() -> None:
    records = [GameRecord(road, seed, {"science": 0.0, "prestige": 0.0, "cooperation": 0.0,
                                       "budget_health": 0.0, "total": total + seed}, 1, True)
               for road, total in (("bloc:a", 10.0), ("bloc:b", 30.0), ("independent", 20.0))
               for seed in range(3)]
    kept, summary = keep_best(records, summarise(records, ["bloc:a", "bloc:b", "independent"]))
    assert list(summary) == ["best"] and summary["best"]["road"] == "bloc:b"
    assert summary["best"]["axes"]["total"]["mean"] == 31.0
    assert [r.seed for r in kept] == [0, 1, 2] and {r.strategy for r in kept} == {"best"}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["autoplay", "simulate"])
def test_an_unknown_bloc_is_one_line_with_did_you_mean(capsys, command: str) -> None:
    code, out, err = _run(capsys, command, "--scenario", str(ACCORDS), "--strategy",
                          "bloc:acords")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "did you mean 'accords'" in err and "accords, station" in err
    assert "Traceback" not in err


def test_a_bloc_the_agency_refuses_is_an_error_naming_the_documented_reason(capsys) -> None:
    code, _, err = _run(capsys, "autoplay", "--scenario", str(ACCORDS), "--agency", "cnsa",
                        "--strategy", "bloc:accords")
    assert code == 2 and "CNSA stays out of the accords in this test." in err


def test_an_old_name_in_a_scenario_without_its_bloc_is_an_error_not_independent(capsys
                                                                                ) -> None:
    code, out, err = _run(capsys, "autoplay", "--scenario", str(ACCORDS), "--strategy",
                          "artemis", "--json")
    assert code == 2 and out == "" and "no bloc 'artemis'" in err


def test_autoplay_json_names_the_strategy_and_the_road_it_played(capsys) -> None:
    code, out, _ = _run(capsys, "autoplay", "--scenario", str(ACCORDS), "--seed", "2",
                        "--strategy", "bloc:accords", "--json")
    log = json.loads(out)
    assert code == 0 and log["strategy"] == log["road"] == "bloc:accords"
    assert all(turn["bloc"] == "accords" for turn in log["turns"][:-1])


def test_simulate_all_plays_every_road_of_the_scenario(capsys) -> None:
    code, out, _ = _run(capsys, "simulate", "--scenario", str(ACCORDS), "--runs", "2",
                        "--strategy", "all", "--jobs", "1", "--json")
    assert code == 0
    assert list(json.loads(out)["strategies"]) == ["bloc:accords", "bloc:station",
                                                   "independent", "random"]


def test_simulate_best_reports_one_row_naming_the_road_kept(capsys) -> None:
    code, out, _ = _run(capsys, "simulate", "--scenario", str(ACCORDS), "--runs", "2",
                        "--strategy", "best", "--jobs", "1", "--json")
    summary = json.loads(out)["strategies"]
    assert code == 0 and list(summary) == ["best"]
    assert summary["best"]["road"] in roads(load_scenario(ACCORDS), "esa")
    assert summary["best"]["runs"] == 2


def test_the_old_name_in_the_2021_scenario_plays_that_bloc(capsys) -> None:
    code, out, _ = _run(capsys, "autoplay", "--scenario", str(DEFAULT_SCENARIO), "--seed",
                        "4", "--strategy", "ilrs", "--json")
    assert code == 0 and json.loads(out)["road"] == "bloc:ilrs"
