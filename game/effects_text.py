"""Event effects and sources in plain words, for event cards and the bloc choice.

An effect's number is always a game value (the sources never say "support +5"), so every
amount is labelled as one; a source is named by its human citation (title, outlet,
date), never by a file name (game.citations).
"""

from __future__ import annotations

from collections.abc import Iterable

from game import numbers
from game.citations import source_list, source_name
from game.i18n import tr, trn
from game.scenario.models import (
    AchieveEffect,
    BudgetEffect,
    Choice,
    Effect,
    Event,
    FollowUpEffect,
    JoinBlocEffect,
    LeaveBlocEffect,
    LiftConstraintEffect,
    MoneyEffect,
    OfferBlocEffect,
    PrestigeEffect,
    ProgressEffect,
    ReliabilityEffect,
    Scenario,
    ScienceEffect,
    SupportEffect,
    TrustEffect,
)
from game.score_axes import axis_name


def _signed(amount: float) -> str:
    return numbers.signed(amount) if isinstance(amount, int) else numbers.signed(amount, None)


def _agency(scenario: Scenario, aid: str) -> str:
    if aid == "self":
        return tr("you")
    agency = scenario.agencies.get(aid)
    return agency.short if agency is not None else aid


def _milestone(scenario: Scenario, mid: str) -> str:
    milestone = scenario.milestones.get(mid)
    return milestone.name if milestone is not None else mid


def _bloc(scenario: Scenario, bid: str) -> str:
    bloc = scenario.blocs.get(bid)
    return bloc.short if bloc is not None else bid


def _who(effect: Effect, scenario: Scenario) -> str:
    """" (CNSA)" when the effect lands on a named agency rather than on the addressee."""
    aid = effect.agency
    return "" if aid == "self" else f" ({_agency(scenario, aid)})"


def describe_effect(effect: Effect, scenario: Scenario, *, delay: bool = True) -> str:
    """One effect as a phrase: "Support +5 (game value)", "Joins Artemis", with when it
    lands if not at once ("In 2 turns: Public support +5 (game value)"); `delay=False`
    leaves the when out (the news of the turn it lands)."""
    if isinstance(effect, FollowUpEffect):
        return _follow_up(effect, scenario)
    what = _what(effect, scenario)
    if not delay or not effect.after_turns:
        return what
    return trn("In {n} turn: {what}", "In {n} turns: {what}", effect.after_turns, what=what) \
        if effect.after_turns > 1 else tr("Next turn: {what}", what=what)


def _follow_up(effect: FollowUpEffect, scenario: Scenario) -> str:
    follow = scenario.events.get(effect.event)
    title = follow.title if follow is not None else effect.event
    if effect.after_turns == 1:
        return tr("Leads to: {e}, next turn{who}", e=title, who=_who(effect, scenario))
    return trn("Leads to: {e}, in {n} turn{who}", "Leads to: {e}, in {n} turns{who}",
               effect.after_turns, e=title, who=_who(effect, scenario))


def _what(effect: Effect, scenario: Scenario) -> str:
    # By class, so each branch reads the fields that kind of effect has (the `effect` tag
    # and the class are one: the scenario format's discriminator).
    kind = effect.effect
    who = _who(effect, scenario)
    game = tr("game value")
    if isinstance(effect, SupportEffect):
        return tr("Public support {n}{who} ({game})", n=_signed(effect.amount), who=who, game=game)
    if isinstance(effect, MoneyEffect):
        return tr("Money {n} million{who} ({game})", n=_signed(effect.amount), who=who, game=game)
    if isinstance(effect, ScienceEffect | PrestigeEffect):  # the score axes an event may move
        return tr("{axis} score {n}{who} ({game})", axis=axis_name(kind),
                  n=_signed(effect.amount), who=who, game=game)
    if isinstance(effect, TrustEffect):
        partner = (_agency(scenario, effect.partner) if effect.partner
                   else tr("all bloc partners"))
        return tr("Trust with {p} {n}{who} ({game})", p=partner, n=_signed(effect.amount),
                  who=who, game=game)
    if isinstance(effect, ProgressEffect):
        return tr("{m}: development {n}%{who} ({game})", m=_milestone(scenario, effect.milestone),
                  n=_signed(round(effect.amount * 100)), who=who, game=game)
    if isinstance(effect, ReliabilityEffect):
        return tr("{m}: experience worth {n}% reliability{who} ({game})",
                  m=_milestone(scenario, effect.milestone),
                  n=_signed(round(effect.amount * 100)), who=who, game=game)
    if isinstance(effect, LiftConstraintEffect):
        return tr("A documented restriction is lifted{who}", who=who)
    if isinstance(effect, JoinBlocEffect):
        return tr("Joins {b}{who}", b=_bloc(scenario, effect.bloc), who=who)
    if isinstance(effect, LeaveBlocEffect):
        return tr("Leaves its bloc{who}", who=who)
    if isinstance(effect, OfferBlocEffect):
        return tr("An invitation to join {b}{who}", b=_bloc(scenario, effect.bloc), who=who)
    if isinstance(effect, AchieveEffect):
        return tr("Achieves {m}{who}, without a launch",
                  m=_milestone(scenario, effect.milestone), who=who)
    if isinstance(effect, BudgetEffect):
        return tr("Budget {n} million a year from now on{who} ({game})",
                  n=_signed(effect.amount), who=who, game=game)
    return tr("Effect: {k}", k=kind)


def describe_effects(effects: Iterable[Effect], scenario: Scenario) -> list[str]:
    return [describe_effect(e, scenario) for e in effects]


def source_text(scenario: Scenario, sid: str) -> str:
    return source_name(scenario, sid)


def sources_text(scenario: Scenario, ids: Iterable[str]) -> str:
    return source_list(scenario, ids)


def is_fiction(scenario: Scenario, ids: Iterable[str]) -> bool:
    """True when any source behind a statement is the game's own invention."""
    return any(getattr(scenario.sources.get(sid), "kind", "") == "fiction" for sid in ids)


def event_is_fiction(scenario: Scenario, event: Event) -> bool:
    """Whether the whole event card is branded fiction: by the event's own claim and
    sources only (any invented part of the event makes it fiction, as `facts` says). An
    answer the game invents carries its own claim and sources and is marked by itself
    (`choice_is_fiction`), so a reported event with one invented answer stays reported."""
    return event.claim == "fiction" or is_fiction(scenario, event.sources)


def choice_is_fiction(scenario: Scenario, choice: Choice) -> bool:
    """An answer with its own claim that the game invents (claim fiction, or it cites a
    fiction source)."""
    return choice.claim == "fiction" or is_fiction(scenario, choice.sources or ())
