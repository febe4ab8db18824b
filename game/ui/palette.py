"""Colours the game draws itself: milestone states, tracks, focus ring, charts.

Two sets share the same keys: the default one and the Okabe-Ito set, which stays
distinguishable under the common colour-vision deficiencies. Scenes ask
`palette.current()` (or `app.palette`) for a colour by meaning, never hard-code one, so
the colour-blind setting reaches every screen.
"""

from __future__ import annotations

from dataclasses import dataclass

Colour = tuple[int, int, int]


@dataclass(frozen=True)
class Palette:
    name: str
    background: Colour
    panel: Colour
    text: Colour
    muted: Colour
    focus: Colour
    locked: Colour
    available: Colour
    in_progress: Colour
    ready: Colour
    achieved: Colour
    achieved_other: Colour
    robotic: Colour
    crewed: Colour
    good: Colour
    bad: Colour
    series: tuple[Colour, ...]
    # Colours a team may be named after ("Red", "Team Blue"): its chart line then matches
    # its name. Each palette names its own, so the colour-blind set keeps its colours.
    named: tuple[tuple[str, Colour], ...] = ()

    def team_colour(self, team: str) -> Colour | None:
        """The colour a team's name calls for (any word of it), or None."""
        colours = dict(self.named)
        for word in team.lower().replace("-", " ").split():
            if word in colours:
                return colours[word]
        return None

    def state(self, status: str, *, by_other: bool = False) -> Colour:
        """The colour of a milestone status string from the engine."""
        if status == "achieved":
            return self.achieved_other if by_other else self.achieved
        return getattr(self, status, self.muted)


DEFAULT = Palette(
    name="default",
    background=(12, 14, 24),
    panel=(26, 30, 46),
    text=(230, 232, 240),
    muted=(140, 146, 165),
    focus=(255, 210, 80),
    locked=(80, 84, 100),
    available=(90, 150, 230),
    in_progress=(230, 170, 60),
    ready=(150, 220, 120),
    achieved=(60, 190, 110),
    achieved_other=(200, 90, 90),
    robotic=(110, 170, 240),
    crewed=(240, 140, 90),
    good=(80, 200, 120),
    bad=(230, 90, 90),
    series=((110, 170, 240), (240, 140, 90), (150, 220, 120), (200, 120, 220), (240, 220, 100)),
    named=(("red", (235, 80, 80)), ("blue", (90, 150, 245)), ("green", (90, 205, 110)),
           ("yellow", (240, 220, 90)), ("orange", (245, 150, 60)), ("purple", (175, 110, 235)),
           ("violet", (175, 110, 235)), ("pink", (245, 130, 190)), ("cyan", (90, 215, 225)),
           ("teal", (60, 180, 170)), ("white", (235, 235, 235)), ("grey", (150, 150, 160)),
           ("gray", (150, 150, 160)), ("brown", (180, 120, 70)), ("gold", (230, 190, 60))),
)

# Okabe & Ito (2008), "Color Universal Design": black, orange, sky blue, bluish green,
# yellow, blue, vermillion, reddish purple.
OKABE_ITO = Palette(
    name="okabe_ito",
    background=(12, 14, 24),
    panel=(26, 30, 46),
    text=(235, 235, 235),
    muted=(150, 150, 150),
    focus=(240, 228, 66),
    locked=(90, 90, 90),
    available=(86, 180, 233),
    in_progress=(230, 159, 0),
    ready=(240, 228, 66),
    achieved=(0, 158, 115),
    achieved_other=(213, 94, 0),
    robotic=(86, 180, 233),
    crewed=(230, 159, 0),
    good=(0, 158, 115),
    bad=(213, 94, 0),
    series=((86, 180, 233), (230, 159, 0), (0, 158, 115), (204, 121, 167), (0, 114, 178)),
    # The nearest Okabe-Ito colour to each name (vermillion for red, reddish purple for
    # purple and pink), so named lines stay apart for colour-blind readers too.
    named=(("red", (213, 94, 0)), ("blue", (0, 114, 178)), ("green", (0, 158, 115)),
           ("yellow", (240, 228, 66)), ("orange", (230, 159, 0)), ("purple", (204, 121, 167)),
           ("violet", (204, 121, 167)), ("pink", (204, 121, 167)), ("cyan", (86, 180, 233)),
           ("teal", (0, 158, 115)), ("white", (235, 235, 235)), ("grey", (150, 150, 150)),
           ("gray", (150, 150, 150)), ("gold", (240, 228, 66))),
)

PALETTES: dict[str, Palette] = {p.name: p for p in (DEFAULT, OKABE_ITO)}


def for_setting(colour_blind: bool) -> Palette:
    return OKABE_ITO if colour_blind else DEFAULT
