"""pydantic's refusals, said as a teacher needs them: what is wrong and what to write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from game.scenario.pydantic_errors import id_fault, id_like
from tests.scenario.conftest import BROKEN
from tests.scenario.test_loader import errors_of

Variant = Callable[..., Path]


def test_empty_list_fixture_says_it_needs_an_item_and_what_goes_there() -> None:
    (problem,) = errors_of(BROKEN / "e_empty_list.yaml")
    assert (problem.code, problem.line, problem.col) == ("E-VALUE", 34, 15)
    assert problem.message == ("blocs.ilrs.founders is empty, but it needs at least one item: "
                               "the ids of the agencies that found the bloc, e.g. founders: "
                               "[cnsa]")


def test_id_with_an_accent_names_the_character_and_the_id_without_it() -> None:
    (problem,) = errors_of(BROKEN / "e_id_accent.yaml")
    assert (problem.code, problem.line, problem.col) == ("E-VALUE", 59, 3)
    assert problem.message == ("events: 'lünar_signing' is not an id: ids use only small "
                               "letters a-z, digits and _, and start with a letter; 'ü' is not "
                               "one of them: write 'lunar_signing'")


@pytest.mark.parametrize(("given", "words"), [
    ("lünar_orbiter", "'ü' is not one of them: write 'lunar_orbiter'"),
    ("Lunar Orbiter", "'L' is not one of them: write 'lunar_orbiter'"),
    ("moon-base", "'-' is not one of them: write 'moon_base'"),
    ("2021", "'2' is not a letter: write 'y2021'"),
    ("_x", "'_' is not a letter: write 'x'"),
])
def test_id_fault_names_what_is_wrong_and_suggests_an_id(given: str, words: str) -> None:
    assert id_fault(given).endswith(words)


def test_an_id_with_nothing_usable_gets_no_suggestion() -> None:
    assert id_like("月") == ""
    assert "write" not in id_fault("月").split(";")[-1]


@pytest.mark.parametrize(("edit", "shown"), [
    (("    track: robotic\n    game:\n      cost: 500",
      "    track: robot\n    game:\n      cost: 500"),
     "E-VALUE: milestones.orbiter.track is 'robot', but it must be one of: robotic, crewed, "
     "programme; did you mean 'robotic'?"),
    (("{name: launch, reliability: 0.95}", "{name: launch, reliability: 1.5}"),
     "E-VALUE: milestones.orbiter.game.steps.0.reliability is 1.5, but it must be at most 1 "
     "(a chance or a share, from 0 to 1)"),
    (("      cost: 500\n", "      cost: 500.5\n"),
     "E-VALUE: milestones.orbiter.game.cost is 500.5, but it must be a whole number"),
    (('  - text: "A memorandum was signed on 9 March 2021."', '  - text: "  "'),
     "E-VALUE: facts.0.text is empty: write the text"),
    (("    kind: historical\n", "    kind: historical\n    to: everyone\n"),
     "E-VALUE: events.signing.to is 'everyone', but it must be all or a list of agency ids"),
    (("    kind: historical\n", "    kind: historical\n    to: [Cnsa]\n"),
     "E-VALUE: events.signing.to.0: 'Cnsa' is not an id"),
])
def test_a_refused_value_is_said_without_pydantics_words(variant: Variant,
                                                        edit: tuple[str, str],
                                                        shown: str) -> None:
    messages = [f"{p.code}: {p.message}" for p in errors_of(variant(edit))]
    assert any(message.startswith(shown) for message in messages), messages
    assert not any(jargon in m for m in messages for jargon in (
        "Input should", "pattern", "List should", "literal[", "list["))
