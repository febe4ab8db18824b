"""`moonward graph`: a scenario's milestone graph as an SVG (text, parsed here) or a PNG
(drawn off screen), laid out as the turn screen lays it out."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import xml.etree.ElementTree as ET
from pathlib import Path

import pygame
import pytest

from game.cli import main
from game.milestone_layout import place_boxes, plan
from game.paths import DEFAULT_SCENARIO
from game.scenario import load_scenario

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ACCORDS = FIXTURES / "valid" / "accords.yaml"
SVG = "{http://www.w3.org/2000/svg}"


def _svg(tmp_path: Path, scenario: Path) -> ET.Element:
    out = tmp_path / "graph.svg"
    assert main(["graph", str(scenario), "--out", str(out)]) == 0
    return ET.parse(out).getroot()


@pytest.mark.parametrize("scenario", [ACCORDS, DEFAULT_SCENARIO])
def test_the_svg_names_every_milestone_and_draws_one_arrow_per_requirement(
        tmp_path: Path, scenario: Path) -> None:
    root = _svg(tmp_path, scenario)
    loaded = load_scenario(scenario)
    titles = {g.get("data-id"): g.findtext(f"{SVG}title")
              for g in root.iter(f"{SVG}g") if g.get("class") == "milestone"}
    assert titles == {mid: m.name for mid, m in loaded.milestones.items()}
    arrows = sorted((p.get("data-from"), p.get("data-to")) for p in root.iter(f"{SVG}path")
                    if p.get("class") == "requires")
    assert arrows == sorted((r, mid) for mid, m in loaded.milestones.items()
                            for r in m.requires)


def test_the_svg_lays_the_nodes_out_as_the_turn_screen_does(tmp_path: Path) -> None:
    root = _svg(tmp_path, ACCORDS)
    drawn = {g.get("data-id"): g.find(f"{SVG}rect") for g in root.iter(f"{SVG}g")
             if g.get("class") == "milestone"}
    # the turn screen's columns: the orbiter first, the lander and flyby after it, the base
    # last; robotic above crewed above programme
    x = {mid: float(rect.get("x", 0)) for mid, rect in drawn.items() if rect is not None}
    y = {mid: float(rect.get("y", 0)) for mid, rect in drawn.items() if rect is not None}
    assert x["orbiter"] < x["lander"] == x["crew_flyby"] < x["shared_base"]
    assert y["orbiter"] < y["crew_flyby"] < y["shared_base"]
    graph = plan(load_scenario(ACCORDS))
    assert graph.column == {"orbiter": 0, "lander": 1, "crew_flyby": 1, "shared_base": 2}
    boxes = place_boxes(graph, (0, 0, 1000, 600), 20, 6)
    assert len(boxes.nodes) == 4 and set(boxes.bands) == {"robotic", "crewed", "programme"}


def test_a_bloc_only_milestone_is_marked_and_the_legend_says_so(tmp_path: Path) -> None:
    text = ET.tostring(_svg(tmp_path, ACCORDS), encoding="unicode")
    assert "only Station members" in text
    assert "only a bloc's members" in text and "Robotic lane" in text


def test_the_png_opens_at_the_size_asked_and_is_not_blank(tmp_path: Path) -> None:
    out = tmp_path / "graph.png"
    assert main(["graph", str(ACCORDS), "--out", str(out), "--size", "1280x720"]) == 0
    image = pygame.image.load(str(out))
    assert image.get_size() == (1280, 720)
    colours = {tuple(image.get_at((x, y)))[:3] for x in range(0, 1280, 16)
               for y in range(0, 720, 16)}
    assert len(colours) > 5  # lanes, nodes of each track, text: far from one flat fill


def test_a_broken_scenario_gives_the_validate_errors_and_exit_one(tmp_path: Path,
                                                                  capsys) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(ACCORDS.read_text().replace("requires: [orbiter]\n    game:\n      "
                                                  "cost: 800", "requires: [orbiterr]\n    "
                                                  "game:\n      cost: 800"))
    out = tmp_path / "graph.svg"
    assert main(["graph", str(broken), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "orbiterr" in err and "broken.yaml:" in err and not out.exists()


@pytest.mark.parametrize("name", ["graph.jpg", "graph", "graph.svg.txt"])
def test_a_bad_out_extension_is_a_clear_usage_error(tmp_path: Path, capsys, name: str) -> None:
    assert main(["graph", str(ACCORDS), "--out", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert ".png or .svg" in err and err.count("\n") == 1
