"""The Moon on the title screen: a texture made with numpy, craters and shading, no file.

`moon_surface(diameter, seed)` returns a pygame Surface with per-pixel alpha: a lit sphere
(Lambert shading from the upper left), dark maria from smoothed noise, and craters with a
dark floor and a bright rim. Made once per size and seed, and kept: a later title (Quit to
title, a resize back) does not make it again.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pygame


def _smooth_noise(rng: np.random.Generator, size: int, cells: int) -> np.ndarray:
    """Value noise: a coarse random grid upscaled bilinearly."""
    grid = rng.random((cells + 1, cells + 1))
    x = np.linspace(0, cells, size, endpoint=False)
    i = x.astype(int)
    f = x - i
    f = f * f * (3 - 2 * f)
    # Along the rows on the coarse grid first, then pick rows: the same sums, element by
    # element, as interpolating four full-size gathers, at a quarter of the work.
    across = grid[:, i] * (1 - f)[None, :] + grid[:, i + 1] * f[None, :]
    noise: np.ndarray = across[i] * (1 - f)[:, None] + across[i + 1] * f[:, None]
    return noise


def moon_pixels(diameter: int, seed: int = 7) -> np.ndarray:
    """(d, d, 4) uint8 RGBA of the Moon."""
    d = max(8, diameter)
    rng = np.random.default_rng(seed)
    c = (np.arange(d) + 0.5) / d * 2 - 1
    # a row and a column that broadcast: the values of a meshgrid without its two full frames
    x, y = c[None, :], c[:, None]
    r2 = x * x + y * y
    inside = r2 <= 1.0
    z = np.sqrt(np.clip(1 - r2, 0, 1))
    albedo = 0.78 + 0.12 * _smooth_noise(rng, d, 16)
    maria = _smooth_noise(rng, d, 5)
    albedo -= 0.28 * np.clip((maria - 0.55) * 3, 0, 1)
    height = np.zeros((d, d))
    for _ in range(70):
        cx, cy = rng.uniform(-0.95, 0.95, 2)
        radius = rng.uniform(0.02, 0.13) if rng.random() < 0.85 else rng.uniform(0.13, 0.22)
        # only the crater's own box: 70 full-frame passes would slow the first frame
        reach = radius * 1.5
        x0, x1 = (np.clip([(cx - reach + 1) / 2 * d, (cx + reach + 1) / 2 * d + 1], 0, d)
                  .astype(int))
        y0, y1 = (np.clip([(cy - reach + 1) / 2 * d, (cy + reach + 1) / 2 * d + 1], 0, d)
                  .astype(int))
        box = (slice(y0, y1), slice(x0, x1))
        dist = np.sqrt((x[:, x0:x1] - cx) ** 2 + (y[y0:y1] - cy) ** 2) / radius
        bowl = np.where(dist < 1, -(1 - dist**2), 0.0)
        rim = np.exp(-((dist - 1.0) ** 2) / 0.02) * 0.35
        height[box] += (bowl + rim) * radius
        albedo[box] += np.where(dist < 0.9, -0.05, 0.0) + rim * 0.15
    # normals from the sphere bent by the crater heights, lit from the upper left
    gy, gx = np.gradient(height * d * 0.6)
    nx, ny, nz = x - gx * 0.05, y - gy * 0.05, z + 1e-6
    norm = np.sqrt(nx * nx + ny * ny + nz * nz)
    light = np.array([-0.55, -0.45, 0.70])
    light /= np.linalg.norm(light)
    lambert = np.clip((nx * light[0] + ny * light[1] + nz * light[2]) / norm, 0, 1)
    shade = np.clip(albedo, 0, 1) * (0.08 + 0.92 * lambert)
    edge = np.clip((1 - np.sqrt(r2)) * d * 0.5, 0, 1)  # a soft one-pixel antialiased edge
    alpha = np.where(inside, edge * 255, 0)
    # each channel straight into the bytes: no (d, d, 4) frame of floats on the way
    pixels = np.empty((d, d, 4), np.uint8)
    for k, channel in enumerate((shade * 236, shade * 232, shade * 222, alpha)):
        pixels[..., k] = channel.clip(0, 255)
    return pixels


@lru_cache(maxsize=4)
def moon_surface(diameter: int, seed: int = 7) -> pygame.Surface:
    """The Moon as a Surface; the same object for the same size and seed, so callers blit
    it and never draw on it."""
    pixels = moon_pixels(diameter, seed)
    surface = pygame.Surface(pixels.shape[:2], pygame.SRCALPHA)
    pygame.surfarray.pixels3d(surface)[...] = pixels[..., :3].transpose(1, 0, 2)
    pygame.surfarray.pixels_alpha(surface)[...] = pixels[..., 3].T
    return surface


# --- the turning Moon ------------------------------------------------------------------

DEGREES_PER_SECOND = 1.0  # how fast the title's Moon turns about its axis
BANDS = 8  # the picture is redrawn a band of rows a frame: an eighth of the work each


def _wrapped_noise(rng: np.random.Generator, rows: int, cols: int, cells: int) -> np.ndarray:
    """Value noise over a (rows, cols) map whose left edge continues its right edge."""
    grid = rng.random((cells + 1, 2 * cells))
    y = np.linspace(0, cells, rows, endpoint=False)
    x = np.linspace(0, 2 * cells, cols, endpoint=False)
    i, j = y.astype(int), x.astype(int)
    fy, fx = y - i, x - j
    fy, fx = fy * fy * (3 - 2 * fy), fx * fx * (3 - 2 * fx)
    across = grid[:, j] * (1 - fx)[None, :] + grid[:, (j + 1) % (2 * cells)] * fx[None, :]
    noise: np.ndarray = across[i] * (1 - fy)[:, None] + across[i + 1] * fy[:, None]
    return noise


def moon_map(rows: int, seed: int = 7) -> np.ndarray:
    """The Moon's surface as an equirectangular map, (rows, 2 * rows) uint8 brightness:
    latitude down the rows (north at the top), longitude across, the two ends meeting.
    Maria from smoothed noise, craters with a dark floor and a bright rim, their relief lit
    from the north-west (the title's light comes from the upper left)."""
    cols = 2 * rows
    rng = np.random.default_rng(seed)
    lat = (0.5 - (np.arange(rows) + 0.5) / rows) * np.pi
    lon = (np.arange(cols) + 0.5) / cols * 2 * np.pi
    albedo = 0.78 + 0.12 * _wrapped_noise(rng, rows, cols, 12)
    # maria: large dark seas, from two scales of noise so their shores are not square
    seas = 0.65 * _wrapped_noise(rng, rows, cols, 3) + 0.35 * _wrapped_noise(rng, rows, cols, 9)
    albedo -= 0.38 * np.clip((seas - 0.5) * 4, 0, 1)
    height = np.zeros((rows, cols))
    per_radian = rows / np.pi  # map pixels per radian, down and (at the equator) across
    for _ in range(90):
        lat0, lon0 = rng.uniform(-1.2, 1.2), rng.uniform(0, 2 * np.pi)
        radius = rng.uniform(0.02, 0.13) if rng.random() < 0.85 else rng.uniform(0.13, 0.22)
        reach = radius * 1.5
        r0 = int(np.clip((np.pi / 2 - lat0 - reach) * per_radian, 0, rows))
        r1 = int(np.clip((np.pi / 2 - lat0 + reach) * per_radian + 1, 0, rows))
        half = reach / max(0.2, np.cos(abs(lat0) + reach)) * per_radian
        centre = lon0 / (2 * np.pi) * cols
        # only the crater's own box, its columns wrapped round the map's seam
        c = np.arange(int(centre - half), int(centre + half) + 2) % cols
        box = np.ix_(np.arange(r0, r1), c)
        dx = ((lon[c][None, :] - lon0 + np.pi) % (2 * np.pi) - np.pi) * np.cos(lat[r0:r1, None])
        dist = np.sqrt(dx**2 + (lat[r0:r1, None] - lat0) ** 2) / radius
        bowl = np.where(dist < 1, -(1 - dist**2), 0.0)
        rim = np.exp(-((dist - 1.0) ** 2) / 0.02) * 0.35
        height[box] += (bowl + rim) * radius
        albedo[box] += np.where(dist < 0.9, -0.05, 0.0) + rim * 0.15
    # the slope towards the light brightens, away from it darkens; across wraps the seam
    east = (np.roll(height, -1, 1) - np.roll(height, 1, 1)) / 2 * per_radian
    south = (np.roll(height, -1, 0) - np.roll(height, 1, 0)) / 2 * per_radian
    south[0] = south[-1] = 0.0  # the poles: no row beyond them
    relief = np.clip(1 + 0.8 * (east * 0.6 + south * 0.5), 0.6, 1.4)
    brightness: np.ndarray = (np.clip(albedo * relief, 0, 1) * 255).astype(np.uint8)
    return brightness


class TurningMoon:
    """The title's Moon turning about its axis: the map above laid on a sphere, lit from
    the upper left (the light stays, the surface moves under it).

    Where each pixel of the disc looks on the map is worked out once; a frame then only
    gathers the map's brightness at the current longitude for one band of rows (`BANDS`
    of them take turns), so no frame pays for the whole picture. `surface` is blitted
    as it is. `turn(dt)` moves it on; a Moon that is never turned stands still."""

    def __init__(self, diameter: int, seed: int = 7) -> None:
        d = self.diameter = max(8, diameter)
        self.map = moon_map(d, seed)
        self.cols = 2 * d
        c = (np.arange(d, dtype=np.float32) + 0.5) / d * 2 - 1
        x, y = c[None, :], c[:, None]
        r2 = x * x + y * y
        z = np.sqrt(np.clip(1 - r2, 0, 1))
        lat = np.arcsin(np.clip(-y, -1, 1)) * np.ones_like(x)
        lon = np.arctan2(x, z)
        rows = np.clip(((np.pi / 2 - lat) / np.pi * d).astype(np.int32), 0, d - 1)
        self._base = rows * self.cols  # the flat index of each pixel's map row
        self._lon = ((lon + np.pi) / (2 * np.pi) * self.cols).astype(np.int32)
        light = np.array([-0.55, -0.45, 0.70])
        light /= np.linalg.norm(light)
        lambert = np.clip(x * light[0] + y * light[1] + z * light[2], 0, 1)
        shade = 0.08 + 0.92 * lambert
        # brightness (0-255) times this, shifted down 8 bits, is the pixel's colour
        tint = np.array([236, 232, 222]) * 256 / 255
        self._tint = (shade[..., None] * tint).astype(np.uint16)
        edge = np.clip((1 - np.sqrt(r2)) * d * 0.5, 0, 1)
        self.surface = pygame.Surface((d, d), pygame.SRCALPHA)
        pygame.surfarray.pixels_alpha(self.surface)[...] = np.where(r2 <= 1, edge * 255, 0).T
        self.degrees = 0.0  # how far it has turned
        self.shown = 0  # how many map columns the whole picture is turned by
        self._pass = 0  # the turn the bands are being redrawn at
        self._band = 0  # the next band to redraw
        self._paint(0, d, 0)

    def _paint(self, top: int, bottom: int, shift: int) -> None:
        index = self._base[top:bottom] + (self._lon[top:bottom] + shift) % self.cols
        bright = self.map.ravel()[index].astype(np.uint16)
        rgb = (bright[..., None] * self._tint[top:bottom]) >> 8
        pixels = pygame.surfarray.pixels3d(self.surface)
        pixels[:, top:bottom] = rgb.astype(np.uint8).transpose(1, 0, 2)
        del pixels  # unlocks the surface for blitting

    def turn(self, dt: float) -> bool:
        """Turn by `dt` seconds' worth and redraw the next band of rows at the new angle;
        True when the picture changed (the screen needs drawing again)."""
        self.degrees = (self.degrees + DEGREES_PER_SECOND * dt) % 360.0
        if self._band == 0:
            # a new pass over the bands, all at one angle: none is drawn at another
            shift = round(self.degrees / 360.0 * self.cols) % self.cols
            if shift == self.shown:
                return False  # the picture already shows this angle: nothing to draw
            self._pass = shift
        d = self.diameter
        top, bottom = self._band * d // BANDS, (self._band + 1) * d // BANDS
        self._paint(top, bottom, self._pass)
        self._band = (self._band + 1) % BANDS
        if self._band == 0:
            self.shown = self._pass
        return True


@lru_cache(maxsize=2)
def turning_moon(diameter: int, seed: int = 7) -> TurningMoon:
    """The turning Moon for a size, kept: a later title (Quit to title) goes on turning the
    same one rather than making it again."""
    return TurningMoon(diameter, seed)
