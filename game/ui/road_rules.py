"""What each road's own rules mean, in one line each for the bloc screen.

A scenario names a bloc's rules (`blocs.<id>.game.rules`); the engine carries them out
(game/core/station.py for the ILRS rules, game/core/accords.py for the Artemis ones). Every
line says it is a game rule and what in the sources it rests on, so that no pupil takes the
mechanics for history.
"""

from __future__ import annotations

from game.i18n import tr


def rule_titles() -> dict[str, str]:
    """Rule name -> its short title, in the language of the moment."""
    return {
        "joint_construction": tr("Joint construction"),
        "shared_benefits": tr("Shared benefits"),
        "founders_lead": tr("Founders lead"),
        "crew_seats": tr("Crew seats"),
        "commercial_services": tr("Commercial services"),
        "released_data": tr("Released data"),
        "emergency_assistance": tr("Emergency assistance"),
    }


def rule_texts() -> dict[str, str]:
    """Rule name -> what it does and what it rests on (labelled a game rule, or design)."""
    return {
        "joint_construction": tr(
            "members build each stage as one project; all funding counts. Game rule, after "
            "\"jointly formulate a road map\" (quoted)."),
        "shared_benefits": tr(
            "a stage's science and prestige go to those who paid, in proportion (a large "
            "enough share earns it all: a game value). Game rule, after \"shared benefits\" "
            "(quoted)."),
        "founders_lead": tr(
            "only founders fund the first stage; a founder opens each next one. Game rule, "
            "after the founders' joint road map (quoted); the opening is design."),
        "crew_seats": tr(
            "contributions earn a seat on the lead's next crewed flight. Game rule, after "
            "\"a pathway\" to work with the US (framing); the seats are design."),
        "commercial_services": tr(
            "once a member has commercial partnerships, robotic missions cost members less. "
            "Game rule, after \"partnerships within the private sector\" (framing)."),
        "released_data": tr(
            "a member's robotic success gives the others part of its science. Game design: "
            "no report mentions it."),
        "emergency_assistance": tr(
            "a failed crewed flight more often ends with the crew safe. Game rule, after "
            "\"offering emergency assistance\" (framing)."),
    }
