"""Keyboard focus for every scene: Tab / Shift-Tab cycle, Enter activates, arrows adjust.

Each scene owns one `FocusRing` (`scene.focus`); `Scene.button`, `Scene.slider` and
`Scene.entry` add their widget to it in build order, so the Tab order is the reading order
of the build code. The ring only ever posts the same pygame_gui events a mouse would cause
(UI_BUTTON_PRESSED, UI_HORIZONTAL_SLIDER_MOVED), so a scene handles keyboard and mouse
through one path.

Keys handled here (before the scene sees them):
    Tab / Shift-Tab     next / previous widget
    Up / Down           previous / next widget
    Left / Right        adjust the focused slider by its step (`element.focus_step`, or 1/20
                        of its range); on a button, Left/Right move focus like Up/Down
    Enter / Space       press the focused button
Text entries keep their own keys except Tab and Enter (Enter posts UI_TEXT_ENTRY_FINISHED,
as pygame_gui would, and moves on to the next widget).
The app draws the outline of the focused widget with `draw(surface, colour)`.
"""

from __future__ import annotations

import pygame
import pygame_gui
from pygame_gui.core import UIElement
from pygame_gui.elements import UIButton, UIHorizontalSlider, UITextEntryLine

MOVE_NEXT = (pygame.K_TAB, pygame.K_DOWN)
MOVE_PREV = (pygame.K_UP,)
PRESS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)


def _usable(element: UIElement) -> bool:
    return element.alive() and element.visible and element.is_enabled


class FocusRing:
    def __init__(self, manager: pygame_gui.UIManager) -> None:
        self.manager = manager
        self.items: list[UIElement] = []
        self.index = -1

    def clear(self) -> None:
        self.items = []
        self.index = -1

    def add(self, element: UIElement) -> UIElement:
        self.items.append(element)
        return element

    @property
    def current(self) -> UIElement | None:
        if 0 <= self.index < len(self.items) and _usable(self.items[self.index]):
            return self.items[self.index]
        return None

    def focus(self, element: UIElement | None) -> None:
        """Move focus to `element` (or clear it with None); to the next usable widget after
        it when it is disabled or hidden."""
        if element is None or element not in self.items:
            self.index = -1
            return
        if not _usable(element):
            # A disabled widget shows no outline and takes no Enter: a screen that chose it
            # (a bloc the agency may not join) would open deaf to the keyboard.
            start = self.items.index(element)
            after = self.items[start:] + self.items[:start]
            element = next((e for e in after if _usable(e)), None)
            if element is None:
                self.index = -1
                return
        self.index = self.items.index(element)
        if isinstance(element, UITextEntryLine):
            self.manager.set_focus_set(element.get_focus_set())
        else:
            self.manager.set_focus_set(None)
        _scroll_into_view(element)

    def _clicked_entry(self) -> UIElement | None:
        """A text box the mouse put the caret in: keys go to it, and the ring follows, so
        Enter there sets what was typed instead of pressing the ring's last button."""
        focused = self.manager.get_focus_set() or set()
        for element in self.items:
            if isinstance(element, UITextEntryLine) and element in focused \
                    and _usable(element):
                self.index = self.items.index(element)
                return element
        return None

    def move(self, step: int) -> None:
        usable = [e for e in self.items if _usable(e)]
        if not usable:
            self.index = -1
            return
        current = self.current
        if current is None:
            target = usable[0] if step > 0 else usable[-1]
        else:
            target = usable[(usable.index(current) + step) % len(usable)]
        self.focus(target)

    def process_event(self, event: pygame.event.Event) -> bool:
        """Handle a key that belongs to focus; True when consumed."""
        if event.type != pygame.KEYDOWN:
            return False
        current = self._clicked_entry() or self.current
        typing = isinstance(current, UITextEntryLine)
        shift = bool(event.mod & pygame.KMOD_SHIFT)
        if event.key == pygame.K_TAB:
            self.move(-1 if shift else 1)
            return True
        if typing:
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
                # What pygame_gui would post for Enter in the box (a scene may act on it,
                # e.g. set a typed amount), then on to the next widget.
                assert isinstance(current, UITextEntryLine)
                pygame.event.post(pygame.event.Event(pygame_gui.UI_TEXT_ENTRY_FINISHED, {
                    "ui_element": current, "ui_object_id": current.most_specific_combined_id,
                    "text": current.get_text()}))
                self.move(1)
                return True
            return False
        if event.key in MOVE_NEXT:
            self.move(1)
            return True
        if event.key in MOVE_PREV:
            self.move(-1)
            return True
        if event.key in (pygame.K_LEFT, pygame.K_RIGHT):
            direction = 1 if event.key == pygame.K_RIGHT else -1
            if isinstance(current, UIHorizontalSlider):
                _nudge(current, direction)
            else:
                self.move(direction)
            return True
        if event.key in PRESS and isinstance(current, UIButton):
            press(current)
            return True
        return False

    def draw(self, surface: pygame.Surface, colour: tuple[int, int, int]) -> None:
        current = self.current
        if current is not None:
            pygame.draw.rect(surface, colour, current.rect.inflate(6, 6), width=3, border_radius=4)


def press(button: UIButton) -> None:
    """Post the event a mouse click on `button` would post."""
    pygame.event.post(pygame.event.Event(pygame_gui.UI_BUTTON_PRESSED, {
        "ui_element": button, "ui_object_id": button.most_specific_combined_id,
        "mouse_button": 1,
    }))


def _nudge(slider: UIHorizontalSlider, direction: int) -> None:
    low, high = slider.value_range
    step = getattr(slider, "focus_step", None) or max((high - low) / 20, 1)
    value = min(high, max(low, slider.get_current_value() + direction * step))
    if isinstance(low, int) and isinstance(high, int):
        value = round(value)
    slider.set_current_value(value)
    pygame.event.post(pygame.event.Event(pygame_gui.UI_HORIZONTAL_SLIDER_MOVED, {
        "ui_element": slider, "ui_object_id": slider.most_specific_combined_id,
        "value": slider.get_current_value(),
    }))


def _scroll_into_view(element: UIElement) -> None:
    """If the element sits in a scrolling container, scroll so it shows."""
    container = element.ui_container
    seen: set[int] = set()
    # The root container is its own container: stop there rather than loop for ever.
    while container is not None and id(container) not in seen:
        seen.add(id(container))
        owner = getattr(container, "parent_element", None) or getattr(container, "ui_element", None)
        scroll = getattr(owner, "vert_scroll_bar", None) if owner is not None else None
        view = getattr(owner, "_view_container", None) if owner is not None else None
        if scroll is not None and view is not None:
            inner = container.get_rect()
            visible = view.get_rect()
            if element.rect.top < visible.top or element.rect.bottom > visible.bottom:
                span = max(1, inner.height)
                wanted = (element.rect.top - inner.top) / span
                scroll.set_scroll_from_start_percentage(min(1.0, max(0.0, wanted)))
            return
        container = getattr(container, "ui_container", None)
