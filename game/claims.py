"""What kind of claim a statement is: the words a pupil learns to sort sources by.

A scenario marks every statement with one of these kinds (`claim:` in the file), `facts
--json` gives it as the lower-case word, and every screen and report names it through
`claim_label`, so the same statement is called the same thing wherever it is read.
"""

from __future__ import annotations

from typing import Literal

from game.i18n import tr

Claim = Literal[
    "quoted", "framing", "second_hand", "opinion", "plan", "game_rule", "game_value", "fiction",
]
CLAIM_KINDS: tuple[str, ...] = (
    "quoted", "framing", "second_hand", "opinion", "plan", "game_rule", "game_value", "fiction",
)
# Kinds that are about the real world and must cite a report; the last three are the game's.
WORLD_CLAIMS = frozenset({"quoted", "framing", "second_hand", "opinion", "plan"})
GAME_CLAIMS = frozenset({"game_rule", "game_value", "fiction"})


def claim_label(kind: str) -> str:
    """The short name shown beside a statement ('Reporter's framing')."""
    labels = {
        "quoted": tr("The agencies' own words"),
        "framing": tr("Reporter's framing"),
        "second_hand": tr("Second-hand report"),
        "opinion": tr("Opinion or comment"),
        "plan": tr("Plan or target"),
        "game_rule": tr("Game rule"),
        "game_value": tr("Game value"),
        "fiction": tr("Fiction"),
    }
    return labels.get(kind, kind)


def claim_hint(kind: str) -> str:
    """One sentence on how to read a claim of this kind, for tooltips and the activity."""
    hints = {
        "quoted": tr("What an agency said in its own statement, as a report quotes it."),
        "framing": tr("How a reporter describes or explains the news, in the reporter's words."),
        "second_hand": tr("A report of what someone else said or wrote ('according to…')."),
        "opinion": tr("A view, a guess or a reader's comment, not a checked fact."),
        "plan": tr("What someone intended or hoped to do; it may not have happened."),
        "game_rule": tr("How the game works; a design choice, not history."),
        "game_value": tr("A number the game chose so that it plays well; not from the sources."),
        "fiction": tr("Something the game invents; it did not happen."),
    }
    return hints.get(kind, "")
