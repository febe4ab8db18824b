"""Every screen in the registry fits 1024x600, 1280x720 and 1920x1080 in every language the
game ships: nothing leaves the window, nothing overlaps, no text is cut, no character is
drawn as an empty box."""

from __future__ import annotations

import pytest

from game import i18n
from game.ui.screenshots import SCREENS, Screen
from game.ui.testing import Driver, layout_problems

OTHER_LANGUAGES = [lang for lang in i18n.available_languages() if lang != i18n.SOURCE_LANGUAGE]

SIZES = ((1024, 600), (1280, 720), (1920, 1080))

CASES = [pytest.param(screen, size, id=f"{screen.name}-{size[0]}x{size[1]}")
         for screen in SCREENS for size in SIZES]


@pytest.mark.parametrize(("screen", "size"), CASES)
def test_screen_fits_the_window_without_overlaps_or_cut_text(
        app_factory, screen: Screen, size: tuple[int, int]) -> None:
    app = app_factory(size)
    screen.reach(app)
    Driver(app).step(3)
    assert type(app.top).__name__ == screen.top_class
    assert layout_problems(app) == []


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.name)
def test_screen_fits_every_size_in_every_language(app_factory, screen: Screen,
                                                  language: str) -> None:
    """Reached once in the language, then resized: French and Russian run 30-40% longer
    than English and Chinese needs its own font, so each size is judged again."""
    i18n.set_language(language)
    try:
        app = app_factory(SIZES[0])
        screen.reach(app)
        for size in SIZES:
            app.resize(size)
            Driver(app).step(3)
            assert type(app.top).__name__ == screen.top_class
            assert layout_problems(app) == [], f"{language} at {size[0]}x{size[1]}"
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)


def test_every_scene_class_in_the_scenes_package_has_a_screen_in_the_registry() -> None:
    import importlib
    import inspect
    import pkgutil

    import game.ui.scenes as scenes
    from game.ui.scene import Scene

    registered = {f"{cls.__module__}:{cls.__name__}" for screen in SCREENS
                  for cls in screen.needs}
    found = set()
    for info in pkgutil.iter_modules(scenes.__path__):
        module = importlib.import_module(f"game.ui.scenes.{info.name}")
        for name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, Scene) and value.__module__ == module.__name__:
                found.add(f"{module.__name__}:{name}")
    assert found - registered == set()


# The screens with a picture the game draws in agency or state colours (issue 17).
PICTURES = ("dashboard", "graph", "launch", "history", "debrief_timeline", "moon_map")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", [s for s in SCREENS if s.name in PICTURES],
                         ids=lambda s: s.name)
def test_each_picture_fits_and_is_drawn_in_the_colour_blind_palette(
        app_factory, screen: Screen, size: tuple[int, int]) -> None:
    import numpy as np
    import pygame

    from game.ui.palette import DEFAULT, OKABE_ITO

    app = app_factory(size, colour_blind=True)
    screen.reach(app)
    Driver(app).step(3)
    assert layout_problems(app) == []
    # each pixel as one 0xRRGGBB number: a set of 2 million rows is slow, of numbers is not
    packed = np.unique(pygame.surfarray.array3d(app.window).astype(np.uint32)
                       @ np.array([1 << 16, 1 << 8, 1], np.uint32))
    colours = {(int(v) >> 16, (int(v) >> 8) & 255, int(v) & 255) for v in packed}
    assert colours & set(OKABE_ITO.series), "no Okabe-Ito agency colour on the picture"
    # the default set's agency colours not the Okabe-Ito set's too, so none is drawn
    assert not colours & (set(DEFAULT.series) - set(OKABE_ITO.series))
