"""The debrief as a file: a self-contained HTML page (charts embedded) and a Markdown copy.

Written at the end of every game and by `moonward report SAVE --out DIR`. The decisions
per turn come from replaying the saved command list, which also proves the save whole.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from game import emblems, i18n, numbers, timeline
from game.charts import DEFAULT_CHART, ChartColours, Series, agency_styles
from game.core.commands import Command, command_from_dict
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.ranking import explain
from game.core.records import Launch
from game.core.rules import SCORE_AXES
from game.core.save import canonical_json
from game.dates import turn_label
from game.headless import activity_report, moon_svg
from game.headless import report_sources as rs
from game.headless.activity_report import ActivitySection, activity_section
from game.headless.charts import data_uri, line_chart
from game.headless.timeline_svg import timeline_svg
from game.i18n import tr
from game.ranking_words import budget_rule, reasons, shown_factor, shown_points
from game.readings import difference_detail, difference_meaning, difficulty_word
from game.saves.atomic import atomic_write_text
from game.score_axes import axis_name
from game.timeline_words import names as timeline_names


@dataclass
class Report:
    title: str
    subtitle: str
    standings: list[dict[str, Any]]
    teams: dict[str, str]  # agency -> team name
    decisions: dict[str, list[tuple[str, list[str]]]]  # agency -> [(turn label, lines)]
    charts: dict[str, str] = field(default_factory=dict)  # axis -> svg
    timeline: list[dict[str, Any]] = field(default_factory=list)
    documented: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    fiction: str | None = None
    replay_matches: bool = True
    activity: ActivitySection | None = None  # the class's source-judgement answers
    # worded by report_sources: citations and kinds of claim, never source ids
    timeline_table: list[list[str]] = field(default_factory=list)
    readings_legend: str | None = None
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    simplifies: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    budget_rule: str = ""  # the budget adjustment in words, with this scenario's handicap
    timeline_svg: str = ""  # the timeline picture (game/headless/timeline_svg.py)
    # each standing's agency emblem as inline SVG (game/emblems.py), in the standings' order
    emblems: list[str] = field(default_factory=list)
    moon_map: str = ""  # the Moon map as SVG (game/headless/moon_svg.py)
    landings: list[str] = field(default_factory=list)  # each marker's caption, in order


# Where report.md finds the timeline picture, beside the score charts.
TIMELINE_FILE = "charts/timeline.svg"


def describe(engine: Engine, command: Command, launch: Launch | None = None) -> str | None:
    rules = engine.rules
    data = command.to_dict()
    name = data["command"]
    if name == "allocate":
        milestone = rules.milestones[data["milestone"]].name
        return tr("funded {m}: {a} million", m=milestone, a=numbers.money(data["amount"]))
    if name == "attempt":
        milestone = rules.milestones[data["milestone"]].name
        chance = round(launch.chance * 100) if launch else 0
        outcome = tr("success") if launch and launch.success else tr("failure")
        return tr("flew {m} (chance {p}%): {o}", m=milestone, p=chance, o=outcome)
    if name == "join_bloc":
        return tr("joined {b}", b=rules.blocs[data["bloc"]].short)
    if name == "leave_bloc":
        return tr("left its bloc")
    if name == "decline_offer":
        return tr("turned down the offer to join {b}", b=rules.blocs[data["bloc"]].short)
    if name == "answer_event":
        event = rules.scenario.events[data["event"]]
        return tr("{t}: chose \u201c{c}\u201d", t=event.title, c=event.choices[data["choice"]].text)
    return None


def replay_decisions(engine: Engine) -> tuple[dict[str, list[tuple[str, list[str]]]], bool]:
    """Replay the command list from the seed; note who decided what, turn by turn."""
    state = engine.state
    again = new_game(engine.rules.scenario, state.seed, list(state.humans), state.difficulty)
    decisions: dict[str, dict[int, list[str]]] = {h: {} for h in state.humans}
    for raw in engine.commands:
        command = command_from_dict(raw)
        turn = again.state.turn
        result = again.apply(command)
        text = describe(again, command, result.launch) if result.ok else None
        if text and command.agency in decisions:
            decisions[command.agency].setdefault(turn, []).append(text)
    calendar = engine.rules.calendar
    ordered = {
        agency: [(turn_label(calendar, turn), lines) for turn, lines in sorted(turns.items())]
        for agency, turns in decisions.items()
    }
    return ordered, canonical_json(again) == canonical_json(engine)


def build_report(engine: Engine, teams: dict[str, str] | None = None,
                 colours: ChartColours = DEFAULT_CHART) -> Report:
    """The report of a game; `teams` is agency -> team name for the teams in the room, and
    `colours` the chart colours of the window it was played in (so lines match it)."""
    rules, state = engine.rules, engine.state
    info = rules.scenario.scenario
    names = {aid: a.short for aid, a in rules.scenario.agencies.items()}
    # The debrief screen's order and team names, so each team's line has its colour there.
    shown = [aid for aid in rules.scenario.agencies if aid in state.agencies]
    styles = agency_styles(shown, teams or {}, colours)
    player = state.humans[0] if state.humans else next(iter(state.agencies))
    # the picture the debrief's Timeline tab shows, in the same colours
    tl = timeline.build(engine, player, now=True)
    picture = timeline_svg(rules.scenario, tl, styles,
                           timeline_names(rules.scenario, tl, None if teams else player,
                                          teams or {}), colours)
    badges = emblems.emblems(shown, styles)
    teams_in_room = dict(teams or {})  # the map's colours are asked the charts' way
    teams = teams or {h: names[h] for h in state.humans}
    decisions, matches = replay_decisions(engine)
    labels = [turn_label(rules.calendar, t) for t in range(len(next(iter(state.history.values()),
                                                                {}).get("total", [])))]
    charts = {}
    for axis in (*SCORE_AXES, "total"):
        series = [Series(names[aid], tuple(state.history.get(aid, {}).get(axis, [])),
                         styles[aid].colour, highlight=aid in state.humans,
                         dashed=styles[aid].dashed) for aid in shown]
        charts[axis] = line_chart(axis_name(axis, spelled_out=True), labels, series, colours)
    cited = sorted({s for entry in rules.scenario.history for s in entry.sources})
    return Report(
        title=tr("Moonward debrief: {t}", t=info.title),
        subtitle=tr("Seed {seed}, {diff} difficulty, {n} turns; {why}", seed=state.seed,
                    diff=difficulty_word(state.difficulty), n=state.turn_count,
                    why=end_reason(state.end_reason)),
        standings=[
            {"rank": s.rank, "agency": s.name, "team": teams.get(s.agency, ""), "total": s.total,
             **s.axes, "achieved": s.achieved, "firsts": s.firsts,
             "raw_total": p.raw_total, "budget_factor": p.budget_factor,
             "adjustment": p.adjustment, "why": reasons(p, rules)}
            for s, p in zip(engine.standings(), explain(rules, state), strict=True)
        ],
        budget_rule=budget_rule(rules),
        teams=teams,
        decisions=decisions,
        charts=charts,
        timeline=engine.history_comparison(player),
        documented=rs.documented(rules.scenario),
        sources=rs.sources(rules.scenario, set(cited)),
        questions=list(info.discussion_questions),
        fiction=info.fiction,
        replay_matches=matches,
        activity=activity_section(state.activity),
        timeline_table=rs.timeline_rows(rules.scenario, rules.calendar,
                                       engine.history_comparison(player)),
        readings_legend=rs.readings_legend(rules.scenario),
        disagreements=rs.disagreements(rules.scenario),
        simplifies=rs.simplified(rules.scenario),
        timeline_svg=picture,
        # the screen's emblems: the same agencies, teams and colours as the charts above
        emblems=[emblems.svg(badges[s.agency], 18) if s.agency in badges else ""
                 for s in engine.standings()],
        moon_map=moon_svg.moon_map_svg(engine, teams_in_room, colours),
        landings=moon_svg.captions(engine, moon_svg.game_markers(engine)),
    )


def end_reason(reason: str) -> str:
    """Why the game ended, in words (the report and the debrief screen say it alike)."""
    if reason == "end_date":
        return tr("the game ran to the scenario's end date")
    if reason == "victory":
        return tr("the game ended when the scenario's goal was reached")
    return tr("the game was still being played")


_CSS = """body{font-family:sans-serif;max-width:960px;margin:2em auto;padding:0 1em;
color:#111;line-height:1.45}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid
#bbb;padding:4px 8px;text-align:left}th{background:#eef}img{max-width:100%;display:block;
margin:1em 0}.note{background:#fff6d6;padding:.6em 1em;border-left:4px solid #E69F00}
svg.emblem{vertical-align:middle}"""


def render_html(report: Report) -> str:
    # The page says its language, so a browser reads Chinese with a Chinese font and a
    # screen reader speaks French as French.
    out = ["<!DOCTYPE html>", f'<html lang="{i18n.language().replace("_", "-")}"><head>'
           '<meta charset="utf-8">',
           f"<title>{escape(report.title)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{escape(report.title)}</h1><p>{escape(report.subtitle)}</p>"]
    if report.fiction:
        out.append(f'<p class="note"><b>{escape(tr("Fiction in this scenario:"))}</b> '
                   f"{escape(report.fiction)}</p>")
    out.append(f'<p class="note">{escape(_GAME_VALUES_NOTE())}</p>')
    out.append(f"<h2>{escape(tr('Standings'))}</h2>")
    out.append(_html_table(_standing_rows(report), report.emblems))
    out.append(f"<p>{escape(report.budget_rule)}</p>")
    out.append(f"<h3>{escape(tr('Why each agency ranked where it did'))}</h3>")
    for s in report.standings:
        out.append(f"<p><b>{escape(_ranked(s))}</b></p><ul>"
                   + "".join(f"<li>{escape(line)}</li>" for line in s["why"]) + "</ul>")
    out.append(f"<h2>{escape(tr('Scores over time'))}</h2>")
    for axis, svg in report.charts.items():
        out.append(f'<img src="{data_uri(svg)}" alt="{escape(axis_name(axis, spelled_out=True))}">')
    out += _html_moon_map(report)
    out.append(f"<h2>{escape(tr('Decisions, turn by turn'))}</h2>")
    for agency, turns in report.decisions.items():
        out.append(f"<h3>{escape(report.teams.get(agency, agency))}</h3>")
        if not turns:
            out.append(f"<p>{escape(tr('No decisions recorded.'))}</p>")
        for label, lines in turns:
            items = "".join(f"<li>{escape(line)}</li>" for line in lines)
            out.append(f"<p><b>{escape(label)}</b></p><ul>{items}</ul>")
    out += activity_report.html_lines(report.activity, _html_table)
    out.append(f"<h2>{escape(tr('Your timeline beside the documented one'))}</h2>")
    if report.timeline_svg:  # inline, so a pointer on a mark shows its text and source
        out.append(f'<figure class="timeline">{report.timeline_svg}</figure>')
    out.append(_html_table(report.timeline_table))
    out.append(f"<p><small>{escape(difference_meaning())}. {escape(difference_detail())}"
               "</small></p>")
    if report.readings_legend:
        out.append(f"<p><small>{escape(report.readings_legend)}</small></p>")
    out.append(f"<h2>{escape(tr('The documented history (as of March 2021)'))}</h2>")
    out.append(_html_table(rs.documented_rows(report.documented)))
    out += rs.html_disagreements(report.disagreements)
    out += rs.html_simplifies(report.simplifies)
    out += rs.html_sources(report.sources)
    out.append(f"<h2>{escape(tr('Questions for discussion'))}</h2><ol>")
    out += [f"<li>{escape(q)}</li>" for q in report.questions]
    out.append("</ol></body></html>")
    return "\n".join(out)


def _html_moon_map(report: Report) -> list[str]:
    """The map inline (so each marker's <title> shows on hover), then every caption."""
    if not report.moon_map:
        return []
    out = [f"<h2>{escape(tr('The Moon: where the landings are'))}</h2>", report.moon_map]
    out.append("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in report.landings)
               + "</ul>")
    return out


def render_markdown(report: Report, chart_files: dict[str, str]) -> str:
    # Every text from the scenario or the class (a team called "|a*b_ <x>") is escaped, so
    # it reads as typed and never as a table border, emphasis or an HTML tag.
    md = md_text
    out = [f"# {md(report.title)}", "", md(report.subtitle), ""]
    if report.fiction:
        out += [f"> **{md(tr('Fiction in this scenario:'))}** {md(report.fiction)}", ""]
    out += [f"> {md(_GAME_VALUES_NOTE())}", "", f"## {md(tr('Standings'))}", ""]
    out += [*_md_table(_standing_rows(report)), "", md(report.budget_rule), ""]
    out += [f"### {md(tr('Why each agency ranked where it did'))}", ""]
    for s in report.standings:
        out += [f"**{md(_ranked(s))}**", ""] + [f"- {md(line)}" for line in s["why"]] + [""]
    out += [f"## {md(tr('Scores over time'))}", ""]
    out += [f"![{md(axis_name(axis, spelled_out=True))}]({path})"
            for axis, path in chart_files.items() if axis in report.charts]
    if "moon_map" in chart_files:
        out += ["", f"## {md(tr('The Moon: where the landings are'))}", "",
                f"![{md(tr('The Moon: where the landings are'))}]({chart_files['moon_map']})",
                ""]
        out += [f"- {md(line)}" for line in report.landings]
    out += ["", f"## {md(tr('Decisions, turn by turn'))}", ""]
    for agency, turns in report.decisions.items():
        out += [f"### {md(report.teams.get(agency, agency))}", ""]
        for label, lines in turns:
            out += [f"**{md(label)}**", ""] + [f"- {md(line)}" for line in lines] + [""]
    out += activity_report.markdown_lines(report.activity, md, _md_table)
    out += [f"## {md(tr('Your timeline beside the documented one'))}", ""]
    if report.timeline_svg:
        out += [f"![{md(tr('Timeline picture'))}]({TIMELINE_FILE})", "",
                md(tr("The picture's marks show their texts and sources when pointed at in "
                      "report.html.")), ""]
    out += _md_table(report.timeline_table)
    out += ["", md(f"{difference_meaning()}. {difference_detail()}")]
    if report.readings_legend:
        out += ["", md(report.readings_legend)]
    out += ["", f"## {md(tr('The documented history (as of March 2021)'))}", ""]
    out += _md_table(rs.documented_rows(report.documented))
    out += ["", *rs.md_disagreements(report.disagreements, md)]
    out += rs.md_simplifies(report.simplifies, md)
    out += rs.md_sources(report.sources, md)
    out += ["", f"## {md(tr('Questions for discussion'))}", ""]
    out += [f"{i}. {md(q)}" for i, q in enumerate(report.questions, 1)] + [""]
    return "\n".join(out)


# The characters Markdown (CommonMark and GitHub's tables) may read as markup anywhere in a
# line; each may be escaped with a backslash.
_MD_SPECIAL = frozenset("\\`*_[]<>|~#&!")


def md_text(text: str) -> str:
    """`text` as literal Markdown on one line: markup characters escaped, newlines spaces."""
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in " ".join(text.splitlines()))


def _GAME_VALUES_NOTE() -> str:
    return tr("Facts in this report cite their sources. Budgets, costs, chances and scores are "
              "game values chosen for play, not history; totals are adjusted for budget size "
              "(a game rule).")


def _standing_rows(report: Report) -> list[list[str]]:
    header = [tr("Rank"), tr("Agency"), tr("Team"), *(axis_name(a) for a in SCORE_AXES),
              tr("Raw total"), tr("Budget adjustment"), axis_name("total", spelled_out=True),
              tr("Milestones"), tr("Firsts")]
    rows = [header]
    for s in report.standings:
        rows.append([str(s["rank"]), s["agency"], s["team"],
                     *(numbers.whole(s[a]) for a in SCORE_AXES), shown_points(s["raw_total"]),
                     shown_factor(s["budget_factor"]), shown_points(s["total"]),
                     str(s["achieved"]), str(s["firsts"])])
    return rows


def _ranked(standing: dict[str, Any]) -> str:
    return tr("{rank}. {agency}", rank=standing["rank"], agency=standing["agency"])


def _html_table(rows: list[list[str]], svgs: list[str] | None = None) -> str:
    """An HTML table; `svgs` (emblems, one per body row) go before each row's second cell,
    the agency's name in the standings."""
    head = "".join(f"<th>{escape(c)}</th>" for c in rows[0])
    badges = svgs or []

    def cell(i: int, k: int, text: str) -> str:
        badge = badges[i] + " " if k == 1 and i < len(badges) and badges[i] else ""
        return f"<td>{badge}{rs.html_text(text)}</td>"

    body = "".join("<tr>" + "".join(cell(i, k, c) for k, c in enumerate(row)) + "</tr>"
                   for i, row in enumerate(rows[1:]))
    return f"<table><tr>{head}</tr>{body}</table>"


def _md_table(rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(md_text(c) for c in rows[0]) + " |",
             "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(rs.md_text_of(c, md_text) for c in row) + " |"
              for row in rows[1:]]
    return lines


def write_report(engine: Engine, out_dir: Path, teams: dict[str, str] | None = None,
                 colours: ChartColours = DEFAULT_CHART) -> tuple[Path, Path]:
    """Write report.html (self-contained) and report.md (+ charts/*.svg) into `out_dir`."""
    report = build_report(engine, teams, colours)
    out_dir.mkdir(parents=True, exist_ok=True)
    chart_files = {}
    for axis, svg in report.charts.items():
        relative = f"charts/{axis}.svg"
        atomic_write_text(out_dir / relative, svg)
        chart_files[axis] = relative
    if report.timeline_svg:
        atomic_write_text(out_dir / TIMELINE_FILE, report.timeline_svg)
    if report.moon_map:  # beside the charts, for the Markdown copy
        atomic_write_text(out_dir / "charts/moon_map.svg", report.moon_map)
        chart_files["moon_map"] = "charts/moon_map.svg"
    html_path, md_path = out_dir / "report.html", out_dir / "report.md"
    atomic_write_text(html_path, render_html(report))
    atomic_write_text(md_path, render_markdown(report, chart_files))
    return html_path, md_path


def default_report_dir(base: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H%M%S")
    return base / f"debrief_{stamp}"


def run_from_cli(args: argparse.Namespace) -> int:
    from game.headless.common import CliError, fail
    from game.saves import SaveError
    from game.saves.games import load_game

    try:
        loaded = load_game(Path(args.save))
    except SaveError as error:
        return fail(CliError(str(error)))
    # the report names each agency's team: agency -> team name
    teams = {aid: name for name, aid in loaded.teams.items()} or None
    try:
        html_path, md_path = write_report(loaded.engine, Path(args.out), teams)
    except OSError as error:
        return fail(CliError(tr("--out: cannot write into {d}: {e}", d=args.out,
                                e=error.strerror)))
    print(tr("wrote {h} and {m}", h=html_path, m=md_path))
    return 0
