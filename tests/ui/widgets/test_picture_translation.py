"""A picture's caption in translation is marked and its tooltip gives the English
(the caption is a sourced statement with a claim kind, like a fact)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from pygame_gui.elements import UIImage

from game.scenario import check_file
from game.ui.scenes.event_card import EventCardScene
from game.ui.session import Session
from game.ui.testing import Driver, visible_elements
from tests.ui.flow_support import StandIn

MEDIA = Path(__file__).parents[2] / "fixtures" / "media"
COMPANION = """language: fr
translates: media.yaml
texts:
  events.signing.image.caption:
    en: "Two flags (drawn for the game)"
    fr: "Deux drapeaux (dessinés pour le jeu)"
"""


def open_card(app_factory: Any, tmp_path: Path, language: str) -> tuple[Any, Driver]:
    folder = tmp_path / "media"
    shutil.copytree(MEDIA, folder)
    (folder / "media.fr.yaml").write_text(COMPANION, encoding="utf-8")
    scenario, problems = check_file(folder / "media.yaml", language=language)
    assert scenario is not None, problems
    app = app_factory((1280, 720))
    app.session = Session.new(folder / "media.yaml", agency="cnsa", scenario=scenario)
    app.push(StandIn())
    app.push(EventCardScene("signing", answer=False))
    drive = Driver(app)
    drive.step(2)
    return app, drive


def test_a_translated_caption_is_marked_with_its_english_in_the_tooltip(
        app_factory: Any, tmp_path: Path) -> None:
    app, drive = open_card(app_factory, tmp_path, "fr")
    image = next(e for e in visible_elements(app) if isinstance(e, UIImage))
    assert drive.hover(image) is not None, "no tooltip after a second's hover"
    tip = image.tool_tip_text or ""
    assert "Deux drapeaux (dessinés pour le jeu) (translated)" in tip
    assert "Original (English): Two flags (drawn for the game)" in tip


def test_an_english_caption_has_no_mark(app_factory: Any, tmp_path: Path) -> None:
    app, _ = open_card(app_factory, tmp_path, "en")
    image = next(e for e in visible_elements(app) if isinstance(e, UIImage))
    tip = image.tool_tip_text or ""
    assert "Two flags (drawn for the game)" in tip
    assert "(translated)" not in tip and "Original (English)" not in tip
