"""Drive the game headless like a player: real pygame events, frames stepped by hand.

    app = make_app((1280, 720))            # dummy video/audio drivers, settings not saved
    drive = Driver(app)
    drive.click(button)                    # MOUSEMOTION, MOUSEBUTTONDOWN, MOUSEBUTTONUP
    drive.key(pygame.K_TAB, mod=pygame.KMOD_SHIFT)
    drive.type("42")                       # TEXTINPUT events into the focused entry
    drive.step(3)                          # run three frames
    drive.find(UIButton, "New game")       # a visible widget of the top scene by its text
    drive.press("New game")                # find, then click

Events go through pygame.event.post and the app's own frame(), so the path is the one a
player's mouse and keyboard take. Each action steps enough frames for pygame_gui's events
(button pressed, slider moved) to reach the scene.
"""

from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame
from pygame_gui.core import UIElement
from pygame_gui.core.interfaces import IGUIFontInterface

from game.ui import settings as settings_mod
from game.ui.app import App

DT = 1 / 60
# A widget class to look for; named here because Driver.type() hides the builtin in its body.
ElementKind = type[UIElement]


def make_app(size: tuple[int, int] = (1280, 720), **settings: Any) -> App:
    base = settings_mod.Settings(width=size[0], height=size[1], **settings)
    app = App(settings=base, size=size, windowed=True, persist=False)
    # The event queue is the process's, not the app's: an Esc a previous test (the monkey)
    # posted and never read would close the first scene this test opens. Read, not clear():
    # pygame-ce's clear() keeps each posted event's attributes alive, and a pygame_gui event
    # holds its element and so a whole UI manager (a full run grew to 1.5 GB that way).
    pygame.event.get()
    return app


def visible_elements(app: App) -> list[UIElement]:
    scene = app.top
    if scene is None:
        return []
    return [e for e in scene.elements if e.alive() and e.visible]


def element_text(element: UIElement) -> str:
    return str(getattr(element, "text", "") or getattr(element, "html_text", "") or "")


class Driver:
    def __init__(self, app: App) -> None:
        self.app = app

    def step(self, frames: int = 1) -> None:
        for _ in range(frames):
            self.app.frame(DT)

    def _pos(self, target: UIElement | tuple[int, int]) -> tuple[int, int]:
        if isinstance(target, tuple):
            return target
        center: tuple[int, int] = target.rect.center
        return center

    def click(self, target: UIElement | tuple[int, int], button: int = 1) -> None:
        # Move, press and release arrive in one frame, as a quick click does: pygame_gui
        # hit-tests each event at its own position. The second frame hands the scene the
        # UI_BUTTON_PRESSED the first one posted. (A frame per event drew the whole screen
        # two more times per click, for nothing the player could see.)
        pos = self._pos(target)
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0),
                                             buttons=(0, 0, 0), touch=False))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button,
                                             touch=False))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button,
                                             touch=False))
        self.step(2)

    def key(self, key: int, mod: int = 0, unicode: str = "") -> None:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod,
                                             unicode=unicode, scancode=0))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod,
                                             unicode=unicode, scancode=0))
        self.step(2)

    def type(self, text: str) -> None:
        for ch in text:
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=ch))
        self.step(2)

    def find(self, kind: ElementKind | None = None, text: str | None = None) -> UIElement:
        for element in visible_elements(self.app):
            if kind is not None and not isinstance(element, kind):
                continue
            if text is not None and element_text(element) != text:
                continue
            return element
        raise LookupError(f"no {kind.__name__ if kind else 'element'} {text!r} in "
                          f"{type(self.app.top).__name__}")

    def press(self, text: str) -> None:
        from pygame_gui.elements import UIButton

        self.click(self.find(UIButton, text))

    def hover(self, element: UIElement) -> Any:
        """Rest the pointer on `element` until its tooltip shows (pygame_gui waits a second
        of stillness); the tooltip, or None when none came."""
        pos = element.rect.center
        # pygame_gui asks SDL where the pointer is each frame; under the dummy video driver
        # SDL moves it (set_pos) only while the window has the mouse focus, which an
        # earlier test may have taken away: so the frames here are told the position.
        real_get_pos = pygame.mouse.get_pos
        pygame.mouse.get_pos = lambda *_: pos
        try:
            for _ in range(90):
                pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0),
                                                     buttons=(0, 0, 0), touch=False))
                self.step()
                tip = getattr(element, "tool_tip", None)
                if tip is not None:
                    return tip
            return None
        finally:
            pygame.mouse.get_pos = real_get_pos


# --- layout checks: used by every screen's layout test --------------------------------

_CONTAINERS = ("UIPanel", "UIScrollingContainer", "UIContainer", "UIWindow", "UIImage",
               "UIVerticalScrollBar", "UIHorizontalScrollBar", "UITooltip")


def _is_container(element: UIElement) -> bool:
    return any(cls.__name__ in _CONTAINERS for cls in type(element).__mro__)


def layout_problems(app: App) -> list[str]:
    """Widgets of the top scene that leave the window, overlap a sibling or cut their text.

    Widgets inside a scrolling container may lie below its visible part (that is what the
    scroll bar is for); they are checked against each other, not against the window.
    """
    window = app.rect
    problems: list[str] = []
    elements = [e for e in visible_elements(app) if e.rect.width > 0 and e.rect.height > 0]

    def name(e: UIElement) -> str:
        return f"{type(e).__name__}({element_text(e)[:30]!r} at {tuple(e.rect)})"

    for element in elements:
        scrolled = _in_scroller(element)
        if not scrolled and not window.contains(element.rect):
            problems.append(f"{name(element)} leaves the {window.w}x{window.h} window")
    problems += text_fit_problems(app)
    leaves = [e for e in elements if not _is_container(e)]
    for i, a in enumerate(leaves):
        for b in leaves[i + 1:]:
            if a.ui_container is not b.ui_container:
                continue
            if a.rect.colliderect(b.rect) and _overlap_area(a.rect, b.rect) > 4:
                problems.append(f"{name(a)} overlaps {name(b)}")
    return problems


def _overlap_area(a: pygame.Rect, b: pygame.Rect) -> int:
    clip = a.clip(b)
    return clip.width * clip.height


def _in_scroller(element: UIElement) -> bool:
    container = element.ui_container
    seen: set[int] = set()
    while container is not None and id(container) not in seen:
        seen.add(id(container))
        owner = getattr(container, "parent_element", None)
        if owner is not None and type(owner).__name__ == "UIScrollingContainer":
            return True
        if _is_scrolled_area(container):
            return True
        container = getattr(container, "ui_container", None)
    return False


def _is_scrolled_area(container: object) -> bool:
    """pygame_gui 0.6.14 leaves parent_element None on a scroller's inner container, so
    look the container up among the live scrollers' scrollable areas instead."""
    manager_root = getattr(container, "ui_manager", None)
    if manager_root is None:
        return False
    for sprite in manager_root.get_sprite_group().sprites():
        if getattr(sprite, "scrollable_container", None) is container:
            return True
    return False


# --- text that fits: every label and button shows its whole text, or says it is cut -----

ELLIPSES = ("\u2026", "...")
LEADING = 5  # px of a line's height above and below the letters that may be clipped


def _text_font(element: UIElement) -> IGUIFontInterface | None:
    font = getattr(element, "font", None)
    if font is None:  # a button keeps its font in the drawable shape's theming
        shape = getattr(element, "drawable_shape", None)
        font = getattr(shape, "theming", {}).get("font") if shape is not None else None
    return font


def _text_size(font: IGUIFontInterface, text: str) -> tuple[int, int]:
    try:
        rect = font.get_rect(text)
        return int(rect.width), int(rect.height)
    except (AttributeError, TypeError, pygame.error):
        w, h = font.size(text)
        return int(w), int(h)


def _inner(element: UIElement) -> tuple[int, int]:
    """The room the element gives its text: its rect less border and shadow each side."""
    def side(name: str, *keys: str) -> int:
        value = getattr(element, name, 0) or 0
        if isinstance(value, dict):  # pygame_gui 0.6.14 gives borders per side
            return sum(int(value.get(key, 0) or 0) for key in keys)
        return 2 * int(value)

    shadow = side("shadow_width")
    return (element.rect.width - side("border_width", "left", "right") - shadow,
            element.rect.height - side("border_width", "top", "bottom") - shadow)


def text_fit_problems(app: App) -> list[str]:
    """Labels and buttons of the top scene whose text is wider or taller than the element.

    pygame_gui draws such text cut off at the element's edge without a word (a label only
    warns when it is built, a button and a later set_text never). Text shortened on
    purpose, ending in an ellipsis, must carry a tooltip (where the whole text goes).
    """
    from pygame_gui.elements import UIButton, UILabel

    problems: list[str] = []
    for element in visible_elements(app):
        if not isinstance(element, (UILabel, UIButton)):
            continue
        text = element_text(element)
        font = _text_font(element)
        if not text.strip() or font is None:
            continue
        width, height = _text_size(font, text)
        room_w, room_h = _inner(element)
        where = f"{type(element).__name__}({text[:40]!r} at {tuple(element.rect)})"
        if width > room_w:
            problems.append(f"{where} is {width - room_w} px too narrow for its text")
        # A font's line box carries a few pixels of blank leading: only more than that
        # cuts into the letters themselves.
        if height > room_h + LEADING:
            problems.append(f"{where} is {height - room_h} px too low for its text")
        if text.rstrip().endswith(ELLIPSES) and not getattr(element, "tool_tip_text", None):
            problems.append(f"{where} is shortened with no tooltip holding the whole text")
        missing = missing_glyphs(font, text)
        if missing:
            problems.append(f"{where} draws {missing!r} as empty boxes: its font lacks them")
    return problems


def missing_glyphs(font: IGUIFontInterface, text: str) -> str:
    """The characters of `text` the font has no glyph for (drawn as empty boxes, the
    "tofu" a Chinese word in a Latin font becomes)."""
    inner = getattr(font, "_GUIFontPygame__internal_font", None)  # pygame_gui keeps it private
    if inner is None:
        return ""
    return "".join(c for c in dict.fromkeys(text) if not c.isspace() and _is_box(inner, c))


_BOXES: dict[tuple[int, str], bool] = {}
_BOX_PIXELS: dict[int, bytes] = {}  # font -> how it draws a character it lacks


def _is_box(font: pygame.font.Font, char: str) -> bool:
    """pygame gives a missing glyph the metrics of the font's box: tell it by its pixels,
    the same as those of a code point no font draws."""
    key = (id(font), char)
    if key not in _BOXES:
        def pixels(c: str) -> bytes:
            return pygame.image.tobytes(font.render(c, False, (255, 255, 255)), "RGBA")
        box = _BOX_PIXELS.get(id(font))
        if box is None:
            box = _BOX_PIXELS[id(font)] = pixels("\uffff")
        _BOXES[key] = pixels(char) == box
    return _BOXES[key]
