"""The scene contract: one screen of the game, on the app's stack.

Lifecycle (called by `App`, never by the scene itself):
    on_enter()          pushed; `self.app` is set. Read what you need from app.session.
    build(rect)         (re)create the pygame_gui widgets for a window of `rect`. Called
                        after on_enter, after resume(), and on every resize or UI-scale
                        change: the app has already killed the old widgets (`clear()`), so
                        build from scene attributes, never from widget state.
    pause() / resume()  another scene was pushed on top / popped off. The default pause
                        kills the widgets; the app calls build() again after resume().
                        A screen with a keep_key() has them hidden instead, and shown again
                        only if they were built (mark_built) from the state there is now.
    on_exit()           popped.
    intercept(ev)       one pygame event BEFORE the focus ring and pygame_gui see it
                        (an animation's "any key skips"); True if consumed. Default: no.
    process_event(ev)   one pygame event (after pygame_gui and the focus ring saw it);
                        True if consumed. The default dispatches UI_BUTTON_PRESSED to the
                        callbacks given to `button()` and handles Esc with `back()`.
    update(dt)          per frame, seconds. Return nothing; set `self.app.dirty = True` or
                        keep `animating` True while something moves.
    draw(surface)       paint the custom parts (background, moon, graphs) UNDER the
                        pygame_gui widgets. Must never change game state.

Rules: a scene never writes GameState; it sends commands with `self.app.session.apply(cmd)`
and rebuilds from engine queries (call `self.refresh()` to rebuild the widgets after a
command). Every visible string goes through `tr()`. Every number gets a tooltip saying what
it is and where it comes from (`tooltips.sourced(...)`/`tooltips.GAME_VALUE`-style text).

Other screens: a scene never imports another scene, the app or the controller. It asks
with `self.go(intent)` (game/ui/intents.py), or `self.go(intent, on_result=callback)` to
hear the result of the screen that opens; the controller (game/ui/flow.py) decides which
scene that is and pushes it. A modal calls `self.dismiss(result)`; the app pops it,
resumes the scene below, then calls `callback(result)`. Dialogs that belong to one screen
(pause's save dialog) live in its module and may be pushed with `self.app.push`.

Widget helpers (each registers the widget so `clear()` kills it, and interactive ones in
the focus ring in build order):
    self.button(rect, text, on_click, tooltip=None, container=None, enabled=True)
    self.label(rect, text, tooltip=None, container=None, object_id=None)
    self.textbox(rect, html, container=None)          # scrolls when long
    self.slider(rect, value, low, high, on_change, tooltip=None, step=None, container=None)
    self.entry(rect, text, on_change=None, container=None, allowed=None, on_submit=None)
    self.panel(rect, container=None) / self.scroller(rect, content_height, container=None)
    self.track(element, focusable=False)              # any other pygame_gui element
Set `transparent = True` on an overlay (pause menu) to draw the scene below first, dimmed.
An overlay whose `holds_backdrop` is True sees the scene below as it was on its first frame
(a launch sequence: the graph behind must not show the outcome before the sequence does).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pygame
import pygame_gui
from pygame_gui.core import IContainerLikeInterface, ObjectID, UIElement
from pygame_gui.elements import (
    UIButton,
    UIHorizontalSlider,
    UILabel,
    UIPanel,
    UIScrollingContainer,
    UITextBox,
    UITextEntryLine,
)

from game.ui.focus import FocusRing
from game.ui.widgets.text_fit import ellipsize
from game.ui.widgets.tips import esc, lines

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.intents import Intent

ResultCallback = Callable[[Any], None]
# Where a widget goes: a panel or scroller of the screen, or None for the window itself.
Container = IContainerLikeInterface | None


class Scene:
    transparent = False
    animating = False
    holds_backdrop = False
    name = "scene"

    def __init__(self) -> None:
        self.app: App = None  # type: ignore[assignment]  # set by App.push
        self.elements: list[UIElement] = []
        self.focus: FocusRing | None = None
        self._clicks: dict[UIElement, Callable[[], None]] = {}
        self._slides: dict[UIElement, Callable[[float], None]] = {}
        self._edits: dict[UIElement, Callable[[str], None]] = {}
        self._submits: dict[UIElement, Callable[[str], None]] = {}
        self._on_result: ResultCallback | None = None
        self.paused_focus = -1
        # The keep_key stamp of the state the widgets were built from (see mark_built),
        # and whether pause() hid them for restore() instead of killing them.
        self._built: tuple[Any, ...] | None = None
        self._kept = False
        self._kept_visible: list[UIElement] = []

    # --- lifecycle, overridden by screens --------------------------------------------

    def on_enter(self) -> None:
        pass

    def on_exit(self) -> None:
        pass

    def intercept(self, event: pygame.event.Event) -> bool:
        """An event the screen takes before focus and widgets see it; True if consumed."""
        return False

    def pause(self) -> None:
        # Remember the keyboard place so closing a dialog returns to the same widget.
        self.paused_focus = self.focus.index if self.focus is not None else -1
        key = self.keep_key()
        # Keep the widgets only if they show the state as it is now. The stamp is the one
        # taken when they were built, never one taken here: flow.end_turn pushes the turn
        # report after EndTurn changed the game, and a stamp taken at this point carried
        # the new state for widgets that still showed the old one (issue 10).
        if key is None or not self.elements or self._built != self._stamp(key):
            self.clear()
            return
        # Hidden widgets take no clicks, hovers or tooltips; a dialog closed with nothing
        # changed then shows them again instead of building ~100 of them anew.
        self._kept = True
        self._kept_visible = [e for e in self.elements if e.visible]
        for element in self._kept_visible:
            tip = getattr(element, "tool_tip", None)
            if tip is not None:
                tip.kill()
                element.tool_tip = None
            element.hide()

    def resume(self) -> None:
        pass

    def keep_key(self) -> Any:
        """Opt-in for screens that are slow to build: a value that changes whenever what
        build() would show changes. While a dialog is on top the widgets are then hidden,
        not killed, and reused if the key, window, UI scale and settings are the ones they
        were built for. None (the default): always rebuild."""
        return None

    def mark_built(self) -> None:
        """Record what the widgets now show: the app calls it right after build(); a screen
        that rebuilds part of itself from the current state calls it after that part."""
        key = self.keep_key()
        self._built = None if key is None else self._stamp(key)

    def mark_stale(self) -> None:
        """Some widget no longer shows the current state: the next resume rebuilds."""
        self._built = None

    def _stamp(self, key: Any) -> tuple[Any, ...]:
        app = self.app
        return (key, tuple(app.rect), app.units, app.settings, id(app.manager))

    def restore(self) -> bool:
        """Show the widgets kept by pause() again if they are still right; False: rebuild."""
        kept, self._kept = self._kept, False
        shown, self._kept_visible = self._kept_visible, []
        if not kept:
            return False
        key = self.keep_key()
        if (key is None or self._built != self._stamp(key)
                or not all(e.alive() for e in shown)):
            return False
        for element in shown:
            element.show()
        return True

    def build(self, rect: pygame.Rect) -> None:
        pass

    def update(self, dt: float) -> None:
        pass

    def draw(self, surface: pygame.Surface) -> None:
        # An overlay keeps the dimmed screen below visible; anything else starts clean.
        if not self.transparent:
            surface.fill(self.app.palette.background)

    def process_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame_gui.UI_BUTTON_PRESSED:
            callback = self._clicks.get(event.ui_element)
            if callback is not None:
                self.app.sound.play("click")
                callback()
                return True
        elif event.type == pygame_gui.UI_HORIZONTAL_SLIDER_MOVED:
            on_slide = self._slides.get(event.ui_element)
            if on_slide is not None:
                on_slide(event.value)
                return True
        elif event.type == pygame_gui.UI_TEXT_ENTRY_CHANGED:
            on_edit = self._edits.get(event.ui_element)
            if on_edit is not None:
                on_edit(event.text)
                return True
        elif event.type == pygame_gui.UI_TEXT_ENTRY_FINISHED:
            on_submit = self._submits.get(event.ui_element)
            if on_submit is not None:
                on_submit(event.text)
                return True
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.back()
            return True
        return False

    def back(self) -> None:
        """What Esc does; by default close this scene (the title screen overrides it)."""
        if len(self.app.stack) > 1:
            self.dismiss(None)

    # --- helpers for screens ----------------------------------------------------------

    def go(self, intent: Intent, on_result: ResultCallback | None = None) -> None:
        """Ask for another screen; the controller decides which (game/ui/flow.py)."""
        self.app.navigate(intent, on_result)

    def focus_on(self, element: UIElement | None) -> None:
        """Give `element` the keyboard focus (FocusRing.focus). Screens call it from build()
        and later, when App.push has already given them their ring."""
        assert self.focus is not None, "a scene gets its focus ring when it is pushed"
        self.focus.focus(element)

    def dismiss(self, result: Any = None) -> None:
        self.app.pop(self, result)

    def refresh(self) -> None:
        """Rebuild the widgets from the current state (after a command changed it)."""
        self.app.rebuild(self)

    def clear(self) -> None:
        for element in self.elements:
            element.kill()
        self.elements = []
        self._built = None
        self._kept = False
        self._kept_visible = []
        self._clicks.clear()
        self._slides.clear()
        self._edits.clear()
        self._submits.clear()
        if self.focus is not None:
            self.focus.clear()

    def track(self, element: UIElement, focusable: bool = False) -> UIElement:
        self.elements.append(element)
        if focusable and self.focus is not None:
            self.focus.add(element)
        return element

    def button(self, rect: pygame.Rect, text: str, on_click: Callable[[], None],
               tooltip: str | None = None, container: Container = None, enabled: bool = True,
               object_id: str | None = None) -> UIButton:
        b = UIButton(rect, text, manager=self.app.manager, container=container,
                     tool_tip_text=tooltip, object_id=_oid(object_id))
        if not enabled:
            b.disable()
        self._clicks[b] = on_click
        self.track(b, focusable=True)
        return b

    def label(self, rect: pygame.Rect, text: str, tooltip: str | None = None,
              container: Container = None, object_id: str | None = None) -> UILabel:
        # pygame_gui cuts a text wider than the label at its edge, with no more than a
        # warning; such a text is shortened here with an ellipsis and the tooltip starts
        # with all of it (issue 11: 11 labels cut theirs), so that warning is answered.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", _TOO_SMALL, UserWarning)
            lab = UILabel(rect, text, manager=self.app.manager, container=container,
                          object_id=_oid(object_id))
        shown = _fitting(lab, text)
        if shown != text:
            lab.set_text(shown)
            tooltip = lines(esc(text), tooltip or "")
        if tooltip:
            lab.set_tooltip(tooltip)
        self.track(lab)
        return lab

    def textbox(self, rect: pygame.Rect, html: str, container: Container = None,
                object_id: str | None = None) -> UITextBox:
        box = UITextBox(html, rect, manager=self.app.manager, container=container,
                        object_id=_oid(object_id))
        self.track(box)
        return box

    def slider(self, rect: pygame.Rect, value: float, low: float, high: float,
               on_change: Callable[[float], None], tooltip: str | None = None,
               step: float | None = None, container: Container = None) -> UIHorizontalSlider:
        s = UIHorizontalSlider(rect, value, (low, high), manager=self.app.manager,
                               container=container, click_increment=step or 1)
        s.focus_step = step  # type: ignore[attr-defined]  # read by focus._nudge
        if tooltip:
            s.set_tooltip(tooltip)
        self._slides[s] = on_change
        self.track(s, focusable=True)
        return s

    def entry(self, rect: pygame.Rect, text: str, on_change: Callable[[str], None] | None = None,
              container: Container = None, allowed: list[str] | str | None = None,
              tooltip: str | None = None,
              on_submit: Callable[[str], None] | None = None) -> UITextEntryLine:
        e = UITextEntryLine(rect, manager=self.app.manager, container=container,
                            initial_text=text)
        if allowed is not None:
            e.set_allowed_characters(allowed)
        if tooltip:
            e.set_tooltip(tooltip)
        if on_change is not None:
            self._edits[e] = on_change
        if on_submit is not None:  # Enter in the box (see FocusRing: it posts the event)
            self._submits[e] = on_submit
        self.track(e, focusable=True)
        return e

    def panel(self, rect: pygame.Rect, container: Container = None,
              object_id: str | None = None) -> UIPanel:
        p = UIPanel(rect, manager=self.app.manager, container=container,
                    object_id=_oid(object_id))
        self.track(p)
        return p

    def scroller(self, rect: pygame.Rect, content_height: int,
                 container: Container = None) -> UIScrollingContainer:
        """A vertically scrolling area; put long lists in it (`container=` the result)."""
        box = UIScrollingContainer(rect, manager=self.app.manager, container=container,
                                   allow_scroll_x=False)
        box.set_scrollable_area_dimensions((rect.w - 20, max(content_height, rect.h - 4)))
        self.track(box)
        return box


def _oid(object_id: str | None) -> ObjectID | None:
    return ObjectID(object_id=object_id) if object_id else None


LABEL_SLACK = 8  # px a shortened label keeps free, as widgets.labels does
_TOO_SMALL = "Label Rect is too small for text"  # pygame_gui's warning, answered by _fitting


def _fitting(label: UILabel, text: str) -> str:
    """`text`, or its longest start + '…' that fits the label (pygame_gui's own test)."""
    font = label.font
    if font is None or not text or font.get_rect(text).width <= label.rect.width:
        return text
    return ellipsize(lambda s: font.get_rect(s).width, text, label.rect.width - LABEL_SLACK)
