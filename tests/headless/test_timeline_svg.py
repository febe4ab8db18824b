"""The report's timeline picture: inline SVG in report.html, a file beside report.md."""

from __future__ import annotations

import re
from pathlib import Path

from game.citations import attribution
from game.headless.report import TIMELINE_FILE, build_report, render_html, write_report
from game.timeline import build
from tests.ui.test_history import play_longer


def test_the_html_report_holds_the_timeline_svg_with_every_achievement(tmp_path: Path) -> None:
    session = play_longer()
    engine = session.engine
    html_path, md_path = write_report(engine, tmp_path)
    html = html_path.read_text(encoding="utf-8")
    assert '<figure class="timeline"><svg' in html
    drawn = set(re.findall(r'class="achieved" data-agency="(\w+)" data-month="(\d+)"', html))
    expected = {(aid, str(engine.rules.calendar.turn_month(max(0, turn))))
                for aid, a in engine.state.agencies.items() for turn in a.achieved.values()}
    assert drawn == expected
    assert (tmp_path / TIMELINE_FILE).read_text(encoding="utf-8").startswith("<svg")
    assert f"]({TIMELINE_FILE})" in md_path.read_text(encoding="utf-8")


def test_each_documented_band_in_the_svg_carries_its_reading_and_its_source() -> None:
    session = play_longer()
    report = build_report(session.engine)
    html = render_html(report)
    tl = build(session.engine, "esa")
    bands = [d for r in tl.rows for d in r.docs if d.reading]
    assert bands
    assert html.count('class="documented band"') == len(bands)
    for band in bands:
        cite = attribution(session.scenario, band.claim, band.sources)
        assert cite.replace("'", "&#x27;").replace('"', "&quot;") in html or cite in html
    assert "game&#x27;s reading" in html or "game's reading" in html
