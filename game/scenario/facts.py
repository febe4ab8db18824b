"""Every statement a scenario makes, with its sources, and every game value it sets."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from game.citations import citation
from game.core.rules import scenario_tuning
from game.core.tuning_docs import tuning_doc
from game.scenario import game_section
from game.scenario.models import Fact, Picture, Scenario
from game.scenario.originals import original_of

_MILLIONS = {"budget_per_year", "cost", "dues_per_turn"}


def _english(model: BaseModel, *fields: str) -> str | None:
    """The fields' English, joined as `add` joins them, when any is a translation (the
    row then says what the report said: facts --json in another language)."""
    if all(original_of(model, f) is None for f in fields):
        return None
    return ": ".join(original_of(model, f) or str(getattr(model, f)) for f in fields)


def _iso(date: str | None) -> str | None:
    """Only dates known to the month or day; a bare year is too vague to be a date here."""
    return date if date and len(date) >= 7 else None


class _Collector:
    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.rows: list[dict[str, Any]] = []

    def add(self, kind: str, where: str, text: str, sources: list[str], claim: str,
            date: str | None = None, disagreement: str | None = None,
            original: str | None = None) -> None:
        known = self.scenario.sources
        seeds = [known[s].seed for s in sources if s in known and known[s].seed]
        # Any invented part makes the statement fiction: a student must not take a half-true
        # event for history (the event card marks it the same way).
        fiction = any(s in known and known[s].kind == "fiction" for s in sources)
        self.rows.append({
            "kind": kind, "where": where, "text": text, "date": _iso(date),
            "claim": claim,
            "citation": "; ".join(citation(known[s], full=True) for s in dict.fromkeys(sources)
                                  if s in known),
            "sources": list(sources), "seeds": seeds, "fiction": fiction,
            "disagreement": disagreement, "game_value": False,
        })
        if original is not None:  # a translated statement and the English of the report
            self.rows[-1]["original"] = original

    def fact(self, kind: str, where: str, fact: Fact) -> None:
        self.add(kind, where, fact.text, list(fact.sources), fact.claim, fact.date,
                 original=_english(fact, "text"))

    def picture(self, where: str, image: Picture | None) -> None:
        """A picture is credited like a statement: what it shows (its caption or, without
        one, its file name) and where it comes from."""
        if image is not None:
            self.add("picture", f"{where}.image", f"Picture {image.file}"
                     + (f": {image.caption}" if image.caption else ""), list(image.sources),
                     image.claim)

    def game_value(self, where: str, label: str, value: Any, unit: str = "") -> None:
        self.rows.append({
            "kind": "game_value", "where": where,
            "text": f"Game value (not from the sources): {label} = {value}{unit}",
            "date": None, "claim": "game_value", "citation": "",
            "sources": [], "seeds": [], "fiction": False,
            "disagreement": None, "game_value": True, "value": value,
        })

    def game_rule(self, where: str, title: str, text: str) -> None:
        self.rows.append({
            "kind": "assumption", "where": where,
            "text": f"Game rule (a design choice, not from the sources): {title}: {text}",
            "date": None, "claim": "game_rule", "citation": "",
            "sources": [], "seeds": [], "fiction": False,
            "disagreement": None, "game_value": False,
        })


# A bloc's game rules that are not numbers (format 2 moved them under its `game:`), in words.
_BLOC_RULE_WORDS = {"open_to_all": "open to every agency that asks",
                    "exclusive_with": "a member may not also belong to",
                    "shares": "what one member's success makes usable by all members"}


def _game_values(c: _Collector, prefix: str, label: str, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if key in _BLOC_RULE_WORDS:
            shown = ("yes" if value else "no") if isinstance(value, bool) else \
                (", ".join(value) or "none")
            c.game_rule(f"{prefix}.{key}", f"{label} {_BLOC_RULE_WORDS[key]}", shown)
        elif isinstance(value, dict):
            for sub, inner in value.items():
                c.game_value(f"{prefix}.{key}.{sub}", f"{label} {key} {sub}", inner)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            if value:  # a bloc's road rules, by name: the game's design
                c.game_rule(f"{prefix}.{key}", f"{label} road rules", ", ".join(value))
        elif isinstance(value, list):
            for step in value:
                c.game_value(f"{prefix}.{key}", f"{label} step '{step['name']}' reliability",
                             step["reliability"])
        elif isinstance(value, str):  # a milestone a rule names (a bloc's `commercial`)
            c.game_rule(f"{prefix}.{key}", f"{label} {key.replace('_', ' ')}", value)
        elif value is not None:  # None: an optional key left out (a bloc's `commercial`)
            unit = " million" if key in _MILLIONS else ""
            c.game_value(f"{prefix}.{key}", f"{label} {key.replace('_', ' ')}", value, unit)


def statements(scenario: Scenario) -> list[dict[str, Any]]:
    c = _Collector(scenario)
    for i, fact in enumerate(scenario.facts):
        c.fact("fact", f"facts[{i}]", fact)
    for did, dis in scenario.disagreements.items():
        for i, claim in enumerate(dis.claims):
            c.add("claim", f"disagreements.{did}.claims[{i}]",
                  f"{claim.text} (sources disagree: {dis.note})", list(claim.sources),
                  claim.claim, claim.date, did, original=_english(claim, "text"))
    for aid, agency in scenario.agencies.items():
        at = f"agencies.{aid}"
        for i, done in enumerate(agency.achieved):
            c.add("achieved", f"{at}.achieved[{i}]", done.text, list(done.sources), done.claim,
                  done.date, original=_english(done, "text"))
        for i, going in enumerate(agency.underway):
            c.add("underway", f"{at}.underway[{i}]", going.text, list(going.sources),
                  going.claim, original=_english(going, "text"))
        for i, fact in enumerate(agency.facts):
            c.fact("fact", f"{at}.facts[{i}]", fact)
        for cid, constraint in agency.constraints.items():
            c.add("constraint", f"{at}.constraints.{cid}", constraint.text,
                  list(constraint.sources), constraint.claim,
                  original=_english(constraint, "text"))
        c.picture(at, agency.image)
        values = agency.game.model_dump()
        for i, change in enumerate(values.pop("budget_changes", [])):
            c.game_value(f"{at}.game.budget_changes[{i}]",
                         f"{agency.short} budget per year from {change['date']}",
                         change["budget_per_year"], " million")
        _game_values(c, f"{at}.game", agency.short, values)
    for bid, bloc in scenario.blocs.items():
        at = f"blocs.{bid}"
        for section, kind in (("facts", "fact"), ("principles", "principle"),
                              ("commitments", "commitment")):
            for i, fact in enumerate(getattr(bloc, section)):
                c.fact(kind, f"{at}.{section}[{i}]", fact)
        _game_values(c, f"{at}.game", bloc.short, bloc.game.model_dump())
    for mid, milestone in scenario.milestones.items():
        at = f"milestones.{mid}"
        for i, fact in enumerate(milestone.facts):
            c.fact("milestone_note", f"{at}.facts[{i}]", fact)
        c.picture(at, milestone.image)
        _game_values(c, f"{at}.game", milestone.name, milestone.game.model_dump())
        if milestone.agencies:
            c.game_rule(f"{at}.agencies", f"{milestone.name} reserved",
                        "only " + ", ".join(scenario.agencies[a].short if a in
                                            scenario.agencies else a
                                            for a in milestone.agencies)
                        + " may pursue it")
    for eid, event in scenario.events.items():
        c.add("event", f"events.{eid}", f"{event.title}: {event.text}", list(event.sources),
              event.claim, event.date, original=_english(event, "title", "text"))
        c.picture(f"events.{eid}", event.image)
        _event_numbers(c, f"events.{eid}", event.title, event)
        for i, choice in enumerate(event.choices):
            if choice.claim is not None and choice.sources is not None:  # its own statement
                c.add("choice", f"events.{eid}.choices[{i}]", f"{event.title}: {choice.text}",
                      list(choice.sources), choice.claim,
                      original=_english(choice, "text") and
                      f"{original_of(event, 'title') or event.title}: {_english(choice, 'text')}")
            for j, fact in enumerate(choice.facts):
                c.fact("fact", f"events.{eid}.choices[{i}].facts[{j}]", fact)
        if event.kind == "random":
            c.game_value(f"events.{eid}.game.chance", f"chance per turn of '{event.title}'",
                         event.game.chance)
    for i, entry in enumerate(scenario.history):
        c.add("history", f"history[{i}]", f"[{entry.status}] {entry.text}",
              list(entry.sources), entry.claim, entry.date,
              original=_english(entry, "text") and f"[{entry.status}] {_english(entry, 'text')}")
        c.rows[-1]["status"] = entry.status  # done, announced, planned, failed, cancelled
        if entry.game is not None:
            span = entry.game
            reading = f"{span.earliest} to {span.latest}" if span.earliest else \
                f"by {span.latest}"
            c.game_value(f"history[{i}].game", f"the game's reading of '{entry.when}'",
                         reading)
    for i, rule in enumerate(scenario.assumptions):
        c.game_rule(f"assumptions[{i}]", rule.title, rule.text)
    for i, bonus in enumerate(scenario.game.bonuses):
        name = scenario.milestones[bonus.milestone].name \
            if bonus.milestone in scenario.milestones else bonus.milestone
        when = f" by {bonus.by}" if bonus.by else ""
        who = ", first agency only" if bonus.first_only else ""
        c.game_value(f"game.bonuses[{i}]", f"bonus for achieving {name}{when}{who} "
                     f"({bonus.axis})", bonus.amount)
    if scenario.game.victory is not None:
        victory = scenario.game.victory
        name = scenario.milestones[victory.milestone].name
        c.game_rule("game.victory", "victory", (
            f"the game ends when any agency achieves '{name}'; "
            + ("the first to achieve it wins, whatever the totals" if victory.winner == "first"
               else "the highest total wins")))
    _engine_values(c, scenario)
    return c.rows


ENGINE_VALUE = "engine_value"  # the kind of the rows of the engine's game values in force


def _engine_values(c: _Collector, scenario: Scenario) -> None:
    """Every game value the engine plays this scenario by (`Tuning`), whether the scenario's
    `game:` section set it or it is the engine's default: the weights and bonuses that decide
    the standings are game values like any cost, and a teacher must be able to see them."""
    tuning = scenario_tuning(scenario)
    chosen = scenario.game.overrides()
    for f in game_section.tuning_fields():
        value: Any = getattr(tuning, f.name)
        shown = str(value)
        if game_section.is_table(f.name):
            value = dict(value)
            shown = "{" + ", ".join(f"{k}: {v}" for k, v in value.items()) + "}"
        origin = "scenario" if f.name in chosen else "engine"
        doc = tuning_doc(f)
        whose = "set by this scenario's game:" if origin == "scenario" else "engine default"
        c.rows.append({
            "kind": ENGINE_VALUE, "where": f"game.{f.name}",
            "text": f"Game value (not from the sources): {f.name} = {shown} ({doc}; {whose})",
            "date": None, "claim": "game_value", "citation": "",
            "sources": [], "seeds": [], "fiction": False,
            "disagreement": None, "game_value": True, "value": value,
            "doc": doc, "origin": origin,
        })


# Numbers in an event's effects and conditions are the game's, like everything under
# `game:`: the sources give no amounts of money, support or trust for an event.
_EFFECT_NUMBERS = ("amount", "value")


def _event_numbers(c: _Collector, at: str, title: str, event: Any) -> None:
    effect_lists = [(f"{at}.effects", event.effects)]
    effect_lists += [(f"{at}.choices[{i}].effects", ch.effects)
                     for i, ch in enumerate(event.choices)]
    for where, effects in effect_lists:
        for j, effect in enumerate(effects):
            for key in _EFFECT_NUMBERS:
                value = getattr(effect, key, None)
                if isinstance(value, int | float) and not isinstance(value, bool):
                    c.game_value(f"{where}[{j}].{key}",
                                 f"'{title}' {effect.effect} {key}", value)
            if effect.after_turns:  # when a consequence lands is the game's choice too
                c.game_value(f"{where}[{j}].after_turns",
                             f"'{title}' {effect.effect} lands after", effect.after_turns,
                             " turns")
    _condition_numbers(c, f"{at}.when", title, event.when)


def _condition_numbers(c: _Collector, at: str, title: str, conditions: Any) -> None:
    """The thresholds and dates of conditions, those inside any/all/not too."""
    for j, cond in enumerate(conditions):
        inner = getattr(cond, "of", None)
        if inner is not None:
            _condition_numbers(c, f"{at}[{j}].of", title, inner)
            continue
        value = getattr(cond, "value", None)
        if isinstance(value, int | float) and not isinstance(value, bool):
            c.game_value(f"{at}[{j}].value", f"'{title}' {cond.condition} threshold", value)
        date = getattr(cond, "date", None)
        if date is not None:  # the game's choice of when an event may fire
            c.game_value(f"{at}[{j}].date", f"'{title}' fires {cond.condition}", date)


def iter_groups(rows: list[dict[str, Any]]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    kinds: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        kinds.setdefault(row["kind"], []).append(row)
    yield from kinds.items()
