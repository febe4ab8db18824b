"""Small pieces the menu screens share: locked buttons, text that fits, source names,
when a save was written."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

import pygame
from pygame_gui.elements import UIButton, UILabel

from game.citations import source_list
from game.claims import Claim, claim_label
from game.dates import moment_label
from game.ui.presets import locked_tooltip

if TYPE_CHECKING:  # the save reader brings pydantic, which the title need not wait for
    from pygame_gui.core.interfaces import IGUIFontInterface

    from game.saves.slots import SlotInfo
    from game.scenario import Scenario
    from game.ui.scene import Container, Scene

ELLIPSIS = "..."


class Claimed(Protocol):
    """A sourced statement of the scenario (a fact, an achievement, a project underway)."""

    @property
    def claim(self) -> Claim: ...


class LockedButton(UIButton):
    """A disabled button that still shows its tooltip on hover.

    pygame_gui never hovers a disabled button, so its tooltip would never say *why* it is
    disabled; this one hovers (without the hover look) so the player can read the reason.
    """

    def can_hover(self) -> bool:
        return not self.is_selected and not self.held

    def on_hovered(self) -> None:
        if self.is_enabled:
            super().on_hovered()  # type: ignore[no-untyped-call]  # pygame_gui: unannotated
        else:
            self.hover_time = 0.0

    def on_unhovered(self) -> None:
        if self.is_enabled:
            super().on_unhovered()  # type: ignore[no-untyped-call]  # pygame_gui: unannotated
        elif self.tool_tip is not None:
            self.tool_tip.kill()
            self.tool_tip = None


def locked_button(scene: Scene, rect: pygame.Rect, text: str, container: Container = None,
                  tooltip: str | None = None, selected: bool = False) -> LockedButton:
    """A button shown greyed with "Locked by the class preset" (or `tooltip`) on hover."""
    b = LockedButton(rect, text, manager=scene.app.manager, container=container,
                     tool_tip_text=tooltip or locked_tooltip())
    scene.track(b)
    fit_text(b)  # before select(): a selected button keeps the text it was drawn with
    if selected:
        # the locked choice itself stays lit (a disabled button cannot look selected);
        # it has no callback, so pressing it does nothing
        b.select()  # type: ignore[no-untyped-call]  # pygame_gui leaves select unannotated
    else:
        b.disable()  # type: ignore[no-untyped-call]  # pygame_gui: unannotated
    return b


def fit_text(element: UILabel | UIButton, text: str | None = None) -> None:
    """Shorten a label's or button's text with '...' until it fits its width.

    The full text goes in the tooltip when the element has none, so nothing is lost.
    """
    text = str(text if text is not None else getattr(element, "text", ""))
    font = getattr(element, "font", None)
    if font is None or not text:
        return
    room = element.rect.width - 14
    if _width(font, text) <= room:
        if getattr(element, "text", None) != text:
            element.set_text(text)
        return
    short = text
    while short and _width(font, short + ELLIPSIS) > room:
        short = short[:-1]
    element.set_text(short.rstrip() + ELLIPSIS if short else "")
    if getattr(element, "tool_tip_text", None) is None:
        element.set_tooltip(html.escape(text, quote=False))


def _width(font: IGUIFontInterface, text: str) -> int:
    try:
        return int(font.get_rect(text).width)
    except (AttributeError, TypeError, pygame.error):
        return int(font.size(text)[0])


def esc(text: object) -> str:
    """Text made safe for a pygame_gui text box (which reads a little HTML)."""
    return html.escape(str(text), quote=False).replace("\n", "<br>")


def source_titles(scenario: Scenario, ids: Iterable[str]) -> str:
    """The human citations of source ids, as players should see them."""
    return source_list(scenario, ids)


def kinds_summary(statements: Iterable[Claimed]) -> str:
    """'Reporter's framing (2), Plan or target (1)': the kinds of several statements, short
    enough for a tooltip; the statements themselves, with sources, are in Help."""
    counts: dict[str, int] = {}
    for statement in statements:
        counts[statement.claim] = counts.get(statement.claim, 0) + 1
    return ", ".join(f"{claim_label(kind)} ({n})" for kind, n in counts.items())


def saved_at(slot: SlotInfo) -> str:
    """When the save was written, in local time, to the minute."""
    stamp: dt.datetime | None = None
    if slot.envelope is not None:
        try:
            stamp = dt.datetime.fromisoformat(slot.envelope.created).astimezone()
        except ValueError:
            stamp = None
    if stamp is None and slot.modified:
        stamp = dt.datetime.fromtimestamp(slot.modified)
    return moment_label(stamp) if stamp else "-"
