"""The standings' explanation in words and figures, one copy for the debrief screen and the
report file: how a raw total, a budget factor and a total are written, the budget rule in a
sentence, and why each agency ranked where it did (game/core/ranking.py)."""

from __future__ import annotations

from game import numbers
from game.core.ranking import Placing
from game.core.rules import Rules
from game.i18n import tr
from game.messages import render_all


def shown_points(value: float) -> str:
    """A score as the standings show it: one decimal when small, whole thousands
    (never 6.37e+06) when large."""
    if abs(value) >= 10_000:
        return numbers.whole(value, grouped=True)
    return numbers.plain(round(value, 1))


def shown_factor(factor: float) -> str:
    return f"\u00d7{numbers.decimal(factor, 2)}"


def shown_change(points: float) -> str:
    return numbers.signed(points)


def budget_rule(rules: Rules) -> str:
    """The budget adjustment in a few sentences, with this scenario's handicap."""
    handicap = rules.tuning.budget_handicap
    if handicap == 0:
        return tr("Total = raw total: this scenario does not adjust for budget size. The raw "
                  "total is the four axes weighted (game values).")
    return tr("Total = raw total \u00d7 budget adjustment. The raw total is the four axes "
              "weighted; the adjustment is (median budget \u00f7 own budget) to the power "
              "{h:g}, so a small agency can win by spending well. A game rule, not history: "
              "a scenario may change it (budget_handicap under game:).",
              h=numbers.Localized(handicap))


def reasons(place: Placing, rules: Rules) -> list[str]:
    """Why the agency ranked where it did, sentence by sentence; the first of the core's
    messages (rank, raw total, factor, total) is left out, the table's row says it."""
    return render_all(list(place.why[1:]), rules.scenario)
