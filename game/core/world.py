"""What every system of the engine works on: the rules, the state, the generator, and the
turn's reports being written.

The systems (funding, missions, membership, events, accounts) are modules of functions
taking a `World`; `game.core.engine.Engine` calls them in the turn's order. None of them
imports the engine, so each can be read, and tested, on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from game.core.records import HeldNews, Message, NewsItem, TurnReport
from game.core.rules import Rules
from game.core.state import GameState, Pending


@dataclass
class World:
    rules: Rules
    state: GameState
    rng: np.random.Generator
    # The human agency whose command is being applied (None while the turn resolves):
    # what it makes happen is news other human teams read only when the turn resolves.
    actor: str | None = None

    def news(self, aid: str, text: Message) -> None:
        """News every agency reads: in the game's news and in each turn report."""
        self.state.news.append(NewsItem(self.state.turn, aid, text))
        actor, humans = self.actor, self.state.humans
        for owner, report in self.state.current.items():
            if actor is not None and owner != actor and owner in humans:
                # Hot-seat: a team must not read another team's launches (and who won a
                # 'first') before it has ended its own turn. Held with its place in the
                # news, and put there when the turn resolves (`with_held_news`).
                report.held_news.append(HeldNews(len(report.news), text))
            else:
                report.news.append(text)

    def note(self, aid: str, text: Message) -> None:
        """A line in one agency's own report of this turn."""
        report = self.state.current.get(aid)
        if report is not None:
            report.news.append(text)

    def pending_item(self, aid: str, kind: str, ref: str) -> Pending | None:
        return next((p for p in self.state.pending
                     if p.agency == aid and p.kind == kind and p.ref == ref), None)


def with_held_news(news: list[Message], held: list[HeldNews]) -> list[Message]:
    """`news` with the held items (places in order) put back in place."""
    out: list[Message] = []
    done = 0
    for item in held:
        out.extend(news[done:item.place])
        done = max(done, item.place)
        out.append(item.message)
    out.extend(news[done:])
    return out


def close_report(world: World, aid: str) -> TurnReport:
    """The turn has resolved: the other teams' news held back during play joins the report
    in the places it happened, so the report still tells the whole turn."""
    report = world.state.current.pop(aid)
    report.news = with_held_news(report.news, report.held_news)
    report.held_news = []
    agency = world.state.agencies[aid]
    report.scores_after = dict(agency.scores)
    report.money_left = agency.money
    report.closed = True
    return report
