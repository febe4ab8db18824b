"""The largest scenario the limits allow, written to a file: every count and every text at
its limit, so a screen that copes with it copes with anything that validates.

A stand-in until tests/fixtures/largest.py (the loader's own largest scenario) lands; it
builds the same shape: a `requires` chain through every milestone, written in reverse
order (the order that once made the graph layout recurse 500 deep), names and short labels
of MAX_NAME_CHARS, descriptions, event texts, facts and history lines of MAX_TEXT_CHARS,
MAX_EVENTS events, MAX_AGENCIES agencies, MAX_SPAN_YEARS of turns. MAX_FILE_BYTES does
not allow every text at its longest, so every kind of text is at its longest somewhere
(the milestones' descriptions everywhere, since the turn screen shows them all) and the
rest are shorter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from game.scenario import limits

# Words of every length, and one too long for any box, so wrapping must also hyphenate.
_WORDS = ("the", "station", "lunar", "exploration", "of", "a", "programme", "with",
          "internationalisation", "partners", "and", "long-duration", "surface", "experiments",
          "Mondforschungsstationsbauplanungsunterlagen")


def text(n: int, seed: str = "") -> str:
    """Exactly `n` characters of words (`seed` first, so texts differ and can be found)."""
    words = [seed] if seed else []
    i = len(seed)
    while sum(len(w) + 1 for w in words) < n + 1:
        words.append(_WORDS[i % len(_WORDS)])
        i += 7
    out = " ".join(words)[:n]
    return out[:-1] + "." if out.endswith(" ") else out


def name(n: int, seed: str) -> str:
    return text(n, seed)


def largest_scenario_data(years: int = limits.MAX_SPAN_YEARS) -> dict[str, Any]:
    """The scenario as plain data; `years` shortens the span (a game played to its end)."""
    months = 12 * limits.MAX_SPAN_YEARS // limits.MAX_TURNS  # the most turns the span allows
    n_milestones = limits.MAX_MILESTONES
    n_agencies = limits.MAX_AGENCIES
    long = limits.MAX_TEXT_CHARS
    short = limits.MAX_NAME_CHARS
    source_ids = [f"src_{i:03d}" for i in range(limits.MAX_SOURCES)]
    sources = {sid: {"title": name(short, f"Source {i}")} for i, sid in enumerate(source_ids)}
    cite = source_ids[:3]
    agencies = {}
    for i in range(n_agencies):
        aid = f"agency_{i:02d}"
        agencies[aid] = {
            "name": name(short, f"Agency {i} of"),
            "short": name(short, f"A{i}"),
            "country": name(short, f"Country {i}"),
            "bloc": "bloc_a" if i < 3 else ("bloc_b" if i < 5 else None),
            "facts": [{"text": text(long if i < 2 else 100, f"Agency {i} fact."),
                       "sources": cite}],
            "game": {"budget_per_year": 2000 + 300 * i, "support": 60},
        }
        if agencies[aid]["bloc"] is None:
            del agencies[aid]["bloc"]
    ids = [f"m{i:02d}" for i in range(n_milestones)]
    tracks = ("robotic", "crewed", "programme")
    milestones: dict[str, Any] = {}
    for i in reversed(range(n_milestones)):  # the chain written from its far end
        spec: dict[str, Any] = {
            "name": name(short, f"Milestone {i}:"),
            "track": tracks[(i // 7) % 3],
            "description": text(long, f"Milestone {i} description."),
            "facts": [{"text": text(long if i < 3 else 200, f"Milestone {i} fact."),
                       "sources": cite}],
            "game": {"cost": 100 + 10 * i, "min_turns": 1 + i % 3, "science": 5,
                     "prestige": 5},
        }
        if i:
            spec["requires"] = [ids[i - 1]]
        if spec["track"] != "programme":
            spec["game"]["steps"] = [{"name": name(short if i < 3 else 30, f"Step {k} of {i}"),
                                      "reliability": 0.97} for k in range(3)]
        if i % 5 == 0:
            spec["first"] = name(short, f"First {i}")
        milestones[ids[i]] = spec
    events: dict[str, Any] = {}
    for i in range(limits.MAX_EVENTS):
        event: dict[str, Any] = {
            "title": name(short, f"Event {i}"),
            "text": text(long if i < 10 else 150, f"Event {i} text."),
            "sources": cite,
        }
        if i < 3:  # on the first turn, so an event card is sure to show
            event["kind"] = "historical"
            event["date"] = "2021-01"
        else:
            event["kind"] = "random"
            event["game"] = {"chance": 0.05, "repeat": True}
        if i % 2 == 0:
            event["choices"] = [
                {"text": text(long if i < 3 else 100, f"Choice {k} of event {i}."),
                 "effects": [{"effect": "money", "amount": -10 * (k + 1)}]}
                for k in range(2)]
        else:
            event["effects"] = [{"effect": "support", "amount": 1}]
        events[f"event_{i:03d}"] = event
    end_year = 2021 + years - 1
    data: dict[str, Any] = {
        "format_version": 1,
        "scenario": {
            "id": "largest",
            "title": name(short, "The largest scenario"),
            "version": "1.0.0",
            "start": "2021-01",
            "end": f"{end_year}-12",
            "turn_months": months,
            "default_agency": "agency_00",
            "summary": text(long, "Summary."),
            "learning_goals": [text(long if i < 1 else 100, f"Goal {i}.") for i in range(5)],
            "discussion_questions": [text(long if i < 1 else 100, f"Question {i}.")
                                     for i in range(5)],
        },
        "sources": sources,
        "facts": [{"text": text(long if i < 2 else 100, f"Fact {i}."), "sources": cite}
                  for i in range(10)],
        "agencies": agencies,
        "blocs": {
            bid: {"name": name(short, f"Bloc {bid}"), "short": name(short, f"B{k}"),
                  "founders": [f"agency_{k * 3:02d}"], "lead": f"agency_{k * 3:02d}",
                  "open_to_all": True,
                  "facts": [{"text": text(long, f"Bloc {k} fact."), "sources": cite}],
                  "game": {"cost_share": 0.3, "dues_per_turn": 20}}
            for k, bid in enumerate(("bloc_a", "bloc_b"))
        },
        "milestones": milestones,
        "events": events,
        "history": [{"date": f"{2021 + i % years}-06",
                     "text": text(long if i < 5 else 100, f"History {i}."),
                     "status": "planned", "agency": f"agency_{i % n_agencies:02d}",
                     "milestone": ids[i % n_milestones], "sources": cite[i % 3:][:1]}
                    for i in range(limits.MAX_HISTORY)],
    }
    # every source cited at least once, as the loader asks of a tidy file
    data["facts"] += [{"text": text(40, f"Cited {sid}."), "sources": [sid]}
                      for sid in source_ids[3:]]
    return data


def write_largest_scenario(path: Path, years: int = limits.MAX_SPAN_YEARS) -> Path:
    """Write the scenario to `path` (a file) and return it."""
    written = yaml.safe_dump(largest_scenario_data(years), sort_keys=False,
                             allow_unicode=True, width=100).encode("utf-8")
    assert len(written) <= limits.MAX_FILE_BYTES, len(written)
    path.write_bytes(written)
    return path
