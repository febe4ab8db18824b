"""An event card: what happened, when, on whose word, and the answers open to the player.

Each answer is a button with its effects spelled out below it ("Money -60 million (game
value)"), so a choice is made knowing its price. An event the game invents says "Fiction"
at the top. With `answer=False` (or an event without choices) the card only informs: its
answers are listed in the text and one OK button closes it.
"""

from __future__ import annotations

from functools import partial
from html import escape

import pygame
from pygame_gui.elements import UIImage

from game.citations import attribution
from game.core import commands as cmd
from game.dates import date_of
from game.effects_text import choice_is_fiction, describe_effects, event_is_fiction
from game.i18n import N_, tr
from game.scenario.models import Event
from game.translation_marks import original_tip, shown
from game.ui import layout
from game.ui.scene import Scene
from game.ui.widgets import originals
from game.ui.widgets.labels import fitted_label, set_fitted
from game.ui.widgets.picture import picture
from game.ui.widgets.tips import sentence

_KINDS = {"historical": N_("Historical event"), "conditional": N_("Game event"),
          "random": N_("Game event (chance)"), "follow_up": N_("Game event (a consequence)")}


LONG_ANSWER = 60  # characters: more may not fit an answer's button at 1024x600


class EventCardScene(Scene):
    name = "event_card"
    transparent = True

    def __init__(self, event_id: str, answer: bool = True) -> None:
        super().__init__()
        self.event_id = event_id
        self.answer = answer
        self.problem = ""
        self.picture: UIImage | None = None  # the event's, when the scenario gives one
        self.english = False  # the translated statements shown in their English original

    def on_enter(self) -> None:
        self.app.sound.play("event")

    @property
    def event(self) -> Event:
        session = self.app.session
        assert session is not None
        return session.scenario.events[self.event_id]

    @property
    def choosing(self) -> bool:
        """Buttons per answer only while the engine waits for this agency's answer."""
        session = self.app.session
        assert session is not None
        waiting = any(p.kind == "event" and p.ref == self.event_id
                      for p in session.engine.pending(session.agency))
        return self.answer and bool(self.event.choices) and waiting

    def subtitle(self) -> str:
        session = self.app.session
        assert session is not None
        event = self.event
        parts = [tr(_KINDS.get(event.kind, N_("Event")))]
        if event.date:
            # the date as precise as the reports that give one; not every cited report does
            parts.append(tr("dated {d}", d=event.date))
        parts.append(date_of(session.engine))
        if event_is_fiction(session.scenario, event):
            parts.insert(0, tr("FICTION"))
        return " - ".join(parts)

    def body_html(self) -> str:
        session = self.app.session
        assert session is not None
        scenario = session.scenario
        event = self.event
        # A translated statement says so; "Original (English)" gives its English.
        html = [escape(shown(event, english=self.english)), "<br><br>"]
        if event_is_fiction(scenario, event):
            note = tr("Fiction: the game invents this event (or its timing) to make play "
                      "varied; it is not history.")
            html.append(f"<font color='#FFB070'>{escape(note)}</font><br><br>")
        did = describe_effects(event.effects, scenario)
        if did:
            html.append(f"<b>{escape(tr('What it does'))}</b><br>")
            html.extend(f"- {escape(line)}<br>" for line in did)
            html.append("<br>")
        # While choosing, the buttons show the answers; one too long for its button is
        # shortened there, so the card's text then gives every answer whole.
        long_answer = any(len(c.text) > LONG_ANSWER for c in event.choices)
        if event.choices and (long_answer or not self.choosing):
            html.append(f"<b>{escape(tr('The answers it offers'))}</b><br>")
            for i, choice in enumerate(event.choices, 1):
                effects = "; ".join(describe_effects(choice.effects, scenario)) or tr("no effect")
                if choice_is_fiction(scenario, choice):
                    effects = tr("Invented by the game (fiction): {words}", words=effects)
                html.append(f"{i}. {escape(shown(choice, english=self.english))}: "
                            f"{escape(effects)}<br>")
            html.append("<br>")
        invented = [c for c in event.choices if choice_is_fiction(scenario, c)]
        if invented and not event_is_fiction(scenario, event):
            note = tr("Fiction: the answers marked 'Invented by the game' are not history; "
                      "the event itself is.")
            html.append(f"<font color='#FFB070'>{escape(note)}</font><br><br>")
        html.append(f"<b>{escape(tr('Sources'))}</b><br>")
        html.append(f"{escape(attribution(scenario, event.claim, event.sources))}<br>")
        return "".join(html)

    def build(self, rect: pygame.Rect) -> None:
        session = self.app.session
        assert session is not None
        u = self.app.units
        event = self.event
        box = layout.centered(layout.inset(rect, u.margin), round(900 * u.scale),
                              round(640 * u.scale))
        self.panel(box)
        inner = layout.inset(box, u.margin)
        head, rest = layout.split_top(inner, u.row, u.gap)
        sub, rest = layout.split_top(rest, u.row, u.gap)
        choices = event.choices if self.choosing else []
        per_choice = u.button + u.row + 2 * u.gap
        foot_h = len(choices) * per_choice if choices else u.button
        text, foot = layout.split_bottom(rest, foot_h, u.gap)
        self.picture = None
        if event.image is not None and text.h >= u.row * 6:  # the words keep most of the room
            top, text = layout.split_top(text, min(text.h // 3, round(160 * u.scale)), u.gap)
            self.picture = picture(self, top, session.scenario, session.scenario_path,
                                   event.image)
        # a title may be MAX_NAME_CHARS long: shortened with "…", whole in the tooltip
        fitted_label(self, head, event.title, object_id="#heading",
                     tooltip="<br>".join(filter(None, (
                         attribution(session.scenario, event.claim, event.sources),
                         original_tip(event, "title")))))
        fiction = event_is_fiction(session.scenario, event)
        statements = [(event, "text"), *((c, "text") for c in event.choices)]
        sub, toggle = originals.room(sub, u.scale, u.gap, originals.any_translated(statements))
        originals.original_button(self, toggle, statements, self.english, self.toggle_english)
        self.label(sub, self.problem or self.subtitle(),
                   object_id="#error" if self.problem or fiction else "#subtitle",
                   tooltip=tr("The turn shown is the game calendar; the date is the one the "
                              "sources give") if not self.problem else None)
        self.textbox(text, self.body_html())
        if not choices:
            ok = self.button(layout.centered(foot, round(240 * u.scale), u.button), tr("OK"),
                             lambda: self.dismiss(None))
            self.focus_on(ok)
            return
        slots = layout.stack(foot, len(choices), per_choice - u.gap, u.gap)
        for i, (choice, slot) in enumerate(zip(choices, slots, strict=True)):
            top, effects_rect = layout.split_top(slot, u.button, u.gap // 2)
            effects = describe_effects(choice.effects, session.scenario)
            words = "; ".join(effects) or tr("No effect on the game")
            if choice_is_fiction(session.scenario, choice):
                words = tr("Invented by the game (fiction): {words}", words=words)
            original = original_tip(choice)
            tip = f"{escape(words)}<br>{escape(original)}" if original else words
            button = self.button(top, choice.text, partial(self.choose, i), tooltip=tip)
            set_fitted(button, choice.text, tip)  # a long answer: whole in the card's text
            self.textbox(effects_rect, f"<font color='#A8B0CC'>{escape(words)}</font>")
            if i == 0:
                self.focus_on(button)

    def toggle_english(self) -> None:
        self.english = not self.english
        self.refresh()

    def choose(self, index: int) -> None:
        session = self.app.session
        assert session is not None
        result = session.apply(cmd.AnswerEvent(agency=session.agency, event=self.event_id,
                                               choice=index))
        if not result.ok:
            self.problem = sentence(session.words(result.reason))
            self.refresh()
            return
        self.dismiss(index)

    def back(self) -> None:
        if not self.choosing:
            self.dismiss(None)  # an answer is required; Esc closes only an informing card
