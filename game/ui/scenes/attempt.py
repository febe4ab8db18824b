"""The mission-attempt dialog: each step's chance and the overall chance BEFORE the player
commits, then Launch or Cancel; after a launch, a short sequence: a countdown, lift-off
(the launch cue), the agency's vehicle climbing past one mark per step while each step's
roll is revealed in turn beside its chance, then the verdict with its cue (the whole
flight in under two seconds, timing in game/launch_sequence.py), and Continue closes it.
Any key, a click or Esc skips to the outcome at once (Esc never cancels a launch the
engine has already flown); a failed crewed flight says whether the crew aborted safely or
was lost, as the engine's launch record says.

Settings: with launch sequences off, no picture and the outcome at once (with its cues).
With reduce motion on, the picture stays and nothing moves: the outcome shows at once, the
vehicle drawn still where the flight ended, its flame steady. While the sequence plays the
turn screen behind keeps its picture from before the launch (`holds_backdrop`): the graph
must not tell the outcome before the sequence does.

It sends one command, `Attempt`, and dismisses with the launch record the engine returned
(or None when cancelled or refused), so the turn screen can rebuild from the new state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import UIButton, UIImage, UILabel

from game import numbers
from game.charts import agency_styles
from game.core import commands as cmd
from game.core.records import Launch
from game.dates import date_of
from game.i18n import tr, trc
from game.launch_sequence import (
    COUNT_SECONDS,
    COUNTDOWN,
    REVEAL_SECONDS,
    STEPS_SECONDS,
    Moment,
    Sequence,
    step_seconds,
)
from game.ui import layout
from game.ui.launch_picture import LaunchPicture, Marks
from game.ui.scene import Scene
from game.ui.widgets import theme_extra
from game.ui.widgets.labels import fitted_label
from game.ui.widgets.text_height import text_box_height
from game.ui.widgets.tips import esc, game_value, percent, sentence

if TYPE_CHECKING:
    from game.core.engine import Engine
    from game.core.views import MilestoneView
    from game.ui.session import Session

__all__ = ["COUNTDOWN", "COUNT_SECONDS", "REVEAL_SECONDS", "STEPS_SECONDS", "AttemptScene",
           "step_seconds"]
FLICKER_FRAMES = 3  # frames each flame shape lasts: a flicker, not a strobe


class AttemptScene(Scene):
    transparent = True
    name = "attempt"

    def __init__(self, milestone_id: str) -> None:
        super().__init__()
        self.milestone_id = milestone_id
        self.plan: list[tuple[str, float]] = []  # (step, chance) as offered before launch
        self.overall = 0.0
        self.launch: Launch | None = None  # the engine's record, once launched
        self.refusal = ""
        self.shown = 0  # flown steps whose outcome is on screen
        self.counting = 0  # countdown numbers still to show before the first outcome
        self._clock = 0.0  # seconds since Launch was pressed
        self.sequence: Sequence | None = None  # the launch's timing, once launched
        self.moment: Moment | None = None  # what the sequence shows now
        self.cued: list[str] = []  # this launch's cues played so far, in order
        self.frozen_at: float | None = None  # a fixed time in the sequence (screenshots)
        self.picture: LaunchPicture | None = None
        self.image: UIImage | None = None
        self._frame = 0  # frames while flying: picks the flame's shape
        # widgets built hidden and shown as the sequence reaches them (see `_reveal`):
        # (flown steps shown that it needs, label), (line key, label), the two buttons
        self._reveals: list[tuple[int, UILabel]] = []
        self._lines: list[tuple[tuple[str, int], UILabel]] = []
        self._skip_button: UIButton | None = None
        self._done_button: UIButton | None = None
        # What a failure would cost, as offered before launch: a success changes the
        # milestone's cost (partners, trust), and a number that changes under the class's
        # eyes after the dice were rolled reads as a mistake.
        self.note_html = ""

    @property
    def session(self) -> Session:
        """The game being played: flow opens this screen only from an open game."""
        session = self.app.session
        assert session is not None
        return session

    @property
    def phase(self) -> str:
        if self.refusal:
            return "refused"
        return "before" if self.launch is None else "after"

    @property
    def revealed(self) -> bool:
        """Every flown step's outcome is on screen (then the verdict shows)."""
        return self.launch is not None and self.shown >= len(self.launch.steps)

    @property
    def holds_backdrop(self) -> bool:  # type: ignore[override]
        """The turn screen behind shows the game as it was before the launch until the
        sequence has ended (a refused launch changed nothing)."""
        return self.launch is None or not self.revealed

    @property
    def shows_picture(self) -> bool:
        return bool(self.app.settings.launch_sequences)

    @property
    def still(self) -> bool:
        """Reduce motion: nothing moves; each launch shows its end state at once."""
        return bool(self.app.settings.reduce_motion)

    def on_enter(self) -> None:
        session = self.session
        odds = session.engine.odds(session.agency, self.milestone_id)
        self.plan = list(odds.steps)
        self.overall = odds.overall

    # --- layout ---------------------------------------------------------------------------

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        theme_extra.ensure(self.app.manager, u.scale)
        session = self.session
        engine, aid = session.engine, session.agency
        view = engine.milestone_view(aid, self.milestone_id)
        row_h = round(28 * u.scale)
        rows_needed = len(self.plan) + 1
        text_w = round(640 * u.scale)
        # the launch picture beside the steps: narrow, so the text keeps its width
        pic_w = round(170 * u.scale) if self.shows_picture else 0
        width = min(text_w + pic_w + (u.gap if pic_w else 0), rect.w)
        text_w = width - pic_w - (u.gap if pic_w else 0)
        # What a failure costs must read whole: the box is as tall as its text at this width
        # (the window clamps the dialog, and only then does the note scroll).
        if self.launch is None or not self.note_html:
            self.note_html = self._note(engine, view)
        note_html = self.note_html
        note_h = text_box_height(self.app.manager, note_html, text_w - 2 * u.margin)
        height = (u.margin * 2 + u.row + row_h + u.gap * 5 + rows_needed * (row_h + 2)
                  + note_h + round(40 * u.scale) + u.button)
        box = layout.centered(rect, width, height)
        self.panel(box)
        inner = layout.inset(box, u.margin)
        head, rest = layout.split_top(inner, u.row, u.gap)
        fitted_label(self, head, tr("Attempt: {m}", m=view.name), object_id="#heading")
        sub, rest = layout.split_top(rest, row_h, u.gap)
        spec = session.scenario.agencies[aid]
        fitted_label(self, sub, tr("{agency}, {date}", agency=spec.short,
                                   date=date_of(engine)), object_id="#small_left")
        rest, buttons = layout.split_bottom(rest, u.button, u.gap)
        self.image = None
        if pic_w:
            pic = pygame.Rect(rest.x, rest.y, pic_w, rest.h)
            rest = pygame.Rect(pic.right + u.gap, rest.y, rest.right - pic.right - u.gap, rest.h)
            self._picture(pic)
        rest, result_row = layout.split_bottom(rest, round(40 * u.scale), u.gap)
        table, note = layout.split_top(rest, rows_needed * (row_h + 2), u.gap)
        self._reveals = []
        self._lines = []
        self._skip_button = self._done_button = None
        self._steps(table, row_h)
        self.textbox(note, note_html)
        self._result(result_row)
        self._buttons(buttons)
        if self.phase == "after":
            self._reveal()

    def draw(self, surface: pygame.Surface) -> None:
        pass  # an overlay: the app has drawn the turn screen below, dimmed

    # --- the picture ----------------------------------------------------------------------

    def _picture(self, rect: pygame.Rect) -> None:
        """The launch picture's widget; its drawing is made once per size and palette."""
        palette = self.app.palette
        picture = self.picture
        if (picture is None or picture.size != rect.size
                or picture.palette.name != palette.name):
            session = self.session
            teams = {agency: team for team, agency in session.teams.items()}
            colour = agency_styles(list(session.scenario.agencies), teams,
                                   palette.chart)[session.agency].colour
            crewed = session.engine.failure_preview(session.agency, self.milestone_id).crewed
            picture = self.picture = LaunchPicture(rect.size, palette, colour, crewed)
        self.image = UIImage(rect, self._drawn(picture), manager=self.app.manager)
        self.track(self.image)

    def _drawn(self, picture: LaunchPicture) -> pygame.Surface:
        """The picture for the moment shown: before launch, the vehicle on its pad."""
        planned = len(self.plan)
        moment, launch = self.moment, self.launch
        if moment is None or launch is None:
            return picture.frame(0.0, False, False, Marks(planned, ()))
        results = tuple(step.ok for step in launch.steps[:moment.shown])
        failed = moment.done and not launch.success
        flicker = 0 if self.still else self._frame // FLICKER_FRAMES
        return picture.frame(moment.height, moment.lifted, failed, Marks(planned, results),
                             flicker, crew_safe=moment.done and launch.crew == "safe")

    def _redraw_picture(self) -> None:
        if self.image is not None and self.picture is not None:
            self.image.set_image(self._drawn(self.picture))

    def _steps(self, table: pygame.Rect, row_h: int) -> None:
        u = self.app.units
        rows = [pygame.Rect(table.x, table.y + i * (row_h + 2), table.w, row_h)
                for i in range(len(self.plan) + 1)]
        chance_tip = game_value(tr("The chance this step succeeds, if the ones before it did."))
        flown = self.launch.steps if self.launch is not None else []
        self._reveals = []
        for i, (name, chance) in enumerate(self.plan):
            name_r, chance_r, result_r = layout.columns(rows[i], [2.4, 1, 1.3], gap=u.gap)
            fitted_label(self, name_r, tr("{i}. {step}", i=i + 1, step=name),
                         object_id="#small_left")
            fitted_label(self, chance_r, percent(chance), tooltip=chance_tip, object_id="#small")
            if self.launch is None:
                continue
            # Every outcome is built now, hidden, and shown in turn (`_reveal`): rebuilding
            # the dialog for each step took ~20 ms, a visible stutter in the climb.
            if i < len(flown):
                ok = flown[i].ok
                text, oid = ((trc("a launch step", "OK"), "#small_good") if ok
                             else (tr("FAILED"), "#small_error"))
                self._reveals.append((i + 1, fitted_label(self, result_r, text, object_id=oid)))
            else:
                self._reveals.append((len(flown), fitted_label(
                    self, result_r, tr("not flown"), object_id="#small_left")))
        name_r, chance_r, _ = layout.columns(rows[-1], [2.4, 1, 1.3], gap=u.gap)
        fitted_label(self, name_r, tr("Whole mission"), object_id="#small_left")
        fitted_label(self, chance_r, percent(self.overall), object_id="#small",
                     tooltip=game_value(tr("Every step must succeed: the product of the "
                                           "steps' chances.")))

    def _note(self, engine: Engine, view: MilestoneView) -> str:
        """What a failure would do, from the engine's own preview: the very figures it charges
        (the cost, all the money when there is less, each allocation it cuts)."""
        aid = self.session.agency
        preview = engine.failure_preview(aid, self.milestone_id)
        parts = [tr("A failure costs {m} million, {s} points of public support and {p}% of "
                    "the development; you may try again next turn.", m=numbers.money(preview.cost),
                    s=preview.support, p=round((1 - preview.progress_kept) * 100))]
        if preview.short:
            parts.append(tr("You have only {n} million left: a failure would take all of it.",
                            n=numbers.money(preview.money)))
        milestones = engine.rules.milestones
        for cut in preview.cuts:
            name = milestones[cut.milestone].name
            if cut.cancelled:
                parts.append(tr("It would cancel this turn's funding of {m} ({n} million).",
                                m=name, n=numbers.money(cut.before)))
            else:
                parts.append(tr("It would cut this turn's funding of {m} from {a} to {b} "
                                "million.", m=name, a=numbers.money(cut.before),
                                b=numbers.money(cut.after)))
        if preview.crewed:
            safe = round(preview.safe_chance * 100)
            parts.append(tr("A failed crewed flight is an abort with the crew safe ({s}% "
                            "chance), costing that; or the loss of the crew ({l}%), costing "
                            "{x} more points of support and grounding crewed flights for {n} "
                            "turns.", s=safe, l=100 - safe, x=preview.loss_support,
                            n=preview.stand_down))
        parts.append(tr("Success counts for science and prestige."))
        return esc(" ".join(parts)) + " <i>" + esc(tr("(all game values)")) + "</i>"

    def _result(self, row: pygame.Rect) -> None:
        if self.phase == "refused":
            fitted_label(self, row, self.refusal, object_id="#small_error")
            return
        if self.phase != "after":
            return
        # each line the sequence shows here, built hidden, shown by `_reveal`
        for n in range(len(COUNTDOWN), 0, -1):
            label = fitted_label(self, row, tr("Launch in {n}...", n=COUNTDOWN[-n]),
                                 tooltip=self._skip_tip(), object_id="#small")
            self._lines.append((("count", n), label))
        self._lines.append((("flying", 0), fitted_label(
            self, row, tr("Flying..."), tooltip=self._skip_tip(), object_id="#small")))
        self._lines.append((("verdict", 0), fitted_label(
            self, row, self.outcome_text(), object_id="#big_result")))

    def _line_shown(self) -> tuple[str, int]:
        if self.revealed:
            return ("verdict", 0)
        return ("count", self.counting) if self.counting else ("flying", 0)

    def _reveal(self) -> None:
        """Show what the sequence has reached, hide the rest: no widget is rebuilt."""
        for needs, label in self._reveals:
            _visible(label, self.shown >= needs)
        line = self._line_shown()
        for key, label in self._lines:
            _visible(label, key == line)
        if self._skip_button is not None and self._done_button is not None:
            _visible(self._skip_button, not self.revealed)
            _visible(self._done_button, self.revealed)
            wanted = self._done_button if self.revealed else self._skip_button
            if self.focus is not None and self.focus.current is not wanted:
                self.focus_on(wanted)
        self.app.dirty = True

    @staticmethod
    def _skip_tip() -> str:
        return esc(tr("Press any key or click to see the outcome now."))

    def outcome_text(self) -> str:
        """The verdict, from the engine's launch record."""
        launch = self.launch
        if launch is None:
            return ""
        if launch.success:
            return tr("Success!")
        if launch.crew == "safe":
            return tr("Aborted: the crew is safe")
        if launch.crew == "lost":
            return tr("The crew was lost")
        return tr("The mission failed")

    def _buttons(self, row: pygame.Rect) -> None:
        u = self.app.units
        if self.phase == "before":
            launch_r, cancel_r = layout.columns(row, 2, gap=u.gap)
            launch = self.button(launch_r, tr("Launch"), self.fly,
                                 tooltip=tr("Fly the mission now: the dice are rolled"))
            self.button(cancel_r, tr("Cancel"), lambda: self.dismiss(None),
                        tooltip=tr("Back to the turn screen; nothing happens"))
            self.focus_on(launch)
            return
        box = layout.centered(row, round(240 * u.scale), row.h)
        if self.phase == "after":
            # Skip and Continue share their place; `_reveal` shows the one that applies
            self._skip_button = self.button(box, tr("Skip"), self.skip, tooltip=tr(
                "Show the outcome now (or press any key)"))
        self._done_button = self.button(box, tr("Continue"), lambda: self.dismiss(self.launch))
        self.focus_on(self._done_button)

    # --- actions --------------------------------------------------------------------------

    def fly(self) -> None:
        session = self.session
        result = session.apply(cmd.Attempt(agency=session.agency, milestone=self.milestone_id))
        if not result.ok:
            self.refusal = sentence(session.words(result.reason))
        else:
            self.launch = result.launch
            assert self.launch is not None  # an Attempt applied has flown
            flown = [s.chance for s in self.launch.steps]
            self.plan = [(name, flown[i] if i < len(flown) else chance)
                         for i, (name, chance) in enumerate(self.plan)]
            self.overall = self.launch.chance
            self.sequence = Sequence(planned=len(self.plan), flown=len(flown))
            self._clock = 0.0
            self._frame = 0
            self.cued = []
            if self.shows_picture and not self.still:
                self.animating = True
                self._show(self.sequence.at(0.0))
            else:
                self._show(self.sequence.end())
        self.refresh()

    def _show(self, moment: Moment) -> None:
        """Put `moment` on screen: the countdown, the steps revealed, and the cues due by
        then, each once and in order (lift-off, then the verdict)."""
        self.moment = moment
        self.counting = moment.counting
        self.shown = moment.shown
        if moment.lifted:
            self._cue("launch")
        if moment.done:
            assert self.launch is not None
            self._cue("success" if self.launch.success else "failure")
            self.animating = False

    def _cue(self, name: str) -> None:
        if name not in self.cued:
            self.cued.append(name)
            self.app.sound.play(name)

    def skip(self) -> None:
        """Everything at once: the countdown, every step's outcome and the verdict."""
        if self.launch is None or self.sequence is None or self.revealed:
            return
        self.frozen_at = None
        self._show(self.sequence.end())
        self._reveal()
        self._redraw_picture()

    def freeze(self, seconds: float) -> None:
        """Hold the sequence at `seconds` after Launch (a deterministic screenshot)."""
        if self.sequence is None:
            return
        self.frozen_at = seconds
        self._clock = seconds
        self._show(self.sequence.at(seconds))
        self._reveal()
        self._redraw_picture()

    def replay(self) -> None:
        """Play the flown launch's sequence again from Launch (the UI benchmark measures a
        running sequence this way; the game itself never flies a launch twice)."""
        if self.sequence is None or not self.shows_picture or self.still:
            return
        self.frozen_at = None
        self._clock = 0.0
        self._frame = 0
        self.cued = []
        self.animating = True
        self._show(self.sequence.at(0.0))
        self._reveal()
        self._redraw_picture()

    def intercept(self, event: pygame.event.Event) -> bool:
        # While the launch plays, any key (Esc too: the launch has flown, so Esc shows its
        # outcome rather than cancel) or a click anywhere shows the outcome at once; the
        # dialog's own buttons and focus must not take the key first.
        if self.animating and event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.skip()
            return True
        return False

    def update(self, dt: float) -> None:
        if not self.animating or self.sequence is None or self.frozen_at is not None:
            return
        self._clock += dt
        self._frame += 1
        before = (self.counting, self.shown, self.animating)
        self._show(self.sequence.at(self._clock))
        self._redraw_picture()
        if (self.counting, self.shown, self.animating) != before:
            self._reveal()

    def back(self) -> None:
        self.dismiss(self.launch)


def _visible(element: UIElement, shown: bool) -> None:
    if shown and not element.visible:
        element.show()
    elif not shown and element.visible:
        element.hide()
