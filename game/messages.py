"""The engine's typed records in words: the one place a `Message` becomes a sentence.

The core writes `Message(text, args)` (game/core/records.py); whoever shows it (a screen,
the report, the CLI) calls `render` here, in the language chosen at that moment. Refs are
shown by the scenario's own names (an agency's short name, a milestone's name).
"""

from __future__ import annotations

from game.core.records import (
    VERBATIM,
    Arg,
    Message,
    Ref,
    Seat,
    agency_ref,
    message,
    milestone_ref,
)
from game.effects_text import describe_effect
from game.i18n import tr
from game.numbers import Localized
from game.scenario.models import Scenario
from game.score_axes import axis_word


def render(message: Message, scenario: Scenario) -> str:
    if message.text == VERBATIM:  # words saved before messages were typed
        return str(message.args.get("text", ""))
    return tr(message.text, **{k: _shown(v, scenario) for k, v in message.args.items()})


def render_all(messages: list[Message], scenario: Scenario) -> list[str]:
    return [render(m, scenario) for m in messages]


def _shown(arg: Arg, scenario: Scenario) -> object:
    if isinstance(arg, Ref):
        return name_of(arg, scenario)
    if isinstance(arg, tuple):
        return ", ".join(name_of(ref, scenario) for ref in arg)
    if isinstance(arg, int | float) and not isinstance(arg, bool):
        return Localized(arg)  # 1 234,5 in French, whatever spec the message gives it
    return arg


def name_of(ref: Ref, scenario: Scenario) -> str:
    """The scenario's name for `ref`, or its id if the scenario has no such thing (a save
    from an edited scenario must still show its news)."""
    kind, rid = ref.kind, ref.id
    if kind == "agency" and rid in scenario.agencies:
        return scenario.agencies[rid].short
    if kind == "milestone" and rid in scenario.milestones:
        return scenario.milestones[rid].name
    if kind == "first" and rid in scenario.milestones:
        return scenario.milestones[rid].first or scenario.milestones[rid].name
    if kind == "bloc" and rid in scenario.blocs:
        return scenario.blocs[rid].short
    if kind == "axis":
        return axis_word(rid)
    if kind == "event" and rid in scenario.events:
        return scenario.events[rid].title
    if kind == "effect":
        return _effect_words(rid, scenario)
    if kind == "constraint":
        aid, _, cid = rid.partition("/")
        agency = scenario.agencies.get(aid)
        if agency is not None and cid in agency.constraints:
            return agency.constraints[cid].text
    return rid


def _effect_words(rid: str, scenario: Scenario) -> str:
    """An event's effect (`event/answer/place`) in words, or the ref as saved if the
    scenario no longer has it."""
    eid, _, rest = rid.partition("/")
    choice, _, index = rest.partition("/")
    event = scenario.events.get(eid)
    try:
        answer = int(choice)
        effects = (None if event is None else event.effects if answer < 0
                   else event.choices[answer].effects)
        spec = effects[int(index)] if effects is not None else None
    except (ValueError, IndexError):
        spec = None
    if spec is None:
        return rid
    # The event card's own words for it, so the news says what the card promised.
    return describe_effect(spec, scenario, delay=False)


def seat_message(seat: Seat) -> Message:
    """A crew seat flown (rule crew_seats) as the turn report words it."""
    return message("Your astronaut flew on {l}'s {m}: +{p} prestige, +{s} science",
                   l=agency_ref(seat.lead), m=milestone_ref(seat.milestone), p=seat.prestige,
                   s=seat.science)
