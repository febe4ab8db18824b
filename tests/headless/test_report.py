"""The debrief report: written from a save, self-contained, and every image loads offline."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from game.cli import main
from game.headless.report import build_report, write_report
from game.paths import SCENARIOS_DIR

CLASSROOM = str(SCENARIOS_DIR / "classroom_2021.yaml")


@pytest.fixture(scope="module")
def saved_game(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("game") / "game.json"
    assert main(["autoplay", "--scenario", CLASSROOM, "--seed", "3", "--strategy", "ilrs",
                 "--save", str(path)]) == 0
    return path


def test_report_command_writes_html_markdown_and_charts(saved_game: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    capsys.readouterr()
    assert main(["report", str(saved_game), "--out", str(tmp_path)]) == 0
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert html.count('<img src="data:image/svg+xml;base64,') == 5
    assert "http" not in html.replace("http://www.w3.org/2000/svg", "")  # nothing to fetch
    for text in ("Standings", "Decisions, turn by turn", "joined ILRS", "Sources",
                 "Questions for discussion", "game values"):
        assert text in markdown
    assert (tmp_path / "charts" / "total.svg").is_file()


def test_report_replays_the_saved_commands_to_the_same_game(saved_game: Path) -> None:
    from game.saves.games import load_game

    report = build_report(load_game(saved_game).engine)
    assert report.replay_matches
    assert report.decisions["esa"], "the player's decisions are listed turn by turn"


def test_a_missing_save_is_a_one_line_error(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "none.json"), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "no such file" in err and err.count("\n") == 1


_PROBE = """<!DOCTYPE html><html><body><iframe id="r" src="report.html" width="1000"
height="800"></iframe><pre id="out">pending</pre><script>
document.getElementById('r').onload = function () {
  var imgs = this.contentDocument.images, ok = 0;
  for (var i = 0; i < imgs.length; i++) { if (imgs[i].complete && imgs[i].naturalWidth > 0) ok++; }
  document.getElementById('out').textContent = 'images ' + ok + '/' + imgs.length;
};</script></body></html>"""


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--allow-file-access-from-files",
                  "--virtual-time-budget=5000"]


@pytest.mark.skipif(_chromium() is None, reason="Debian's chromium is not installed "
                    "(apt-get install chromium) to open the report as a browser would")
def test_report_opens_offline_in_chromium_with_every_image_loaded(saved_game: Path,
                                                                  tmp_path: Path) -> None:
    from game.saves.games import load_game

    html_path, _ = write_report(load_game(saved_game).engine, tmp_path)
    (tmp_path / "probe.html").write_text(_PROBE, encoding="utf-8")
    profile = tmp_path / "profile"
    dom = subprocess.run(
        [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom",
         (tmp_path / "probe.html").as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    ).stdout
    assert "images 5/5" in dom, dom[-500:]
    shot = tmp_path / "report.png"
    subprocess.run(
        [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--hide-scrollbars",
         "--window-size=1000,2400", f"--screenshot={shot}", html_path.as_uri()],
        capture_output=True, timeout=120, check=False,
    )
    assert shot.stat().st_size > 10_000
