"""A launch sequence's timing: countdown, lift-off, each flown step revealed in turn, the
verdict with the last one, all in under two seconds; a failure stops the climb."""

from __future__ import annotations

import itertools

import pytest

from game.launch_sequence import (
    COUNT_SECONDS,
    COUNTDOWN,
    REVEAL_SECONDS,
    STEPS_SECONDS,
    Sequence,
    step_seconds,
)


@pytest.mark.parametrize("planned", [1, 2, 3, 4, 6, 9])
def test_a_whole_flight_is_over_in_under_two_seconds(planned: int) -> None:
    sequence = Sequence(planned=planned, flown=planned)
    assert sequence.total < 2.0
    assert sequence.at(sequence.total).done


def test_a_long_mission_reveals_faster_so_none_drags() -> None:
    assert step_seconds(1) == REVEAL_SECONDS
    assert step_seconds(6) == pytest.approx(STEPS_SECONDS / 6)
    assert step_seconds(6) < step_seconds(2)


def test_the_countdown_plays_before_lift_off_and_nothing_is_revealed_during_it() -> None:
    sequence = Sequence(planned=3, flown=3)
    assert sequence.lift_off == pytest.approx(COUNT_SECONDS * len(COUNTDOWN))
    seen = [sequence.at(t * COUNT_SECONDS + 0.01).counting for t in range(len(COUNTDOWN))]
    assert seen == [3, 2, 1]
    during = sequence.at(sequence.lift_off - 0.01)
    assert not during.lifted and during.shown == 0 and during.height == 0.0
    after = sequence.at(sequence.lift_off + 0.01)
    assert after.lifted and after.counting == 0 and after.height > 0


def test_each_step_is_revealed_in_turn_at_its_own_time() -> None:
    sequence = Sequence(planned=4, flown=4)
    for i in range(4):
        at = sequence.reveal_time(i)
        assert sequence.at(at - 0.01).shown == i
        assert sequence.at(at + 0.001).shown == i + 1
    assert [sequence.reveal_time(i + 1) - sequence.reveal_time(i) for i in range(3)] == (
        pytest.approx([sequence.step] * 3))


def test_a_failure_ends_the_sequence_at_the_failed_step_and_stops_the_climb() -> None:
    sequence = Sequence(planned=4, flown=2)  # the second step failed: no third flew
    assert sequence.total == pytest.approx(sequence.reveal_time(1))
    end = sequence.at(10.0)
    assert end.done and end.shown == 2
    assert 0 < end.height < 1
    assert sequence.at(sequence.total - 0.01).height <= end.height
    assert Sequence(planned=4, flown=4).end().height == 1.0


def test_the_climb_only_rises() -> None:
    sequence = Sequence(planned=3, flown=3)
    heights = [sequence.at(i / 100).height for i in range(0, 200)]
    assert all(b >= a for a, b in itertools.pairwise(heights))


def test_the_end_state_is_what_a_skip_shows() -> None:
    sequence = Sequence(planned=3, flown=3)
    assert sequence.end() == sequence.at(sequence.total)
    assert sequence.end().counting == 0 and sequence.end().lifted
