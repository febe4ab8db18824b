from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.cli import main
from game.paths import DEFAULT_SCENARIO

SCENARIO = str(DEFAULT_SCENARIO)


def test_autoplay_prints_a_readable_turn_log_and_the_standings(capsys) -> None:
    assert main(["autoplay", "--scenario", SCENARIO, "--seed", "3", "--strategy", "ilrs"]) == 0
    out = capsys.readouterr().out
    assert "Mar 2021" in out and "Mar 2040" in out
    assert "Final standings" in out and "esa" in out


@pytest.mark.parametrize("strategy", ["ilrs", "artemis", "independent", "random"])
def test_autoplay_json_ends_with_the_final_scores(capsys, strategy: str) -> None:
    code = main(["autoplay", "--scenario", SCENARIO, "--seed", "4", "--strategy", strategy,
                 "--json"])
    assert code == 0
    log = json.loads(capsys.readouterr().out)
    assert log["agency"] == "esa"
    turns = log["turns"]
    assert len(turns) == 21
    assert turns[-1]["final"] is True
    assert {row["agency"] for row in turns[-1]["standings"]} == set(
        ["cnsa", "roscosmos", "nasa", "esa", "jaxa", "csa", "cnes", "brazil"])


def test_autoplay_is_reproducible_from_its_seed(capsys) -> None:
    args = ["autoplay", "--scenario", SCENARIO, "--seed", "8", "--strategy", "artemis", "--json"]
    main(args)
    first = capsys.readouterr().out
    main(args)
    assert capsys.readouterr().out == first


def test_an_unknown_agency_is_a_usage_error_in_one_line(capsys) -> None:
    code = main(["autoplay", "--scenario", SCENARIO, "--agency", "mars_inc"])
    err = capsys.readouterr().err
    assert code == 2 and "mars_inc" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_missing_scenario_file_fails_with_exit_one(capsys, tmp_path: Path) -> None:
    code = main(["autoplay", "--scenario", str(tmp_path / "nope.yaml")])
    assert code == 1 and "Traceback" not in capsys.readouterr().err


def test_autoplay_can_save_the_finished_game(capsys, tmp_path: Path) -> None:
    target = tmp_path / "game.json"
    assert main(["autoplay", "--scenario", SCENARIO, "--seed", "2", "--strategy", "ilrs",
                 "--save", str(target)]) == 0
    assert target.is_file() and target.stat().st_size > 0
