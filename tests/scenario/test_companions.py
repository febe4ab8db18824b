"""Translation companions: what validate says of one, what the game shows in its language,
and what `translate` writes."""

from __future__ import annotations

import gettext
import shutil
from pathlib import Path

import pytest

from game.cli import main
from game.scenario import check_file, load_scenario
from game.scenario.companions import check_companion, is_companion
from game.scenario.texts import texts
from tests.pseudo_language import speaking

MEDIA = Path(__file__).parents[1] / "fixtures" / "media"


def copy_of_media(tmp_path: Path, *, companion: bool = False) -> Path:
    """The media fixture's folder (scenario and pictures) copied; its companion if asked."""
    folder = tmp_path / "media"
    shutil.copytree(MEDIA, folder, ignore=None if companion else shutil.ignore_patterns(
        "*.fr.yaml"))
    return folder


def test_validate_lists_the_unknown_key_as_an_error_and_stale_and_missing_as_warnings(
        capsys: pytest.CaptureFixture[str]) -> None:
    companion = MEDIA / "media.fr.yaml"
    assert main(["validate", str(companion)]) == 1
    out = capsys.readouterr().out.splitlines()
    errors = [line for line in out if ": E-" in line]
    assert errors == [f"{companion}:10:3: E-TEXT-KEY: 'milestones.landr.name' is no text of "
                      "media.yaml; did you mean 'milestones.lander.name'?"]
    stale = [line for line in out if ": W-STALE: " in line]
    assert len(stale) == 1 and stale[0].startswith(f"{companion}:7:3: W-STALE: "
                                                   "'agencies.cnsa.name'")
    missing = {line.split("'")[1] for line in out if ": W-UNTRANSLATED: " in line}
    scenario = load_scenario(MEDIA / "media.yaml")
    assert missing == set(texts(scenario)) - {"scenario.title", "agencies.cnsa.name"}


def test_the_game_in_french_shows_the_translation_and_the_english_where_it_is_stale() -> None:
    with speaking(gettext.NullTranslations(), "fr"):
        scenario = load_scenario(MEDIA / "media.yaml")
    assert scenario.scenario.title == "Images"
    assert scenario.agencies["cnsa"].name == "China National Space Administration"
    assert scenario.scenario.summary == "A test scenario."  # not translated yet
    assert scenario.milestones["lander"].name == "Robotic lander"  # the misspelt key is unused


def test_the_game_in_english_or_a_language_without_a_companion_shows_the_english() -> None:
    assert load_scenario(MEDIA / "media.yaml").scenario.title == "Pictures"
    with speaking(gettext.NullTranslations(), "de"):
        assert load_scenario(MEDIA / "media.yaml").scenario.title == "Pictures"


def test_a_damaged_companion_never_stops_the_game(tmp_path: Path) -> None:
    tmp_path = copy_of_media(tmp_path)
    (tmp_path / "media.fr.yaml").write_text("language: [fr\n", encoding="utf-8")
    scenario, _ = check_file(tmp_path / "media.yaml", language="fr")
    assert scenario is not None and scenario.scenario.title == "Pictures"
    assert [p.code for p in check_companion(tmp_path / "media.fr.yaml").problems] == ["E-YAML"]


def test_a_wrong_language_code_or_scenario_is_an_error(tmp_path: Path) -> None:
    tmp_path = copy_of_media(tmp_path)
    path = tmp_path / "media.fr.yaml"
    path.write_text("language: de\ntranslates: media.yaml\ntexts: {}\n", encoding="utf-8")
    assert [p.code for p in check_companion(path).problems] == ["E-LANG"]
    path.write_text("language: fr\ntranslates: moon.yaml\ntexts: {}\n", encoding="utf-8")
    assert [p.code for p in check_companion(path).problems] == ["E-TRANSLATES"]


def test_a_translation_too_long_for_its_place_is_an_error_and_not_shown(tmp_path: Path) -> None:
    tmp_path = copy_of_media(tmp_path)
    path = tmp_path / "media.fr.yaml"
    path.write_text("language: fr\ntranslates: media.yaml\ntexts:\n"
                    f"  agencies.cnsa.short: {{en: CNSA, fr: {'A' * 40}}}\n", encoding="utf-8")
    companion = check_companion(path)
    assert [p.code for p in companion.problems if p.severity == "error"] == ["E-VALUE"]
    assert companion.current == {}


def test_a_companion_is_never_listed_as_a_scenario() -> None:
    assert is_companion(MEDIA / "media.fr.yaml")
    assert not is_companion(MEDIA / "media.yaml")


def test_translate_writes_a_skeleton_keeps_translations_and_marks_stale_ones(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tmp_path = copy_of_media(tmp_path, companion=True)
    assert main(["translate", str(tmp_path / "media.yaml"), "--lang", "fr"]) == 0
    assert "1 marked stale, 1 dropped (milestones.landr.name)" in capsys.readouterr().out
    text = (tmp_path / "media.fr.yaml").read_text(encoding="utf-8")
    assert text.startswith("# A French companion")  # the teacher's comment is kept
    assert "fr: Images" in text and "was: China National Space Agency" in text
    companion = check_companion(tmp_path / "media.fr.yaml")
    assert [p.code for p in companion.problems if p.severity == "error"] == []
    assert [p.code for p in companion.problems].count("W-STALE") == 1
    assert companion.current == {"scenario.title": "Images"}
    # A new language: every text, in the scenario's order, the translations empty.
    assert main(["translate", str(tmp_path / "media.yaml"), "--lang", "de"]) == 0
    fresh = check_companion(tmp_path / "media.de.yaml")
    assert {p.code for p in fresh.problems} == {"W-UNTRANSLATED"} and fresh.current == {}
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file and a rename


def test_translate_refuses_en_as_a_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["translate", str(MEDIA / "media.yaml"), "--lang", "en"])
    assert done.value.code == 2
    assert "not en" in capsys.readouterr().err


def test_translate_refuses_an_unsafe_translation_file_and_leaves_it_as_it_was(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = copy_of_media(tmp_path)
    unsafe = "language: fr\ntranslates: media.yaml\ntexts: !!python/object/apply:os.getcwd []\n"
    companion = folder / "media.fr.yaml"
    companion.write_text(unsafe, encoding="utf-8")
    assert main(["translate", str(folder / "media.yaml"), "--lang", "fr"]) == 1
    said = capsys.readouterr().err
    assert "E-UNSAFE" in said and "media.fr.yaml:3:" in said
    assert companion.read_text(encoding="utf-8") == unsafe
