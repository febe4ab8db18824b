"""One module per screen, and the hand-over from the menus to a campaign.

`start_campaign(app, session)` is the one door from the menus (new game, continue, load)
into play: it sets `app.session`, empties the stack and opens the turn screen
(dashboard.DashboardScene), then `game.ui.flow.start_play`: the hand-over cover in a
hot-seat game, then what waits at the start of the turn (the bloc choice at the first
turn, invitations, events). The in-game screens are imported here lazily so the menus
work on their own.
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
    from game.ui.scenes.judge_sources import record_waiting

    record_waiting(app, session)  # answers the class gave on the title screen, if any
    dashboard = scene_class(DASHBOARD)
    if dashboard is None:
        from game.ui.scenes.message import MessageScene
        from game.ui.scenes.title import TitleScene

        app.reset(TitleScene())
        app.push(MessageScene(tr("The turn screen is not installed in this copy of the game.")))
        return
    app.reset(dashboard())
    from game.ui.flow import start_play

    start_play(app)  # hot-seat: the hand-over first; then invitations, events, bloc choice
