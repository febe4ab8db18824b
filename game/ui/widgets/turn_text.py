"""The words of the turn screen: tooltips, the selected milestone's details, the news.

Kept apart from the scene so the scene is about layout and actions. Everything here reads
the engine's queries and the scenario; nothing changes the game.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from game import numbers
from game.citations import attribution
from game.constraint_words import constraints_in, reason_words
from game.core.milestones import OddsReasons, is_developed
from game.core.records import Launch, TurnReport
from game.core.rules import Tuning
from game.dates import date_of
from game.i18n import tr, trn
from game.messages import render
from game.scenario.models import Scenario
from game.translation_marks import shown
from game.ui.widgets import tips
from game.ui.widgets.milestone_graph import status_name
from game.ui.widgets.tips import esc, game_value, lines, money, percent, sourced

if TYPE_CHECKING:
    from pydantic import BaseModel

    from game.core.engine import Engine
    from game.core.views import MilestoneView

FUNDABLE = ("available", "in_progress", "ready")


def funding_step(view: MilestoneView) -> int:
    """-/+ step: 10 million for small projects, 50 for big ones (fewer clicks in class)."""
    return 50 if view.steady_funding >= 250 else 10


def cost_left(view: MilestoneView) -> int:
    if is_developed(view.progress):
        return 0
    return max(1, round(view.cost * (1 - view.progress)))  # never 0 while work remains


def developed(view: MilestoneView) -> str:
    """Progress rounded down: 99.6% is not done, so it must never read 100%."""
    if is_developed(view.progress):
        return numbers.percent(1)
    return numbers.percent(min(99, int(view.progress * 100)) / 100)


def funding_text(view: MilestoneView) -> str:
    if view.standing:
        return tr("Every turn {m}", m=money(view.allocation))
    return tr("This turn {m}", m=money(view.allocation))


def ready_text(view: MilestoneView) -> str:
    """When development is done at this funding, repeated every turn (the engine's count)."""
    if view.status == "ready":
        return tr("Ready to fly")
    if view.allocation <= 0:
        return tr("Not funded")
    turns = view.turns_to_ready
    if turns is None:
        return tr("Too slow to finish")
    if turns <= 1:
        return tr("Ready after this turn") if view.is_mission else tr("Done after this turn")
    if view.is_mission:
        return trn("Ready in {n} turn", "Ready in {n} turns", turns)
    return trn("Done in {n} turn", "Done in {n} turns", turns)


def capped_notice(amount: int) -> str:
    return tr("Capped at {m}: more than full speed is wasted", m=money(amount))


def short_notice(amount: int) -> str:
    return tr("Only {m} free: all of it is set aside", m=money(amount))


def cap_rule_tip() -> str:
    return game_value(tr("A game rule: a milestone takes no more money in a turn than full "
                         "speed, about twice the steady rate; beyond it money would be "
                         "wasted, so it stays free instead."))


def standing_rule_tip() -> str:
    return game_value(tr("A game rule: funding repeats every turn until you change it, "
                         "stop it, or development ends. If money runs short, the largest "
                         "amounts are cut first."))


def steady_tip(engine: Engine, agency: str, view: MilestoneView) -> str:
    turns = engine.turns_to_ready(agency, view.id, view.steady_funding)
    return game_value(tr("Fund {s} million a turn: the cost spread over the minimum {n} "
                         "turns (less if that finishes it). Cheaper than full speed but "
                         "slower: {when}.",
                         s=numbers.money(view.steady_funding), n=view.min_turns, when=_when(turns)))


def full_speed_tip(engine: Engine, agency: str, view: MilestoneView) -> str:
    turns = engine.turns_to_ready(agency, view.id, view.full_speed)
    return game_value(tr("Fund {f} million a turn, the most that does any good: {when}. "
                         "Money beyond what finishes development raises a mission's "
                         "chance.", f=numbers.money(view.full_speed), when=_when(turns)))


def _when(turns: int | None) -> str:
    if turns is None:
        return tr("it would not finish")
    if turns == 0:
        return tr("development is done")
    return trn("developed in {n} turn", "developed in {n} turns", turns)


def node_tooltip(scenario: Scenario, view: MilestoneView) -> str:
    parts = [f"<b>{esc(view.name)}</b>", esc(status_name(view.status))]
    parts.append(esc(tr("Developed: {p}", p=developed(view))))
    if view.allocation > 0:
        funded = (tr("Funded every turn: {m} (the tag on its corner)", m=money(view.allocation))
                  if view.standing else
                  tr("Funded this turn: {m} (the tag on its corner)", m=money(view.allocation)))
        parts.append(esc(funded))
    if view.is_mission:
        parts.append(esc(tr("Chance of success if flown now: {p}", p=percent(view.reliability))))
    others = [scenario.agencies[a].short for a in view.achieved_by]
    if others:
        parts.append(esc(tr("Achieved by: {who}", who=", ".join(others))))
    parts.append("<i>" + esc(tr("Percentages are game values.")) + "</i>")
    return lines(*parts)


def figure_tips(view: MilestoneView) -> dict[str, str]:
    """Tooltips for the figures of the selected milestone."""
    return {
        "progress": game_value(tr(
            "Share of development done, rounded down. At full speed ({f} million a turn) "
            "it grows 1/{n} a turn; less money does less, but each million goes further.",
            f=numbers.money(view.full_speed), n=view.min_turns)),
        "reliability": game_value(tr(
            "Chance the whole mission succeeds if flown now: the product of its steps' "
            "chances. Funding beyond the cost and earlier attempts raise it.")),
        "turns": game_value(tr(
            "Turns with funding so far. Development takes at least {n} funded turns, more "
            "below full speed.", n=view.min_turns)),
        "cost": game_value(tr(
            "About how much development still costs you, in millions (of {c} million in "
            "all; bloc partners carry part of a bloc project).", c=numbers.money(view.cost))),
        "funding": (standing_rule_tip() if view.standing else game_value(tr(
            "Millions set aside for this milestone this turn; spent when the turn ends. "
            "Funding of a mission ready to fly raises its chance and does not repeat."))),
        "ready": game_value(tr(
            "With this funding every turn, how many turns until development is complete, "
            "this one included (the engine's own count).")),
    }


def details_statements(scenario: Scenario, engine: Engine, agency: str,
                       view: MilestoneView) -> list[tuple[BaseModel, str]]:
    """The sourced statements `details_html` shows: a documented constraint that locks the
    milestone, each agency's documented achievement of it, and its facts."""
    found: list[tuple[BaseModel, str]] = [
        (c, "text") for c in constraints_in(engine.why_locked(agency, view.id), scenario)]
    found += [(done, "text") for spec in scenario.agencies.values() for done in spec.achieved
              if done.milestone == view.id]
    found += [(fact, "text") for fact in scenario.milestones[view.id].facts]
    return found


def details_html(scenario: Scenario, engine: Engine, agency: str, view: MilestoneView,
                 english: bool = False) -> str:
    """The selected milestone: what it is, what it needs, who has it, and its sources. A
    translated statement is marked; with `english` ("Original (English)" clicked) it is
    shown in the English it was translated from."""
    spec = scenario.milestones[view.id]
    out: list[str] = []
    if spec.description:
        out.append(esc(spec.description))
    locked = engine.why_locked(agency, view.id)
    if locked is not None:  # the engine's own reason: a bloc's, the founders', a prerequisite
        why = reason_words(locked, scenario, english)
        out.append(f"<font color='#FF8A8A'>{esc(why[:1].upper() + why[1:])}.</font>")
    elif spec.bloc:
        bloc = scenario.blocs[spec.bloc]
        out.append(esc(tr("Only members of {b} may build it.", b=bloc.short)))
    if spec.requires:
        parts = []
        for rid in spec.requires:
            name = esc(scenario.milestones[rid].name)
            parts.append(f"<font color='#FF8A8A'>{name} ({esc(tr('missing'))})</font>"
                         if rid in view.missing else f"{name} ({esc(tr('done'))})")
        out.append(f"<b>{esc(tr('Needs'))}:</b> " + ", ".join(parts))
    if view.is_mission:
        odds = engine.odds(agency, view.id)
        steps = ", ".join(f"{esc(name)} {percent(chance)}" for name, chance in odds.steps)
        out.append(f"<b>{esc(tr('Steps'))}:</b> {steps} " + esc(tr("(game values)")))
        reasons = engine.odds_reasons(agency, view.id)
        if reasons.differs:
            out.append(esc(odds_reasons_text(reasons)))
    else:
        out.append(esc(tr("A programme: it completes when fully funded, with no launch.")))
    if spec.first:
        holder = view.first_holder
        who = (scenario.agencies[holder].short if holder in scenario.agencies
               else tr("nobody yet"))
        out.append(f"<b>{esc(tr('First'))}:</b> {esc(spec.first)} \u2014 "
                   + esc(tr("held by {who}", who=who)))
    for agency_spec in scenario.agencies.values():  # documented achievements, with sources
        for done in agency_spec.achieved:
            if done.milestone == view.id:
                out.append(f"<b>{esc(agency_spec.short)}:</b> {esc(shown(done, english=english))} "
                           + _source_note(scenario, done.sources, done.claim))
    for fact in spec.facts:
        out.append(esc(shown(fact, english=english)) + " "
                   + _source_note(scenario, fact.sources, fact.claim))
    return "<br><br>".join(out)


def _source_note(scenario: Scenario, source_ids: Sequence[str], claim: str | None) -> str:
    return "<i>(" + esc(attribution(scenario, claim, source_ids)) + ")</i>"


def how_to_play(carry_over: float = Tuning.carry_over) -> list[str]:
    """The whole game in five steps: shown on the first turn and at the top of Help, so a
    new player needs nothing outside the game. Each rule stated here is held to the engine
    by tests/ui/widgets/test_how_to_play_rules.py."""
    return [
        tr("Click a milestone in the graph: blue ones are available to you."),
        tr("Fund it with + and -, the slider, or type an amount and press Enter. 'Steady "
           "rate' spreads the cost over the minimum turns and takes longer; 'Full speed' "
           "costs about twice as much a turn and takes the fewest turns; the box says when "
           "it will be ready. Funding repeats every turn until you change it. Of money left "
           "unspent at the end of a turn, {p}% carries to the next.",
           p=round(carry_over * 100)),
        tr("When a mission turns light green it is ready: press 'Attempt mission' to see "
           "its chance of success, then launch."),
        tr("Press 'End turn'. Events, bloc offers and a report of the turn follow."),
        tr("Reach the Moon before the rivals, keep your budget healthy and your partners' "
           "trust. F1 explains every term, H compares your Moon with the scenario's "
           "documented timeline, M shows every landing on a map of the Moon."),
    ]


def how_to_play_html(carry_over: float = Tuning.carry_over) -> str:
    steps = "".join(f"{i}. {esc(step)}<br>"
                    for i, step in enumerate(how_to_play(carry_over), 1))
    return f"<b>{esc(tr('How to play'))}</b><br>{steps}"


def news_html(engine: Engine, agency: str, notice: str, session_notice: str = "") -> str:
    """Newest first: what went wrong with the game itself (a failed autosave), a refusal
    just now, this turn's events and news, then last turn's."""
    items: list[str] = []
    for warning in (session_notice, notice):
        if warning:
            items.append(f"<font color='#FF8A8A'>{esc(tips.sentence(warning))}</font>")
    warnings = len(items)
    scenario = engine.rules.scenario
    current = engine.current_report(agency)
    if current is not None:
        for launch in reversed(current.launches):  # what the team just did, first
            items.append(esc(_launch_line(engine, launch)))
        items.extend(esc(line) for line in order_lines(engine, agency, current))
        when = esc(date_of(engine, current.turn))
        for fired in current.events:
            event = scenario.events.get(fired.event)
            items.append(f"<b>{when}</b> {esc(event.title if event else fired.event)}")
        for news in reversed(current.news):
            items.append(esc(render(news, scenario)))
    last = engine.last_report(agency)
    if last is not None:
        when = esc(date_of(engine, last.turn))
        for news in reversed(last.news):
            items.append(f"<i>{when}</i> {esc(render(news, scenario))}")
    if engine.state.turn == 0:  # a new player reads it first, after any warning
        items.insert(warnings, how_to_play_html(engine.rules.tuning.carry_over))
    elif not items:  # mid-game: "no news yet" would say nothing has happened at all
        items.append(esc(tr("Nothing new this turn.")))
    return "<br>".join(items)


def order_lines(engine: Engine, agency: str, current: TurnReport) -> list[str]:
    """What became of last turn's funding at the start of this one (standing orders)."""
    names = engine.rules.milestones
    out: list[str] = []
    renewed = [o for o in current.orders if o.milestone in names]
    if renewed:
        out.append(tr("Funding repeated from last turn: {list}", list=", ".join(
            f"{names[o.milestone].name} {money(o.amount)}" for o in renewed)))
    for order in renewed:
        asked, amount = order.asked, order.amount
        if amount < asked and not any(c.milestone == order.milestone
                                      for c in current.orders_cut):
            out.append(tr("{m}: {a} this turn instead of {b}, all it can use (full speed, "
                          "or what finishes it); the rest stays free",
                          m=names[order.milestone].name, a=money(amount), b=money(asked)))
    for mid in current.orders_ended:
        if mid not in names:
            continue
        status = engine.status(agency, mid)
        if status == "ready":
            out.append(tr("{m} is developed and ready to fly, so its funding stopped (fund "
                          "it again to raise its chance)", m=names[mid].name))
        elif status in ("achieved", "shared"):
            out.append(tr("{m} is done, so its funding stopped", m=names[mid].name))
        else:
            out.append(tr("{m} is no longer open to you, so its funding stopped",
                          m=names[mid].name))
    for cut in current.orders_cut:
        if cut.milestone in names:
            out.append(tr("Short of money: {m}'s funding cut by {c}",
                          m=names[cut.milestone].name, c=money(cut.amount)))
    return out


def _launch_line(engine: Engine, launch: Launch) -> str:
    name = engine.rules.milestones[launch.milestone].name
    if launch.success:
        return tr("Launch: {m} succeeded", m=name)
    return tr("Launch: {m} failed", m=name)


def _achieved(engine: Engine, aid: str, viewer: str | None) -> dict[str, int]:
    """`aid`'s achievements as `viewer` may know them (hot-seat hides another team's of the
    turn being played), or all of them without a viewer."""
    if viewer is None:
        return dict(engine.state.agencies[aid].achieved)
    return dict(engine.known_achieved(viewer, aid))


def achieved_tip(scenario: Scenario, engine: Engine, aid: str, viewer: str | None = None) -> str:
    achieved = _achieved(engine, aid, viewer)
    before = [m for m, t in achieved.items() if t < 0]
    sources = sorted({s for done in scenario.agencies[aid].achieved for s in done.sources})
    text = tr("Milestones {a} has achieved: {n} ({k} before the game starts, as the scenario's "
              "sources report; the rest in this game).", a=scenario.agencies[aid].short,
              n=len(achieved), k=len(before))
    return sourced(scenario, text, sources) if sources else esc(text)


def latest_achievement(engine: Engine, aid: str, viewer: str | None = None) -> tuple[str, str]:
    """(name of the newest achievement `viewer` may know of, when) or ("", "")."""
    achieved = _achieved(engine, aid, viewer)
    if not achieved:
        return "", ""
    mid = max(achieved, key=lambda m: achieved[m])
    turn = achieved[mid]
    when = tr("before the game") if turn < 0 else date_of(engine, turn)
    return engine.rules.milestones[mid].name, when


def trust_tip(partner: str) -> str:
    return game_value(tr(
        "How much {p} trusts you, 0 to 100. It rises when you pay your bloc dues and deliver "
        "shared milestones, and falls when a bloc mission fails or dues go unpaid. Higher "
        "trust makes partners carry more of a bloc project's cost.", p=partner))


def odds_reasons_text(reasons: OddsReasons) -> str:
    """Why the chances shown are not the steps' written reliabilities, in one sentence."""
    written = ", ".join(f"{name} {percent(chance)}" for name, chance in reasons.written)
    why = []
    if reasons.difficulty != 1.0:
        why.append(tr("the difficulty multiplies the chance of failure by {f}",
                      f=numbers.plain(reasons.difficulty)))
    if reasons.experience_cut:
        why.append(tr("earlier attempts cut it by {p}", p=percent(reasons.experience_cut)))
    if reasons.overfunding_cut:
        why.append(tr("funding beyond the cost cuts it by {p}",
                      p=percent(reasons.overfunding_cut)))
    return tr("Written reliability: {w}. The chances shown differ: {why} (game rules).",
              w=written, why="; ".join(why))


def budget_tips(engine: Engine, agency: str) -> dict[str, str]:
    coming = engine.budget_view(agency).next_budget
    change = " " + tr("From {date}, your budget becomes {n} million a year (a game value).",
                      date=coming[0], n=numbers.money(coming[1])) if coming else ""
    return {
        "money": game_value(tr("Millions available this turn: this turn's income plus what "
                               "was kept from the last.")),
        "free": game_value(tr("Millions not yet set aside for any milestone this turn. Part "
                              "of what is left unspent is lost when the turn ends.")),
        "allocated": game_value(tr("Millions set aside for milestones this turn.")),
        "income": game_value(tr("Millions received each turn: the agency's yearly budget for "
                                "the turn's months, more with higher public support."))
        + esc(change),
        "support": game_value(tr("Public support, 0 to 100: successes raise it, failures "
                                 "lower it; it changes your income.")),
    }


def money_text(label: str, amount: int) -> str:
    return tr("{label} {amount}", label=label, amount=money(amount))
