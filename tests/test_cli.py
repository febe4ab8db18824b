"""The command line keeps its promises: play is the default command, every flag is checked
and bounded, and a closed pipe ends a command quietly."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from game import cli, i18n, paths
from game.cli import EXIT_CLOSED_PIPE, main

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def handled(monkeypatch: pytest.MonkeyPatch) -> list[argparse.Namespace]:
    """The parsed arguments each command would get, without running it."""
    seen: list[argparse.Namespace] = []

    def handler(command: str):  # type: ignore[no-untyped-def]
        def run(args: argparse.Namespace) -> int:
            seen.append(args)
            return 0
        return run

    monkeypatch.setattr(cli, "_handler", handler)
    return seen


@pytest.fixture
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr(paths, "user_config_dir", lambda: tmp_path / "config")
    return tmp_path


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The one line a wrong flag prints, after checking it exits with 2."""
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


# --- play is the default command ------------------------------------------------------------

@pytest.mark.parametrize("argv", [[], ["--windowed"], ["--size", "1280x720"], ["--lang", "en"],
                                  ["--lang", "en", "--windowed", "--seed", "7"]])
def test_play_options_work_without_the_word_play(handled, argv) -> None:  # type: ignore[no-untyped-def]
    assert main(argv) == 0
    (args,) = handled
    assert args.command == "play"


def test_options_given_without_play_reach_play_unchanged(handled) -> None:  # type: ignore[no-untyped-def]
    main(["--windowed", "--size", "1280x720", "--seed", "7", "--lang", "en"])
    (args,) = handled
    assert (args.windowed, args.size, args.seed, args.lang) == (True, "1280x720", 7, "en")


def test_a_word_that_is_no_command_is_still_an_error_not_play(handled, capsys) -> None:  # type: ignore[no-untyped-def]
    assert "invalid choice: 'plya'" in usage_error(capsys, "plya")
    assert handled == []


def test_help_and_version_are_answered_by_the_top_level(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.startswith("moonward ")


# --- --lang ---------------------------------------------------------------------------------

def test_an_unknown_language_is_one_line_naming_the_languages_there_are(handled, capsys) -> None:  # type: ignore[no-untyped-def]
    err = usage_error(capsys, "--lang", "xx")
    assert "'xx'" in err and "en" in err
    assert handled == []


def test_an_unknown_language_after_a_command_is_refused_too(handled, capsys) -> None:  # type: ignore[no-untyped-def]
    usage_error(capsys, "validate", "--lang", "xx", "scenario.yaml")
    assert handled == []


def test_a_language_may_be_written_with_its_region_or_in_capitals(handled) -> None:  # type: ignore[no-untyped-def]
    assert main(["--lang", "fr_FR", "validate", "x.yaml"]) == 0
    assert i18n.language() == "fr"
    assert main(["--lang", "ZH", "validate", "x.yaml"]) == 0
    assert i18n.language() == "zh"
    main(["--lang", "en", "validate", "x.yaml"])


def test_an_unknown_moonward_lang_is_one_line_and_exit_2(handled, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MOONWARD_LANG", "de")
    assert main(["validate", "x.yaml"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "MOONWARD_LANG" in err and "'de'" in err
    assert "en, fr, ru, zh" in err
    assert handled == []


def test_moonward_lang_chooses_the_language_and_lang_overrides_it(handled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MOONWARD_LANG", "ru")
    main(["validate", "x.yaml"])
    assert i18n.language() == "ru"
    main(["--lang", "en", "validate", "x.yaml"])
    assert i18n.language() == "en"


def test_the_cli_speaks_the_language_chosen(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["--lang", "fr", "--help"])
    out = capsys.readouterr().out
    i18n.set_language("en")
    assert "langue" in out.lower()


def test_the_game_speaks_english_french_russian_and_chinese() -> None:
    assert i18n.available_languages() == ("en", "fr", "ru", "zh")


def test_a_language_is_offered_once_its_catalogue_ships(tmp_path, monkeypatch, handled) -> None:  # type: ignore[no-untyped-def]
    catalogue = tmp_path / "fr" / "LC_MESSAGES" / "moonward.po"
    catalogue.parent.mkdir(parents=True)
    catalogue.write_bytes(b"")
    (tmp_path / "de").mkdir()  # a folder without a catalogue is not a language
    monkeypatch.setattr(i18n, "_LOCALE_DIR", tmp_path)
    assert i18n.available_languages() == ("en", "fr")


# --- --size ---------------------------------------------------------------------------------

def test_a_size_without_the_x_is_a_usage_error_before_any_window(private_home, capsys) -> None:  # type: ignore[no-untyped-def]
    for text in ("abc", "1280", "1280x", "x720", "-5x10", "1280×720", "１２８０x720"):
        assert main([f"--size={text}"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "--size must look like 1280x720" in err


@pytest.mark.parametrize(("text", "expected"), [
    ("10x10", (1024, 600)),
    ("100000x100000", (1920, 1080)),
    ("1" + "0" * 5000 + "x720", (1920, 720)),  # past int()'s digit limit: no ValueError
    ("0x0", (1024, 600)),
    ("5000x500", (1920, 600)),
])
def test_a_size_out_of_range_is_brought_into_range_with_a_note(text, expected) -> None:  # type: ignore[no-untyped-def]
    from game.ui.app import window_size

    size, note = window_size(text, largest=(1920, 1080))
    assert size == expected
    assert note is not None and "1024x600" in note and "1920x1080" in note
    assert f"{expected[0]}x{expected[1]}" in note and "\n" not in note


@pytest.mark.parametrize("text", ["1024x600", "1280x720", "1920x1080", "1600X900"])
def test_a_size_in_range_is_kept_without_a_word(text) -> None:  # type: ignore[no-untyped-def]
    from game.ui.app import window_size

    size, note = window_size(text, largest=(1920, 1080))
    assert note is None and size is not None and f"{size[0]}x{size[1]}" == text.lower()


def test_a_screen_smaller_than_the_smallest_window_keeps_the_window_on_the_screen() -> None:
    from game.ui.app import window_size

    assert window_size("1280x720", largest=(800, 480))[0] == (800, 480)


def test_with_no_screen_the_dummy_driver_allows_up_to_8k() -> None:
    from game.ui.app import largest_window

    assert largest_window() == (7680, 4320)


def test_a_tiny_size_opens_the_smallest_window_and_says_so(private_home, monkeypatch,
                                                           capsys) -> None:  # type: ignore[no-untyped-def]
    from game.ui.app import App

    opened: list[tuple[int, int]] = []

    async def first_frame_only(app: App) -> None:
        opened.append(app.size)
        for scene in list(app.stack):
            scene.clear()

    monkeypatch.setattr(App, "run", first_frame_only)
    assert main(["--windowed", "--size", "10x10"]) == 0
    assert opened == [(1024, 600)]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "opening at 1024x600" in err


# --- --jobs ---------------------------------------------------------------------------------

def test_more_jobs_than_cores_runs_on_the_cores_and_says_so(handled, capsys) -> None:  # type: ignore[no-untyped-def]
    from game.headless.batch import usable_cores

    assert main(["simulate", "--jobs", "1000", "--runs", "2"]) == 0
    (args,) = handled
    assert args.jobs == usable_cores()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--jobs 1000" in err


def test_jobs_within_the_cores_are_kept(handled, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["simulate", "--jobs", "1", "--runs", "2"]) == 0
    assert handled[0].jobs == 1 and capsys.readouterr().err == ""


# --- a closed pipe --------------------------------------------------------------------------

def closed_pipe_run(*argv: str, buffered: bool = True) -> tuple[int, str]:
    """Run moonward with a reader that closes its end before reading a byte (the same as
    `moonward ... | head -0`): the exit code and what went to stderr. Buffered, a closed
    pipe shows at a flush; unbuffered (PYTHONUNBUFFERED), at the first write."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    process = subprocess.Popen([sys.executable, "-m", "game", *argv], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read().decode("utf-8", "replace")
    return process.wait(), err


@pytest.mark.parametrize("buffered", [True, False])
def test_autoplay_into_a_closed_pipe_ends_quietly(buffered) -> None:  # type: ignore[no-untyped-def]
    code, err = closed_pipe_run("autoplay", "--strategy", "ilrs", buffered=buffered)
    assert err == ""  # no traceback, no "Exception ignored" at exit
    assert code == EXIT_CLOSED_PIPE


@pytest.mark.parametrize("buffered", [True, False])
@pytest.mark.parametrize("argv", [["--help"], ["schema"], ["facts", "--json"]])
def test_any_output_into_a_closed_pipe_ends_quietly(argv, buffered) -> None:  # type: ignore[no-untyped-def]
    code, err = closed_pipe_run(*argv, buffered=buffered)
    assert err == ""
    # 0 where the writer already stops quietly by itself (argparse's help, facts)
    assert code in (0, EXIT_CLOSED_PIPE)


def test_a_closed_pipe_cuts_the_log_short_but_never_the_save(tmp_path) -> None:  # type: ignore[no-untyped-def]
    save = tmp_path / "game.json"
    code, err = closed_pipe_run("autoplay", "--strategy", "ilrs", "--json",
                                "--save", str(save))
    assert err == "" and code == EXIT_CLOSED_PIPE
    assert json.loads(save.read_text(encoding="utf-8"))


def test_autoplay_read_to_the_end_still_exits_0() -> None:
    done = subprocess.run([sys.executable, "-m", "game", "autoplay", "--strategy", "ilrs"],
                          cwd=REPO, capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stderr == ""
    assert "Final standings" in done.stdout


ACCORDS = REPO / "tests" / "fixtures" / "valid" / "accords.yaml"


@pytest.mark.parametrize("strategy", ["bloc:accords", "bloc:anything", "best", "all"])
def test_strategy_is_left_for_the_scenario_to_judge_not_argparse(handled, strategy) -> None:  # type: ignore[no-untyped-def]
    assert main(["simulate", "--strategy", strategy]) == 0
    assert handled[-1].strategy == strategy


def test_an_unknown_bloc_from_python_m_game_is_one_line_exit_2_without_traceback() -> None:
    done = subprocess.run([sys.executable, "-m", "game", "autoplay", "--scenario",
                           str(ACCORDS), "--strategy", "bloc:acords"],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "did you mean 'accords'" in done.stderr


def test_graph_is_a_command_taking_a_scenario_and_an_out_file(handled) -> None:  # type: ignore[no-untyped-def]
    assert main(["graph", "my.yaml", "--out", "g.svg"]) == 0
    assert (handled[-1].command, handled[-1].scenario, handled[-1].out) == (
        "graph", "my.yaml", "g.svg")
