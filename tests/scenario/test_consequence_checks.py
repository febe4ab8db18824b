"""Checks and facts for conditions, consequences and answers (format 2): `chose` names an
event and an answer id it has, a follow-up names an event, an answer's sources exist, and
`facts --json` lists an answer's own claim and a consequence's delay."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from game.cli import main
from game.scenario import Problem, check_file
from tests.scenario.conftest import FIXTURES

CONSEQUENCES = FIXTURES / "valid" / "consequences.yaml"
CHOSE = "{condition: chose, event: partnership, choice: accept}"


@pytest.fixture
def edited(tmp_path: Path) -> Callable[..., Path]:
    """tests/fixtures/valid/consequences.yaml with some text replaced."""

    def make(*edits: tuple[str, str]) -> Path:
        text = CONSEQUENCES.read_text(encoding="utf-8")
        for old, new in edits:
            assert text.count(old) == 1, f"edit target not unique: {old!r}"
            text = text.replace(old, new)
        path = tmp_path / "case.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return make


def problems(path: Path) -> list[Problem]:
    return check_file(path)[1]


def test_the_consequences_fixture_is_valid() -> None:
    assert problems(CONSEQUENCES) == []


def test_chose_naming_an_unknown_event_suggests_the_right_one(edited) -> None:
    (problem,) = problems(edited((CHOSE, CHOSE.replace("partnership", "partnershp"))))
    assert problem.code == "E-REF"
    assert "event 'partnershp' is not defined" in problem.message
    assert "did you mean 'partnership'?" in problem.message


def test_chose_naming_an_unknown_answer_suggests_the_right_one(edited) -> None:
    (problem,) = problems(edited((CHOSE, CHOSE.replace("accept", "acept"))))
    assert problem.code == "E-REF"
    assert "event 'partnership' has no answer with id 'acept'" in problem.message
    assert "did you mean 'accept'?" in problem.message


def test_chose_inside_a_group_is_checked_too(edited) -> None:
    nested = "{condition: not, of: [{condition: chose, event: partnership, choice: nope}]}"
    (problem,) = problems(edited((CHOSE, nested)))
    assert "has no answer with id 'nope'" in problem.message
    assert "its answer ids: accept, refuse" in problem.message


def test_chose_on_an_event_whose_answers_have_no_ids_says_to_give_them(edited) -> None:
    path = edited(("      - id: accept\n        text", "      - text"),
                  ("      - id: refuse\n        text", "      - text"))
    messages = [p.message for p in problems(path)]
    assert any("its answers have no ids: add id:" in m for m in messages), messages


def test_two_answers_with_one_id_are_an_error(edited) -> None:
    (problem,) = problems(edited(("      - id: refuse", "      - id: accept")))
    assert problem.code == "E-DUP-ID"


def test_a_follow_up_to_an_unknown_event_is_an_error(edited) -> None:
    (problem,) = problems(edited(("event: payoff}", "event: pay_off}")))
    assert problem.code == "E-REF" and "did you mean 'payoff'?" in problem.message


def test_an_answer_citing_an_unknown_source_is_an_error(edited) -> None:
    (problem,) = problems(edited(("        sources: [invented]\n        effects:\n"
                                  "          - {effect: budget",
                                  "        sources: [invent]\n        effects:\n"
                                  "          - {effect: budget")))
    assert problem.code == "E-REF" and "source 'invent'" in problem.message


def test_an_answer_with_a_claim_but_no_sources_is_refused(edited) -> None:
    path = edited(("        sources: [invented]\n        effects:\n          - {effect: budget",
                   "        effects:\n          - {effect: budget"))
    assert any("both claim: and sources:" in p.message for p in problems(path))


def test_an_event_after_the_end_is_still_a_date_span_error(edited) -> None:
    (problem,) = problems(edited(("    date: 2022-01\n", "    date: 2031-01\n")))
    assert problem.code == "E-DATE-SPAN"


def test_facts_lists_an_answer_s_own_claim_and_a_consequence_s_delay(capsys) -> None:
    assert main(["facts", "--scenario", str(CONSEQUENCES), "--json"]) == 0
    rows = {row["where"]: row for row in json.loads(capsys.readouterr().out)}
    refuse = rows["events.partnership.choices[1]"]
    assert refuse["kind"] == "choice" and refuse["claim"] == "fiction" and refuse["fiction"]
    assert refuse["sources"] == ["invented"]
    assert "events.partnership.choices[0]" not in rows  # no claim of its own
    delay = rows["events.partnership.choices[0].effects[1].after_turns"]
    assert delay["game_value"] and delay["value"] == 2
    assert rows["events.partnership.choices[1].effects[0].amount"]["value"] == -200
