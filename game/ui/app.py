"""The window, the frame loop and the scene stack.

Contract for scenes (see game/ui/scene.py for the Scene side):
    app.push(scene, on_result=None)   put a scene on top (the one below is paused)
    app.pop(scene, result)            what Scene.dismiss calls; resumes the one below, then
                                      calls the pusher's on_result(result)
    app.replace(scene)                swap the top scene (title -> new game -> campaign)
    app.reset(scene)                  empty the stack, then push (quit to title)
    app.rebuild(scene=None)           kill and rebuild the top scene's widgets
    app.play(script)                  show the scenes a script (generator) yields, each when
                                      the one before is dismissed, sending its result back
    app.navigate(intent, on_result)   what Scene.go calls: the controller (game/ui/flow.py)
                                      decides which screen that is
    app.session                       the Session being played, or None
    app.notices                       lines about the settings file for the title to show
    app.manager                       the pygame_gui UIManager (theme: assets/theme.json)
    app.rect / app.size               the window rect / size now
    app.units                         layout.Units for the UI-scale setting
    app.palette                       palette.Palette for the colour-blind setting
    app.sound                         sound.Sound; app.settings / app.apply_settings(new)
    app.dirty = True                  ask for a redraw (events already do this)
    app.frame(dt)                     one frame: events, update, draw-if-dirty (tests call it)
    app.quit()                        end the loop

Global keys: F11 toggles fullscreen, F1 opens Help; Esc goes to the top scene.
The loop is `async def run()` (awaits asyncio.sleep(0) each frame, so pygbag can host it),
capped at 60 fps; when nothing happened for a while and no scene animates, it skips the
redraw and the flip.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any

import pygame
import pygame_gui

from game import i18n, paths
from game.files import FileProblem, read_json
from game.i18n import tr
from game.saves.atomic import remove_leftover_temp_files
from game.ui import fonts, intents, line_breaks, theme_ids, tooltip_width
from game.ui import palette as palettes
from game.ui import settings as settings_mod
from game.ui.focus import FocusRing
from game.ui.layout import Units
from game.ui.scene import Scene
from game.ui.sound import Sound

if TYPE_CHECKING:
    # The session and the commands bring the engine and the scenario models: the title
    # screen needs neither, and they are most of what the game added to its start-up.
    from game.core.commands import RecordActivity
    from game.ui.intents import Intent
    from game.ui.session import Session

FPS = 60
# After the last input keep drawing a little: hover fades and tooltips appear on a timer.
REDRAW_AFTER_INPUT = 1.6
THEME_PATH = paths.ASSETS_DIR / "theme.json"
THEME_MAX_BYTES = 256 * 1024  # the shipped theme is under 2 KB
MIN_SIZE = (800, 500)
# --size: every screen is laid out and tested down to the smallest of the settings' sizes.
SMALLEST_WINDOW = settings_mod.WINDOW_SIZES[0]
NO_SCREEN_LARGEST = (7680, 4320)


def _theme(scale: float, language: str = "en") -> dict[str, Any]:
    """assets/theme.json with every font size multiplied by the UI scale, in the face that
    writes `language` (Chinese needs Noto Sans SC), and `#language_choice` always in the face
    that writes every language's own name (Settings lists them).

    Read through the guarded door; a missing or damaged theme still opens the game (with
    pygame_gui's own look) but says so on stderr, since it means a broken install.
    """
    try:
        theme = read_json(THEME_PATH, max_bytes=THEME_MAX_BYTES, what=tr("a theme file"))
    except FileProblem as problem:
        sys.stderr.write(tr("moonward: {problem}; using the default look",
                            problem=problem) + "\n")
        return {}
    if not isinstance(theme, dict):
        sys.stderr.write(tr("moonward: {path}: a theme must be a JSON object; using the "
                            "default look", path=THEME_PATH) + "\n")
        return {}
    face = fonts.face_for(language)
    for block in theme.values():
        font = block.get("font") if isinstance(block, dict) else None
        if isinstance(font, dict) and str(font.get("size", "")).isdigit():
            font["size"] = str(max(8, round(int(font["size"]) * scale)))
        if isinstance(font, dict) and font.get("name") == fonts.LATIN:
            font.update(name=face, **fonts.face_paths(face))
            if face == fonts.HAN and int(font.get("size", 0)) >= fonts.HAN_DISPLAY_SIZE:
                # Noto Sans SC's line is taller than Noto Sans's, and a Han character
                # fills its square: the display sizes shrink to keep the cover's lines.
                font["size"] = str(round(int(font["size"]) * fonts.HAN_DISPLAY_SCALE))
    theme["#language_choice"] = {"font": {"name": fonts.HAN, "size": str(round(16 * scale)),
                                          **fonts.face_paths(fonts.HAN)}}
    return theme


def _preload_rich_text_faces(manager: pygame_gui.UIManager, face: str) -> None:
    """Load the bold and italic faces of text boxes and tooltips with the manager.

    They show <b> and <i>; a face not loaded is loaded mid-frame on first use, with a
    warning, and screens that preloaded it themselves then warned it was already loaded,
    so a run's warnings depended on which screens came first (issue 11)."""
    theme = manager.get_theme()
    faces = theme.get_font_dictionary()
    sizes = {getattr(theme.get_font([element]), "point_size", 15)
             for element in ("text_box", "tool_tip")}
    for size in sorted(sizes):
        for bold, italic in ((True, False), (False, True)):
            if not faces.check_font_preloaded(faces.create_font_id(size, face, bold, italic)):
                faces.preload_font(size, face, bold, italic)


def _forget_fonts() -> None:
    """Fonts cached by an earlier pygame session die with pygame.quit(); a new window (a
    test, a restart after a failed load) must not draw with them."""
    fonts.cache_clear()


class App:
    def __init__(self, settings: settings_mod.Settings | None = None,
                 size: tuple[int, int] | None = None, windowed: bool = False,
                 persist: bool = True) -> None:
        pygame.init()
        _forget_fonts()
        # What was wrong with the settings file, one line each, for the first screen to
        # show: a bad value is replaced, and the player is told which and why.
        self.notices: list[str] = []
        if settings is None:
            # A run that keeps nothing (persist=False) must not rename or rewrite files.
            loaded = settings_mod.recover() if persist else settings_mod.read()
            settings, self.notices = loaded.settings, list(loaded.problems)
        self.settings = settings
        self.persist = persist
        if persist:
            # Once, at start: sweep what a write killed half-way (a power cut, a closed
            # laptop) left in the saves folder; the settings' folder is swept by recover().
            remove_leftover_temp_files(paths.saves_dir())
        self.fullscreen = self.settings.fullscreen and not windowed
        self.windowed_size = size or self.settings.size
        pygame.display.set_caption(tr("Moonward"))
        self.window = self._open_window()
        self.units = Units(self.settings.ui_scale)
        self.palette = palettes.for_setting(self.settings.colour_blind)
        self.manager = self._make_manager()
        self.sound = Sound(self.settings.volume, self.settings.music_volume)
        self.clock = pygame.time.Clock()
        self.stack: list[Scene] = []
        self._results: dict[int, Callable[[Any], None] | None] = {}
        self.session: Session | None = None
        # Source-judgement answers given on the title screen, before any game: a
        # RecordActivity the next game started records (scenes.judge_sources).
        self.activity_answers: RecordActivity | None = None
        # --lang or $MOONWARD_LANG chose the language for this run (game/ui/launch.py): a
        # preset's locked language then yields to it; the player may still change it.
        self.language_forced = False
        self.running = True
        self.dirty = True
        self.frames_drawn = 0
        # (overlay, the veiled picture behind it) for an overlay that holds its backdrop
        self._held: tuple[Scene, pygame.Surface] | None = None
        self._music_asked = False  # the music was started (after the first frame)
        self._quiet = 0.0

    # --- window ---------------------------------------------------------------------

    def _open_window(self) -> pygame.Surface:
        if self.fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        return pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)

    def _make_manager(self) -> pygame_gui.UIManager:
        language = i18n.language()
        manager = pygame_gui.UIManager(self.size, _theme(self.settings.ui_scale, language),
                                       enable_live_theme_updates=False,
                                       starting_language=language.split("_")[0])
        theme_ids.speed_up(manager)
        tooltip_width.widen_long_tooltips(manager, self.settings.ui_scale)
        line_breaks.install()
        _preload_rich_text_faces(manager, fonts.face_for(language))
        return manager

    @property
    def size(self) -> tuple[int, int]:
        return self.window.get_size()

    @property
    def rect(self) -> pygame.Rect:
        return self.window.get_rect()

    def resize(self, size: tuple[int, int]) -> None:
        size = (max(MIN_SIZE[0], size[0]), max(MIN_SIZE[1], size[1]))
        if not self.fullscreen:
            self.windowed_size = size
            if self.window.get_size() != size:
                self.window = pygame.display.set_mode(size, pygame.RESIZABLE)
        self.manager.set_window_resolution(self.size)
        self.rebuild()

    def toggle_fullscreen(self) -> None:
        self.fullscreen = not self.fullscreen
        self.window = self._open_window()
        self.manager.set_window_resolution(self.size)
        self.apply_settings(settings_mod.Settings(**{
            **self.settings.__dict__, "fullscreen": self.fullscreen}))

    def apply_settings(self, new: settings_mod.Settings) -> None:
        """Use and keep new settings; rebuilds the screen when size, scale, colours or
        language change."""
        old = self.settings
        self.settings = new
        self.sound.set_volume(new.volume)
        self.sound.set_music_volume(new.music_volume)
        self.palette = palettes.for_setting(new.colour_blind)
        if new.fullscreen != self.fullscreen:
            self.fullscreen = new.fullscreen
            self.window = self._open_window()
        elif not self.fullscreen and new.size != old.size:
            self.windowed_size = new.size
            self.window = pygame.display.set_mode(new.size, pygame.RESIZABLE)
        speaks = new.language != old.language
        if speaks:
            self.speak(new.language)
        if new.ui_scale != old.ui_scale or speaks:
            self.units = Units(new.ui_scale)
            for scene in self.stack:
                scene.clear()
            self.manager = self._make_manager()
            for scene in self.stack:
                scene.focus = FocusRing(self.manager)
        self.manager.set_window_resolution(self.size)
        if self.persist:
            settings_mod.save(new)
        self.rebuild()

    def speak(self, language: str) -> None:
        """Show everything in `language` from now on ("" = the computer's language): the
        game's words, the scenario's (its companion file) and the fonts that write them.
        The game itself is unchanged: a save holds no words."""
        i18n.set_language(language or None)
        fonts.cache_clear()
        pygame.display.set_caption(tr("Moonward"))
        if self.session is not None:
            self.session.retell()

    # --- the stack ------------------------------------------------------------------

    @property
    def top(self) -> Scene | None:
        return self.stack[-1] if self.stack else None

    def push(self, scene: Scene, on_result: Callable[[Any], None] | None = None) -> Scene:
        if self.top is not None:
            self.top.pause()
        scene.app = self
        scene.focus = FocusRing(self.manager)
        self._results[id(scene)] = on_result
        self.stack.append(scene)
        scene.on_enter()
        if self.top is scene:  # on_enter may already have moved on
            self.rebuild(scene)
        return scene

    def pop(self, scene: Scene | None = None, result: Any = None) -> None:
        scene = scene or self.top
        if scene is None or scene not in self.stack:
            return
        was_top = scene is self.top
        scene.on_exit()
        scene.clear()
        self.stack.remove(scene)
        if self._held is not None and self._held[0] is scene:
            self._held = None  # the picture it held is of a game that has moved on
        callback = self._results.pop(id(scene), None)
        if was_top and self.top is not None:
            self.top.resume()
            self.rebuild(self.top)
        if callback is not None:
            callback(result)
        self.dirty = True

    def replace(self, scene: Scene) -> Scene:
        if self.top is not None:
            old = self.top
            old.on_exit()
            old.clear()
            self.stack.pop()
            self._results.pop(id(old), None)
        return self.push(scene)

    def reset(self, scene: Scene) -> Scene:
        while self.stack:
            old = self.stack.pop()
            old.on_exit()
            old.clear()
            self._results.pop(id(old), None)
        return self.push(scene)

    def rebuild(self, scene: Scene | None = None) -> None:
        scene = scene or self.top
        if scene is None or scene is not self.top:
            return
        if scene.restore():  # back from a dialog that changed nothing it shows
            scene.paused_focus = -1
            self.dirty = True
            return
        focused = scene.focus.index if scene.focus is not None else -1
        if focused < 0:
            focused, scene.paused_focus = scene.paused_focus, -1
        scene.clear()
        scene.build(self.rect)
        scene.mark_built()  # what pause() may keep: the state these widgets were built from
        # Keep the player's place across a rebuild (resize, a command); a first build keeps
        # whatever the scene focused itself, so Enter works on a new screen at once.
        if scene.focus is not None and scene.focus.items and focused >= 0:
            scene.focus.index = min(focused, len(scene.focus.items) - 1)
            if scene.focus.current is None:
                scene.focus.move(1)
        self.dirty = True

    def play(self, script: Generator[Scene, Any, None]) -> None:
        """Show the scenes `script` yields one after another: each is pushed when the one
        before is dismissed, and that one's result is what its `yield` returns."""
        self._next(script, None, first=True)

    def _next(self, script: Generator[Scene, Any, None], result: Any, first: bool = False
              ) -> None:
        try:
            scene = next(script) if first else script.send(result)
        except StopIteration:
            return
        self.push(scene, on_result=lambda answer: self._next(script, answer))

    def navigate(self, intent: Intent, on_result: Callable[[Any], None] | None = None) -> None:
        """Open what a scene asked for (`Scene.go`); the controller decides which screen."""
        # Imported on the first request, not at the top: the controller imports every
        # screen (about 0.2 s), which the title's first frame does not wait for.
        from game.ui import flow

        flow.go(self, intent, on_result)

    # --- the loop -------------------------------------------------------------------

    def help(self) -> None:
        self.navigate(intents.Help())

    def _global_key(self, event: pygame.event.Event) -> bool:
        if event.type != pygame.KEYDOWN:
            return False
        if event.key == pygame.K_F11:
            self.toggle_fullscreen()
            return True
        if event.key == pygame.K_F1:
            self.help()
            return True
        return False

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.quit()
            return
        if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            if not self.fullscreen and self.window.get_size() != self.manager.window_resolution:
                self.resize(self.window.get_size())
            return
        if self._global_key(event):
            return
        scene = self.top
        if scene is None:
            return
        if scene.intercept(event):
            return
        if scene.focus is not None and scene.focus.process_event(event):
            return
        if self.manager.process_events(event):
            # pygame_gui consumed it but scenes still want its own UI events (posted later)
            return
        scene.process_event(event)

    def frame(self, dt: float) -> bool:
        """Run one frame; True if it drew."""
        if self.frames_drawn and not self._music_asked:
            # the ambient loop from the second frame on: the first one waits for nothing
            self._music_asked = True
            self.sound.start_music()
        self.sound.update()
        events = pygame.event.get()
        for event in events:
            if event.type not in (pygame.ACTIVEEVENT, pygame.WINDOWMOVED):
                self.dirty = True
            self.handle(event)
            if not self.running:
                return False
        scene = self.top
        self.manager.update(dt)
        if scene is not None:
            scene.update(dt)
        self._quiet = 0.0 if self.dirty else self._quiet + dt
        animating = scene is not None and scene.animating
        if not (self.dirty or animating or self._quiet < REDRAW_AFTER_INPUT):
            return False
        self.draw()
        pygame.display.flip()
        self.dirty = False
        self.frames_drawn += 1
        return True

    def _backdrop(self) -> Scene | None:
        """The scene drawn behind a transparent top: the nearest opaque one below it."""
        if not self.stack or not self.stack[-1].transparent:
            return None
        for below in reversed(self.stack[:-1]):
            if not below.transparent:
                return below
        return self.stack[0] if len(self.stack) > 1 else None

    def draw(self) -> None:
        scene = self.top
        if scene is None:
            self.window.fill(self.palette.background)
        else:
            backdrop = self._backdrop()
            held = self._held
            if backdrop is None:
                self._held = None
            elif (scene.holds_backdrop and held is not None and held[0] is scene
                    and held[1].get_size() == self.size):
                # The picture behind as it was (a launch sequence hides its outcome).
                self.window.blit(held[1], (0, 0))
            else:
                # A dialog over a dialog (save over pause, replace over save) still shows
                # the game behind: the widgets of the dialogs between are hidden anyway.
                backdrop.draw(self.window)
                veil = pygame.Surface(self.size, pygame.SRCALPHA)
                veil.fill((0, 0, 0, 160))
                self.window.blit(veil, (0, 0))
                self._held = (scene, self.window.copy()) if scene.holds_backdrop else None
            scene.draw(self.window)
        self.manager.draw_ui(self.window)
        if scene is not None and scene.focus is not None:
            scene.focus.draw(self.window, self.palette.focus)

    async def run(self) -> None:
        import asyncio  # here, not at the top: 45 ms that the first frame need not wait for

        while self.running:
            dt = self.clock.tick(FPS) / 1000.0
            self.frame(dt)
            await asyncio.sleep(0)
        pygame.quit()

    def quit(self) -> None:
        self.running = False


def _dimension(digits: str) -> int:
    # More digits than any screen has pixels: keep it huge without int()'s 4,300-digit limit.
    return int(digits) if len(digits) <= 9 else 10**9


def largest_window() -> tuple[int, int]:
    """The largest window the display offers: its biggest desktop. The dummy and offscreen
    drivers (tests, screenshots) have no screen, so they are allowed up to 8K."""
    pygame.display.init()
    if pygame.display.get_driver() in ("dummy", "offscreen"):
        return NO_SCREEN_LARGEST
    try:
        desktops = pygame.display.get_desktop_sizes()
    except (pygame.error, AttributeError):
        desktops = []
    if not desktops:
        return NO_SCREEN_LARGEST
    return max(w for w, _ in desktops), max(h for _, h in desktops)


def window_size(text: str | None, largest: tuple[int, int] | None = None
                ) -> tuple[tuple[int, int] | None, str | None]:
    """`--size` as a window size within bounds, and a note when it had to be changed.

    Bad syntax is a usage error (ValueError). A size out of range is brought into range
    rather than refused: a teacher who types the projector's size wrongly still gets the
    game, told in one line what size it opened at. At least the smallest size every screen
    is laid out for; at most what the display offers (`largest`, asked of the display when
    not given), which wins when a screen is smaller than that.
    """
    if not text:
        return None, None
    w, sep, h = text.strip().lower().partition("x")
    if not sep or not (w + h).isascii() or not w.isdigit() or not h.isdigit():
        raise ValueError(tr("--size must look like 1280x720, got {v!r}", v=text))
    wanted = (_dimension(w), _dimension(h))
    top = largest or largest_window()
    size = (max(min(wanted[0], top[0]), min(SMALLEST_WINDOW[0], top[0])),
            max(min(wanted[1], top[1]), min(SMALLEST_WINDOW[1], top[1])))
    if size == wanted:
        return size, None
    return size, tr("--size {v} is outside {lw}x{lh} to {hw}x{hh} (the smallest window the "
                    "game is laid out for, the largest this display offers); opening at "
                    "{w}x{h}", v=text.strip(), lw=SMALLEST_WINDOW[0], lh=SMALLEST_WINDOW[1],
                    hw=top[0], hh=top[1], w=size[0], h=size[1])


def _size(text: str | None) -> tuple[int, int] | None:
    """`--size` for `moonward play`: bad syntax raises ValueError; a note goes to stderr."""
    size, note = window_size(text)
    if note:
        sys.stderr.write(f"moonward play: {note}\n")
    return size
