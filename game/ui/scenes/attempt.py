"""The mission-attempt dialog: each step's chance and the overall chance BEFORE the player
commits, then Launch or Cancel; after a launch, a short countdown, then the steps light up
one by one with their outcome (the whole flight in under two seconds), and Continue closes
it. A click, Space or Return skips to the outcome at once; a failed crewed flight says
whether the crew aborted safely or was lost.

It sends one command, `Attempt`, and dismisses with the launch record the engine returned
(or None when cancelled or refused), so the turn screen can rebuild from the new state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game import numbers
from game.core import commands as cmd
from game.core.records import Launch
from game.dates import date_of
from game.i18n import tr, trc
from game.ui import layout
from game.ui.scene import Scene
from game.ui.widgets import theme_extra
from game.ui.widgets.labels import fitted_label
from game.ui.widgets.text_height import text_box_height
from game.ui.widgets.tips import esc, game_value, percent, sentence

if TYPE_CHECKING:
    from game.core.engine import Engine
    from game.core.views import MilestoneView
    from game.ui.session import Session

COUNTDOWN = ("3", "2", "1")  # shown before the first step's outcome
COUNT_SECONDS = 0.2  # each number of the countdown
REVEAL_SECONDS = 0.45  # the most between two steps' outcomes: slow enough for a class to follow
STEPS_SECONDS = 1.2  # the most all the steps take together: a launch is over in under 2 s
SKIP_KEYS = (pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER)


def step_seconds(steps: int) -> float:
    """Between two steps' outcomes: a long mission reveals faster, so none drags."""
    return min(REVEAL_SECONDS, STEPS_SECONDS / max(1, steps))


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
        self._clock = 0.0
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
        width = min(round(640 * u.scale), rect.w)
        # What a failure costs must read whole: the box is as tall as its text at this width
        # (the window clamps the dialog, and only then does the note scroll).
        if self.launch is None or not self.note_html:
            self.note_html = self._note(engine, view)
        note_html = self.note_html
        note_h = text_box_height(self.app.manager, note_html, width - 2 * u.margin)
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
        rest, result_row = layout.split_bottom(rest, round(40 * u.scale), u.gap)
        table, note = layout.split_top(rest, rows_needed * (row_h + 2), u.gap)
        self._steps(table, row_h)
        self.textbox(note, note_html)
        self._result(result_row)
        self._buttons(buttons)

    def draw(self, surface: pygame.Surface) -> None:
        pass  # an overlay: the app has drawn the turn screen below, dimmed

    def _steps(self, table: pygame.Rect, row_h: int) -> None:
        u = self.app.units
        rows = [pygame.Rect(table.x, table.y + i * (row_h + 2), table.w, row_h)
                for i in range(len(self.plan) + 1)]
        chance_tip = game_value(tr("The chance this step succeeds, if the ones before it did."))
        flown = self.launch.steps if self.launch is not None else []
        for i, (name, chance) in enumerate(self.plan):
            name_r, chance_r, result_r = layout.columns(rows[i], [2.4, 1, 1.3], gap=u.gap)
            fitted_label(self, name_r, tr("{i}. {step}", i=i + 1, step=name),
                         object_id="#small_left")
            fitted_label(self, chance_r, percent(chance), tooltip=chance_tip, object_id="#small")
            if i < min(self.shown, len(flown)):
                ok = flown[i].ok
                text, oid = ((trc("a launch step", "OK"), "#small_good") if ok
                             else (tr("FAILED"), "#small_error"))
                fitted_label(self, result_r, text, object_id=oid)
            elif self.revealed:
                fitted_label(self, result_r, tr("not flown"), object_id="#small_left")
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
        elif self.revealed:
            fitted_label(self, row, self.outcome_text(), object_id="#big_result")
        elif self.counting:
            fitted_label(self, row, tr("Launch in {n}...", n=COUNTDOWN[-self.counting]),
                         object_id="#small")
        elif self.phase == "after":
            fitted_label(self, row, tr("Flying..."), object_id="#small")

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
        if self.phase == "after" and not self.revealed:
            skip = self.button(layout.centered(row, round(240 * u.scale), row.h), tr("Skip"),
                               self.skip, tooltip=tr("Show the outcome now (or press Space)"))
            self.focus_on(skip)
            return
        done = self.button(layout.centered(row, round(240 * u.scale), row.h), tr("Continue"),
                           lambda: self.dismiss(self.launch))
        self.focus_on(done)

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
            self.shown = 0
            self.counting = len(COUNTDOWN)
            self._clock = 0.0
            self.animating = True
        self.refresh()

    def skip(self) -> None:
        """Everything at once: the countdown and every step's outcome."""
        if self.launch is None or self.revealed:
            return
        self.counting = 0
        self.shown = len(self.launch.steps)
        self.animating = False
        self.refresh()

    def process_event(self, event: pygame.event.Event) -> bool:
        # While the launch plays, a click anywhere or Space/Return shows the outcome (the
        # focused Skip button takes the key first; this catches a click beside it).
        if self.animating and (event.type == pygame.MOUSEBUTTONDOWN or (
                event.type == pygame.KEYDOWN and event.key in SKIP_KEYS)):
            self.skip()
            return True
        return super().process_event(event)

    def update(self, dt: float) -> None:
        if not self.animating:
            return
        self._clock += dt
        wait = COUNT_SECONDS if self.counting else step_seconds(len(self.plan))
        if self._clock >= wait:
            self._clock -= wait
            if self.counting:
                self.counting -= 1
            else:
                self.shown += 1
            self.animating = not self.revealed
            self.refresh()

    def back(self) -> None:
        self.dismiss(self.launch)
