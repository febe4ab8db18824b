"""One module per screen, and the hand-over from the menus to a campaign.

`start_campaign(app, session)` is the one door from the menus (new game, continue, load)
into play: it sets `app.session`, empties the stack and opens the turn screen
(dashboard.DashboardScene), then the bloc choice on top of it for a game at its first
turn. The in-game screens are imported here lazily so the menus work on their own.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from game.i18n import tr

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scene import Scene
    from game.ui.session import Session

DASHBOARD = "game.ui.scenes.dashboard:DashboardScene"
BLOC_CHOICE = "game.ui.scenes.bloc_choice:BlocChoiceScene"


def scene_class(spec: str) -> type[Scene] | None:
    """The class named by "module:Class", or None when that screen is not installed."""
    module_name, _, class_name = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        return None
    return getattr(module, class_name, None)


def start_campaign(app: App, session: Session) -> None:
    app.session = session
    dashboard = scene_class(DASHBOARD)
    if dashboard is None:
        from game.ui.scenes.message import MessageScene
        from game.ui.scenes.title import TitleScene

        app.reset(TitleScene())
        app.push(MessageScene(tr("The turn screen is not installed in this copy of the game.")))
        return
    app.reset(dashboard())
    bloc_choice = scene_class(BLOC_CHOICE)
    if bloc_choice is not None and session.state.turn == 0 and not session.is_over:
        app.push(bloc_choice())
