"""Theme ids the turn screen adds to the app's theme at run time.

assets/theme.json belongs to the whole game; these few ids only serve the dashboard and its
dialogs, so they are added here, once per UI manager (a new UI scale makes a new manager),
with font sizes scaled like the app scales the file's.

    #graph_node    a see-through button laid over a graph node (clicks, Tab, tooltip)
    #small         a compact label for the top bar and the figure grid
    #small_left    the same, left-aligned
    #small_error   a refusal, in the error colour, left-aligned
    #small_good    a success, in green, left-aligned
    #big_result    the verdict of a launch
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

from game import i18n
from game.ui import fonts

if TYPE_CHECKING:
    import pygame_gui

_MARK = "_moonward_dashboard_theme"
CLEAR = "#00000000"


def _font(size: int, scale: float, bold: bool = False) -> dict[str, str]:
    face = fonts.face_for(i18n.language())  # the face that writes the language shown
    out = {"name": face, "size": str(max(8, round(size * scale))), **fonts.face_paths(face)}
    if bold:
        out["bold"] = "1"
    return out


def theme_data(scale: float) -> dict[str, Any]:
    return {
        "#graph_node": {
            "colours": {
                "normal_bg": CLEAR, "hovered_bg": "#FFFFFF30", "disabled_bg": CLEAR,
                "selected_bg": CLEAR, "active_bg": "#FFFFFF40",
                "normal_border": CLEAR, "hovered_border": "#FFFFFFA0",
                "disabled_border": CLEAR, "selected_border": CLEAR, "active_border": CLEAR,
                "normal_text": CLEAR, "hovered_text": CLEAR,
            },
            "misc": {"shape": "rounded_rectangle", "shape_corner_radius": "6",
                     "border_width": "1", "shadow_width": "0"},
        },
        "#small": {"font": _font(14, scale)},
        "#small_left": {"font": _font(14, scale), "misc": {"text_horiz_alignment": "left"}},
        "#small_error": {"font": _font(14, scale), "colours": {"normal_text": "#FF8A8A"},
                         "misc": {"text_horiz_alignment": "left"}},
        "#small_good": {"font": _font(14, scale), "colours": {"normal_text": "#7FE0A0"},
                        "misc": {"text_horiz_alignment": "left"}},
        "#big_result": {"font": _font(26, scale, bold=True)},
    }


def ensure(manager: pygame_gui.UIManager, scale: float) -> None:
    """Add the ids to `manager`'s theme unless this manager already has them."""
    if getattr(manager, _MARK, None) == scale:
        return
    theme = manager.get_theme()
    for element, data in theme_data(scale).items():
        theme.update_single_element_theming(element, data)
    # the details and news boxes use <b> and <i>: load those faces up front, not mid-frame
    size = max(8, round(15 * scale))
    with warnings.catch_warnings():  # another screen may have loaded them already: fine
        warnings.simplefilter("ignore", UserWarning)
        manager.preload_fonts([{"name": fonts.face_for(i18n.language()), "point_size": size,
                                "style": style} for style in ("bold", "italic")])
    setattr(manager, _MARK, scale)
