"""Whether a bloc invitation can still reach an agency, so no screen promises one that the
scenario will never send.

Only an event's `offer_bloc` effect (in its effects or in one of its choices) makes an
offer; a historical event fires once, on its own turn, and any event without `repeat` fires
once. A pure read of the engine's state and the scenario.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.core.engine import Engine


def invitation_may_come(engine: Engine, agency: str) -> bool:
    """True if some event still to fire can invite `agency` into a bloc it is not in."""
    state, rules = engine.state, engine.rules
    mine = state.agencies[agency].bloc
    for eid, event in rules.scenario.events.items():
        if state.fired.get(eid) and not event.game.repeat:
            continue
        if event.kind == "historical":
            turn = rules.historical_turn.get(eid)
            if turn is None or turn < state.turn:  # its date has passed, or is outside play
                continue
        addressed = event.to == "all" or agency in event.to
        effects = [*event.effects, *(e for choice in event.choices for e in choice.effects)]
        for effect in effects:
            if effect.effect != "offer_bloc" or effect.bloc == mine:
                continue
            # "self" is whoever the event is addressed to; a named agency is invited whoever
            # the event reaches
            if (effect.agency == "self" and addressed) or effect.agency == agency:
                return True
    return False
