"""A game as save format 1 wrote it (before news and reports were typed records), for
tests of the migration: `game.core.save.migrate_v1` run backwards."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from game.core import save
from game.core.engine import Engine
from game.core.records import FiredEvent, Message, TurnReport
from game.dates import turn_label
from game.messages import render


def as_format_1(engine: Engine) -> dict[str, Any]:
    """The save format 1 wrote for this game: news as sentences (in the language in
    force), reports with their date in words, events with their title and the answer's
    text, held news as [place, sentence] (and left out when there was none), a turn in
    progress without the lines a closed report has. The migration run backwards."""
    scenario = engine.rules.scenario
    calendar = engine.rules.calendar
    data = save.to_dict(engine)
    state = data["state"]

    def words(message: Message) -> str:
        return render(message, scenario)

    def event(fired: FiredEvent) -> dict[str, Any]:
        rule = scenario.events[fired.event]
        out: dict[str, Any] = {"event": fired.event, "title": rule.title}
        if fired.choice is not None:
            out["choice"] = rule.choices[fired.choice].text
        return out

    def report(typed: TurnReport) -> dict[str, Any]:
        old = asdict(typed)
        del old["closed"]
        if not typed.closed:
            for key in ("development_spent", "unspent", "carry_lost", "scores_after",
                        "money_left"):
                del old[key]
        old["label"] = turn_label(calendar, typed.turn)
        old["news"] = [words(m) for m in typed.news]
        old["events"] = [event(f) for f in typed.events]
        del old["held_news"]
        if typed.held_news:
            old["held_news"] = [[h.place, words(h.message)] for h in typed.held_news]
        return old

    state["news"] = [{"turn": n.turn, "agency": n.agency, "text": words(n.message)}
                     for n in engine.state.news]
    state["current"] = {aid: report(r) for aid, r in engine.state.current.items()}
    state["reports"] = {aid: report(r) for aid, r in engine.state.reports.items()}
    data["format"] = 1
    return json.loads(json.dumps(data))
