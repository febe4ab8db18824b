"""The report's history, sources, disagreements and simplifications, worded as the screens
word them: each statement with its kind and its human citation (never a source id), a
vague time in the source's words with the game's reading marked as a game value, and the
seed file only as a small note for teachers.

Kept apart from report.py, which lays the page out, so that the two change independently.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from game import simplifies
from game.citations import attribution, citation
from game.claims import claim_label
from game.core.calendar import Calendar, month_index
from game.dates import achieved_label, month_label
from game.i18n import tr
from game.readings import difference_text, legend, status_word
from game.scenario.models import Scenario
from game.translation_marks import mark, original_line, report_text


def when_text(date: str | None, when: str | None) -> str:
    """An exact date as a month (or the year alone), a vague time in the source's words."""
    if date:
        return month_label(month_index(date)) if len(date) >= 7 else date
    return when or tr("no date given")


def documented(scenario: Scenario) -> list[dict[str, Any]]:
    """Each history entry with its time as the source words it, its kind and citation."""
    return [{"when": when_text(e.date, e.when), "status": e.status,
             "text": report_text(e),
             "claim": e.claim, "citation": attribution(scenario, e.claim, e.sources)}
            for e in scenario.history]


def documented_rows(rows: list[dict[str, Any]]) -> list[list[str]]:
    out = [[tr("When"), tr("Status"), tr("What"), tr("Kind of claim and source")]]
    out += [[d["when"], status_word(d["status"]), d["text"],
             d["citation"]] for d in rows]
    return out


def timeline_rows(scenario: Scenario, calendar: Calendar,
                  timeline: list[dict[str, Any]]) -> list[list[str]]:
    """The player's dates beside the documented ones, and the difference worded as on the
    History screen (a difference from a vague time says it rests on the game's reading)."""
    out = [[tr("Milestone"), tr("You"), tr("First in the game"), tr("Documented"),
            tr("Difference")]]
    for row in timeline:
        docs = "; ".join(
            f"{status_word(d['status'])}, "
            f"{when_text(d['date'], d['when'])}: {d['text']} "
            f"({attribution(scenario, d['claim'], d['sources'])})"
            for d in row["documented"]) or tr("not in the documented history")
        if row["yours_iso"] is None:
            diff = "-"
        elif row["months_vs_documented"] is None:
            diff = difference_text(None)
        else:
            diff = difference_text({"months": row["months_vs_documented"],
                                    "position": row["position"], "reading": row["reading"]})
        first_by = scenario.agencies[row["first_by"]].short \
            if row["first_by"] in scenario.agencies else row["first_by"]
        yours = achieved_label(calendar, row["yours"]) or "-"
        first = achieved_label(calendar, row["first"])
        out.append([row["name"], yours, f"{first} ({first_by})", docs,
                    diff])
    return out


def readings_legend(scenario: Scenario) -> str | None:
    """The legend of the game-value mark, when any documented time is read by the game."""
    if any(e.game is not None and not e.date for e in scenario.history):
        return legend()
    return None


def sources(scenario: Scenario, cited: set[str]) -> list[dict[str, str | None]]:
    """Every source as a pupil reads it cited, and its file for a teacher who wants it."""
    return [{"citation": citation(s, full=True),
             "file": f"scenarios/seeds/{s.seed}" if s.seed else None}
            for sid, s in scenario.sources.items() if sid in cited or s.kind != "fiction"]


def teacher_note(path: str) -> str:
    return tr("for teachers: the text is in {path}", path=path)


def disagreements(scenario: Scenario) -> list[dict[str, Any]]:
    return [{"topic": d.topic, "note": report_text(d, "note"),
             "claims": [{"text": report_text(c), "kind": claim_label(c.claim),
                         "citation": attribution(scenario, c.claim, c.sources)}
                        for c in d.claims]}
            for d in scenario.disagreements.values()]


# --- the sections, in HTML and in Markdown ---------------------------------------------


def html_text(text: str) -> str:
    """Escaped text; a translation (a `Translated`) marked, its English one click away."""
    original: str | None = getattr(text, "original", None)
    if original is None:
        return escape(text)
    return (f'{escape(text)} <details class="original" title="{escape(original_line(original))}">'
            f"<summary>{escape(mark())}</summary>{escape(original_line(original))}</details>")


def md_text_of(text: str, md: Callable[[str], str]) -> str:
    """Markdown text; a translation followed by its English."""
    original: str | None = getattr(text, "original", None)
    if original is None:
        return md(text)
    return f"{md(text)} {md(mark())} ({md(tr('original: “{text}”', text=original))})"


def html_sources(items: list[dict[str, str | None]]) -> list[str]:
    out = [f"<h2>{escape(tr('Sources'))}</h2><ul>"]
    for item in items:
        note = f' <small class="teacher">({escape(teacher_note(item["file"]))})</small>' \
            if item["file"] else ""
        out.append(f"<li>{escape(str(item['citation']))}{note}</li>")
    out.append("</ul>")
    return out


def md_sources(items: list[dict[str, str | None]], md: Callable[[str], str]) -> list[str]:
    out = [f"## {md(tr('Sources'))}", ""]
    for item in items:
        note = f" <sub>{md(teacher_note(item['file']))}</sub>" if item["file"] else ""
        out.append(f"- {md(str(item['citation']))}{note}")
    return out


def html_disagreements(items: list[dict[str, Any]]) -> list[str]:
    if not items:
        return []
    out = [f"<h2>{escape(tr('Sources disagree'))}</h2>"]
    for item in items:
        claims = "".join(f"<li>{html_text(c['text'])}<br><i>{escape(c['citation'])}</i></li>"
                         for c in item["claims"])
        out.append(f"<h3>{escape(item['topic'])}</h3><ul>{claims}</ul>"
                   f"<p><b>{escape(tr('What differs:'))}</b> {html_text(item['note'])}</p>")
    return out


def md_disagreements(items: list[dict[str, Any]], md: Callable[[str], str]) -> list[str]:
    if not items:
        return []
    out = [f"## {md(tr('Sources disagree'))}", ""]
    for item in items:
        out += [f"### {md(item['topic'])}", ""]
        out += [f"- {md_text_of(c['text'], md)} *{md(c['citation'])}*" for c in item["claims"]]
        out += ["", f"**{md(tr('What differs:'))}** {md_text_of(item['note'], md)}", ""]
    return out


def simplified(scenario: Scenario) -> dict[str, list[tuple[str, str]]]:
    return {"scenario": simplifies.assumptions(scenario),
            "engine": simplifies.engine_rules(scenario.scenario.turn_months)}


def html_simplifies(rules: dict[str, list[tuple[str, str]]]) -> list[str]:
    out = [f"<h2>{escape(simplifies.heading())}</h2>",
           f"<p>{escape(simplifies.introduction())}</p>",
           f"<h3>{escape(simplifies.scenario_heading())}</h3>"]
    if not rules["scenario"]:
        out.append(f"<p>{escape(simplifies.none_listed())}</p>")
    else:
        out.append("<ul>" + "".join(f"<li><b>{escape(t)}</b>: {escape(x)}</li>"
                                    for t, x in rules["scenario"]) + "</ul>")
    out.append(f"<h3>{escape(simplifies.engine_heading())}</h3><ul>")
    out += [f"<li><b>{escape(t)}</b>: {escape(x)}</li>" for t, x in rules["engine"]]
    out.append("</ul>")
    return out


def md_simplifies(rules: dict[str, list[tuple[str, str]]], md: Callable[[str], str]) -> list[str]:
    out = [f"## {md(simplifies.heading())}", "", md(simplifies.introduction()), "",
           f"### {md(simplifies.scenario_heading())}", ""]
    if not rules["scenario"]:
        out.append(md(simplifies.none_listed()))
    out += [f"- **{md(t)}**: {md(x)}" for t, x in rules["scenario"]]
    out += ["", f"### {md(simplifies.engine_heading())}", ""]
    out += [f"- **{md(t)}**: {md(x)}" for t, x in rules["engine"]]
    return [*out, ""]
