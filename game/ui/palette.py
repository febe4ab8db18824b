"""Colours the game draws itself: milestone states, tracks, focus ring, charts.

Two sets share the same keys: the default one and the Okabe-Ito set, which stays
distinguishable under the common colour-vision deficiencies. Scenes ask
`palette.current()` (or `app.palette`) for a colour by meaning, never hard-code one, so
the colour-blind setting reaches every screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.charts import DEFAULT_CHART, OKABE_ITO_CHART, ChartColours, Colour


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

    @property
    def chart(self) -> ChartColours:
        """The colours of the score charts; the report draws its charts in the same ones."""
        return ChartColours(self.name, self.panel, self.text, self.muted, self.locked,
                            self.series, self.named)

    def team_colour(self, team: str) -> Colour | None:
        """The colour a team's name calls for (any word of it), or None."""
        return self.chart.team_colour(team)

    def state(self, status: str, *, by_other: bool = False) -> Colour:
        """The colour of a milestone status string from the engine."""
        if status == "achieved":
            return self.achieved_other if by_other else self.achieved
        return getattr(self, status, self.muted)


# The colours a score chart is drawn in (panel, text, grid, lines) come from game/charts.py:
# the report, which draws without pygame, draws its charts in the same ones.
DEFAULT = Palette(
    name="default",
    background=(12, 14, 24),
    panel=DEFAULT_CHART.background,
    text=DEFAULT_CHART.text,
    muted=DEFAULT_CHART.muted,
    focus=(255, 210, 80),
    locked=DEFAULT_CHART.grid,
    available=(90, 150, 230),
    in_progress=(230, 170, 60),
    ready=(150, 220, 120),
    achieved=(60, 190, 110),
    achieved_other=(200, 90, 90),
    robotic=(110, 170, 240),
    crewed=(240, 140, 90),
    good=(80, 200, 120),
    bad=(230, 90, 90),
    series=DEFAULT_CHART.series,
    named=DEFAULT_CHART.named,
)

# Okabe & Ito (2008), "Color Universal Design": black, orange, sky blue, bluish green,
# yellow, blue, vermillion, reddish purple.
OKABE_ITO = Palette(
    name="okabe_ito",
    background=(12, 14, 24),
    panel=OKABE_ITO_CHART.background,
    text=OKABE_ITO_CHART.text,
    muted=OKABE_ITO_CHART.muted,
    focus=(240, 228, 66),
    locked=OKABE_ITO_CHART.grid,
    available=(86, 180, 233),
    in_progress=(230, 159, 0),
    ready=(240, 228, 66),
    achieved=(0, 158, 115),
    achieved_other=(213, 94, 0),
    robotic=(86, 180, 233),
    crewed=(230, 159, 0),
    good=(0, 158, 115),
    bad=(213, 94, 0),
    series=OKABE_ITO_CHART.series,
    named=OKABE_ITO_CHART.named,
)

PALETTES: dict[str, Palette] = {p.name: p for p in (DEFAULT, OKABE_ITO)}


def for_setting(colour_blind: bool) -> Palette:
    return OKABE_ITO if colour_blind else DEFAULT
