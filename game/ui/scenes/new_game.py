"""New game: pick a scenario, an agency (or hot-seat teams), a difficulty and a seed.

One screen that fits 1024x600: the scenario list on the left, the chosen scenario's
details and the players on the right, the options and Start along the bottom. In browse
mode (the title's "Scenarios" button) it is the same list without the game options.
A class preset (game/ui/presets.py) pre-fills the screen and locks what the teacher fixed.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pygame
from pygame_gui.elements import UIButton, UIImage

from game import i18n, numbers
from game.core.calendar import month_index
from game.core.rules import DIFFICULTIES, Tuning, scenario_tuning
from game.dates import month_label
from game.emblems import Emblem, agency_emblems
from game.i18n import tr, trn
from game.scenario import ScenarioError, load_scenario
from game.ui import intents, layout, presets
from game.ui.emblems import emblem_image
from game.ui.scene import Scene
from game.ui.scenes.menu_parts import Claimed, esc, fit_text, kinds_summary, locked_button
from game.ui.scenes.scenario_list import ScenarioEntry, index_of, scan
from game.ui.session import fresh_seed
from game.ui.widgets.picture import picture

MIN_TEAMS, MAX_TEAMS = 2, 4
SEED_DIGITS = 18


def team_names() -> tuple[str, ...]:
    return (tr("Red"), tr("Blue"), tr("Green"), tr("Gold"))


def difficulty_name(key: str) -> str:
    return {"easy": tr("Easy"), "normal": tr("Normal"), "hard": tr("Hard")}.get(key, key)


def difficulty_tooltip(key: str, tuning: Tuning) -> str:
    """What a difficulty does, in the chosen scenario's own game values (a scenario may set
    them under `game:`), so that the words are the rule the engine then plays."""
    income = dict(tuning.difficulty_income).get(key, 1.0)
    failure = dict(tuning.difficulty_failure).get(key, 1.0)
    rules = tr("Game rule: your income x{i} and failure chances x{f}", i=numbers.plain(income),
               f=numbers.plain(failure))
    return f"{rules}. {rivals_pace(key, tuning)}"


def rivals_pace(key: str, tuning: Tuning) -> str:
    """How the computer's agencies keep to their plans at this difficulty, in words
    (`Tuning.rival_pace`: the share of the time to each target they take)."""
    pace = dict(tuning.rival_pace).get(key, 1.0)
    if pace < 1:
        return tr("Computer rivals run ahead of their plans: they reach each one in "
                  "{p}% of the time.", p=round(pace * 100))
    if pace > 1:
        return tr("Computer rivals run behind their plans: they take {p}% longer to reach "
                  "each one.", p=round((pace - 1) * 100))
    return tr("Computer rivals keep near their plans: documented dates where the reports "
              "give them, the game's elsewhere.")


class NewGameScene(Scene):
    name = "new_game"

    def __init__(self, browse: bool = False, preselect: Path | None = None,
                 seed: int | None = None) -> None:
        super().__init__()
        self.browse = browse
        self.preselect = Path(preselect) if preselect is not None else None
        self.entries: list[ScenarioEntry] = []
        self.selected = 0
        self.agency: str | None = None
        self.difficulty = "normal"
        self.seed_text = str(seed if seed is not None else fresh_seed())
        self.hot_seat = False
        self.teams: list[list[str]] = []  # [name, agency], kept in build order
        self.preset: presets.Preset | None = None
        self.lock_on_save = True
        self.notice = ""  # one line under the options (what Start or Save just did)
        self.confirm_clear = False  # Clear preset asks once more
        self._start: UIButton | None = None
        self.picture: UIImage | None = None  # the chosen agency's, when its scenario has one
        self.emblem_shown: Emblem | None = None  # the chosen agency's, as last drawn

    # --- lifecycle -------------------------------------------------------------------

    def on_enter(self) -> None:
        preset, problem = presets.load()
        self.preset = None if self.browse else preset
        self.rescan()
        if self.preset is not None:
            self._apply_preset(self.preset)
        if self.preselect is not None:
            found = index_of(self.entries, self.preselect)
            if found is not None and not self.locked("scenario"):
                self.selected = found
                self._default_agency()
        if problem and not self.browse:
            self.go(intents.Message(problem, title=tr("Class preset")))

    def rescan(self) -> None:
        """Read every scenario file again; keep the chosen one selected if it is still there."""
        current = self.current.path if self.entries else self.preselect
        extra = [p for p in (self.preselect, self._preset_path()) if p is not None]
        self.entries = scan(extra)
        found = index_of(self.entries, current)
        self.selected = found if found is not None else 0
        self._default_agency()

    def reload(self) -> None:
        """Read the files again (an author's edits show without a restart). The chosen file
        stays chosen; if it now fails validation its errors show and Start is off, and the
        agency and teams chosen are kept for when it is fixed and reloaded."""
        self.rescan()
        self.notice = tr("Scenario folders read again: {n} files", n=len(self.entries))
        if self.entries and not self.current.ok:
            # the errors themselves are listed in the details, where they have room
            self.notice = trn("{file} now has {n} error and cannot be started; fix it and "
                              "press Reload", "{file} now has {n} errors and cannot be started; "
                              "fix them and press Reload", len(self.current.errors),
                              file=self.current.path.name)
        self.refresh()

    # --- state helpers ---------------------------------------------------------------

    @property
    def current(self) -> ScenarioEntry:
        return self.entries[self.selected]

    def locked(self, name: str) -> bool:
        return self.preset is not None and self.preset.is_locked(name)

    def _preset_path(self) -> Path | None:
        return self.preset.scenario_path() if self.preset is not None else None

    def playable(self) -> list[str]:
        if not self.entries or not self.current.ok:
            return []
        assert self.current.scenario is not None
        return [aid for aid, a in self.current.scenario.agencies.items() if a.playable]

    def _default_agency(self) -> None:
        choices = self.playable()
        if not choices:
            # a file that fails validation: nothing to pick, but the agency and teams chosen
            # are kept, so fixing it and pressing Reload gives the same choices back
            return
        if self.agency not in choices:
            assert self.current.scenario is not None
            default = self.current.scenario.scenario.default_agency
            self.agency = default if default in choices else choices[0]
        kept = [t for t in self.teams if t[1] in choices]
        self.teams = kept
        while len(self.teams) < MIN_TEAMS and len(self.teams) < len(choices):
            self._add_team()

    def _apply_preset(self, preset: presets.Preset) -> None:
        found = index_of(self.entries, preset.scenario_path())
        if found is not None:
            self.selected = found
        if preset.seed is not None:
            self.seed_text = str(preset.seed)
        if preset.difficulty in DIFFICULTIES:
            self.difficulty = preset.difficulty
        choices = self.playable()
        if preset.agency in choices:
            self.agency = preset.agency
        teams = [[t.name, t.agency] for t in preset.teams if t.agency in choices]
        if len(teams) >= MIN_TEAMS:
            self.teams = teams
            self.hot_seat = True
        self._default_agency()

    def _add_team(self) -> None:
        used = {t[1] for t in self.teams}
        free = [a for a in self.playable() if a not in used]
        names = {t[0] for t in self.teams}
        spare = tr("Team {n}", n=len(self.teams) + 1)
        name = next((n for n in team_names() if n not in names), spare)
        if free:
            self.teams.append([name, free[0]])

    def emblems(self) -> dict[str, Emblem]:
        """The chosen scenario's emblems, coloured as the game's charts will colour them
        (its agencies in order, the teams chosen when several teams play)."""
        if not self.entries or self.current.scenario is None:
            return {}
        teams = {agency: name for name, agency in self.teams} if self.hot_seat else {}
        return agency_emblems(list(self.current.scenario.agencies), teams,
                              self.app.palette.chart)

    def agency_name(self, aid: str | None) -> str:
        if aid is None or not self.current.ok:
            return "-"
        assert self.current.scenario is not None
        agency = self.current.scenario.agencies[aid]
        return agency.short

    # --- layout ----------------------------------------------------------------------

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        self._start = None
        body = layout.inset(rect, u.margin)
        header, rest = layout.split_top(body, u.row, u.gap)
        rest, footer = layout.split_bottom(rest, u.button, u.gap)
        if not self.browse:
            rest, notice = layout.split_bottom(rest, u.row, u.gap // 2)
            rest, options = layout.split_bottom(rest, u.button, u.gap)
        left, right = layout.columns(rest, [1, 1.55], gap=u.margin)
        self._header(header)
        if self.browse:
            self._scenario_list(left)
            self._details(right)
        else:
            players_h = (u.row + u.gap) * (len(self.teams) + 1 if self.hot_seat else 3) - u.gap
            details, players = layout.split_bottom(right, players_h, u.gap)
            if details.h < 3 * u.row:
                # big text in a small window: the players fill the right, so the details
                # go under the scenario list rather than vanish
                need = len(self.entries) * (u.button + u.gap) + 4
                left, details = layout.split_top(left, min(need, left.h // 2), u.gap)
                players = right
            self._scenario_list(left)
            self._details(details)
            if self.hot_seat:
                self._teams(players)
            else:
                self._agency(players)
            self._options(options)
            if self.notice:
                fit_text(self.label(notice, self.notice, object_id="#left"))
        self._footer(footer)

    def _header(self, rect: pygame.Rect) -> None:
        u = self.app.units
        title, reload_rect = layout.columns(rect, [3, 1], gap=u.gap)
        heading = tr("Scenarios") if self.browse else tr("New game")
        self.label(title, heading, object_id="#heading")
        reload_rect = pygame.Rect(reload_rect.right - min(reload_rect.w, round(150 * u.scale)),
                                  rect.y, min(reload_rect.w, round(150 * u.scale)), rect.h)
        self.button(reload_rect, tr("Reload"), self.reload,
                    tooltip=tr("Read the scenario folders again (after you edit or add a file)"))

    def _scenario_list(self, rect: pygame.Rect) -> None:
        u = self.app.units
        step = u.button + u.gap
        box = self.scroller(rect, len(self.entries) * step)
        width = rect.w - 24
        for i, entry in enumerate(self.entries):
            row = pygame.Rect(2, 2 + i * step, width, u.button)
            if entry.ok:
                text = entry.title
                tip = esc(tr("{title}\nFile: {path}", title=entry.title, path=entry.path))
            else:
                text = tr("{file}: {error}", file=entry.path.name, error=entry.first_error)
                tip = esc(trn("This file has {n} error and cannot be played: {error}",
                              "This file has {n} errors and cannot be played. First: {error}",
                              len(entry.errors), error=entry.first_error))
            if self.locked("scenario") and i != self.selected:
                locked_button(self, row, text, container=box)
                continue
            b = self.button(row, text, partial(self.choose, i), tooltip=tip, container=box,
                            object_id=None if entry.ok else "#error")
            fit_text(b)  # before select(): a selected button keeps the text it was drawn with
            if i == self.selected:
                b.select()

    def _details(self, rect: pygame.Rect) -> None:
        if not self.entries:
            self.textbox(rect, esc(tr(
                "No scenario files found. Put .yaml files in the game's scenarios folder or "
                "in your own folder, then press Reload.")))
            return
        entry = self.current
        parts: list[str] = []
        if entry.scenario is None:
            parts.append(f"<b>{esc(entry.path.name)}</b><br>")
            parts.append(esc(trn("This file cannot be played until this error is fixed (then "
                                 "press Reload):", "This file cannot be played until these {n} "
                                 "errors are fixed (then press Reload):", len(entry.errors)))
                         + "<br>")
            parts += [f"&#8226; {esc(f'line {p.line}, col {p.col}: {p.code}: {p.message}')}<br>"
                      for p in entry.errors]
            parts.append("<br>" + esc(tr("File: {path}", path=entry.path)))
            self.textbox(rect, "".join(parts))
            return
        info = entry.scenario.scenario
        agency = entry.scenario.agencies.get(self.agency or "")
        self.picture = None
        if not self.browse and agency is not None and agency.image is not None:
            # the agency's picture beside the scenario's words, above the agency panel
            side = min(rect.w // 3, round(200 * self.app.units.scale))
            rect, beside = layout.columns(rect, [rect.w - side, side], gap=self.app.units.gap)
            self.picture = picture(self, pygame.Rect(beside.x, beside.bottom - min(
                beside.h, side), beside.w, min(beside.h, side)), entry.scenario, entry.path,
                agency.image)
        parts.append(f"<b>{esc(info.title)}</b><br>")
        parts.append(esc(tr("From {start} to {end}, {months} months a turn",
                            start=month_label(month_index(info.start)),
                            end=month_label(month_index(info.end, end_of_period=True)),
                            months=info.turn_months))
                     + "<br><br>")
        if info.fiction:
            parts.append(f"<b>{esc(tr('Fiction'))}:</b> {esc(info.fiction)}<br><br>")
        parts.append(esc(info.summary) + "<br>")
        if info.learning_goals:
            parts.append(f"<br><b>{esc(tr('Learning goals'))}</b><br>")
            parts += [f"&#8226; {esc(goal)}<br>" for goal in info.learning_goals]
        if entry.warnings:
            parts.append(f"<br><b>{esc(tr('Warnings'))}</b><br>")
            parts += [f"&#8226; {esc(f'line {p.line}: {p.code}: {p.message}')}<br>"
                      for p in entry.warnings]
        parts.append("<br>" + esc(tr("File: {path}", path=entry.path)))
        self.textbox(rect, "".join(parts))

    def _agency(self, rect: pygame.Rect) -> None:
        u = self.app.units
        rows = layout.stack(rect, 3, u.row, u.gap)
        head, prev_b, name_r, next_b = layout.columns(rows[0], [1.1, 0.5, 2.2, 0.5], gap=u.gap)
        head, badge_r = layout.columns(head, [max(1, head.w - u.row - u.gap), u.row], gap=u.gap)
        self.label(head, tr("Agency"), object_id="#left")
        scenario = self.current.scenario if self.entries else None
        if scenario is None or self.agency is None:
            self.label(name_r, tr("No agency to play"), object_id="#left")
            return
        agency = scenario.agencies[self.agency]
        if self.locked("agency"):
            locked_button(self, prev_b, "<")
            locked_button(self, next_b, ">")
        else:
            self.button(prev_b, "<", lambda: self.cycle_agency(-1),
                        tooltip=tr("Previous agency"))
            self.button(next_b, ">", lambda: self.cycle_agency(1), tooltip=tr("Next agency"))
        # the agency's emblem, in its colour, after the heading (game/emblems.py): the
        # name beside the arrows keeps its width for long names in long languages
        self.emblem_shown = self.emblems().get(self.agency)
        if self.emblem_shown is not None:
            emblem_image(self, badge_r, self.emblem_shown)
        fit_text(self.label(name_r, f"{agency.short}: {agency.name}",
                            tooltip=esc(f"{agency.name} ({agency.country})")))
        budget_r, support_r = layout.columns(rows[1], 2, gap=u.gap)
        fit_text(self.label(budget_r, tr("Budget: {m} million a year",
                                         m=numbers.money(agency.game.budget_per_year,
                                                         grouped=True)),
                            tooltip=tr("Game value: the agency's yearly budget in millions, set "
                                       "under game: in the scenario file; not a historical "
                                       "figure"), object_id="#left"))
        fit_text(self.label(support_r, tr("Public support: {s} / 100", s=agency.game.support),
                            tooltip=tr("Game value: public support at the start (0-100), set "
                                       "under game: in the scenario file; it scales income"),
                            object_id="#left"))
        bloc_r, fiction_r = layout.columns(rows[2], 2, gap=u.gap)
        if agency.bloc and agency.bloc in scenario.blocs:
            bloc = scenario.blocs[agency.bloc]
            # Kinds only: every statement with its citations ran a tooltip off the window;
            # Help's glossary gives them whole.
            tip = tr("In {bloc} when the game starts.", bloc=bloc.name)
            if bloc.facts:
                tip += " " + tr("What the reports say of the bloc: {kinds}. Help's glossary "
                                "gives each statement with its source.",
                                kinds=kinds_summary(bloc.facts))
            text = tr("Bloc: {bloc}", bloc=bloc.short)
        else:
            tip = tr("Outside both blocs when the game starts, as the scenario file says")
            text = tr("Bloc: none (independent)")
        fit_text(self.label(bloc_r, text, tooltip=esc(tip), object_id="#left"))
        invented = agency.fiction or bool(scenario.scenario.fiction)
        if invented:
            why = scenario.scenario.fiction or tr("This agency is invented by the game.")
            if agency.fiction:
                why = tr("This agency is invented by the game. {more}", more=why)
            fit_text(self.label(fiction_r, tr("fiction"), tooltip=esc(why), object_id="#error"))
        else:
            said: list[Claimed] = [*agency.facts, *agency.achieved, *agency.underway]
            tip = tr("A real agency; its facts cite the scenario's sources")
            if said:
                tip = tr("A real agency. What the reports say of it: {kinds}. Help's "
                         "glossary gives each statement with its source.",
                         kinds=kinds_summary(said))
            fit_text(self.label(fiction_r, tr("documented agency"), tooltip=esc(tip),
                                object_id="#left"))

    def _teams(self, rect: pygame.Rect) -> None:
        u = self.app.units
        rows = layout.stack(rect, len(self.teams) + 1, u.row, u.gap)
        head, minus, count, plus = layout.columns(rows[0], [2.6, 0.5, 1.2, 0.5], gap=u.gap)
        self.label(head, tr("Hot-seat teams"), object_id="#left")
        locked = self.locked("teams")
        n = len(self.teams)
        if locked:
            locked_button(self, minus, "-")
            locked_button(self, plus, "+")
        else:
            self.button(minus, "-", self.remove_team, enabled=n > MIN_TEAMS,
                        tooltip=tr("One team fewer"))
            self.button(plus, "+", self.add_team,
                        enabled=n < min(MAX_TEAMS, len(self.playable())),
                        tooltip=tr("One team more"))
        fit_text(self.label(count, trn("{n} team", "{n} teams", n),
                            tooltip=tr("Teams taking turns at this computer (2 to 4)")))
        for i, (name, aid) in enumerate(self.teams):
            name_r, prev_b, agency_r, next_b = layout.columns(rows[i + 1], [2.2, 0.5, 1.6, 0.5],
                                                              gap=u.gap)
            if locked:
                locked_button(self, name_r, name)
                locked_button(self, prev_b, "<")
                locked_button(self, next_b, ">")
            else:
                self.entry(name_r, name, partial(self.rename_team, i),
                           tooltip=tr("Team name (what the hand-over screen calls them)"))
                self.button(prev_b, "<", partial(self.cycle_team, i, -1),
                            tooltip=tr("Previous agency; a team that holds it takes this "
                                       "team's agency instead"))
                self.button(next_b, ">", partial(self.cycle_team, i, 1),
                            tooltip=tr("Next agency; a team that holds it takes this "
                                       "team's agency instead"))
            fit_text(self.label(agency_r, self.agency_name(aid)))

    def _options(self, rect: pygame.Rect) -> None:
        u = self.app.units
        diff_r, seed_r, teams_r = layout.columns(rect, [3.2, 2.2, 1.5], gap=u.margin)
        cells = layout.columns(diff_r, [1.3] + [1] * len(DIFFICULTIES), gap=u.gap // 2)
        self.label(cells[0], tr("Difficulty"), object_id="#left")
        chosen = self.current.scenario
        tuning = scenario_tuning(chosen) if chosen is not None else Tuning()
        for cell, key in zip(cells[1:], DIFFICULTIES, strict=True):
            if self.locked("difficulty"):
                locked_button(self, cell, difficulty_name(key), selected=key == self.difficulty)
                continue
            b = self.button(cell, difficulty_name(key), partial(self.set_difficulty, key),
                            tooltip=difficulty_tooltip(key, tuning))
            fit_text(b)
            if key == self.difficulty:
                b.select()
        seed_label, seed_box, seed_new = layout.columns(seed_r, [0.8, 1.4, 0.9], gap=u.gap // 2)
        seed_tip = tr("The seed fixes every random roll: the same scenario, seed and choices "
                      "give the same game, so a class can share one (digits only)")
        self.label(seed_label, tr("Seed"), tooltip=seed_tip, object_id="#left")
        if self.locked("seed"):
            locked_button(self, seed_box, self.seed_text)
            locked_button(self, seed_new, tr("New"))
        else:
            e = self.entry(seed_box, self.seed_text, self.set_seed, allowed="numbers",
                           tooltip=seed_tip)
            e.set_text_length_limit(SEED_DIGITS)
            self.button(seed_new, tr("New"), self.new_seed, tooltip=tr("Draw another seed"))
        text = tr("Teams: on") if self.hot_seat else tr("Teams: off")
        tip = tr("Hot-seat: 2 to 4 teams take turns at one computer, each with its own agency")
        if self.locked("teams"):
            locked_button(self, teams_r, text)
        else:
            fit_text(self.button(teams_r, text, self.toggle_hot_seat, tooltip=tip,
                                 enabled=len(self.playable()) >= MIN_TEAMS))

    def _footer(self, rect: pygame.Rect) -> None:
        u = self.app.units
        if self.browse:
            back, _ = layout.columns(rect, [1, 4], gap=u.gap)
            self.button(back, tr("Back"), lambda: self.dismiss(None))
            return
        back, save, lock, clear, _, start = layout.columns(rect, [1, 1.7, 1.3, 1.2, 0.2, 1.4],
                                                          gap=u.gap)
        self.button(back, tr("Back"), lambda: self.dismiss(None))
        fit_text(self.button(save, tr("Save as class preset"), self.save_preset,
                             tooltip=esc(tr("Write these choices to {path} so every student "
                                            "starts from them",
                                            path=presets.active_path()))))
        lock_text = tr("Lock: on") if self.lock_on_save else tr("Lock: off")
        fit_text(self.button(lock, lock_text, self.toggle_lock,
                             tooltip=tr("Whether the saved preset locks scenario, seed, "
                                        "difficulty, teams and the language shown now")))
        fit_text(self.button(clear, tr("Really clear?") if self.confirm_clear
                             else tr("Clear preset"), self.clear_preset,
                             enabled=self.preset is not None,
                             tooltip=tr("Press again to stop using the class preset")
                             if self.confirm_clear else tr("Stop using the class preset "
                                                           "(asks once more)")))
        ok = bool(self.entries) and self.current.ok and self.seed_text.isdigit()
        why = "" if ok else (tr("Type a seed first") if self.entries and self.current.ok
                             else tr("Choose a scenario without errors"))
        self._start = self.button(start, tr("Start"), self.start, enabled=ok,
                                  tooltip=tr("Start the game") if ok else why)

    # --- actions ---------------------------------------------------------------------

    def choose(self, index: int) -> None:
        if self.locked("scenario"):
            return
        self.selected = index
        self._default_agency()
        self.notice = ""
        self.refresh()

    def cycle_agency(self, step: int) -> None:
        choices = self.playable()
        if not choices or self.locked("agency"):
            return
        at = choices.index(self.agency) if self.agency in choices else 0
        self.agency = choices[(at + step) % len(choices)]
        self.refresh()

    def set_difficulty(self, key: str) -> None:
        if not self.locked("difficulty"):
            self.difficulty = key
            self.refresh()

    def set_seed(self, text: str) -> None:
        self.seed_text = "".join(ch for ch in text if ch.isdigit())[:SEED_DIGITS]
        # No rebuild while typing (it would take the focus away): just switch Start.
        if self._start is not None and self.entries and self.current.ok:
            if self.seed_text:
                self._start.enable()
            else:
                self._start.disable()

    def new_seed(self) -> None:
        if not self.locked("seed"):
            self.seed_text = str(fresh_seed())
            self.refresh()

    def toggle_hot_seat(self) -> None:
        if self.locked("teams"):
            return
        self.hot_seat = not self.hot_seat
        self._default_agency()
        self.refresh()

    def add_team(self) -> None:
        if len(self.teams) < MAX_TEAMS:
            self._add_team()
            self.refresh()

    def remove_team(self) -> None:
        if len(self.teams) > MIN_TEAMS:
            self.teams.pop()
            self.refresh()

    def rename_team(self, index: int, text: str) -> None:
        self.teams[index][0] = text.strip()[:24]

    def cycle_team(self, index: int, step: int) -> None:
        """The next agency in the list, held by another team or not: that team then takes
        this team's old agency. Skipping held agencies left a teacher unable to give team 2
        NASA while team 3 had it."""
        choices = self.playable()
        old = self.teams[index][1]
        at = choices.index(old) if old in choices else 0
        candidate = choices[(at + step) % len(choices)]
        for other in self.teams:
            if other is not self.teams[index] and other[1] == candidate:
                other[1] = old
        self.teams[index][1] = candidate
        self.refresh()

    def toggle_lock(self) -> None:
        self.lock_on_save = not self.lock_on_save
        self.refresh()

    def save_preset(self) -> None:
        if not self.entries:
            return
        locked: list[presets.LockName] = (["scenario", "seed", "difficulty"]
                                          if self.lock_on_save else [])
        if self.lock_on_save and self.hot_seat:
            locked.append("teams")
        if self.lock_on_save:  # the class reads the language the teacher set up in
            locked.append("language")
        preset = presets.Preset(
            scenario=presets.scenario_name(self.current.path),
            seed=int(self.seed_text) if self.seed_text.isdigit() else None,
            difficulty=self.difficulty,
            agency=self.agency,
            teams=[presets.PresetTeam(name=n or "?", agency=a) for n, a in self.teams]
            if self.hot_seat else [],
            locked=locked,
            settings=presets.PresetSettings(language=i18n.language() if self.lock_on_save
                                            else None),
        )
        try:
            path = presets.write(preset)
        except OSError as error:
            self.notice = tr("The preset could not be written: {reason}", reason=error.strerror)
        else:
            self.preset = preset
            self.notice = tr("Class preset saved to {path}", path=path)
        self.refresh()

    def clear_preset(self) -> None:
        # The class preset is the teacher's: a stray click by a pupil must not undo it.
        if not self.confirm_clear:
            self.confirm_clear = True
            self.notice = tr("Press 'Really clear?' to remove the class preset")
            self.refresh()
            return
        self.confirm_clear = False
        presets.clear()
        self.preset, _ = presets.load()
        self.notice = tr("Class preset cleared")
        self.refresh()

    def team_problem(self) -> str | None:
        names = [n.strip() for n, _ in self.teams]
        if any(not n for n in names):
            return tr("Every team needs a name")
        if len({n.lower() for n in names}) != len(names):
            return tr("Two teams have the same name")
        if len({a for _, a in self.teams}) != len(self.teams):
            return tr("Two teams cannot run the same agency")
        if not MIN_TEAMS <= len(self.teams) <= MAX_TEAMS:
            return tr("Hot-seat needs 2 to 4 teams")
        return None

    def start(self) -> None:
        if not self.entries or not self.current.ok or not self.seed_text.isdigit():
            return
        problem = self.team_problem() if self.hot_seat else None
        if problem:
            self.go(intents.Message(problem, title=tr("Hot-seat teams")))
            return
        path = self.current.path
        try:
            # Read again: the file may have been edited since the list was made.
            scenario = load_scenario(path)
        except ScenarioError as error:
            self.rescan()
            self.go(intents.Message(tr("{file} no longer loads: {first}", file=path.name,
                                       first=error.problems[0]), title=tr("Scenario")))
            return
        teams = {n.strip(): a for n, a in self.teams} if self.hot_seat else None
        agency = self.teams[0][1] if self.hot_seat else self.agency
        if agency is None:
            return
        self.go(intents.StartGame(path, scenario, agency, self.difficulty,
                                  int(self.seed_text), teams))
