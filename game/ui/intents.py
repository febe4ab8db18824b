"""What a screen asks for when it wants another one; the controller (game/ui/flow.py) decides.

A scene never opens another scene itself: it calls `self.go(intent)` (or
`self.go(intent, on_result)` to hear the result of the screen that opens), and
`flow.go` turns the intent into scenes on the stack. So no scene imports another scene, the
app or the controller, and the order of the screens is read in one module.

These are plain frozen records: no pygame, nothing to import from the rest of the UI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.scenario import Scenario
    from game.ui.session import Session


@dataclass(frozen=True)
class NewGame:
    """The new-game screen; `browse` is the title's Scenarios list (no game options)."""

    browse: bool = False
    preselect: Path | None = None
    seed: int | None = None


@dataclass(frozen=True)
class StartGame:
    """A new game with these choices, straight into play."""

    path: Path
    scenario: Scenario
    agency: str
    difficulty: str
    seed: int
    teams: dict[str, str] | None = field(default=None, hash=False)


@dataclass(frozen=True)
class OpenSave:
    """Open this save and play it; a save that cannot be opened says why and stays put."""

    path: Path


@dataclass(frozen=True)
class Play:
    """Play this session (a `Session`): the turn screen, then what waits at its turn."""

    session: Session = field(hash=False)


@dataclass(frozen=True)
class Load:
    """The list of saved games."""


@dataclass(frozen=True)
class Settings:
    """The settings screen."""


@dataclass(frozen=True)
class Help:
    """Help (F1 and the pause menu); nothing happens if Help is already on top."""


@dataclass(frozen=True)
class JudgeSources:
    """The source-judgement activity."""


@dataclass(frozen=True)
class Title:
    """Back to the title screen: the stack is emptied."""


@dataclass(frozen=True)
class Message:
    """A short message with OK."""

    text: str
    title: str | None = None


@dataclass(frozen=True)
class History:
    """The game's dates beside the documented timeline."""


@dataclass(frozen=True)
class MoonMap:
    """The Moon's two faces with every landing at its site."""


@dataclass(frozen=True)
class Pause:
    """The pause menu over the turn screen."""


@dataclass(frozen=True)
class Attempt:
    """The attempt dialog for a mission that is ready."""

    milestone: str


@dataclass(frozen=True)
class Deals:
    """Bilateral deals: instruments on other agencies' missions (the independent road)."""


@dataclass(frozen=True)
class Debrief:
    """The end-of-game debrief."""


@dataclass(frozen=True)
class EndTurn:
    """End the turn of the team at the keyboard, and show what follows."""


@dataclass(frozen=True)
class AnswerPending:
    """Show again what waits for an answer before this turn can end."""


Intent = (NewGame | StartGame | OpenSave | Play | Load | Settings | Help | JudgeSources
          | Title | Message | History | Pause | Attempt | Debrief | EndTurn | AnswerPending
          | Deals | MoonMap)
