"""Help (F1 anywhere): the controls, and a glossary of the game's words with their sources.

The glossary is built from the scenario being played (or the default one): its blocs and
their principles, its milestones (the ILRS road-map stages among them) and its agencies,
each line citing the scenario's sources by title; the game's own terms say "game rule",
because the sources do not define them.
"""

from __future__ import annotations

import pygame

from game import paths, simplifies
from game.citations import attribution
from game.i18n import tr
from game.scenario import Scenario, ScenarioError, load_scenario
from game.scenario.models import Fact
from game.scenario.originals import original_of
from game.translation_marks import mark, shown
from game.ui import layout
from game.ui.scene import Scene
from game.ui.scenes.menu_parts import esc
from game.ui.widgets import originals
from game.ui.widgets.labels import fitted_label
from game.ui.widgets.turn_text import how_to_play_html


def controls_html() -> str:
    keys = [
        (tr("Mouse"), tr("Click a button; rest the pointer on anything to read what it means "
                         "and where its number comes from; the wheel scrolls lists.")),
        (tr("Tab / Shift-Tab"), tr("Next / previous button, slider or text box.")),
        (tr("Arrow keys"), tr("Up and Down move between controls; Left and Right move a "
                              "slider.")),
        (tr("Enter or Space"), tr("Press the button with the yellow outline.")),
        (tr("Esc"), tr("Close this screen, or open the pause menu during a game.")),
        (tr("F1"), tr("This help, from any screen.")),
        (tr("F11"), tr("Fullscreen on or off.")),
        (tr("H"), tr("During a game: the history, your Moon beside the scenario's "
                     "documented timeline.")),
        (tr("M"), tr("During a game: the Moon map, every landing at its site.")),
    ]
    rows = "".join(f"<b>{esc(key)}</b>: {esc(what)}<br><br>" for key, what in keys)
    return f"<b>{esc(tr('Controls'))}</b><br><br>{rows}"


def game_terms() -> list[tuple[str, str]]:
    return [
        (tr("Budget"), tr("Money (millions) your agency receives each turn; higher public "
                          "support raises it, difficulty scales it.")),
        (tr("Public support"), tr("0 to 100: how much your public backs the programme. "
                                  "Successes raise it, failures (above all crewed ones) "
                                  "lower it.")),
        (tr("Reliability"), tr("The chance each step of a mission (launch, landing...) "
                               "works. Extra funding and earlier attempts raise it.")),
        (tr("Progress"), tr("How far a milestone's development has come, 0 to 100 %; a "
                            "mission can be attempted once it is ready.")),
        (tr("Funding"), tr("Millions a turn you put into a milestone. It repeats every "
                           "turn until you change it or development ends; a milestone takes "
                           "no more than full speed, or what finishes it.")),
        (tr("Full speed"), tr("The most funding that does good in a turn, about twice the "
                              "steady rate: development then takes its minimum turns.")),
        (tr("Carry-over"), tr("Of the money left unspent when a turn ends, only part is "
                              "kept for the next (the turn report says how much).")),
        (tr("Trust"), tr("0 to 100 between bloc partners: delivering shared milestones and "
                         "paying dues raises it; failing partners or leaving lowers it.")),
        (tr("Prestige"), tr("Score for achievements the world notices, most of all firsts.")),
        (tr("Cooperation"), tr("Score earned each turn inside a bloc, more with higher "
                               "trust.")),
        (tr("Science"), tr("Score from what your missions learn, each turn after they "
                           "succeed.")),
        (tr("Firsts"), tr("The first agency to achieve certain milestones earns extra "
                          "prestige; later ones do not.")),
        (tr("Game value"), tr("A number the sources do not give (budgets, costs, chances, "
                              "scores), chosen so the game plays well. Never history.")),
    ]


def _facts_html(scenario: Scenario, facts: list[Fact], english: bool = False) -> str:
    out = []
    for fact in facts:
        # a translated statement is marked, or shown in its English (translation_marks.py)
        out.append(f"&#8226; {esc(shown(fact, english=english))} <i>("
                   f"{esc(attribution(scenario, fact.claim, fact.sources))})</i><br>")
    return "".join(out)


# pygame_gui lays a text box out in time that grows faster than its text: the glossary
# of the largest scenario the limits allow (120 KB) took 2.8 s in one box. It is shown
# in pages of about this many characters, cut between entries; a shipped scenario's
# glossary (12 KB) stays one page.
PAGE_CHARS = 6_000


def glossary_entries(scenario: Scenario, english: bool = False) -> list[str]:
    """The glossary as HTML pieces that must stay together (a heading with its first entry,
    an entry with its facts), so a page never starts in the middle of one."""
    entries = [f"<b>{esc(tr('Glossary'))}</b> - {esc(scenario.scenario.title)}<br><br>"]
    if scenario.blocs:
        entries[-1] += f"<b>{esc(tr('Blocs'))}</b><br>"
        for bloc in scenario.blocs.values():
            parts = [f"<b>{esc(bloc.name)} ({esc(bloc.short)})</b><br>"]
            if bloc.facts:
                parts.append(esc(tr("What the reports say:")) + "<br>")
                parts.append(_facts_html(scenario, bloc.facts, english))
            if bloc.principles:
                parts.append(esc(tr("Principles:")) + "<br>")
                parts.append(_facts_html(scenario, bloc.principles, english))
            if bloc.commitments:
                parts.append(esc(tr("What members commit to:")) + "<br>")
                parts.append(_facts_html(scenario, bloc.commitments, english))
            parts.append("<br>")
            entries.append("".join(parts))
    heading = f"<b>{esc(tr('Milestones and road-map stages'))}</b><br>"
    for milestone in scenario.milestones.values():
        track = {"robotic": tr("robotic"), "crewed": tr("crewed"),
                 "programme": tr("programme stage")}.get(milestone.track, milestone.track)
        owner = ""
        if milestone.bloc and milestone.bloc in scenario.blocs:
            owner = ", " + tr("{bloc} members only", bloc=scenario.blocs[milestone.bloc].short)
        parts = [heading, f"<b>{esc(milestone.name)}</b> ({esc(track + owner)})<br>"]
        heading = ""
        if milestone.description:
            # the scenario author's summary, not a sourced statement: say so
            parts.append(f"{esc(milestone.description)} <i>({esc(tr('scenario text'))})</i><br>")
        parts.append(_facts_html(scenario, milestone.facts, english))
        entries.append("".join(parts))
    heading = f"<br><b>{esc(tr('Agencies'))}</b><br>"
    for agency in scenario.agencies.values():
        tag = f" - {esc(tr('fiction'))}" if agency.fiction else ""
        entries.append(heading + f"<b>{esc(agency.short)}</b>: {esc(agency.name)} "
                       f"({esc(agency.country)}){tag}<br>" + _facts_html(scenario, agency.facts,
                                                                     english))
        heading = ""
    terms = [f"<br><b>{esc(tr('Game terms'))}</b><br>"]
    for term, meaning in game_terms():
        terms.append(f"<b>{esc(term)}</b>: {esc(meaning)} <i>({esc(tr('Source'))}: "
                     f"{esc(tr('game rule'))})</i><br>")
    entries.append("".join(terms))
    return entries


def simplifies_html(scenario: Scenario) -> str:
    """The page "How this game simplifies history": the scenario's assumptions (or that
    its author listed none), then the engine's own design rules."""
    parts = [f"<b>{esc(simplifies.heading())}</b> - {esc(scenario.scenario.title)}<br><br>",
             f"{esc(simplifies.introduction())}<br><br>",
             f"<b>{esc(simplifies.scenario_heading())}</b><br>"]
    listed = simplifies.assumptions(scenario)
    if not listed:
        parts.append(f"{esc(simplifies.none_listed())}<br>")
    for title, text in listed:
        parts.append(f"&#8226; <b>{esc(title)}</b>: {esc(text)}<br>")
    parts.append(f"<br><b>{esc(simplifies.engine_heading())}</b><br>")
    for title, text in simplifies.engine_rules(scenario.scenario.turn_months):
        parts.append(f"&#8226; <b>{esc(title)}</b>: {esc(text)} "
                     f"<i>({esc(tr('Game rule'))})</i><br>")
    return "".join(parts)


def glossary_html(scenario: Scenario) -> str:
    return "".join(glossary_entries(scenario))


def glossary_pages(scenario: Scenario, page_chars: int = PAGE_CHARS,
                   english: bool = False) -> list[str]:
    """The glossary cut between entries into pages of about `page_chars` characters."""
    pages: list[str] = []
    page = ""
    for entry in glossary_entries(scenario, english):
        if page and len(page) + len(entry) > page_chars:
            pages.append(page)
            page = ""
        page += entry
    return [*pages, page]


def any_translated(scenario: Scenario) -> bool:
    """Whether a statement the glossary shows is a translation."""
    facts = [*(f for b in scenario.blocs.values()
               for f in (*b.facts, *b.principles, *b.commitments)),
             *(f for m in scenario.milestones.values() for f in m.facts),
             *(f for a in scenario.agencies.values() for f in a.facts)]
    return any(original_of(fact) is not None for fact in facts)


class HelpScene(Scene):
    name = "help"

    GLOSSARY, SIMPLIFIES = "glossary", "simplifies"

    def __init__(self, topic: str = GLOSSARY) -> None:
        super().__init__()
        self.pages = [""]
        self.page = 0
        self.topic = topic  # what the right-hand pane shows: the glossary or the simplifies page
        self.simplified = ""
        self.scenario: Scenario | None = None
        self.english = False  # translated statements shown in their English original

    @property
    def glossary(self) -> str:
        """The page of the glossary on show."""
        return self.pages[self.page]

    def on_enter(self) -> None:
        session = self.app.session
        try:
            scenario = session.scenario if session is not None else load_scenario(
                paths.DEFAULT_SCENARIO)
        except ScenarioError as error:
            self.pages = [esc(tr("The glossary needs a scenario, and {file} does not load: "
                                   "{first}", file=paths.DEFAULT_SCENARIO.name,
                                   first=error.problems[0]))]
            self.simplified = self.pages[0]
            return
        self.scenario = scenario
        self.pages = glossary_pages(scenario)
        self.simplified = simplifies_html(scenario)

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        body = layout.inset(rect, u.margin)
        header, rest = layout.split_top(body, u.row, u.gap)
        rest, footer = layout.split_bottom(rest, u.button, u.gap)
        translated = self.topic == self.GLOSSARY and self.scenario is not None and \
            any_translated(self.scenario)
        header, toggle = originals.room(header, u.scale, u.gap, translated)
        self.label(header, tr("Help"), object_id="#heading")
        if toggle is not None:  # the glossary is too long for a tooltip: a click shows it
            self.button(toggle, tr("Translation") if self.english else tr("Original (English)"),
                        self.toggle_english, tooltip=tr(
                            "Statements marked {mark} are translated from English reports: "
                            "click to read them in the original English", mark=mark()))
        left, right = layout.columns(rest, [1, 2.2], gap=u.margin)
        self.textbox(left, how_to_play_html() + "<br>" + controls_html())
        showing_glossary = self.topic == self.GLOSSARY
        self.textbox(right, self.glossary if showing_glossary else self.simplified)
        close, switch, back, where, forward = layout.columns(footer, [1, 1.6, 1, 1.4, 1],
                                                             gap=u.gap)
        self.button(close, tr("Close"), lambda: self.dismiss(None), tooltip=tr("Esc"))
        if showing_glossary:
            self.button(switch, tr("How it simplifies"),
                        lambda: self.show(self.SIMPLIFIES),
                        tooltip=simplifies.heading() + ": " + tr(
                            "where the game decides instead of the sources"))
        else:
            self.button(switch, tr("Glossary"), lambda: self.show(self.GLOSSARY),
                        tooltip=tr("Back to the glossary of the game's words"))
        if showing_glossary and len(self.pages) > 1:
            self.button(back, tr("Previous page"), lambda: self.turn_page(-1),
                        enabled=self.page > 0)
            fitted_label(self, where, tr("Glossary page {n} of {m}", n=self.page + 1,
                                         m=len(self.pages)))
            self.button(forward, tr("Next page"), lambda: self.turn_page(1),
                        enabled=self.page < len(self.pages) - 1)

    def show(self, topic: str) -> None:
        self.topic = topic
        self.refresh()

    def toggle_english(self) -> None:
        assert self.scenario is not None
        self.english = not self.english
        self.pages = glossary_pages(self.scenario, english=self.english)
        self.page = min(self.page, len(self.pages) - 1)
        self.refresh()

    def turn_page(self, step: int) -> None:
        self.page = max(0, min(len(self.pages) - 1, self.page + step))
        self.refresh()
