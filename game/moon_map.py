"""The Moon map's geometry: where each landing of a game is drawn, with no pygame and no words.

Two discs, the near side (centred on longitude 0, the face the Earth sees) and the far side
(centred on 180), each an orthographic view with north up and east to the right: a point is
drawn on the disc that faces it. Coordinates are on the unit disc (x right, y up); the screen
(game/ui/moon_map_picture.py) and the report (game/headless/moon_svg.py) scale them.

Markers are of two kinds: `documented`, a `done` history entry with a `site` (a landing the
sources report), and `played`, a milestone with a `site` that an agency achieved during this
game (turn 0 on), drawn at the milestone's site, which is the game's. A milestone is a landing
because the scenario gives it a site; nothing here guesses from names. Several markers at one
point are fanned out on a small ring so each can be seen and pointed at.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from game.scenario.models import HistoryEntry, Scenario, Site

Side = Literal["near", "far"]
SIDES: tuple[Side, Side] = ("near", "far")
CENTRE_LON: dict[Side, float] = {"near": 0.0, "far": 180.0}
# The radius (in disc radii) of the ring markers sharing one point are fanned out on, for up
# to three of them (more: a wider ring), so neighbours stay a marker's width apart on a
# 300-pixel disc and each has its own button.
SPREAD = 0.06
# Markers closer than this (disc radii) after the fanning, such as the game's sites near the
# south pole, are pushed apart: a marker is about this wide on the smallest window's disc.
MIN_SEP = 0.09
_RIM = 0.97  # markers stay inside the disc's edge


@dataclass(frozen=True)
class Marker:
    """One landing on the map. `claim`/`sources` are the statement's (the history entry's for
    a documented landing, the site's for a played one); `site_claim`/`site_sources` are the
    site's, and `placed` says whose the coordinates are."""

    kind: Literal["documented", "played"]
    side: Side
    x: float
    y: float
    lat: float
    lon: float
    region: str
    placed: Literal["source", "game"]
    site_claim: str
    site_sources: tuple[str, ...]
    agency: str | None
    milestone: str | None
    claim: str
    sources: tuple[str, ...]
    text: str = ""  # a documented landing's history text
    date: str | None = None  # a documented landing's date, as the source gives it
    when: str | None = None  # or its vague time, in the source's words
    turn: int | None = None  # a played landing's turn


def project(lat: float, lon: float) -> tuple[Side, float, float]:
    """The disc a point faces and where on it (unit disc, y up). A point on the rim (the
    limb, as the poles are) counts as the near side's."""
    phi, lam = math.radians(lat), math.radians(lon)
    side: Side = "near" if math.cos(phi) * math.cos(lam) >= -1e-9 else "far"
    x = math.cos(phi) * math.sin(lam - math.radians(CENTRE_LON[side]))
    return side, x, math.sin(phi)


def _marker(kind: Literal["documented", "played"], site: Site, agency: str | None,
            milestone: str | None, claim: str, sources: tuple[str, ...], *, text: str = "",
            date: str | None = None, when: str | None = None,
            turn: int | None = None) -> Marker:
    side, x, y = project(site.lat, site.lon)
    return Marker(kind, side, x, y, site.lat, site.lon, site.region, site.placed, site.claim,
                  tuple(site.sources), agency, milestone, claim, sources, text, date, when,
                  turn)


def documented(scenario: Scenario) -> list[Marker]:
    """The landings the sources report: `done` history entries with a site, in file order."""
    return [
        _marker("documented", entry.site, entry.agency, entry.milestone, entry.claim,
                tuple(entry.sources), text=entry.text, date=entry.date, when=entry.when)
        for entry in scenario.history if entry.site is not None and entry.status == "done"
    ]


def unplaced(scenario: Scenario) -> list[HistoryEntry]:
    """Done history entries of a landing milestone that name no site: listed beside the map
    (the sources report the landing but not where), never drawn at a guessed point."""
    return [entry for entry in scenario.history
            if entry.status == "done" and entry.site is None and entry.milestone
            and (m := scenario.milestones.get(entry.milestone)) is not None
            and m.site is not None]


def played(scenario: Scenario, achieved: Mapping[str, Mapping[str, int]]) -> list[Marker]:
    """Landings made in this game: agency -> milestone -> turn (as the viewer may know them);
    a turn below 0 was before play began and is not this game's. Agencies in scenario order,
    then milestones in scenario order, so the map reads the same every time."""
    found = []
    for aid in scenario.agencies:
        done = achieved.get(aid, {})
        for mid, milestone in scenario.milestones.items():
            turn = done.get(mid)
            if milestone.site is None or turn is None or turn < 0:
                continue
            found.append(_marker("played", milestone.site, aid, mid, milestone.site.claim,
                                 tuple(milestone.site.sources), turn=turn))
    return found


def spread(markers: list[Marker]) -> list[Marker]:
    """Markers sharing a point fanned out on a small ring around it (the first due north),
    kept on their disc."""
    groups: dict[tuple[Side, float, float], list[int]] = {}
    for i, m in enumerate(markers):
        groups.setdefault((m.side, round(m.x, 3), round(m.y, 3)), []).append(i)
    out = list(markers)
    for members in groups.values():
        if len(members) < 2:
            continue
        ring = SPREAD * max(1.0, len(members) / 3)
        for k, i in enumerate(members):
            angle = math.pi / 2 - 2 * math.pi * k / len(members)
            m = markers[i]
            x, y = m.x + ring * math.cos(angle), m.y + ring * math.sin(angle)
            out[i] = replace(m, x=x, y=y)
    return _apart(out)


def _inside(x: float, y: float) -> tuple[float, float]:
    r = math.hypot(x, y)
    return (x, y) if r <= _RIM else (x * _RIM / r, y * _RIM / r)


def _apart(markers: list[Marker], rounds: int = 40) -> list[Marker]:
    """Push markers of one disc that sit closer than MIN_SEP apart, a little each round,
    always the same way (no randomness: the map is the same on every screen and report)."""
    points = [list(_inside(m.x, m.y)) for m in markers]
    for _ in range(rounds):
        moved = False
        for i in range(len(points)):
            for j in range(i + 1, len(points)):
                if markers[i].side != markers[j].side:
                    continue
                dx, dy = points[j][0] - points[i][0], points[j][1] - points[i][1]
                d = math.hypot(dx, dy)
                if d >= MIN_SEP:
                    continue
                if d < 1e-9:  # one on top of the other: part them east-west
                    dx, dy, d = 1.0, 0.0, 1.0
                push = (MIN_SEP - d) / 2 + 1e-4
                ux, uy = dx / d, dy / d
                points[i] = list(_inside(points[i][0] - ux * push, points[i][1] - uy * push))
                points[j] = list(_inside(points[j][0] + ux * push, points[j][1] + uy * push))
                moved = True
        if not moved:
            break
    return [replace(m, x=p[0], y=p[1]) for m, p in zip(markers, points, strict=True)]


def markers(scenario: Scenario, achieved: Mapping[str, Mapping[str, int]]) -> list[Marker]:
    """Every marker of the map: the documented landings, then this game's, fanned out."""
    return spread(documented(scenario) + played(scenario, achieved))


def to_pixels(m: Marker, centre: tuple[float, float], radius: float) -> tuple[float, float]:
    """A marker's point in a picture whose disc for its side has this centre and radius
    (y grows downward there)."""
    return centre[0] + m.x * radius, centre[1] - m.y * radius
