"""Score charts drawn with pygame: sizes, colours, the highlighted human line."""

from __future__ import annotations

import pygame
import pytest

from game.charts import line_styles
from game.ui.charts import Series, line_chart
from game.ui.palette import DEFAULT, OKABE_ITO, Palette


@pytest.fixture(autouse=True)
def fonts() -> None:
    pygame.font.init()


def count_colour(surface: pygame.Surface, colour: tuple[int, int, int]) -> int:
    width, height = surface.get_size()
    return sum(1 for x in range(0, width, 2) for y in range(0, height, 2)
               if tuple(surface.get_at((x, y)))[:3] == colour)


def colours(palette: Palette, count: int) -> list[tuple[int, int, int]]:
    return [style.colour for style in line_styles([None] * count, palette.chart)]


def test_a_chart_is_drawn_at_the_asked_size_with_every_line() -> None:
    first, second = colours(DEFAULT, 2)
    series = [Series("ESA", (0, 10, 30, 60), first, highlight=True),
              Series("CNSA", (5, 20, 25, 40), second)]
    surface = line_chart((480, 240), ["Mar 2021", "Mar 2022", "Mar 2023", "Mar 2024"],
                         series, DEFAULT, font_size=14)
    assert surface.get_size() == (480, 240)
    assert count_colour(surface, first) > count_colour(surface, second) > 0


def test_the_colour_blind_palette_reaches_the_chart() -> None:
    colour = colours(OKABE_ITO, 1)[0]
    surface = line_chart((300, 160), ["a", "b"], [Series("ESA", (1, 2), colour)], OKABE_ITO)
    assert colour != colours(DEFAULT, 1)[0]
    assert count_colour(surface, colour) > 0


def test_a_chart_with_no_turns_yet_still_draws() -> None:
    surface = line_chart((200, 120), [], [Series("ESA", (), DEFAULT.series[0])], DEFAULT)
    assert surface.get_size() == (200, 120)


def test_a_chart_peaking_at_250_is_gridded_up_to_250(monkeypatch: pytest.MonkeyPatch) -> None:
    import game.ui.charts as charts

    drawn: list[str] = []
    real = charts._font

    class Spy:
        def __init__(self, size: int, bold: bool = False) -> None:
            self.font = real(size, bold)

        def size(self, text: str) -> tuple[int, int]:
            return self.font.size(text)

        def render(self, text: str, *args: object) -> pygame.Surface:
            drawn.append(text)
            return self.font.render(text, *args)

    monkeypatch.setattr(charts, "_font", Spy)
    line_chart((480, 240), ["a", "b"], [Series("ESA", (120, 250), DEFAULT.series[0])], DEFAULT)
    assert "250" in drawn and "500" not in drawn
