"""`moonward graph --out FILE.png`: the milestone graph drawn with pygame, off screen.

The same picture as the SVG (game/graph_svg.py `picture`: the turn screen's layout, lanes
per track, an arrow per `requires`, bloc-only milestones dashed in yellow, a legend), drawn
on a Surface with the game's own font, so nothing here needs a window.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import pygame

from game.graph_svg import (
    BLOC_MARK,
    GUTTER_W,
    MARGIN,
    GraphPicture,
    bloc_note,
    legend_items,
    picture,
    track_colour,
    track_label,
)
from game.scenario.models import Scenario
from game.ui.fonts import font
from game.ui.widgets import text_fit

BACKGROUND = (12, 14, 24)
INK = (230, 232, 240)
MUTED = (150, 155, 170)
LANE = (28, 32, 48)


def write_png(scenario: Scenario, path: Path, width: int = 1600, height: int = 900) -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # no window: a picture on a Surface
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    pygame.font.init()
    surface = pygame.Surface((width, height))
    draw(surface, picture(scenario, width, height), scenario)
    pygame.image.save(surface, str(path))


def draw(surface: pygame.Surface, pic: GraphPicture, scenario: Scenario) -> None:
    surface.fill(BACKGROUND)
    surface.blit(font(20, bold=True).render(pic.title, True, INK), (MARGIN, 8))  # title strip
    for track, box in pic.boxes.bands.items():
        rect = pygame.Rect(box)
        pygame.draw.rect(surface, LANE, rect, border_radius=6)
        stripe = pygame.Rect(rect.x, rect.y, GUTTER_W, rect.h)
        pygame.draw.rect(surface, _mix(LANE, track_colour(track), 0.55), stripe,
                         border_top_left_radius=6, border_bottom_left_radius=6)
        label = pygame.transform.rotate(font(14, bold=True).render(track_label(track), True,
                                                                   INK), 90)
        if label.get_height() > rect.h - 4:
            label = pygame.transform.smoothscale(label, (label.get_width(), max(1, rect.h - 4)))
        surface.blit(label, label.get_rect(center=stripe.center))
    nodes = pic.boxes.nodes
    for points in pic.boxes.edges.values():
        _arrow(surface, points)
    for mid, box in nodes.items():
        rect = pygame.Rect(box)
        pygame.draw.rect(surface, track_colour(scenario.milestones[mid].track), rect,
                         border_radius=8)
        bloc = pic.bloc_only.get(mid)
        if bloc:
            _dashed_outline(surface, rect)
        size = max(10, min(16, rect.h // 4))
        f = font(size)
        notes = [bloc_note(bloc)] if bloc else []
        step = round(size * 1.2)
        room = max(1, (rect.h - 8) // step - len(notes))
        lines, _ = text_fit.wrap_within(_measure(f), pic.names[mid], rect.w - 8, room)
        y = rect.centery - step * (len(lines) + len(notes)) / 2
        for i, line in enumerate([*lines, *notes]):
            face = f if i < len(lines) else font(max(9, size - 3), bold=True)
            img = face.render(line, True, BACKGROUND)
            surface.blit(img, img.get_rect(center=(rect.centerx, round(y + step / 2))))
            y += step
    _legend(surface, pic)


def _measure(face: pygame.font.Font) -> text_fit.Measure:
    return lambda text: face.size(text)[0]


def _arrow(surface: pygame.Surface, points: tuple[tuple[float, float], ...]) -> None:
    """The routed arrow (as the turn screen draws it), its head's tip at the last point."""
    line = [pygame.Vector2(p) for p in points]
    if len(line) < 2:
        return
    end, back = line[-1], line[-2]
    pygame.draw.lines(surface, MUTED, False, [*line[:-1], end + (back - end).normalize() * 4
                                              if end != back else end], 2)
    angle = math.atan2(end.y - back.y, end.x - back.x)
    left = end - pygame.Vector2(8, 0).rotate_rad(angle - 0.45)
    right = end - pygame.Vector2(8, 0).rotate_rad(angle + 0.45)
    pygame.draw.polygon(surface, MUTED, [end, left, right])


def _dashed_outline(surface: pygame.Surface, rect: pygame.Rect) -> None:
    for x in range(rect.left, rect.right, 10):
        end = min(x + 6, rect.right)
        pygame.draw.line(surface, BLOC_MARK, (x, rect.top), (end, rect.top), 3)
        pygame.draw.line(surface, BLOC_MARK, (x, rect.bottom - 1), (end, rect.bottom - 1), 3)
    for y in range(rect.top, rect.bottom, 10):
        end = min(y + 6, rect.bottom)
        pygame.draw.line(surface, BLOC_MARK, (rect.left, y), (rect.left, end), 3)
        pygame.draw.line(surface, BLOC_MARK, (rect.right - 1, y), (rect.right - 1, end), 3)


def _legend(surface: pygame.Surface, pic: GraphPicture) -> None:
    x, y, _, h = pic.legend_area
    mid_y = y + h // 2
    f = font(14)
    for kind, words in legend_items(pic):
        swatch = pygame.Rect(x, mid_y - 8, 16, 16)
        if kind.startswith("track:"):
            pygame.draw.rect(surface, track_colour(kind[6:]), swatch, border_radius=3)
        elif kind == "bloc":
            _dashed_outline(surface, swatch)
        else:
            pygame.draw.line(surface, MUTED, (x, mid_y), (x + 16, mid_y), 2)
        img = f.render(words, True, INK)
        surface.blit(img, img.get_rect(midleft=(x + 22, mid_y)))
        x += 22 + img.get_width() + 24


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))
