"""The timeline picture as SVG for the HTML report: the same rows, marks and colours as the
History screen and the debrief's Timeline tab (game/timeline.py places them), each mark
with a <title> that a browser shows on hover: its text, its date, its citation and kind
of claim; a band says it is the game's reading of vague words."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from game.charts import Box, ChartColours, LineStyle, hex_colour
from game.i18n import tr
from game.scenario.models import Scenario
from game.timeline import Shapes, Timeline, place
from game.timeline_words import doc_lines, legend_items, mark_lines

WIDTH = 900
ROW_H = 26
LABEL_W = 190
AXIS_H = 24
TOP = 30
KEY_H = 44


def timeline_svg(scenario: Scenario, tl: Timeline, styles: Mapping[str, LineStyle],
                 names: Mapping[str, str], colours: ChartColours) -> str:
    height = TOP + ROW_H * max(1, len(tl.rows)) + AXIS_H + KEY_H
    sh = place(tl, Box(8, TOP, WIDTH - 16, height - TOP - KEY_H), LABEL_W, AXIS_H,
               min_tick_gap=48)
    text, muted = hex_colour(colours.text), hex_colour(colours.muted)
    grid = hex_colour(colours.grid)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12">',
           '<defs><pattern id="reading" width="6" height="6" patternUnits="userSpaceOnUse" '
           f'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="{text}" '
           'stroke-opacity="0.6"/></pattern></defs>',
           f'<rect width="{WIDTH}" height="{height}" fill="{hex_colour(colours.background)}"/>',
           f'<text x="8" y="18" font-size="14" font-weight="bold" fill="{text}">'
           f'{escape(tr("Your timeline beside the documented one"))}</text>']
    p = sh.plot
    out.append(f'<rect x="{sh.start_x:.1f}" y="{p.y:.1f}" width="{sh.game_end_x - sh.start_x:.1f}"'
               f' height="{p.h:.1f}" fill="{text}" fill-opacity="0.05"/>')
    for x, year in sh.ticks:
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{p.y:.1f}" y2="{p.bottom:.1f}" '
                   f'stroke="{grid}"/>')
        out.append(f'<text x="{x:.1f}" y="{p.bottom + 16:.1f}" text-anchor="middle" '
                   f'fill="{muted}">{year}</text>')
    out += _rows(scenario, sh, tl, styles, names, text, colours)
    if sh.now_x is not None:
        out.append(f'<line x1="{sh.now_x:.1f}" x2="{sh.now_x:.1f}" y1="{p.y:.1f}" '
                   f'y2="{p.bottom:.1f}" stroke="#E69F00" stroke-width="2"/>')
    out += _key(height - KEY_H + 8, styles, names, text, muted)
    out.append("</svg>")
    return "".join(out)


def _rows(scenario: Scenario, sh: Shapes, tl: Timeline, styles: Mapping[str, LineStyle],
          names: Mapping[str, str], text: str, colours: ChartColours) -> list[str]:
    out = []
    bad = "#D55E00"
    for placed in sh.rows:
        row = placed.row
        out.append(f'<text x="{sh.label_x + 4:.1f}" y="{placed.y + placed.h / 2 + 4:.1f}" '
                   f'fill="{text}">{escape(row.name)}</text>')
        for doc in placed.docs:
            title = f"<title>{escape(chr(10).join(doc_lines(scenario, doc.doc)))}</title>"
            hollow = doc.doc.status in ("planned", "announced", "cancelled")
            dash = ' stroke-dasharray="3 3"' if hollow else ""
            if doc.doc.shape == "band":
                fill = "url(#reading)" if doc.doc.reading else text
                opacity = "" if doc.doc.reading else ' fill-opacity="0.35"'
                out.append(f'<rect class="documented band" x="{doc.x0:.1f}" '
                           f'y="{doc.y - doc.h / 2:.1f}" width="{max(3.0, doc.x1 - doc.x0):.1f}"'
                           f' height="{doc.h:.1f}" fill="{fill}"{opacity} stroke="{text}"'
                           f'{dash}>{title}</rect>')
            else:
                r = max(4.0, doc.h / 2 + 1)
                x, y = doc.x0, doc.y
                fill = hex_colour(colours.background) if hollow else text
                out.append(f'<polygon class="documented point" points="{x:.1f},{y - r:.1f} '
                           f'{x + r:.1f},{y:.1f} {x:.1f},{y + r:.1f} {x - r:.1f},{y:.1f}" '
                           f'fill="{fill}" stroke="{text}">{title}</polygon>')
            if doc.doc.status in ("failed", "cancelled"):
                x, y, d = (doc.x0 + doc.x1) / 2, doc.y, 4
                out.append(f'<path d="M{x - d:.1f},{y - d:.1f}L{x + d:.1f},{y + d:.1f}'
                           f'M{x - d:.1f},{y + d:.1f}L{x + d:.1f},{y - d:.1f}" stroke="{bad}" '
                           'stroke-width="2"/>')
        for mark in placed.marks:
            m = mark.mark
            style = styles.get(m.agency, LineStyle(colours.muted))
            title = "<title>{}</title>".format(escape("\n".join(
                [row.name, *mark_lines(tl.start, m, names.get(m.agency, m.agency))])))
            colour = hex_colour(style.colour)
            ring = f' stroke="{text}" stroke-width="1.5"' if m.human else ""
            attrs = f'class="achieved" data-agency="{escape(m.agency)}" data-month="{m.month}"'
            if m.before_start:
                x, y, r = mark.x, mark.y, mark.r
                out.append(f'<polygon {attrs} points="{x - 2 * r:.1f},{y:.1f} {x:.1f},'
                           f'{y - r:.1f} {x:.1f},{y + r:.1f}" fill="{colour}">{title}</polygon>')
            elif style.dashed:
                out.append(f'<rect {attrs} x="{mark.x - mark.r:.1f}" y="{mark.y - mark.r:.1f}" '
                           f'width="{2 * mark.r:.1f}" height="{2 * mark.r:.1f}" '
                           f'fill="{colour}"{ring}>{title}</rect>')
            else:
                out.append(f'<circle {attrs} cx="{mark.x:.1f}" cy="{mark.y:.1f}" '
                           f'r="{mark.r:.1f}" fill="{colour}"{ring}>{title}</circle>')
    return out


def _key(y: float, styles: Mapping[str, LineStyle], names: Mapping[str, str], text: str,
         muted: str) -> list[str]:
    out = []
    x = 12.0
    for shape, words in legend_items():
        mark = {"point": f'<polygon points="{x + 5},{y - 5} {x + 10},{y} {x + 5},{y + 5} '
                         f'{x},{y}" fill="{text}"/>',
                "band": f'<rect x="{x}" y="{y - 4}" width="12" height="8" '
                        f'fill="url(#reading)" stroke="{text}"/>',
                "planned": f'<polygon points="{x + 5},{y - 5} {x + 10},{y} {x + 5},{y + 5} '
                           f'{x},{y}" fill="none" stroke="{text}"/>',
                "failed": f'<path d="M{x},{y - 4}L{x + 8},{y + 4}M{x},{y + 4}L{x + 8},{y - 4}" '
                          'stroke="#D55E00" stroke-width="2"/>',
                }.get(shape, f'<circle cx="{x + 5}" cy="{y}" r="5" fill="{text}"/>')
        out.append(mark)
        out.append(f'<text x="{x + 16}" y="{y + 4}" fill="{muted}">{escape(words)}</text>')
        x += 16 + 7 * len(words) + 14
    x = 12.0
    y += 20
    for aid, style in styles.items():
        name = names.get(aid, aid)
        out.append(f'<circle cx="{x + 5}" cy="{y}" r="5" fill="{hex_colour(style.colour)}"/>')
        out.append(f'<text x="{x + 14}" y="{y + 4}" fill="{muted}">{escape(name)}</text>')
        x += 14 + 7 * len(name) + 14
    return out
