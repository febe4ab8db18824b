"""The chart maths the window and the report share: round axis tops, round ticks, points
in the plot box, and one colour rule for every team's line."""

from __future__ import annotations

import math
import subprocess
import sys
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.charts import (
    DEFAULT_CHART,
    NICE_STEPS,
    OKABE_ITO_CHART,
    Box,
    Plot,
    ValueAxis,
    agency_styles,
    hex_colour,
    is_nice,
    line_styles,
    nice_top,
    tick_label,
    ticks,
)
from game.ui.palette import DEFAULT, OKABE_ITO

scores = st.floats(min_value=1e-9, max_value=1e12, allow_nan=False, allow_infinity=False)


def mantissa(value: float) -> float:
    return value / 10.0 ** math.floor(math.log10(value) + 1e-12)


def test_axis_tops_round_up_to_a_readable_number() -> None:
    assert nice_top(0) == 1.0
    assert nice_top(7) == 10
    assert nice_top(180) == 200
    assert nice_top(230) == 250
    assert nice_top(374) == 500


def test_a_round_number_is_its_own_top_so_250_stays_250() -> None:
    assert nice_top(250) == 250
    assert nice_top(100) == 100
    assert nice_top(251) == 500


def test_nothing_to_show_gets_a_top_of_one() -> None:
    assert nice_top(-5) == nice_top(math.nan) == nice_top(math.inf) == 1.0


@given(scores)
def test_the_top_is_at_or_above_the_value_and_never_twice_as_far(value: float) -> None:
    top = nice_top(value)
    assert value <= top <= 2 * value


@given(scores)
def test_the_top_is_one_two_two_and_a_half_or_five_times_a_power_of_ten(value: float) -> None:
    assert any(math.isclose(mantissa(nice_top(value)), step) for step in NICE_STEPS[:-1])


@given(scores)
def test_a_top_is_its_own_top(value: float) -> None:
    top = nice_top(value)
    assert nice_top(top) == top and is_nice(top)


@given(scores)
def test_ticks_run_from_zero_to_the_top_in_even_round_steps(value: float) -> None:
    top = nice_top(value)
    grid = ticks(0.0, top)
    assert grid[0] == 0 and grid[-1] == top and len(grid) in (5, 6)
    steps = [b - a for a, b in pairwise(grid)]
    assert all(math.isclose(s, steps[0]) for s in steps)
    assert is_nice(steps[0])


def test_a_top_of_250_is_ticked_every_50_not_every_62_and_a_half() -> None:
    assert ticks(0, 250) == (0, 50, 100, 150, 200, 250)
    assert ticks(0, 100) == (0, 25, 50, 75, 100)


@given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), min_size=1))
def test_every_value_fits_on_the_axis_and_zero_is_a_grid_line(values: list[float]) -> None:
    axis = ValueAxis.fitting(values)
    assert axis.low <= min(values) and max(values) <= axis.top
    assert axis.ticks[0] == axis.low and axis.ticks[-1] == axis.top
    assert any(abs(t) < 1e-9 * max(1.0, axis.top - axis.low) for t in axis.ticks)


def test_a_value_below_zero_takes_the_axis_down_by_a_round_step() -> None:
    assert ValueAxis.fitting([-3, 10]).ticks == (-5, 0, 5, 10)
    assert ValueAxis.fitting([-100]).ticks == (-100, -75, -50, -25, 0)


def test_missing_values_are_left_off_the_axis_and_the_line() -> None:
    axis = ValueAxis.fitting([1, math.nan, 40])
    assert axis.top == 50
    plot = Plot(Box(0, 0, 100, 50), axis, points=3)
    assert plot.line([1, math.nan, 40]) == [(0, 49), (100, 10)]


def test_the_first_turn_is_at_the_left_edge_and_the_top_at_the_top_edge() -> None:
    plot = Plot(Box(10, 20, 200, 100), ValueAxis.fitting([0, 50]), points=5)
    assert (plot.x(0), plot.x(4)) == (10, 210)
    assert (plot.y(0), plot.y(50)) == (120, 20)


def test_a_single_turn_does_not_divide_by_zero() -> None:
    plot = Plot(Box(0, 0, 100, 100), ValueAxis.fitting([]), points=1)
    assert plot.line([0.5]) == [(0, 50)]


def test_tick_labels_are_whole_from_ten_and_short_below() -> None:
    assert [tick_label(v) for v in (0, 0.25, 0.1 + 0.2, 12.5, 250)] == \
        ["0", "0.25", "0.3", "12", "250"]


@pytest.mark.parametrize("colours", [DEFAULT_CHART, OKABE_ITO_CHART])
def test_a_team_named_after_a_colour_wears_it_and_no_other_line_looks_like_it(colours) -> None:  # type: ignore[no-untyped-def]
    styles = line_styles(["Red", None, "Team Blue", None], colours)
    assert styles[0].colour == colours.team_colour("Red")
    assert styles[2].colour == colours.team_colour("blue")
    for other in (styles[1], styles[3]):
        assert all(math.dist(other.colour, s.colour) > 90 for s in (styles[0], styles[2]))


def test_lines_beyond_the_colours_are_dashed_so_no_two_look_alike() -> None:
    styles = line_styles([None] * (len(DEFAULT_CHART.series) + 1), DEFAULT_CHART)
    assert [s.dashed for s in styles] == [False] * len(DEFAULT_CHART.series) + [True]
    assert styles[0].colour == styles[-1].colour
    assert [s.colour for s in styles[:-1]] == list(DEFAULT_CHART.series)


def test_each_agency_gets_its_style_by_id_in_the_order_given() -> None:
    styles = agency_styles(["cnsa", "esa", "nasa"], {"nasa": "Green"}, DEFAULT_CHART)
    assert styles["nasa"].colour == DEFAULT_CHART.team_colour("green")
    assert list(styles) == ["cnsa", "esa", "nasa"]


def test_the_window_palettes_draw_charts_in_the_shared_colours() -> None:
    assert DEFAULT.chart == DEFAULT_CHART
    assert OKABE_ITO.chart == OKABE_ITO_CHART


def test_colours_are_written_as_svg_reads_them() -> None:
    assert hex_colour((0, 114, 178)) == "#0072b2"


def test_the_report_draws_its_charts_without_pygame() -> None:
    code = ("import sys, game.charts, game.score_axes, game.headless.report; "
            "sys.exit('pygame' in sys.modules or 'game.ui' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
