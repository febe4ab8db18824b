"""A scenario's pictures on screen: read through the guarded door, loaded by pygame, scaled
to fit their box (never stretched), cached, and never fatal.

`validate` is where a teacher hears of a bad picture (game/scenario/images.py); here a file
that went missing or was damaged after validation only means the screen shows no picture.
The caption, when the scenario gives one, is the picture's tooltip and its words for a
reader who cannot see it; the credit says where the picture comes from.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UIImage

from game import files
from game.citations import attribution
from game.scenario import images, limits
from game.scenario.models import Picture, Scenario
from game.translation_marks import marked, original_tip

if TYPE_CHECKING:
    from game.ui.scene import Scene

# Loaded pictures by (file, modified time, size): a screen rebuilt on every resize or click
# must not read and decode its picture again. A few entries cover every screen's pictures.
_CACHE_SIZE = 24
_loaded: OrderedDict[tuple[str, float, int], pygame.Surface | None] = OrderedDict()
_scaled: OrderedDict[tuple[int, int, int], pygame.Surface] = OrderedDict()


def load(scenario_path: str | Path, picture: Picture | None) -> pygame.Surface | None:
    """The picture as a surface, or None when there is none or it cannot be shown now."""
    if picture is None:
        return None
    try:
        path = images.locate(scenario_path, picture.file)
        info = path.stat()
    except (images.ImageProblem, OSError):
        return None
    key = (str(path), info.st_mtime, info.st_size)
    if key in _loaded:
        _loaded.move_to_end(key)
        return _loaded[key]
    surface: pygame.Surface | None
    try:
        data = files.read_bytes(path, max_bytes=limits.MAX_IMAGE_BYTES, what="a picture")
        shape = images.read_info(data)
        if max(shape.width, shape.height) > limits.MAX_IMAGE_SIDE:
            raise images.ImageProblem("too large")
        surface = pygame.image.load(io.BytesIO(data), path.name)
    except (files.FileProblem, images.ImageProblem, pygame.error, OSError, ValueError):
        surface = None
    _loaded[key] = surface
    while len(_loaded) > _CACHE_SIZE:
        _loaded.popitem(last=False)
    return surface


def fit(size: tuple[int, int], box: pygame.Rect) -> pygame.Rect:
    """The largest rectangle of the picture's proportions inside `box`, centred in it."""
    width, height = size
    scale = min(box.w / max(width, 1), box.h / max(height, 1))
    fitted = pygame.Rect(0, 0, max(1, round(width * scale)), max(1, round(height * scale)))
    fitted.center = box.center
    return fitted


def _scaled_to(surface: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    key = (id(surface), *size)
    if key not in _scaled:
        _scaled[key] = pygame.transform.smoothscale(surface.convert_alpha()
                                                    if pygame.display.get_surface() else
                                                    surface, size)
        while len(_scaled) > _CACHE_SIZE:
            _scaled.popitem(last=False)
    return _scaled[key]


def picture(scene: Scene, box: pygame.Rect, scenario: Scenario, scenario_path: str | Path,
            image: Picture | None) -> UIImage | None:
    """A picture widget scaled to fit `box`, its caption and credit as its tooltip; None
    (and nothing drawn) when there is no picture or it cannot be read."""
    surface = load(scenario_path, image)
    if surface is None or image is None or box.w < 8 or box.h < 8:
        return None
    rect = fit(surface.get_size(), box)
    widget = UIImage(rect, _scaled_to(surface, rect.size), manager=scene.app.manager)
    credit = escape(attribution(scenario, image.claim, image.sources))
    # a translated caption says so, and gives the English it was translated from
    caption = f"{escape(image.caption + marked(image, 'caption'))}<br>" if image.caption else ""
    original = original_tip(image, "caption")
    widget.set_tooltip(caption + credit + (f"<br>{escape(original)}" if original else ""))
    scene.track(widget)
    return widget
