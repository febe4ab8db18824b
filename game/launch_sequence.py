"""When each part of a launch sequence shows: pure timing, no pygame, so it is tested alone.

A launch plays as a countdown (three numbers), then lift-off, then each flown step's roll
revealed in turn, the verdict landing with the last one. The pace is set by the steps the
mission PLANS (a four-step mission reveals faster than a two-step one, so none drags), the
end by the steps FLOWN (a flight stops at its first failure, as the engine records it).
The whole sequence is over in under two seconds: long enough to watch, short enough that a
class playing eight turns does not wait on it.

The vehicle's climb is drawn from `Moment.height` (0 on the pad, 1 at the top of the
picture): it climbs while steps are revealed and stops where a failed step left it.
"""

from __future__ import annotations

from dataclasses import dataclass

COUNTDOWN = ("3", "2", "1")  # shown before lift-off
COUNT_SECONDS = 0.2  # each number of the countdown
REVEAL_SECONDS = 0.45  # the most between two steps' outcomes: slow enough for a class to follow
STEPS_SECONDS = 1.2  # the most all the steps take together: a launch is over in under 2 s


def step_seconds(planned: int) -> float:
    """Between two steps' outcomes: a long mission reveals faster, so none drags."""
    return min(REVEAL_SECONDS, STEPS_SECONDS / max(1, planned))


@dataclass(frozen=True)
class Moment:
    """What a sequence shows at one time."""

    counting: int  # countdown numbers still to show (3 at the start, 0 from lift-off)
    shown: int  # flown steps whose outcome is revealed
    lifted: bool  # the vehicle has left the pad (the launch cue sounds then)
    height: float  # how far up the climb the vehicle is drawn, 0..1
    done: bool  # every flown step revealed: the verdict shows (with its cue)


@dataclass(frozen=True)
class Sequence:
    """One launch's timing: `planned` steps set the pace, `flown` ones the end."""

    planned: int
    flown: int

    @property
    def lift_off(self) -> float:
        """Seconds from the start to lift-off: the countdown."""
        return COUNT_SECONDS * len(COUNTDOWN)

    @property
    def step(self) -> float:
        return step_seconds(self.planned)

    def reveal_time(self, index: int) -> float:
        """When the outcome of flown step `index` (0-based) shows."""
        return self.lift_off + (index + 1) * self.step

    @property
    def total(self) -> float:
        """When the verdict shows: the last flown step's reveal (lift-off if none flew)."""
        return self.reveal_time(self.flown - 1) if self.flown else self.lift_off

    def height_at(self, t: float) -> float:
        """The climb, eased (a rocket gathers speed), over the planned steps' time, and
        held where the flight ended: a failure stops the vehicle at that step."""
        flying = min(t, self.total) - self.lift_off
        if flying <= 0:
            return 0.0
        climb = min(1.0, flying / (self.step * max(1, self.planned)))
        return climb * climb * (3 - 2 * climb) if climb < 1 else 1.0

    def at(self, t: float) -> Moment:
        """What shows `t` seconds after the Launch press (t past the end: the end)."""
        if t + 1e-9 >= self.total:
            return self.end()
        counting = max(0, len(COUNTDOWN) - int(t / COUNT_SECONDS + 1e-9))
        shown = 0
        while shown < self.flown and t + 1e-9 >= self.reveal_time(shown):
            shown += 1
        return Moment(counting=counting, shown=shown, lifted=t + 1e-9 >= self.lift_off,
                      height=self.height_at(t), done=False)

    def end(self) -> Moment:
        """The end state, shown at once after a skip, with sequences off or motion reduced."""
        return Moment(counting=0, shown=self.flown, lifted=True,
                      height=self.height_at(self.total), done=True)
