"""game.messages.render: the one place an engine record becomes a sentence, in the language
of the moment, with the scenario's own names."""

from __future__ import annotations

import gettext

import pytest

from game.core.commands import EndTurn
from game.core.new_game import new_game
from game.core.policies import play_turn
from game.core.records import (
    VERBATIM,
    Message,
    Ref,
    agency_ref,
    bloc_ref,
    constraint_ref,
    first_ref,
    message,
    milestone_ref,
)
from game.messages import name_of, render, render_all
from game.paths import DEFAULT_SCENARIO
from game.scenario import Scenario, load_scenario
from tests.pseudo_language import CLOSE, OPEN, PseudoTranslation, speaking


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario(DEFAULT_SCENARIO)


class Catalogue(gettext.NullTranslations):
    """A catalogue that translates only the messages it holds, as a real one does."""

    def __init__(self, entries: dict[str, str]) -> None:
        super().__init__()
        self.entries = entries

    def gettext(self, message: str) -> str:
        return self.entries.get(message, message)


# --- refs are shown by the scenario's names ------------------------------------------------


def test_an_agency_and_a_milestone_are_shown_by_their_names_in_the_scenario(
        scenario: Scenario) -> None:
    said = message("{a} achieves: {m}", a=agency_ref("cnsa"), m=milestone_ref("lunar_lander"))
    assert render(said, scenario) == "CNSA achieves: Robotic lander"
    assert name_of(agency_ref("cnsa"), scenario) == scenario.agencies["cnsa"].short
    assert name_of(milestone_ref("lunar_lander"), scenario) == \
        scenario.milestones["lunar_lander"].name


def test_a_bloc_is_shown_by_its_short_name(scenario: Scenario) -> None:
    said = message("{a} joins {b}", a=agency_ref("esa"), b=bloc_ref("ilrs"))
    assert render(said, scenario) == "ESA joins ILRS"


def test_a_first_is_shown_by_its_first_s_wording_or_else_the_milestone_s_name(
        scenario: Scenario) -> None:
    assert scenario.milestones["far_side_landing"].first
    assert name_of(first_ref("far_side_landing"), scenario) == \
        scenario.milestones["far_side_landing"].first
    assert scenario.milestones["lunar_orbiter"].first is None
    assert name_of(first_ref("lunar_orbiter"), scenario) == "Lunar orbiter"


def test_a_constraint_is_shown_by_its_documented_text(scenario: Scenario) -> None:
    said = message("{constraint}", constraint=constraint_ref("roscosmos", "refuses_artemis"))
    assert render(said, scenario) == \
        scenario.agencies["roscosmos"].constraints["refuses_artemis"].text


def test_a_tuple_of_refs_is_shown_as_a_list_of_names_in_its_order(scenario: Scenario) -> None:
    said = message("{m} needs first: {missing}", m=milestone_ref("crewed_landing"),
                   missing=(milestone_ref("lunar_lander"), milestone_ref("heavy_launcher")))
    assert render(said, scenario) == \
        "Crewed landing needs first: Robotic lander, Heavy launcher"
    one = message("{x}", x=(agency_ref("nasa"),))
    assert render(one, scenario) == "NASA"
    assert render(message("{x}", x=()), scenario) == ""


def test_numbers_and_plain_strings_are_shown_as_they_are(scenario: Scenario) -> None:
    said = message("{n} of {total} ({share}) for {who}", n=3, total=40, share=0.5,
                   who="lunar_orbiter")
    assert render(said, scenario) == "3 of 40 (0.5) for lunar_orbiter"


# --- what the scenario (or the catalogue) does not have is shown by its id -----------------


@pytest.mark.parametrize("ref", [
    Ref("agency", "isro"),
    Ref("milestone", "mars_landing"),
    Ref("first", "mars_landing"),
    Ref("bloc", "gateway_club"),
    Ref("constraint", "cnsa/no_such_rule"),
    Ref("constraint", "isro/no_china"),
    Ref("event", "no_such_event"),
    Ref("effect", "no_such_event/0/0"),
    Ref("effect", "dorn_on_change6/7/0"),
    Ref("effect", "dorn_on_change6/x/0"),
])
def test_a_ref_the_scenario_does_not_have_is_shown_by_its_id(scenario: Scenario,
                                                             ref: Ref) -> None:
    # a save from an edited scenario must still show its news
    assert render(message("{x} happened", x=ref), scenario) == f"{ref.id} happened"


def test_a_message_id_no_catalogue_holds_is_shown_as_written_with_its_arguments(
        scenario: Scenario) -> None:
    held = Catalogue({"{a} joins {b}": "{b} accueille {a}"})
    with speaking(held, "fr"):
        assert render(message("{a} joins {b}", a=agency_ref("esa"), b=bloc_ref("ilrs")),
                      scenario) == "ILRS accueille ESA"  # placeholders reordered
        assert render(message("{a} leaves {b}", a=agency_ref("esa"), b=bloc_ref("ilrs")),
                      scenario) == "ESA leaves ILRS"


# --- the language is chosen when the message is shown -------------------------------------


def test_the_same_message_reads_in_whatever_language_is_chosen_when_it_is_shown(
        scenario: Scenario, pseudo: PseudoTranslation) -> None:
    said = message("{a} joins {b}", a=agency_ref("cnes"), b=bloc_ref("artemis"))
    assert render(said, scenario) == f"{OPEN}CNES joins Artemis{CLOSE}"
    assert pseudo.asked == 1


def test_words_saved_before_messages_were_typed_are_shown_as_saved_in_any_language(
        scenario: Scenario, pseudo: PseudoTranslation) -> None:
    old = Message(VERBATIM, {"text": "CNSA achieves: {m} and {a}"})  # braces of its own
    assert render(old, scenario) == "CNSA achieves: {m} and {a}"
    assert pseudo.asked == 0


def test_render_all_keeps_the_order(scenario: Scenario) -> None:
    news = [message("{a} joins {b}", a=agency_ref("esa"), b=bloc_ref("ilrs")),
            Message(VERBATIM, {"text": "an old line"}),
            message("A restriction on {a} is lifted", a=agency_ref("nasa"))]
    assert render_all(news, scenario) == [
        "ESA joins ILRS", "an old line", "A restriction on NASA is lifted"]


def test_every_message_a_whole_game_writes_fills_all_its_placeholders(
        scenario: Scenario) -> None:
    engine = new_game(scenario, seed=5, humans=["cnes", "cnsa"])
    while not engine.is_over:
        for agency, road in (("cnes", "artemis"), ("cnsa", "ilrs")):
            play_turn(engine, agency, road, engine.apply)
        for agency in ("cnes", "cnsa"):
            assert engine.apply(EndTurn(agency)).ok
    news = [item.message for item in engine.state.news]
    news += [m for r in engine.state.reports.values() for m in r.news]
    assert len({m.text for m in news}) >= 4, "too few kinds of news to say much"
    for said in news:
        text = render(said, scenario)  # a missing argument would raise KeyError here
        assert "{" not in text and "}" not in text, (said, text)
        assert "Ref(" not in text, text  # every ref shown by a name
