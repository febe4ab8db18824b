"""The Moon map in the report: an inline SVG whose markers are the game's landings, each
with its caption, and the same captions listed in the HTML and the Markdown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.charts import DEFAULT_CHART, hex_colour
from game.cli import main
from game.headless.moon_svg import captions, colours_of, game_markers, moon_map_svg
from game.headless.report import write_report
from game.paths import SCENARIOS_DIR
from game.saves.games import load_game

CAMPAIGN = str(SCENARIOS_DIR / "moon_2021.yaml")


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("game") / "game.json"
    assert main(["autoplay", "--scenario", CAMPAIGN, "--seed", "3", "--strategy", "ilrs",
                 "--save", str(path)]) == 0
    return load_game(path).engine


def test_every_landing_of_the_game_is_a_marker_with_its_caption(engine) -> None:  # type: ignore[no-untyped-def]
    svg = moon_map_svg(engine, {}, DEFAULT_CHART)
    found = game_markers(engine)
    played = {(m.agency, m.milestone) for m in found if m.kind == "played"}
    scenario = engine.rules.scenario
    expected = {(aid, mid) for aid, a in engine.state.agencies.items()
                for mid, turn in a.achieved.items()
                if turn >= 0 and scenario.milestones[mid].site is not None}
    assert played == expected and played  # a whole campaign lands somewhere
    assert svg.count("<title>") == len(found)
    assert "Near side" in svg and "Far side" in svg
    colours, _ = colours_of(engine, {}, DEFAULT_CHART)
    for aid in {m.agency for m in found if m.agency}:
        assert hex_colour(colours[aid]) in svg


def test_the_far_side_ring_cites_its_report_in_the_svg(engine) -> None:  # type: ignore[no-untyped-def]
    svg = moon_map_svg(engine, {}, DEFAULT_CHART)
    titles = re.findall(r"<title>(.*?)</title>", svg)
    far = [t for t in titles if "Chang&#x27;e 4" in t]
    assert len(far) == 1
    assert "Reporter&#x27;s framing" in far[0] and "Jan 2019" in far[0]
    assert "game value" in far[0]  # the report names the far side, not a point


def test_the_report_holds_the_map_inline_and_lists_it_in_markdown(engine, tmp_path: Path  # type: ignore[no-untyped-def]
                                                                    ) -> None:
    html_path, md_path = write_report(engine, tmp_path)
    html = html_path.read_text(encoding="utf-8")
    markdown = md_path.read_text(encoding="utf-8")
    # inline, once, as drawn for the report's default colours (emblems and the timeline
    # are inline SVGs too)
    assert html.count(moon_map_svg(engine, {}, DEFAULT_CHART)) == 1
    assert "The Moon: where the landings are" in html
    assert "](charts/moon_map.svg)" in markdown
    assert (tmp_path / "charts" / "moon_map.svg").is_file()
    for line in captions(engine, game_markers(engine)):
        assert line.split(" — ")[0] in markdown
    # the score charts keep their own section: the map is not one of them
    assert markdown.count("charts/moon_map.svg") == 1
