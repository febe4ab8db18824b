"""How a source is cited: title, outlet and date as the report gives them, never guessed."""

from __future__ import annotations

import gettext

from game.citations import attribution, citation, source_list, source_names
from game.scenario import load_scenario
from game.scenario.models import Source
from tests.pseudo_language import speaking
from tests.scenario.conftest import MINIMAL

TITLE = "China and Russia to Build a Joint Lunar Research Station"


def test_a_report_with_an_outlet_and_a_day_is_cited_by_title_outlet_and_day() -> None:
    source = Source(title=TITLE, publisher="BBC Chinese", date="2021-03-10")
    assert citation(source) == f"\u201c{TITLE}\u201d, BBC Chinese, 10 Mar 2021"


def test_a_date_is_cited_no_more_precisely_than_it_is_given() -> None:
    month = Source(title=TITLE, publisher="BBC Chinese", date="2021-03")
    year = Source(title=TITLE, publisher="BBC Chinese", date="2021")
    assert citation(month).endswith(", BBC Chinese, Mar 2021")
    assert citation(year).endswith(", BBC Chinese, 2021")


def test_an_undated_report_is_cited_with_what_it_says_of_its_own_time() -> None:
    source = Source(title="Russia and China reveal lunar research station plans",
                    dated='says the memorandum was signed "this week"')
    short = "\u201cRussia and China reveal lunar research station plans\u201d, outlet not named"
    assert citation(source, full=True) == (
        f'{short}, undated (says the memorandum was signed "this week")')
    assert citation(source) == f"{short}, undated"  # under every statement: kept short


def test_a_report_naming_neither_outlet_nor_date_says_so_rather_than_guess() -> None:
    source = Source(title="Russia, China's partner for the moon",
                    seed="001_12bc2d6dd8c64ff7.txt")
    text = citation(source)
    assert text == ("\u201cRussia, China's partner for the moon\u201d, outlet not named, "
                    "date not given")
    assert "001_12bc2d6dd8c64ff7" not in text  # the seed file is for tools, not pupils


def test_a_date_wins_over_the_report_s_own_words_about_its_time() -> None:
    source = Source(title=TITLE, date="2021-03-10", dated="this week")
    assert citation(source).endswith(", outlet not named, 10 Mar 2021")


def test_the_game_s_invention_is_cited_as_fiction_whatever_else_it_names() -> None:
    source = Source(title="Moonward game design", kind="fiction", publisher="Moonward",
                    date="2021")
    assert citation(source) == "Moonward game design (fiction: invented by the game)"


def test_a_statement_is_attributed_by_its_kind_of_claim_then_its_sources_once_each() -> None:
    scenario = load_scenario(MINIMAL)
    cited = "\u201cRussia and China team up to conquer the moon\u201d, outlet not named, " \
            "date not given"
    assert source_names(scenario, ["seed_000", "seed_000"]) == [cited]
    assert source_list(scenario, ["seed_000", "nowhere"]) == f"{cited}; nowhere"
    assert attribution(scenario, "framing", ["seed_000"]) == \
        f"Reporter's framing. Source: {cited}"
    assert attribution(scenario, None, ["seed_000"]) == f"Source: {cited}"


def test_in_french_the_date_is_french_and_the_title_stays_as_the_report_gave_it() -> None:
    source = Source(title=TITLE, publisher="BBC Chinese", date="2021-03-10")
    with speaking(gettext.NullTranslations(), "fr"):
        assert citation(source) == f"\u201c{TITLE}\u201d, BBC Chinese, 10 mars 2021"
