"""Every statement a scenario makes, with its sources, and every game value it sets."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from game.scenario.models import Fact, Scenario

_MILLIONS = {"budget_per_year", "cost", "dues_per_turn"}


def _iso(date: str | None) -> str | None:
    """Only dates known to the month or day; a bare year is too vague to be a date here."""
    return date if date and len(date) >= 7 else None


class _Collector:
    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.rows: list[dict[str, Any]] = []

    def add(self, kind: str, where: str, text: str, sources: list[str], date: str | None = None,
            disagreement: str | None = None) -> None:
        known = self.scenario.sources
        seeds = [known[s].seed for s in sources if s in known and known[s].seed]
        # Any invented part makes the statement fiction: a student must not take a half-true
        # event for history (the event card marks it the same way).
        fiction = any(s in known and known[s].kind == "fiction" for s in sources)
        self.rows.append({
            "kind": kind, "where": where, "text": text, "date": _iso(date),
            "sources": list(sources), "seeds": seeds, "fiction": fiction,
            "disagreement": disagreement, "game_value": False,
        })

    def fact(self, kind: str, where: str, fact: Fact) -> None:
        self.add(kind, where, fact.text, list(fact.sources), fact.date)

    def game_value(self, where: str, label: str, value: Any, unit: str = "") -> None:
        self.rows.append({
            "kind": "game_value", "where": where,
            "text": f"Game value (not from the sources): {label} = {value}{unit}",
            "date": None, "sources": [], "seeds": [], "fiction": False,
            "disagreement": None, "game_value": True, "value": value,
        })


def _game_values(c: _Collector, prefix: str, label: str, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if isinstance(value, dict):
            for sub, inner in value.items():
                c.game_value(f"{prefix}.{key}.{sub}", f"{label} {key} {sub}", inner)
        elif isinstance(value, list):
            for step in value:
                c.game_value(f"{prefix}.{key}", f"{label} step '{step['name']}' reliability",
                             step["reliability"])
        else:
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
                  claim.date, did)
    for aid, agency in scenario.agencies.items():
        at = f"agencies.{aid}"
        for i, done in enumerate(agency.achieved):
            c.add("achieved", f"{at}.achieved[{i}]", done.text, list(done.sources), done.date)
        for i, going in enumerate(agency.underway):
            c.add("underway", f"{at}.underway[{i}]", going.text, list(going.sources))
        for i, fact in enumerate(agency.facts):
            c.fact("fact", f"{at}.facts[{i}]", fact)
        for cid, constraint in agency.constraints.items():
            c.add("constraint", f"{at}.constraints.{cid}", constraint.text,
                  list(constraint.sources))
        _game_values(c, f"{at}.game", agency.short, agency.game.model_dump())
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
        _game_values(c, f"{at}.game", milestone.name, milestone.game.model_dump())
    for eid, event in scenario.events.items():
        c.add("event", f"events.{eid}", f"{event.title}: {event.text}", list(event.sources),
              event.date)
        for i, choice in enumerate(event.choices):
            for j, fact in enumerate(choice.facts):
                c.fact("fact", f"events.{eid}.choices[{i}].facts[{j}]", fact)
        if event.kind == "random":
            c.game_value(f"events.{eid}.game.chance", f"chance per turn of '{event.title}'",
                         event.game.chance)
    for i, entry in enumerate(scenario.history):
        c.add("history", f"history[{i}]", f"[{entry.status}] {entry.text}",
              list(entry.sources), entry.date)
    return c.rows


def iter_groups(rows: list[dict[str, Any]]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    kinds: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        kinds.setdefault(row["kind"], []).append(row)
    yield from kinds.items()
