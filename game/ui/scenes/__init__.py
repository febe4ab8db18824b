"""One module per screen. A screen never imports another screen, the app or the controller:
it asks for the next one with `Scene.go(intent)` and game/ui/flow.py decides
(tests/ui/test_imports.py holds every module here to that). Helpers two screens share live
in modules that hold no scene (menu_parts, scenario_list)."""
