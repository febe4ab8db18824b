"""What the timeline picture's marks say when hovered (screen) or pointed at (report SVG):
the documented line with its status, its time, its citation and kind of claim; a band
said to be the game's reading of vague words; each achievement with its game date and how
it stands to the documented one, worded as the History table words it (game.readings)."""

from __future__ import annotations

from collections.abc import Mapping

from game.citations import attribution
from game.core.calendar import iso_month
from game.dates import month_label
from game.i18n import tr
from game.readings import GAME_VALUE_MARK, difference_text, span_text, status_word
from game.scenario.models import Scenario
from game.timeline import DocMark, GameMark, Row, Timeline, ahead_or_behind


def band_meaning(doc: DocMark) -> str:
    """Why a documented mark is a band, not a point; "" for a point."""
    if doc.shape != "band":
        return ""
    if doc.reading:
        read = {"earliest": None if doc.first is None else iso_month(doc.first),
                "latest": iso_month(doc.last)}
        return tr("A vague date: the game's reading of the words \u2018{when}\u2019 as {span} "
                  "(a game value, not the source's words) {mark}", when=doc.when or "",
                  span=span_text(read), mark=GAME_VALUE_MARK)
    return tr("The source gives the year only: the band covers all of {year}",
              year=doc.date or "")


def doc_when(doc: DocMark) -> str:
    """The time as the source gives it: a month, a year, or its own words."""
    if doc.date:
        return month_label(doc.last) if len(doc.date) >= 7 else doc.date
    return doc.when or tr("no date given")


def doc_lines(scenario: Scenario, doc: DocMark) -> list[str]:
    lines = [tr("{status}: {when}", status=status_word(doc.status), when=doc_when(doc)),
             doc.text]
    meaning = band_meaning(doc)
    if meaning:
        lines.append(meaning)
    lines.append(attribution(scenario, doc.claim, doc.sources))
    return lines


def position_word(mark: GameMark) -> str:
    """Ahead of history, behind it, level with it, in words."""
    return {"ahead": tr("ahead of the documented date"),
            "behind": tr("behind the documented date"),
            "level": tr("level with the documented date")}.get(ahead_or_behind(mark) or "",
                                                               "")


def mark_lines(tl_start: int, mark: GameMark, name: str) -> list[str]:
    """One achievement: who, when (the game's calendar), and against the documented date."""
    when = before_start_words(tl_start) if mark.before_start else month_label(mark.month)
    lines = [tr("{a}: achieved {d} in this game (the game's calendar, not history)",
                a=name, d=when)]
    if mark.versus is not None:
        lines.append(tr("{difference}: {position}", difference=difference_text(mark.versus),
                        position=position_word(mark)))
    return lines


def before_start_words(start: int) -> str:
    """As game.dates.before_start words it, from the calendar's first month."""
    return tr("before {date}", date=month_label(start))


def row_lines(scenario: Scenario, row: Row) -> list[str]:
    """A row's name, and the documented lines about it that give no time to draw."""
    lines = [row.name]
    for text in row.undated:
        lines.append(tr("Not drawn, no date given: {text}", text=text))
    return lines


def names(scenario: Scenario, tl: Timeline, agency: str | None,
          teams: Mapping[str, str]) -> dict[str, str]:
    """Each agency's name as the picture's key shows it: a team's name before its agency,
    "(you)" for the one player of a solo game."""
    out = {}
    for aid in tl.agencies:
        short = scenario.agencies[aid].short
        team = teams.get(aid)
        if team:
            out[aid] = tr("{team} ({a})", team=team, a=short)
        elif aid == agency:
            out[aid] = tr("{a} (you)", a=short)
        else:
            out[aid] = short
    return out


def legend_items() -> list[tuple[str, str]]:
    """(shape, words) of the picture's key; the shapes are drawn, not typed (a font may
    lack a diamond)."""
    return [("point", tr("documented date")), ("band", tr("vague date: the game's reading")),
            ("planned", tr("planned or announced")), ("failed", tr("failed")),
            ("achieved", tr("achieved in this game"))]


def legend_tip() -> str:
    return tr("Above each row, what the sources say: a point for a month, a band for a year "
              "or for vague words (the game's reading of them, a game value), hollow for a "
              "plan. Below, each agency's achievement in this game, in its colour. Left of "
              "a band: ahead of history; right: behind.")
