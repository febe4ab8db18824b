"""What a change of money does to the turn's allocations, as pure functions.

An agency never has more allocated than it has: when money is taken away mid-turn (a failed
launch, an event), allocations are cut to fit. The engine applies this rule and the screens
preview it with the same function, so what a dialog promises is what happens.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Cut:
    """One allocation cut to fit the money left: from `before` to `after` (0: cancelled)."""

    milestone: str
    before: int
    after: int

    @property
    def amount(self) -> int:
        return self.before - self.after

    @property
    def cancelled(self) -> bool:
        return self.after == 0


@dataclass(frozen=True)
class Trim:
    """The allocation after trimming (in its original order), and each cut made."""

    allocation: dict[str, int]
    cuts: tuple[Cut, ...]


def trim_allocation(allocation: Mapping[str, int], money: int) -> Trim:
    """Cut `allocation` until it adds up to no more than `money`: the largest allocations
    first (they can best spare it), ties by milestone id so a loaded save (whose keys are
    sorted) cuts the same ones as the game that wrote it; never below zero."""
    over = sum(allocation.values()) - max(0, money)
    after = dict(allocation)
    if over <= 0:  # it fits, as almost every time: nothing to sort
        return Trim(after, ())
    cuts: list[Cut] = []
    for mid in sorted(allocation, key=lambda m: (-allocation[m], m)):
        if over <= 0:
            break
        taken = min(over, allocation[mid])
        if taken <= 0:
            continue
        after[mid] = allocation[mid] - taken
        over -= taken
        cuts.append(Cut(mid, allocation[mid], after[mid]))
    for cut in cuts:
        if cut.cancelled:
            del after[cut.milestone]
    return Trim(after, tuple(cuts))


@dataclass(frozen=True)
class MoneyChange:
    """Money before and after a change (never below zero), and what it does to allocations."""

    before: int
    after: int
    trim: Trim

    @property
    def moved(self) -> int:
        """The change as applied: a loss larger than the money takes only what there is."""
        return self.after - self.before


def change_money(money: int, allocation: Mapping[str, int], amount: int) -> MoneyChange:
    after = max(0, money + amount)
    return MoneyChange(money, after, trim_allocation(allocation, after))
