from __future__ import annotations

import json

import pytest

from game.core.rng import make_rng, restore_rng, rng_state


def test_the_same_seed_gives_the_same_draws() -> None:
    assert make_rng(5).random(4).tolist() == make_rng(5).random(4).tolist()


def test_generator_state_survives_a_json_round_trip() -> None:
    rng = make_rng(9)
    rng.random(3)
    copy = restore_rng(json.loads(json.dumps(rng_state(rng))))
    assert copy.random(5).tolist() == rng.random(5).tolist()


def test_a_state_that_is_not_pcg64_is_refused() -> None:
    with pytest.raises(ValueError):
        restore_rng({"bit_generator": "MT19937"})


def test_one_call_for_n_draws_gives_the_numbers_and_state_of_n_calls() -> None:
    # The engine draws a random event's chances for all addressees in one call.
    one, many = make_rng(11), make_rng(11)
    assert one.random(7).tolist() == [many.random() for _ in range(7)]
    assert rng_state(one) == rng_state(many)
