"""Judge the sources: the class activity on the seed reports, one item at a time.

Made for one projector: large text, one quote (or two or three to compare) with the report
it comes from, answer buttons (keys 1..n), then feedback that names the right kind and the
seed line, Next (Enter), and at the end each part's score and what to discuss. Esc leaves.

The answers are the game's through the engine, never written here: with a game open (the
pause menu, the debrief) the summary sends RecordActivity to it; from the title screen,
before any game, they wait on the app (`app.activity_answers`) and `record_waiting`
sends them to the next game started.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, SupportsInt, cast

import pygame

from game.claims import claim_hint
from game.core.activity import Answer, part_scores
from game.core.commands import RecordActivity
from game.i18n import tr
from game.judging import answer_label, citation, citations, report_name, score_line
from game.scenario import ScenarioError
from game.scenario.activity import Activity, Item, Part, load_activity
from game.translation_marks import quoted
from game.ui import layout
from game.ui.scene import Scene
from game.ui.scenes.menu_parts import esc
from game.ui.widgets import originals
from game.ui.widgets.labels import fitted_label
from game.ui.widgets.text_height import text_box_height

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.session import Session

# The theme's projector-size text boxes (assets/theme.json), largest first: a screen takes
# the largest whose whole text fits, so three quotes to compare still show at once.
TEXT_SIZES = ("#activity_text", "#activity_text_mid")
BIG_BUTTON = "#activity_answer"
_NUMBER_KEYS = {pygame.K_1 + n: n for n in range(9)} | {pygame.K_KP1 + n: n for n in range(9)}


def record_waiting(app: App, session: Session) -> None:
    """Send answers given on the title screen to the game now starting (then forget them)."""
    waiting: RecordActivity | None = getattr(app, "activity_answers", None)
    if waiting is None:
        return
    app.activity_answers = None
    session.apply(RecordActivity(session.agency, waiting.activity, waiting.answers))


class JudgeSourcesScene(Scene):
    name = "judge_sources"

    def __init__(self, activity: Activity | None = None) -> None:
        super().__init__()
        self.activity = activity
        self.problem = ""  # why the activity file did not load, shown instead of items
        self.index = 0
        self.answers: dict[str, str] = {}  # item id -> chosen answer id
        self.scores: list[list[object]] = []  # [part, right, asked], as the engine recorded
        self.kept_for_next_game = False
        # The quotes in the English of the seeds: a translated quote is marked, and the
        # "Original (English)" button shows the report's own words (hover: its tooltip).
        self.english = False

    # --- state of the run ----------------------------------------------------------------

    @property
    def items(self) -> list[tuple[Part, Item]]:
        return self.activity.items if self.activity is not None else []

    @property
    def current(self) -> tuple[Part, Item] | None:
        return self.items[self.index] if self.index < len(self.items) else None

    @property
    def finished(self) -> bool:
        return bool(self.items) and self.index >= len(self.items)

    def on_enter(self) -> None:
        if self.activity is None:
            try:
                self.activity = load_activity()
            except ScenarioError as error:
                self.problem = str(error.problems[0])

    # --- building ------------------------------------------------------------------------

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        body = layout.inset(rect, u.margin)
        head, rest = layout.split_top(body, u.row, u.gap)
        middle, foot = layout.split_bottom(rest, u.button, u.gap)
        current = self.current
        if self.problem or self.activity is None:
            self._heading(head, tr("Judge the sources"), "")
            self.textbox(middle, esc(tr("The activity cannot be opened: {why}",
                                        why=self.problem)))
        elif current is None:
            self._heading(head, tr("Judge the sources: results"), "")
            self._big_box(middle, self.summary_html())
        else:
            part, item = current
            number = [p.id for p in self.activity.parts].index(part.id) + 1
            self._heading(head, tr("Part {n} of {m}: {title}", n=number,
                                   m=len(self.activity.parts), title=part.title),
                          tr("Item {n} of {m}", n=self.index + 1, m=len(self.items)))
            if item.id in self.answers:
                prompt, feedback = layout.rows(middle, [9, 11], u.gap)
                self._big_box(prompt, self.prompt_html(item))
                self._big_box(feedback, self.feedback_html(item))
            else:
                count = len(item.options)
                height = count * u.button + (count - 1) * u.gap
                prompt, answers = layout.split_bottom(middle, height, u.gap)
                self._big_box(prompt, self.prompt_html(item))
                self._answer_buttons(item, answers)
        self._footer(foot, current)

    def _heading(self, area: pygame.Rect, text: str, progress: str) -> None:
        left, right = layout.columns(area, [3, 1], self.app.units.gap)
        fitted_label(self, left if progress else area, text, object_id="#heading")
        if progress:
            fitted_label(self, right, progress, object_id="#heading")

    def _big_box(self, area: pygame.Rect, html: str) -> None:
        """The largest projector text that fits the area, else the usual size (which
        scrolls as a last resort): a long quote must never be cut."""
        fitting = (size for size in TEXT_SIZES
                   if text_box_height(self.app.manager, html, area.w, size) <= area.h)
        self.textbox(area, html, object_id=next(fitting, None))

    def _answer_buttons(self, item: Item, area: pygame.Rect) -> None:
        u = self.app.units
        slots = layout.stack(area, len(item.options), u.button, u.gap)
        for n, (answer, slot) in enumerate(zip(item.options, slots, strict=True), start=1):
            tip = claim_hint(answer) if not item.choices else tr("Key {n}", n=n)
            self.button(slot, f"{n}.  {answer_label(item, answer)}",
                        partial(self.answer, answer), tooltip=tip, object_id=BIG_BUTTON)
        # No button has the focus: a stray Enter must not answer for the class (1..n do).

    def _footer(self, foot: pygame.Rect, current: tuple[Part, Item] | None) -> None:
        u = self.app.units
        width = min(round(200 * u.scale), foot.w // 3)
        back = pygame.Rect(foot.x, foot.y, width, foot.h)
        forward = pygame.Rect(foot.right - width, foot.y, width, foot.h)
        if self.finished:
            self.button(pygame.Rect(forward.x - width - u.gap, foot.y, width, foot.h),
                        tr("Start again"), self.restart, tooltip=tr("Every item again, "
                                                                    "from the first"))
            # Not focused: the Enter that opened the results must not close them unread.
            self.button(forward, tr("Done (Esc)"), self.back)
            return
        self.button(back, tr("Back (Esc)"), self.back,
                    tooltip=tr("Leave the activity; answers are kept only when every item "
                               "is done"))
        if current is not None:
            quotes = [(quote, "text") for quote in current[1].quotes]
            middle = pygame.Rect(back.right + u.gap, foot.y, forward.x - back.right - 2 * u.gap,
                                 foot.h)
            _, toggle = originals.room(middle, u.scale, 0, originals.any_translated(quotes))
            originals.original_button(self, toggle, quotes, self.english, self.toggle_english)
        if current is not None and current[1].id in self.answers:
            last = self.index == len(self.items) - 1
            self.focus_on(self.button(forward, tr("Results (Enter)") if last
                                         else tr("Next (Enter)"), self.next_item))

    # --- texts ---------------------------------------------------------------------------

    def prompt_html(self, item: Item) -> str:
        """The question, then each quote in quotation marks with the report it is from."""
        assert self.activity is not None
        out = [f"<b>{esc(item.question)}</b><br>"]
        several = len(item.quotes) > 1
        for n, quote in enumerate(item.quotes):
            mark = f"<b>{'ABC'[n]}.</b> " if several else ""
            # Quote and report in one paragraph: three quotes to compare must fit at once.
            words, note = quoted(quote, english=self.english)
            note = f" <i>{esc(note)}</i>" if note else ""
            out.append(f"<br>{mark}\u201c{esc(words)}\u201d{note} <i>\u2014 "
                       f"{esc(report_name(self.activity, quote.source))}, "
                       f"{esc(citation(quote).lower())}</i><br>")
        return "".join(out)

    def feedback_html(self, item: Item) -> str:
        chosen = self.answers[item.id]
        right = item.answer
        if chosen == right:
            verdict = tr("Right: {answer}.", answer=answer_label(item, right))
        else:
            verdict = tr("Not quite. You chose: {chosen}. The answer: {right}.",
                         chosen=answer_label(item, chosen), right=answer_label(item, right))
        return (f"<b>{esc(verdict)}</b><br>{esc(item.feedback)}<br>"
                f"<i>{esc(citations(item.citations))}</i>")

    def summary_html(self) -> str:
        assert self.activity is not None
        titles = {p.id: p.title for p in self.activity.parts}
        out = [f"<b>{esc(tr('Score'))}</b><br>"]
        for part, r, n in self.scores:
            # The counts are the ints the engine recorded (JSON keeps them so); core types
            # the rows list[object], so the casts say what int() is given.
            line = score_line(titles.get(str(part), str(part)), int(cast(SupportsInt, r)),
                              int(cast(SupportsInt, n)))
            out.append(f"{esc(line)}<br>")
        where = (tr("Kept for the next game started; it goes into that game's report.")
                 if self.kept_for_next_game else
                 tr("Saved with this game; it goes into the debrief report."))
        out.append(f"<i>{esc(where)}</i><br><br><b>{esc(tr('To discuss'))}</b><br>")
        out += [f"\u2022 {esc(part.discuss)}<br>" for part in self.activity.parts]
        return "".join(out)

    # --- actions -------------------------------------------------------------------------

    def answer(self, answer: str) -> None:
        current = self.current
        if current is None or current[1].id in self.answers:
            return
        self.answers[current[1].id] = answer
        self._rebuild()

    def next_item(self) -> None:
        if self.current is None or self.current[1].id not in self.answers:
            return
        self.index += 1
        if self.finished:
            self._deliver()
        self._rebuild()

    def restart(self) -> None:
        self.index, self.answers, self.scores = 0, {}, []
        self._rebuild()

    def _rebuild(self) -> None:
        # A new step of the run, not the same screen rebuilt: let build() choose the focus
        # (the app otherwise keeps the old index, which now points at another button).
        if self.focus is not None:
            self.focus.index = -1
        self.refresh()

    def _deliver(self) -> None:
        """Every item answered: the game records the answers, or the app keeps them."""
        assert self.activity is not None
        answers: tuple[Answer, ...] = tuple(
            (part.id, item.id, self.answers[item.id], item.answer) for part, item in self.items)
        session = self.app.session
        if session is None:
            # No game yet: the next one started records them (scenes.start_campaign).
            self.app.activity_answers = RecordActivity("", self.activity.id, answers)
            self.kept_for_next_game = True
            self.scores = part_scores(answers)
            return
        result = session.apply(RecordActivity(session.agency, self.activity.id, answers))
        if result.ok:
            self.scores = list(session.state.activity["scores"])

    def toggle_english(self) -> None:
        self.english = not self.english
        self.refresh()

    def process_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and self.current is not None:
            part_item = self.current
            number = _NUMBER_KEYS.get(event.key)
            if number is not None and part_item[1].id not in self.answers:
                if number < len(part_item[1].options):
                    self.answer(part_item[1].options[number])
                return True
        return super().process_event(event)
