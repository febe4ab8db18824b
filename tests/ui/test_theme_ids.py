"""The theme-id memo: the same answers as pygame_gui, found without rebuilding its key."""

from __future__ import annotations

from typing import Any

from game.ui.scenes.title import TitleScene
from game.ui.testing import Driver, visible_elements


def test_every_widget_gets_the_combined_ids_pygame_gui_would_give(app_factory: Any) -> None:
    app = app_factory((1280, 720))
    app.push(TitleScene())
    Driver(app).step(2)
    theme = app.manager.get_theme()
    elements = visible_elements(app)
    assert elements
    for element in elements:
        args = (element.element_base_ids, element.element_ids, element.class_ids,
                element.object_ids)
        assert theme.build_all_combined_ids(*args) == \
            type(theme).build_all_combined_ids(theme, *args)


def test_the_memo_answers_a_second_ask_with_the_same_list(app_factory: Any) -> None:
    app = app_factory((1024, 600))
    theme = app.manager.get_theme()
    args = ([None, None], ["panel", "button"], [None, None], [None, "#graph_node"])
    first = theme.build_all_combined_ids(*args)
    assert theme.build_all_combined_ids(*[list(a) for a in args]) is first
    assert first[0] == "panel.#graph_node"


def test_a_new_ui_scale_keeps_the_memo_on_the_new_theme(app_factory: Any) -> None:
    from game.ui import settings as settings_mod

    app = app_factory((1280, 720))
    app.push(TitleScene())
    app.apply_settings(settings_mod.Settings(**{**app.settings.__dict__, "ui_scale": 1.25}))
    assert getattr(app.manager.get_theme(), "_moonward_fast_ids", False)
