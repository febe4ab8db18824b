"""`moonward graph --out FILE.svg`: a scenario's milestone graph as an SVG, written as text.

The boxes and the arrows' routes come from game/milestone_layout.py, the layout the turn
screen draws, so an author sees the lanes (one per track), columns and arrows the game will
show. Every arrow is one
`requires` entry (class "requires", `data-from` / `data-to` naming the two milestones);
a milestone only a bloc's members may pursue has a dashed outline and says which bloc.
No pygame: the text is measured roughly (a share of the font size per character).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from game.charts import DEFAULT_CHART, Colour
from game.i18n import tr
from game.milestone_layout import Box, Boxes, Point, place_boxes, plan
from game.scenario.models import Scenario

# Lane colours (the turn screen's robotic and crewed; a grey for the programme and any
# other track) and the sizes of the strips around the graph, in pixels.
TRACK_COLOURS: dict[str, Colour] = {"robotic": (110, 170, 240), "crewed": (240, 140, 90),
                                    "programme": (170, 170, 190)}
OTHER_TRACK: Colour = (150, 200, 150)
BLOC_MARK: Colour = (255, 210, 80)  # the turn screen's focus yellow
TITLE_H, LEGEND_H, GUTTER_W, BAND_GAP, MARGIN = 40, 36, 28, 6, 12
CHAR_W = 0.56  # a character's width as a share of the font size (rough, for wrapping)


@dataclass(frozen=True)
class GraphPicture:
    """Everything either picture draws, in one place: title, boxes, lanes' names."""

    title: str
    boxes: Boxes
    graph_area: Box
    legend_area: Box
    names: dict[str, str]  # milestone -> its name, as the scenario writes it
    bloc_only: dict[str, str]  # milestone -> the short name of the bloc it is kept for
    requires: dict[str, tuple[str, ...]]
    tracks: tuple[str, ...]


def picture(scenario: Scenario, width: int, height: int) -> GraphPicture:
    """The graph of `scenario` laid out on a `width` x `height` picture."""
    graph = plan(scenario)
    area = (MARGIN, TITLE_H, width - 2 * MARGIN, max(40, height - TITLE_H - LEGEND_H - MARGIN))
    legend = (MARGIN, height - LEGEND_H - MARGIN // 2, width - 2 * MARGIN, LEGEND_H)
    return GraphPicture(
        title=tr("{title}: milestones", title=scenario.scenario.title),
        boxes=place_boxes(graph, area, GUTTER_W, BAND_GAP), graph_area=area,
        legend_area=legend,
        names={mid: m.name for mid, m in scenario.milestones.items()},
        bloc_only={mid: scenario.blocs[m.bloc].short if m.bloc in scenario.blocs
                   else str(m.bloc) for mid, m in scenario.milestones.items() if m.bloc},
        requires=graph.requires, tracks=graph.bands)


def track_label(track: str) -> str:
    return {"robotic": tr("Robotic"), "crewed": tr("Crewed"),
            "programme": tr("Programme")}.get(track, track.capitalize())


def track_colour(track: str) -> Colour:
    return TRACK_COLOURS.get(track, OTHER_TRACK)


def bloc_note(short: str) -> str:
    return tr("only {bloc} members", bloc=short)


def arrow_path(points: Sequence[Point]) -> str:
    """An SVG path through the arrow's routed points (square bends, as on the turn
    screen), ending where the head's tip goes."""
    first, *rest = points
    return f"M{first[0]:.1f},{first[1]:.1f} " + " ".join(f"L{x:.1f},{y:.1f}" for x, y in rest)


def svg(scenario: Scenario, width: int = 1600, height: int = 900) -> str:
    pic = picture(scenario, width, height)
    ink, muted = _hex(DEFAULT_CHART.text), _hex(DEFAULT_CHART.muted)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="Noto Sans, sans-serif">',
           '<defs><marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
           f'markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{muted}"/>'
           '</marker></defs>',
           f'<rect width="{width}" height="{height}" fill="{_hex((12, 14, 24))}"/>',
           f'<text x="{MARGIN}" y="{TITLE_H - 14}" font-size="20" font-weight="bold" '
           f'fill="{ink}">{escape(pic.title)}</text>']
    for track, (x, y, w, h) in pic.boxes.bands.items():
        colour = _hex(track_colour(track))
        out.append(f'<g class="lane" data-track={quoteattr(track)}>'
                   f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="6" '
                   f'fill="{_hex(DEFAULT_CHART.background)}"/>'
                   f'<rect x="{x}" y="{y}" width="{GUTTER_W}" height="{h}" rx="6" '
                   f'fill="{colour}" fill-opacity="0.45"/>'
                   f'<text transform="translate({x + GUTTER_W / 2 + 5},{y + h / 2}) '
                   f'rotate(-90)" text-anchor="middle" font-size="14" font-weight="bold" '
                   f'fill="{ink}">{escape(track_label(track))}</text></g>')
    nodes = pic.boxes.nodes
    for (parent, mid), points in pic.boxes.edges.items():
        out.append(f'<path class="requires" data-from={quoteattr(parent)} '
                   f'data-to={quoteattr(mid)} d="{arrow_path(points)}" fill="none" '
                   f'stroke="{muted}" stroke-width="2" stroke-linejoin="round" '
                   'marker-end="url(#head)"/>')
    for mid, box in nodes.items():
        out.append(_node(mid, box, pic, scenario.milestones[mid].track))
    out.append(_legend(pic))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _node(mid: str, box: Box, pic: GraphPicture, track: str) -> str:
    x, y, w, h = box
    bloc = pic.bloc_only.get(mid)
    outline = (f'stroke="{_hex(BLOC_MARK)}" stroke-width="3" stroke-dasharray="6 4"' if bloc
               else f'stroke="{_hex(DEFAULT_CHART.text)}" stroke-width="1"')
    size = max(10, min(16, h // 4))
    lines = textwrap.wrap(pic.names[mid], max(4, int(w / (size * CHAR_W)))) or [mid]
    notes = [bloc_note(bloc)] if bloc else []
    step = size * 1.2
    top = y + h / 2 - step * (len(lines) + len(notes)) / 2 + size * 0.9
    texts = [f'<text x="{x + w / 2}" y="{top + i * step:.1f}" text-anchor="middle" '
             f'font-size="{size}" fill="{_hex((12, 14, 24))}">{escape(line)}</text>'
             for i, line in enumerate(lines)]
    texts += [f'<text class="bloc-only" x="{x + w / 2}" y="{top + (len(lines) + i) * step:.1f}"'
              f' text-anchor="middle" font-size="{max(9, size - 3)}" font-style="italic" '
              f'fill="{_hex((12, 14, 24))}">{escape(note)}</text>'
              for i, note in enumerate(notes)]
    return (f'<g class="milestone" data-id={quoteattr(mid)}>'
            f'<title>{escape(pic.names[mid])}</title>'
            f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="8" '
            f'fill="{_hex(track_colour(track))}" {outline}/>' + "".join(texts) + "</g>")


def legend_items(pic: GraphPicture) -> list[tuple[str, str]]:
    """(kind, words) of the legend: a lane colour per track, the bloc mark, the arrow."""
    items = [(f"track:{t}", tr("{track} lane", track=track_label(t))) for t in pic.tracks]
    if pic.bloc_only:
        items.append(("bloc", tr("dashed: only a bloc's members may pursue it")))
    items.append(("arrow", tr("arrow: A -> B means B requires A")))
    return items


def _legend(pic: GraphPicture) -> str:
    x, y, _, h = pic.legend_area
    parts = ['<g class="legend">']
    mid_y = y + h / 2
    for kind, words in legend_items(pic):
        if kind.startswith("track:"):
            parts.append(f'<rect x="{x}" y="{mid_y - 8}" width="16" height="16" rx="3" '
                         f'fill="{_hex(track_colour(kind[6:]))}"/>')
        elif kind == "bloc":
            parts.append(f'<rect x="{x}" y="{mid_y - 8}" width="16" height="16" rx="3" '
                         f'fill="none" stroke="{_hex(BLOC_MARK)}" stroke-width="2" '
                         'stroke-dasharray="4 3"/>')
        else:
            parts.append(f'<line x1="{x}" y1="{mid_y}" x2="{x + 16}" y2="{mid_y}" '
                         f'stroke="{_hex(DEFAULT_CHART.muted)}" stroke-width="2"/>')
        parts.append(f'<text x="{x + 22}" y="{mid_y + 5}" font-size="14" '
                     f'fill="{_hex(DEFAULT_CHART.text)}">{escape(words)}</text>')
        x += 22 + round(len(words) * 14 * CHAR_W) + 24
    parts.append("</g>")
    return "".join(parts)


def _hex(colour: Colour) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour)
