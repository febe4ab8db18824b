"""Hot-seat teams: who sits at the keyboard for which agency (`--teams "Red:cnsa,Blue:nasa"`)."""

from __future__ import annotations

from dataclasses import dataclass

from game.i18n import tr

MIN_TEAMS, MAX_TEAMS = 1, 4


@dataclass(frozen=True)
class Team:
    name: str
    agency: str


class TeamsError(ValueError):
    """A --teams value that cannot be used; the message says how to fix it."""


def parse_teams(text: str, agencies: dict[str, object], playable: set[str] | None = None
                ) -> list[Team]:
    """Parse 'Name:agency,Name:agency' against a scenario's agencies."""
    teams: list[Team] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, sep, agency = part.rpartition(":")
        name, agency = name.strip(), agency.strip().lower()
        if not sep or not name or not agency:
            raise TeamsError(tr("--teams: write each team as Name:agency, e.g. "
                                "\"Red:cnsa,Blue:nasa\" (got {p!r})", p=part))
        if agency not in agencies:
            raise TeamsError(tr("--teams: no agency '{a}' in this scenario (one of: {all})",
                                a=agency, all=", ".join(agencies)))
        if playable is not None and agency not in playable:
            raise TeamsError(tr("--teams: {a} is not playable in this scenario", a=agency))
        if any(t.agency == agency for t in teams):
            raise TeamsError(tr("--teams: two teams cannot run the same agency ({a})", a=agency))
        if any(t.name.lower() == name.lower() for t in teams):
            raise TeamsError(tr("--teams: two teams are called {n}", n=name))
        teams.append(Team(name[:24], agency))
    if not MIN_TEAMS <= len(teams) <= MAX_TEAMS:
        raise TeamsError(tr("--teams: give between {lo} and {hi} teams (got {n})",
                            lo=MIN_TEAMS, hi=MAX_TEAMS, n=len(teams)))
    return teams
