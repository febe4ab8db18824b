"""A refusal that quotes a documented constraint says when the words are a translation."""

from __future__ import annotations

from game.constraint_words import constraints_in, reason_tip, reason_words
from game.core.records import Message, agency_ref, constraint_ref, message
from tests.ui.originals_support import campaign, english


def bar() -> Message:
    return message("{constraint}", constraint=constraint_ref("nasa", "no_china"))


def test_a_quoted_constraint_in_french_is_marked_and_its_english_kept() -> None:
    french = campaign("fr")
    reason = bar()
    text = french.agencies["nasa"].constraints["no_china"].text
    original = english().agencies["nasa"].constraints["no_china"].text
    assert constraints_in(reason, french) == [french.agencies["nasa"].constraints["no_china"]]
    assert reason_words(reason, french) == f"{text} (translated)"
    assert reason_words(reason, french, english=True) == f"{original} (original English)"
    assert reason_tip(reason, french) == f"Original (English): {original}"


def test_the_same_refusal_in_english_has_no_mark() -> None:
    source = english()
    text = source.agencies["nasa"].constraints["no_china"].text
    assert reason_words(bar(), source) == text
    assert reason_tip(bar(), source) == ""


def test_the_game_s_own_refusals_quote_no_constraint() -> None:
    reason = message("{a} is not a member", a=agency_ref("nasa"))
    assert constraints_in(reason, campaign("fr")) == []
    assert "(translated)" not in reason_words(reason, campaign("fr"))
    assert reason_words(None, campaign("fr")) == ""
