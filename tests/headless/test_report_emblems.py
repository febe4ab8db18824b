"""The report's standings show each agency's emblem, as inline SVG, the one the debrief
screen shows: the same shape, motif and colour."""

from __future__ import annotations

import re

from game.charts import DEFAULT_CHART, OKABE_ITO_CHART, hex_colour
from game.core.engine import Engine
from game.core.new_game import new_game
from game.emblems import agency_emblems
from game.headless.report import build_report, render_html
from game.paths import SCENARIOS_DIR
from game.scenario import load_scenario


def _engine() -> Engine:
    """A classroom game at its start: the standings already rank every agency."""
    return new_game(load_scenario(SCENARIOS_DIR / "classroom_2021.yaml"), seed=4,
                    humans=["esa"])


def test_each_standing_row_carries_its_agencys_emblem_in_rank_order() -> None:
    engine = _engine()
    report = build_report(engine)
    html = render_html(report)
    shown = [a for a in engine.rules.scenario.agencies if a in engine.state.agencies]
    expected = agency_emblems(shown, {}, DEFAULT_CHART)
    ranked = [s.agency for s in engine.standings()]
    table = html.split("<table>", 1)[1].split("</table>", 1)[0]
    rows = table.split("<tr>")[2:]  # the header row has no emblem
    assert len(rows) == len(ranked)
    for row, aid in zip(rows, ranked, strict=True):
        keys = re.findall(r'data-emblem="([^"]+)"', row)
        assert keys == [expected[aid].key]
        assert hex_colour(expected[aid].colour) in row


def test_a_colour_blind_report_draws_the_emblems_in_the_colour_blind_colours() -> None:
    engine = _engine()
    report = build_report(engine, colours=OKABE_ITO_CHART)
    shown = [a for a in engine.rules.scenario.agencies if a in engine.state.agencies]
    expected = agency_emblems(shown, {}, OKABE_ITO_CHART)
    first = engine.standings()[0].agency
    assert hex_colour(expected[first].colour) in report.emblems[0]
