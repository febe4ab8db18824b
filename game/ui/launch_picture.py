"""The launch picture of the attempt dialog: a night sky, a horizon and a pad, the agency's
vehicle climbing past one mark per step, each mark coloured as its roll is revealed.

Everything that does not move is drawn once per size and palette (sky, stars, horizon,
pad, the vehicle and two flame shapes); a frame is then a few blits and small rects
(`LaunchPicture.frame`), well inside the 8 ms frame budget. What is shown comes from the
caller's `Moment` (game/launch_sequence.py) and the engine's launch record, never from
anything the picture decides itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pygame

from game.charts import Colour
from game.ui.palette import Palette

SKY_TOP = (8, 12, 30)  # the night sky's top and bottom: a picture, not a palette colour
SKY_LOW = (28, 40, 72)
GROUND = (38, 40, 46)
STARS_SEED = 7  # a fixed, local generator: the same sky every run, no game randomness
FAILED_GREY = (120, 120, 128)  # the vehicle after a failure: still, unlit


@dataclass(frozen=True)
class Marks:
    """The steps beside the climb: how many the mission plans, and the flown ones' results
    revealed so far (True success, False failure)."""

    planned: int
    results: tuple[bool, ...]


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


class LaunchPicture:
    """One dialog's picture, at one size, in one palette, for one agency colour."""

    def __init__(self, size: tuple[int, int], palette: Palette, colour: Colour,
                 crewed: bool) -> None:
        self.size = size
        self.palette = palette
        self.colour = colour
        self.crewed = crewed
        w, h = size
        self.ground_y = h - max(10, h // 9)
        self.top_y = max(8, h // 14)
        # the vehicle is a fixed share of the picture, so a small window shows it whole
        self.body = (max(8, w // 9), max(26, h // 5))
        self.sky = self._sky()
        self.vehicle = self._vehicle(colour)
        self.grey = self._vehicle(FAILED_GREY)
        self.flames = (self._flame(1.0), self._flame(0.7))
        self.out = pygame.Surface(size)
        self.frames = 0  # frames drawn (tests and the benchmark watch the cost)
        self.marks = Marks(0, ())  # the step marks last drawn (tests hold them to the list)
        self.crew_safe = False  # the last frame drew an aborted crew under its parachute

    # --- drawn once ------------------------------------------------------------------

    def _sky(self) -> pygame.Surface:
        w, h = self.size
        sky = pygame.Surface(self.size)
        for y in range(self.ground_y):
            pygame.draw.line(sky, _mix(SKY_TOP, SKY_LOW, y / max(1, self.ground_y)),
                             (0, y), (w, y))
        rng = np.random.default_rng(STARS_SEED)
        count = max(12, w * h // 900)
        xs = rng.integers(0, w, count)
        ys = rng.integers(0, max(1, self.ground_y - 6), count)
        shades = rng.integers(120, 255, count)
        for x, y, s in zip(xs, ys, shades, strict=True):
            sky.set_at((int(x), int(y)), (int(s), int(s), int(s)))
        pygame.draw.rect(sky, GROUND, (0, self.ground_y, w, h - self.ground_y))
        pygame.draw.line(sky, _mix(GROUND, self.palette.text, 0.3), (0, self.ground_y),
                         (w, self.ground_y))
        # the pad: a tower beside the vehicle's place
        bw, bh = self.body
        cx = self.x_centre
        tower = pygame.Rect(cx - bw - max(4, bw // 2), self.ground_y - bh - bh // 3,
                            max(3, bw // 3), bh + bh // 3)
        pygame.draw.rect(sky, (90, 92, 100), tower)
        pygame.draw.rect(sky, (70, 72, 80), (cx - bw, self.ground_y - 3, 2 * bw, 3))
        return sky

    @property
    def x_centre(self) -> int:
        return self.size[0] * 3 // 5  # left of centre stays free for the step marks

    def _vehicle(self, colour: Colour) -> pygame.Surface:
        bw, bh = self.body
        fin = max(3, bw // 2)
        nose = max(6, bh // 4)
        sprite = pygame.Surface((bw + 2 * fin, bh + nose), pygame.SRCALPHA)
        left, right = fin, fin + bw
        white = (232, 234, 240)
        pygame.draw.rect(sprite, white, (left, nose, bw, bh))
        # the agency's colour as a band, as its line on the score charts
        pygame.draw.rect(sprite, colour, (left, nose + bh // 3, bw, max(3, bh // 6)))
        if self.crewed:  # a capsule on top: a crewed flight reads as one at a glance
            pygame.draw.polygon(sprite, colour, [(left, nose), (right, nose),
                                                 ((left + right) // 2, 0)])
        else:
            pygame.draw.polygon(sprite, white, [(left, nose), (right, nose),
                                                ((left + right) // 2, 0)])
        for side in (-1, 1):
            x0 = left if side < 0 else right
            pygame.draw.polygon(sprite, colour, [(x0, nose + bh - bh // 3),
                                                 (x0 + side * fin, nose + bh),
                                                 (x0, nose + bh)])
        pygame.draw.rect(sprite, (60, 60, 70), (left, nose, bw, bh), width=1)
        return sprite

    def _flame(self, length: float) -> pygame.Surface:
        bw, bh = self.body
        h = max(6, round(bh * 0.55 * length))
        flame = pygame.Surface((bw, h), pygame.SRCALPHA)
        pygame.draw.polygon(flame, (255, 150, 40), [(0, 0), (bw, 0), (bw // 2, h)])
        pygame.draw.polygon(flame, (255, 230, 120), [(bw // 4, 0), (bw - bw // 4, 0),
                                                     (bw // 2, h * 2 // 3)])
        return flame

    # --- drawn each frame ------------------------------------------------------------

    def frame(self, height: float, lit: bool, failed: bool, marks: Marks,
              flicker: int = 0, crew_safe: bool = False) -> pygame.Surface:
        """The picture for one moment: the vehicle `height` (0..1) up the climb, its flame
        when `lit` (`flicker` picks the flame's shape; 0 always for reduced motion). After a
        failed crewed flight the engine called an abort, `crew_safe` draws the capsule under
        its parachute beside the vehicle; a crew lost is drawn as nothing more."""
        self.frames += 1
        self.marks = marks
        self.crew_safe = crew_safe
        out = self.out
        out.blit(self.sky, (0, 0))
        self._marks(out, marks)
        sprite = self.grey if failed else self.vehicle
        climb = self.ground_y - self.top_y - sprite.get_height()
        y = self.ground_y - sprite.get_height() - round(height * max(0, climb))
        x = self.x_centre - sprite.get_width() // 2
        if lit and not failed:
            flame = self.flames[flicker % len(self.flames)]
            out.blit(flame, (self.x_centre - flame.get_width() // 2, y + sprite.get_height()))
        out.blit(sprite, (x, y))
        if crew_safe:
            self._parachute(out, x + sprite.get_width() + self.body[0], y)
        return out

    def _parachute(self, out: pygame.Surface, x: int, y: int) -> None:
        bw = self.body[0]
        canopy = pygame.Rect(x - bw, y, 2 * bw + 2, bw + 2)
        # the canopy's upper half-ellipse, as a polygon (the sky behind it is a gradient)
        dome = [(canopy.centerx + canopy.w / 2 * np.cos(a), canopy.bottom - canopy.h * np.sin(a))
                for a in np.linspace(0.0, np.pi, 13)]
        pygame.draw.polygon(out, (236, 236, 240), dome)
        canopy = pygame.Rect(canopy.x, canopy.bottom - 1, canopy.w, 2)  # its rim, for lines
        capsule = pygame.Rect(0, 0, max(4, bw * 2 // 3), max(4, bw * 2 // 3))
        capsule.midtop = (canopy.centerx, canopy.bottom + bw)
        for end in (canopy.x, canopy.right - 1):
            pygame.draw.line(out, (200, 200, 210), (end, canopy.centery), capsule.midtop)
        pygame.draw.rect(out, self.colour, capsule)

    def mark_y(self, index: int, planned: int) -> int:
        """Where step `index`'s mark sits: the steps spread up the climb, first lowest."""
        span = self.ground_y - self.top_y - self.body[1]
        return self.ground_y - self.body[1] // 2 - round(span * (index + 1) / max(1, planned))

    def _marks(self, out: pygame.Surface, marks: Marks) -> None:
        r = max(3, self.size[0] // 30)
        x = max(r + 4, self.size[0] // 6)
        p = self.palette
        for i in range(marks.planned):
            y = self.mark_y(i, marks.planned)
            if i < len(marks.results):
                ok = marks.results[i]
                pygame.draw.circle(out, p.good if ok else p.bad, (x, y), r)
                if not ok:  # a cross too: a failure must not rest on colour alone
                    d = max(2, r * 2 // 3)
                    pygame.draw.line(out, p.text, (x - d, y - d), (x + d, y + d), 2)
                    pygame.draw.line(out, p.text, (x - d, y + d), (x + d, y - d), 2)
            else:
                pygame.draw.circle(out, p.muted, (x, y), r, width=1)
            pygame.draw.line(out, _mix(p.muted, SKY_LOW, 0.5), (x + r + 2, y),
                             (self.x_centre - self.body[0], y))
