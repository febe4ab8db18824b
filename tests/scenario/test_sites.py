"""Landing sites in a scenario: read with their claim and sources, checked at their place."""

from __future__ import annotations

from pathlib import Path

from game.scenario import check_file, load_scenario
from game.scenario.texts import texts

SITE = ("    agency: cnsa\n    claim: framing\n    sources: [seed_000]\n  - text: \"NASA",
        "    agency: cnsa\n    claim: framing\n    sources: [seed_000]\n"
        "    site: {region: \"the far side\", claim: framing, sources: [seed_000], "
        "lat: LAT, lon: 178}\n  - text: \"NASA")


def with_site(variant, lat: str = "-45", extra: str = "") -> Path:
    old, new = SITE
    return variant((old, new.replace("LAT", lat).replace("lon: 178}", f"lon: 178{extra}}}")))


def test_a_history_site_is_read_with_its_region_claim_and_sources(variant) -> None:
    scenario = load_scenario(with_site(variant))
    site = scenario.history[0].site
    assert site is not None
    assert (site.region, site.claim, site.sources, site.lat, site.lon, site.placed) == (
        "the far side", "framing", ["seed_000"], -45.0, 178.0, "game")


def test_a_latitude_beyond_the_pole_is_an_error_at_its_line_and_column(variant) -> None:
    path = with_site(variant, lat="95")
    _, problems = check_file(path)
    (problem,) = problems
    text = path.read_text(encoding="utf-8").splitlines()
    line = next(i for i, row in enumerate(text, 1) if "lat: 95" in row)
    assert (problem.code, problem.line) == ("E-VALUE", line)
    assert problem.col == text[line - 1].index("95") + 1
    assert "90" in problem.message


def test_a_site_citing_an_unknown_source_is_a_reference_error(variant) -> None:
    old, new = SITE
    path = variant((old, new.replace("LAT", "0").replace("sources: [seed_000], lat",
                                                         "sources: [seed_00], lat")))
    codes = [p.code for p in check_file(path)[1]]
    assert codes == ["E-REF"]


def test_coordinates_said_to_be_the_sources_must_rest_on_a_report(variant) -> None:
    old, new = SITE
    path = variant((old, new.replace("LAT", "0").replace(
        "claim: framing, sources: [seed_000], lat", "claim: game_value, sources: [seed_000], "
        "placed: source, lat")))
    (problem,) = check_file(path)[1]
    assert problem.code == "E-CLAIM" and "placed: game" in problem.message


def test_a_site_region_is_a_text_a_companion_translates(variant) -> None:
    scenario = load_scenario(with_site(variant))
    assert texts(scenario)["history.0.site.region"] == "the far side"


def test_the_shipped_campaign_names_only_the_regions_its_seeds_name() -> None:
    scenario = load_scenario(Path("scenarios/moon_2021.yaml"))
    sourced = {e.site.region for e in scenario.history if e.site is not None}
    assert any("far side" in r for r in sourced) and any("Ocean of Storms" in r for r in sourced)
    for entry in scenario.history:
        if entry.site is not None:  # the seeds give regions, never coordinates
            assert entry.site.placed == "game" and entry.site.sources
    for milestone in scenario.milestones.values():
        if milestone.site is not None:  # where the game lands a played mission
            assert milestone.site.claim in ("game_value", "game_rule")
            assert milestone.site.sources == ["moonward"]
