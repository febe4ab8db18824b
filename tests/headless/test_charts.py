"""The report's SVG charts: the window's axis, colours and line order, without pygame."""

from __future__ import annotations

import re

from game.charts import DEFAULT_CHART, OKABE_ITO_CHART, Series, hex_colour, line_styles
from game.headless.charts import line_chart


def strokes(svg: str) -> list[tuple[str, str]]:
    """(stroke colour, dash) of each drawn line, in drawing order."""
    return re.findall(r'<polyline fill="none" stroke="(#[0-9a-f]{6})"[^>]*?'
                      r'( stroke-dasharray="[^"]*")?\s?points=', svg)


def grid_labels(svg: str) -> list[str]:
    return re.findall(r'text-anchor="end"[^>]*>([^<]*)</text>', svg)


def test_a_chart_peaking_at_250_is_gridded_up_to_250_in_round_steps() -> None:
    svg = line_chart("Science", ["a", "b"], [Series("ESA", (120.0, 250.0), (1, 2, 3))],
                     DEFAULT_CHART)
    assert grid_labels(svg) == ["0", "50", "100", "150", "200", "250"]


def test_each_line_wears_its_colour_and_the_teams_lines_are_drawn_last() -> None:
    red, rival = line_styles(["Red", None], OKABE_ITO_CHART)
    svg = line_chart("Total", ["a", "b"],
                     [Series("CNSA", (1.0, 2.0), red.colour, highlight=True),
                      Series("NASA", (2.0, 3.0), rival.colour)], OKABE_ITO_CHART)
    assert [colour for colour, _ in strokes(svg)] == [hex_colour(rival.colour),
                                                      hex_colour(red.colour)]
    assert hex_colour(OKABE_ITO_CHART.background) in svg


def test_lines_beyond_the_colours_are_dashed_but_a_teams_line_never_is() -> None:
    styles = line_styles([None] * (len(DEFAULT_CHART.series) + 1), DEFAULT_CHART)
    series = [Series(f"A{n}", (1.0, 2.0), s.colour, dashed=s.dashed)
              for n, s in enumerate(styles)]
    dashes = [bool(dash) for _, dash in strokes(line_chart("T", ["a", "b"], series,
                                                             DEFAULT_CHART))]
    assert dashes == [False] * len(DEFAULT_CHART.series) + [True]
    team = Series("Team", (1.0, 2.0), styles[-1].colour, highlight=True, dashed=True)
    assert strokes(line_chart("T", ["a", "b"], [team], DEFAULT_CHART))[0][1] == ""


def test_names_are_escaped_and_a_game_with_no_turns_still_draws() -> None:
    svg = line_chart("<Total>", [], [Series("A&B", (), (0, 0, 0))], DEFAULT_CHART)
    assert "&lt;Total&gt;" in svg and "A&amp;B" in svg and svg.endswith("</svg>")
