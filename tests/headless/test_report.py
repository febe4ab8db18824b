"""The debrief report: written from a save, self-contained, and every image loads offline."""

from __future__ import annotations

import gettext
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from game.cli import main
from game.core.new_game import new_game
from game.headless.report import build_report, write_report
from game.paths import SCENARIOS_DIR
from tests.pseudo_language import speaking

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


ODD_TEAM = "|a*b_ <i>x</i> [y](z) #1"


def _hot_seat_save(folder: Path, teams: dict[str, str]) -> Path:
    from game.core.commands import EndTurn
    from game.core.policies import play_turn
    from game.saves.games import save_game
    from game.scenario import load_scenario

    engine = new_game(load_scenario(CLASSROOM), seed=4, humans=list(teams.values()))
    for _ in range(3):
        for aid in teams.values():
            play_turn(engine, aid, "ilrs", engine.apply)
            assert engine.apply(EndTurn(aid)).ok
    path = folder / "hot-seat.json"
    save_game(path, engine, Path(CLASSROOM), "Class 4B", teams)
    return path


def _standing(markdown: str, agency: str) -> list[str]:
    row = next(line for line in markdown.splitlines() if line.startswith("| ")
               and f" {agency} " in line)
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row)[1:-1]]


def test_a_hot_seat_report_names_each_agencys_team_in_the_standings(tmp_path: Path) -> None:
    save = _hot_seat_save(tmp_path, {"Red": "esa", "Blue": "nasa"})
    assert main(["report", str(save), "--out", str(tmp_path / "out")]) == 0
    markdown = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert _standing(markdown, "ESA")[2] == "Red"
    assert _standing(markdown, "NASA")[2] == "Blue"
    assert "### Red" in markdown and "### Blue" in markdown


def test_team_names_are_escaped_in_the_markdown_and_the_html(tmp_path: Path) -> None:
    save = _hot_seat_save(tmp_path, {ODD_TEAM: "esa", "Blue": "nasa"})
    assert main(["report", str(save), "--out", str(tmp_path / "out")]) == 0
    markdown = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    escaped = r"\|a\*b\_ \<i\>x\<\/i\> \[y\](z) \#1".replace(r"\/", "/")
    assert _standing(markdown, "ESA")[2] == escaped  # one cell, not a broken table row
    assert f"### {escaped}" in markdown
    assert "<i>" not in markdown and "*b_" not in markdown
    assert "&lt;i&gt;x&lt;/i&gt;" in html and "<i>x</i>" not in html


@pytest.mark.parametrize(("teams", "reason"), [
    ([[1, "esa"], ["Blue", "nasa"]], "each team must be a [name, agency] pair"),
    ({"Red": 5, "Blue": "nasa"}, "each team must be a [name, agency] pair"),
    ([["Red\nBlue", "esa"], ["Blue", "nasa"]], "not one short line"),
    ([["R" * 500, "esa"], ["Blue", "nasa"]], "not one short line"),
])
def test_a_damaged_team_list_is_a_one_line_error_not_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], teams: object, reason: str) -> None:
    save = _hot_seat_save(tmp_path, {"Red": "esa", "Blue": "nasa"})
    document = json.loads(save.read_text(encoding="utf-8"))
    document["game"]["teams"] = teams
    save.write_text(json.dumps(document), encoding="utf-8")
    capsys.readouterr()
    assert main(["report", str(save), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert reason in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_an_older_save_with_teams_as_an_object_still_names_them(tmp_path: Path) -> None:
    save = _hot_seat_save(tmp_path, {"Red": "esa", "Blue": "nasa"})
    document = json.loads(save.read_text(encoding="utf-8"))
    document["game"]["teams"] = {"Red": "esa", "Blue": "nasa"}
    save.write_text(json.dumps(document), encoding="utf-8")
    assert main(["report", str(save), "--out", str(tmp_path / "out")]) == 0
    markdown = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert _standing(markdown, "ESA")[2] == "Red" and _standing(markdown, "NASA")[2] == "Blue"


def test_a_french_report_writes_its_figures_and_months_as_french_does(
        saved_game: Path, tmp_path: Path) -> None:
    from game.saves.games import load_game

    engine = load_game(saved_game).engine
    with speaking(gettext.NullTranslations(), "fr"):
        write_report(engine, tmp_path)
        standings = build_report(engine).standings
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    for text in (html, markdown):
        assert "mars 2021" in text and "Mar 2021" not in text
        for s in standings:  # each budget factor, as the engine computed it, with a comma
            assert f"\u00d7{s['budget_factor']:.2f}".replace(".", ",") in text
        assert re.search(r"\| \d+,\d \|", markdown)  # a raw total like 293,3 in the table
    assert "\u00d70." not in markdown and "\u00d71." not in markdown


def test_a_report_in_russian_reads_in_russian_and_says_its_language(
        saved_game: Path, tmp_path: Path) -> None:
    from game import i18n
    from game.saves.games import load_game

    engine = load_game(saved_game).engine
    i18n.set_language("ru")
    write_report(engine, tmp_path)
    title = i18n.tr("Moonward debrief: {t}", t="")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert '<html lang="ru">' in html
    assert title.strip() and title != "Moonward debrief: "
    assert title.strip() in html and title.strip() in markdown
    assert "март 2021" in html
