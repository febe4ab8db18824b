"""Moonward installs and runs like a real package: the wheel carries the scenarios and the
theme, and the installed `moonward` validates, plays headless and opens the window from a
folder far from the source tree.

The wheel is built offline from a copy of the sources (`pip wheel --no-build-isolation
--no-index`), so the test needs no network and leaves no build/ folder in the checkout; it
needs a setuptools that builds wheels by itself (70.1 or newer, in the test extras).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "MANIFEST.in", "game", "assets",
           "scenarios")


# file put into the copied scenarios/ -> the fixture it is a copy of
PROBES = {"probe.png": "moon.png", "pictures/deep/probe.png": "pictures/lander.png",
          "pictures/probe.jpg": "moon.png"}
# and a translation companion of a shipped scenario, with no text translated yet
COMPANION = ("classroom_2021.fr.yaml",
             "language: fr\ntranslates: classroom_2021.yaml\ntexts: {}\n")


def _why_no_offline_build() -> str | None:
    if importlib.util.find_spec("wheel") is not None:
        return None
    version = importlib.metadata.version("setuptools")
    try:
        major, minor = (int(part) for part in version.split(".")[:2])
    except ValueError:
        return None  # an unusual version string: try the build and let it speak
    if (major, minor) >= (70, 1):
        return None
    return (f"setuptools {version} cannot build a wheel offline; reinstall the test extras "
            "(make test does: setuptools>=70.1)")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The wheel, and the folder it was installed into (not the venv: nothing else moves)."""
    reason = _why_no_offline_build()
    if reason:
        pytest.skip(reason)
    root = tmp_path_factory.mktemp("package")
    source = root / "src"
    source.mkdir()
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif (REPO / name).is_file():
            shutil.copy2(REPO / name, source / name)
    # Pictures a scenario may show, beside it and in a subfolder (format 2), and a translation
    # companion: the shipped scenarios have none yet, so the copy gets some to carry.
    for probe in PROBES:
        (source / "scenarios" / probe).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / "tests" / "fixtures" / "media" / PROBES[probe],
                     source / "scenarios" / probe)
    (source / "scenarios" / COMPANION[0]).write_text(COMPANION[1], encoding="utf-8")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    subprocess.run([*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
                    "-w", str(root / "dist"), str(source)],
                   check=True, cwd=root, capture_output=True)
    (wheel,) = (root / "dist").glob("moonward-*.whl")
    site = root / "site"
    subprocess.run([*pip, "install", "-q", "--no-deps", "--no-index", "--target", str(site),
                    str(wheel)], check=True, cwd=root, capture_output=True)
    home = root / "home"  # the player's folders of the installed game, never the real ones
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    yield {"wheel": wheel, "site": site, "home": home, "cwd": elsewhere}


def run_installed(installed: dict[str, Path], *argv: str) -> subprocess.CompletedProcess[str]:
    """Run a command of the installed game from a folder with no sources in it."""
    home = installed["home"]
    env = {**os.environ, "PYTHONPATH": str(installed["site"]), "PYTHONNOUSERSITE": "1",
           "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "SDL_VIDEODRIVER": "dummy",
           "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    return subprocess.run(list(argv), cwd=installed["cwd"], env=env, capture_output=True,
                          text=True, check=False, timeout=120)


def moonward(installed: dict[str, Path], *argv: str) -> subprocess.CompletedProcess[str]:
    """The `moonward` console script pip wrote for the wheel."""
    return run_installed(installed, str(installed["site"] / "bin" / "moonward"), *argv)


def test_the_wheel_carries_every_module_scenario_and_asset(installed) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(installed["wheel"]) as wheel:
        shipped = set(wheel.namelist())
    wanted = {f"game/{p.relative_to(REPO / 'game').as_posix()}"
              for p in (REPO / "game").rglob("*.py") if "__pycache__" not in p.parts}
    for folder in ("scenarios", "assets"):
        wanted |= {f"game/{folder}/{p.name}" for p in (REPO / folder).iterdir() if p.is_file()}
    assert wanted - shipped == set(), "left out of the wheel (a package missing in pyproject?)"


def test_the_wheel_carries_scenario_pictures_and_translations(installed) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(installed["wheel"]) as wheel:
        shipped = set(wheel.namelist())
    assert {f"game/scenarios/{probe}" for probe in (*PROBES, COMPANION[0])} <= shipped


def test_the_installed_game_is_the_one_running_not_the_sources(installed) -> None:  # type: ignore[no-untyped-def]
    done = run_installed(installed, sys.executable, "-c",
                         "import game, game.paths as p; print(game.__file__); "
                         "print(p.SCENARIOS_DIR); print(p.ASSETS_DIR)")
    assert done.returncode == 0, done.stderr
    package = installed["site"] / "game"
    assert done.stdout.split() == [str(package / "__init__.py"), str(package / "scenarios"),
                                   str(package / "assets")]


def test_the_installed_game_validates_its_shipped_scenarios(installed) -> None:  # type: ignore[no-untyped-def]
    scenarios = sorted((installed["site"] / "game" / "scenarios").glob("*.yaml"))
    assert {p.name for p in scenarios} >= {"moon_2021.yaml", "classroom_2021.yaml"}
    done = moonward(installed, "validate", *map(str, scenarios))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count(": ok") == len(scenarios)


def test_the_installed_game_speaks_every_language_from_its_own_catalogues(installed) -> None:  # type: ignore[no-untyped-def]
    """The .po files ship inside the package and are compiled on first use: no .mo is
    built or needed."""
    site = installed["site"] / "game" / "locale"
    assert sorted(p.parent.parent.name for p in site.glob("*/LC_MESSAGES/moonward.po")) == [
        "fr", "ru", "zh"]
    assert list(site.glob("**/*.mo")) == []
    done = run_installed(installed, sys.executable, "-c",
                         "from game import i18n; from game.scenario.loader import "
                         "load_scenario; from game import paths; i18n.set_language('ru'); "
                         "print(i18n.tr('Settings'), "
                         "load_scenario(paths.DEFAULT_SCENARIO).milestones['lunar_orbiter'].name)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[0] == "Настройки" and "Lunar" not in done.stdout


def test_the_installed_game_loads_its_activity_against_its_own_seeds(installed) -> None:  # type: ignore[no-untyped-def]
    done = run_installed(installed, sys.executable, "-c",
                         "from game.scenario.activity import load_activity; "
                         "print(len(load_activity().items))")
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 14


def test_the_installed_game_plays_a_whole_game_headless(installed) -> None:  # type: ignore[no-untyped-def]
    done = moonward(installed, "autoplay", "--strategy", "ilrs")
    assert done.returncode == 0, done.stderr
    assert "Final standings" in done.stdout and done.stderr == ""


# Opens `moonward --windowed` through the real command line; the frame loop is replaced by
# one that opens New game and reports what the window has, then leaves.
PLAY_PROBE = """
import json, sys
import pygame
import game
from game.cli import main
from game.ui import app as app_module
from game.ui.scenes.new_game import NewGameScene

async def probe(app):
    app.push(NewGameScene())
    theme = app.manager.get_theme()
    print(json.dumps({
        "game": game.__file__,
        "theme_path": str(app_module.THEME_PATH),
        "theme_read": bool(app_module._theme(1.0)),
        "background": "#%02X%02X%02X" % tuple(theme.get_colour("normal_bg"))[:3],
        "scenarios": [entry.path.name for entry in app.top.entries],
    }))
    pygame.quit()

app_module.App.run = probe
sys.exit(main(["--windowed"]))
"""


def test_the_installed_game_opens_with_its_theme_and_lists_its_scenarios(installed) -> None:  # type: ignore[no-untyped-def]
    done = run_installed(installed, sys.executable, "-c", PLAY_PROBE)
    assert done.returncode == 0, done.stderr
    assert "default look" not in done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    package = installed["site"] / "game"
    assert seen["game"] == str(package / "__init__.py")
    assert seen["theme_path"] == str(package / "assets" / "theme.json") and seen["theme_read"]
    theme = json.loads((REPO / "assets" / "theme.json").read_text(encoding="utf-8"))
    assert seen["background"] == theme["defaults"]["colours"]["normal_bg"].upper()
    assert {"moon_2021.yaml", "classroom_2021.yaml"} <= set(seen["scenarios"])


# --- the theme is read through the guarded door --------------------------------------------

@pytest.fixture
def theme_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from game.ui import app

    path = tmp_path / "theme.json"
    monkeypatch.setattr(app, "THEME_PATH", path)
    return path


def test_the_shipped_theme_is_read_with_its_fonts_scaled() -> None:
    from game.ui.app import _theme

    theme = _theme(2.0)
    shipped = json.loads((REPO / "assets" / "theme.json").read_text(encoding="utf-8"))
    sized = [name for name, block in shipped.items() if "size" in block.get("font", {})]
    assert sized, "the shipped theme sets no font size"
    for name in sized:
        assert int(theme[name]["font"]["size"]) == max(8, 2 * int(shipped[name]["font"]["size"]))


@pytest.mark.parametrize("content", [b"[1, 2]", b"{\"defaults\": ", b"\xff\xfe{}",
                                     b"{\"a\": \"" + b"x" * 300_000 + b"\"}"])
def test_a_damaged_theme_opens_with_the_default_look_and_says_so_in_one_line(
        theme_file, capsys, content) -> None:  # type: ignore[no-untyped-def]
    from game.ui.app import _theme

    theme_file.write_bytes(content)
    assert _theme(1.0) == {}
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "default look" in err and str(theme_file) in err


def test_a_font_size_that_is_no_number_is_left_alone(theme_file) -> None:  # type: ignore[no-untyped-def]
    from game.ui.app import _theme

    theme_file.write_text('{"label": {"font": {"size": "big"}}}', encoding="utf-8")
    theme = _theme(1.5)
    theme.pop("#language_choice")  # the game's own block for the language names in Settings
    assert theme == {"label": {"font": {"size": "big"}}}
