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
