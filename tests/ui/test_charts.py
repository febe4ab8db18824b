"""Score charts drawn with pygame: sizes, colours, the highlighted human line."""

from __future__ import annotations

import pygame
import pytest

from game.ui.charts import Series, line_chart, nice_top, series_style
from game.ui.palette import DEFAULT, OKABE_ITO


@pytest.fixture(autouse=True)
def fonts() -> None:
    pygame.font.init()


def count_colour(surface: pygame.Surface, colour: tuple[int, int, int]) -> int:
    width, height = surface.get_size()
    return sum(1 for x in range(0, width, 2) for y in range(0, height, 2)
               if tuple(surface.get_at((x, y)))[:3] == colour)


def test_axis_tops_round_up_to_a_readable_number() -> None:
    assert nice_top(0) == 1.0
    assert nice_top(7) == 10
    assert nice_top(180) == 200
    assert nice_top(230) == 250
    assert nice_top(374) == 500


def test_lines_beyond_the_palette_are_dashed_so_no_two_look_alike() -> None:
    styles = [series_style(i, DEFAULT) for i in range(len(DEFAULT.series) + 1)]
    assert [dashed for _, dashed in styles] == [False] * len(DEFAULT.series) + [True]
    assert styles[0][0] == styles[-1][0]


def test_a_chart_is_drawn_at_the_asked_size_with_every_line() -> None:
    colours = [series_style(i, DEFAULT)[0] for i in range(2)]
    series = [Series("ESA", (0, 10, 30, 60), colours[0], highlight=True),
              Series("CNSA", (5, 20, 25, 40), colours[1])]
    surface = line_chart((480, 240), ["Mar 2021", "Mar 2022", "Mar 2023", "Mar 2024"],
                         series, DEFAULT, font_size=14)
    assert surface.get_size() == (480, 240)
    assert count_colour(surface, colours[0]) > count_colour(surface, colours[1]) > 0


def test_the_colour_blind_palette_reaches_the_chart() -> None:
    colour = series_style(0, OKABE_ITO)[0]
    surface = line_chart((300, 160), ["a", "b"], [Series("ESA", (1, 2), colour)], OKABE_ITO)
    assert colour != series_style(0, DEFAULT)[0]
    assert count_colour(surface, colour) > 0


def test_a_chart_with_no_turns_yet_still_draws() -> None:
    surface = line_chart((200, 120), [], [Series("ESA", (), DEFAULT.series[0])], DEFAULT)
    assert surface.get_size() == (200, 120)
