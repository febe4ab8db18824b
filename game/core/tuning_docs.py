"""What each game value of `Tuning` means, in one line: the JSON Schema, the `facts` command
and docs/scenario-authoring.md all say it, so a teacher who sets one in a scenario's `game:`
section knows what it does.

Kept beside Tuning rather than on each field so that adding a field stays a one-line diff; a
field may instead carry `field(..., metadata={"doc": "..."})`, which wins. `SHARES` are the
values that are a share of something (at most 1); every game value is at least 0.
"""

from __future__ import annotations

import dataclasses

TUNING_DOCS: dict[str, str] = {
    "carry_over": "share of unspent money kept into the next turn",
    "support_income_low": "income multiplier at 0 public support",
    "support_income_span": "how much the income multiplier rises from 0 to 100 support",
    "full_speed_funding": "funding (x the steady rate) that reaches full speed",
    "funding_curve": "steepness of diminishing returns on funding",
    "overfunding_cap": "most that funding above cost can cut failure chances",
    "overfunding_gain": "failure cut per whole extra cost spent",
    "experience_gain": "failure cut per earlier attempt (test flights teach)",
    "experience_cap": "most that earlier attempts can cut failure chances",
    "failure_cost_robotic": "share of cost lost on a failed robotic attempt",
    "failure_cost_crewed": "share of cost lost on a failed crewed attempt",
    "failure_support_robotic": "support lost on a failed robotic attempt",
    "failure_support_crewed": "support lost on a failed crewed attempt",
    "failure_progress_robotic": "share of progress kept after a failed robotic attempt",
    "failure_progress_crewed": "share of progress kept after a failed crewed attempt",
    "success_support": "support gained on a successful attempt",
    "deliver_trust": "trust partners gain when you achieve a bloc milestone",
    "dues_trust": "trust partners gain each turn you pay your bloc's dues",
    "fail_trust": "trust partners lose when you fail a bloc mission they counted on",
    "unpaid_dues_trust": "trust partners lose when you cannot pay your bloc's dues",
    "science_yield": "science per turn from each achieved milestone's science value",
    "cooperation_per_turn": "cooperation points per turn in a bloc, at full trust",
    "independent_prestige": "prestige multiplier for an agency in no bloc "
                            "(it keeps all the credit)",
    "independent_science": "science multiplier for an agency in no bloc",
    "budget_handicap": "how far totals are evened out between budget sizes "
                       "(0: not at all; 1: fully, by median budget / own budget)",
    "weights": "weight of each score axis in the total",
    "difficulty_income": "income multiplier of a human player at each difficulty",
    "difficulty_failure": "failure-chance multiplier of a human player at each difficulty",
    "event_gap_turns": "fewest turns between two firings of a repeatable event that sets no "
                       "gap_turns of its own",
    "random_events_per_agency_turn": "most random events that reach one agency in a turn",
    "seat_contribution": "millions an Artemis partner contributes (dues, shared hardware) to "
                         "earn a seat on the lead's next crewed flight (rule crew_seats)",
    "seat_prestige": "prestige a partner gains when its astronaut flies on the lead's mission",
    "seat_science": "science a partner's astronaut brings home",
    "seat_trust": "trust between the lead and a partner whose astronaut flew with it",
    "commercial_discount": "share cut from members' robotic missions once commercial services "
                           "open (rule commercial_services)",
    "released_data_share": "share of a member's robotic mission's science the other members "
                           "gain (rule released_data)",
    "assistance_safe_bonus": "added chance that a member's failed crewed flight ends with the "
                             "crew safe (rule emergency_assistance)",
    "joint_cooperation": "cooperation a contributor gains when a joint bloc stage is built "
                         "(rule shared_benefits)",
    "joint_value": "a contributor's part of a joint stage's science and prestige is its share "
                   "of the money times this, at most the whole (rule shared_benefits)",
    "instrument_cost": "millions an instrument on another agency's mission costs (a bilateral "
                       "deal)",
    "instrument_science": "science an instrument's owner gains when the host's mission succeeds",
    "instrument_cooperation": "cooperation both sides of a delivered bilateral deal gain",
    "instrument_slots": "most bilateral deals an agency may have open at once",
    "crew_safe_chance": "chance that a failed crewed flight is an abort with the crew safe",
    "crew_loss_support": "public support lost, on top of a failure's, when a crew is lost",
    "crew_loss_stand_down": "turns with no crewed attempt after a crew is lost",
    "rival_pace": "share of the time from the game's start to each planned date that the "
                  "computer's agencies take, at each difficulty (under 1: ahead of their plans)",
    "rival_spread_months": "how many months (standard deviation) a game moves each of a "
                           "computer agency's planned dates",
    "rival_spread_cap": "the most months a planned date moves either way",
    "rival_margin_turns": "turns a computer agency starts ahead of what steady funding needs",
    "rival_early_robotic": "how many times its lead time early a computer agency with money "
                           "left over may start a planned robotic milestone",
}

SHARES: frozenset[str] = frozenset({
    "carry_over", "overfunding_cap", "experience_cap", "failure_cost_robotic",
    "failure_cost_crewed", "failure_progress_robotic", "failure_progress_crewed",
    "commercial_discount", "released_data_share", "assistance_safe_bonus", "crew_safe_chance",
})


def tuning_doc(field: dataclasses.Field[object]) -> str:
    """The one line saying what a Tuning field is ("" for one nobody has described yet)."""
    doc = field.metadata.get("doc")
    return str(doc) if doc else TUNING_DOCS.get(field.name, "")
