"""The Moon map's picture: two hemispheres drawn with numpy, markers in agency colours.

The discs are evenly lit (a map, not the title's sunlit Moon: a marker on the night side
would be lost), with maria from smoothed noise (many on the near side, few on the far side,
as anyone comparing the two faces sees) and craters, in the title Moon's style. Both the
texture and the finished picture are cached: the texture per size, the picture per key
(session version, area, palette), so a frame is one blit.

Documented landings are rings, played ones filled dots, both in the agency's colour from
game/charts.py `agency_styles`, with a dark outline so they read on the grey.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pygame

from game.charts import Colour
from game.moon_map import SIDES, Marker, Side, to_pixels
from game.ui.moon import _smooth_noise

OUTLINE: Colour = (10, 12, 20)


def hemisphere_pixels(diameter: int, side: Side) -> np.ndarray:
    """(d, d, 4) uint8 RGBA of one face, lit from the viewer."""
    d = max(8, diameter)
    rng = np.random.default_rng(11 if side == "near" else 29)
    c = (np.arange(d) + 0.5) / d * 2 - 1
    x, y = c[None, :], c[:, None]
    r2 = x * x + y * y
    z = np.sqrt(np.clip(1 - r2, 0, 1))
    # Each texture is two noises on grids that do not line up: one alone shows its squares.
    albedo = 0.74 + 0.07 * (_smooth_noise(rng, d, 13) + _smooth_noise(rng, d, 29))
    maria = 0.6 * _smooth_noise(rng, d, 5) + 0.4 * _smooth_noise(rng, d, 8)
    threshold, depth = (0.5, 0.32) if side == "near" else (0.78, 0.18)
    albedo = albedo - depth * np.clip((maria - threshold) * 3, 0, 1)
    for _ in range(45 if side == "near" else 80):
        cx, cy = rng.uniform(-0.95, 0.95, 2)
        radius = rng.uniform(0.015, 0.09)
        reach = radius * 1.4
        x0, x1 = (np.clip([(cx - reach + 1) / 2 * d, (cx + reach + 1) / 2 * d + 1], 0, d)
                  .astype(int))
        y0, y1 = (np.clip([(cy - reach + 1) / 2 * d, (cy + reach + 1) / 2 * d + 1], 0, d)
                  .astype(int))
        dist = np.sqrt((x[:, x0:x1] - cx) ** 2 + (y[y0:y1] - cy) ** 2) / radius
        rim = np.exp(-((dist - 1.0) ** 2) / 0.02) * 0.12
        albedo[y0:y1, x0:x1] += np.where(dist < 0.9, -0.07, 0.0) + rim
    shade = np.clip(albedo, 0, 1) * (0.55 + 0.45 * z)
    edge = np.clip((1 - np.sqrt(r2)) * d * 0.5, 0, 1)
    pixels = np.empty((d, d, 4), np.uint8)
    for k, channel in enumerate((shade * 226, shade * 224, shade * 218,
                                 np.where(r2 <= 1.0, edge * 255, 0))):
        pixels[..., k] = channel.clip(0, 255)
    return pixels


@lru_cache(maxsize=4)
def hemisphere_surface(diameter: int, side: Side) -> pygame.Surface:
    """One face as a Surface, made once per size: callers blit it, never draw on it."""
    pixels = hemisphere_pixels(diameter, side)
    surface = pygame.Surface(pixels.shape[:2], pygame.SRCALPHA)
    pygame.surfarray.pixels3d(surface)[...] = pixels[..., :3].transpose(1, 0, 2)
    pygame.surfarray.pixels_alpha(surface)[...] = pixels[..., 3].T
    return surface


@dataclass(frozen=True)
class MapGeometry:
    """Where the two discs stand in an area (area coordinates) and the marker size."""

    centres: dict[Side, tuple[int, int]]
    radius: int
    marker: int

    def point(self, m: Marker) -> tuple[int, int]:
        px, py = to_pixels(m, self.centres[m.side], self.radius)
        return round(px), round(py)


def geometry(size: tuple[int, int]) -> MapGeometry:
    """Two discs side by side, as large as the area allows, with a gap between."""
    w, h = size
    radius = max(20, min((w - 36) // 4, (h - 8) // 2))
    gap = max(12, (w - 4 * radius) // 3)
    cy = h // 2
    centres: dict[Side, tuple[int, int]] = {
        "near": (gap + radius, cy), "far": (w - gap - radius, cy)}
    return MapGeometry(centres, radius, max(5, radius // 22))


def draw_marker(surface: pygame.Surface, m: Marker, at: tuple[int, int], size: int,
                colour: Colour, pip: bool = False) -> None:
    """A ring for a documented landing, a filled dot for one made in this game; `pip` (an
    agency whose chart line is dashed: the colours have run out) adds a dark centre, so
    two agencies sharing a colour still differ."""
    if m.kind == "documented":
        pygame.draw.circle(surface, OUTLINE, at, size + 3)
        pygame.draw.circle(surface, colour, at, size + 2, max(2, size // 2))
    else:
        pygame.draw.circle(surface, OUTLINE, at, size + 1)
        pygame.draw.circle(surface, colour, at, size)
    if pip:
        pygame.draw.circle(surface, OUTLINE, at, max(1, size // 3))


def render(size: tuple[int, int], markers: list[Marker], colours: Mapping[str, Colour],
           background: Colour, muted: Colour, pips: frozenset[str] = frozenset()
           ) -> pygame.Surface:
    """The whole map: both discs, their rims, the markers (an agency not in `colours`, or
    none, is drawn in `muted`; an agency in `pips` gets a dark centre)."""
    # opaque, on the screen's background: a frame's blit then copies, never blends
    surface = pygame.Surface(size)
    surface.fill(background)
    geo = geometry(size)
    for side in SIDES:
        cx, cy = geo.centres[side]
        disc = hemisphere_surface(geo.radius * 2, side)
        surface.blit(disc, (cx - geo.radius, cy - geo.radius))
        pygame.draw.circle(surface, muted, (cx, cy), geo.radius + 1, 1)
    for m in markers:
        colour = colours.get(m.agency or "", muted)
        draw_marker(surface, m, geo.point(m), geo.marker, colour, (m.agency or "") in pips)
    return surface
