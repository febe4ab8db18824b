"""The source-judgement activity file: it loads, its quotes are the seeds' own words, its
answer keys are answers it offers, and a broken file is one line a teacher can act on."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.claims import WORLD_CLAIMS
from game.paths import SEEDS_DIR
from game.scenario import ScenarioError
from game.scenario.activity import JUDGE_THE_SOURCES, WORLD_KINDS, Activity, load_activity


@pytest.fixture(scope="module")
def activity() -> Activity:
    return load_activity()


def seed_line(activity: Activity, source: str, line: int) -> str:
    """The seed's line, read here independently of the loader's own check."""
    text = (SEEDS_DIR / activity.reports[source].file).read_text(encoding="utf-8")
    return text.split("\n")[line - 1]


def test_the_shipped_activity_loads_with_three_parts_for_ten_minutes(activity: Activity
                                                                     ) -> None:
    assert [p.id for p in activity.parts] == ["sort", "compare", "hard"]
    assert 14 <= len(activity.items) <= 16


def test_every_quote_appears_verbatim_at_its_stated_line_of_the_shipped_seed(
        activity: Activity) -> None:
    for _, item in activity.items:
        for quote in item.citations:
            assert quote.text in seed_line(activity, quote.source, quote.line), (
                f"{item.id}: not on line {quote.line} of {quote.source}: {quote.text!r}")


def test_every_report_title_and_outlet_is_copied_from_its_line(activity: Activity) -> None:
    for sid, report in activity.reports.items():
        assert seed_line(activity, sid, report.title_line).strip() == report.title
        if report.outlet is not None:
            assert report.outlet_line is not None
            assert report.outlet in seed_line(activity, sid, report.outlet_line)
    named = {sid for sid, r in activity.reports.items() if r.outlet}
    assert named == {"seed_004"}, "only seed_004 names its outlet"


def test_every_item_names_a_seed_by_its_scenario_source_id(activity: Activity) -> None:
    assert set(activity.reports) == {f"seed_00{n}" for n in range(5)}
    for _, item in activity.items:
        assert all(q.source in activity.reports for q in item.citations)


def test_every_answer_key_is_a_real_world_kind_or_one_of_the_items_choices(
        activity: Activity) -> None:
    for _, item in activity.items:
        if item.choices:
            assert item.answer in {c.id for c in item.choices}
        else:
            assert item.answer in WORLD_CLAIMS
            assert item.options == WORLD_KINDS
    sorted_kinds = {item.answer for part, item in activity.items if part.id == "sort"}
    assert sorted_kinds == WORLD_CLAIMS, "the sorting part asks for every real-world kind"


def test_the_hard_cases_are_the_ones_the_issue_names(activity: Activity) -> None:
    hard = {item.id: item for part, item in activity.items if part.id == "hard"}
    cited = {(q.source, q.line) for item in hard.values() for q in item.quotes}
    assert {("seed_002", 11), ("seed_000", 17), ("seed_002", 26), ("seed_001", 10),
            ("seed_004", 5)} <= cited
    assert "far side" in hard["dark_side"].feedback
    # The anniversary dates are not in the seeds: the feedback says where to check them.
    anniversary = hard["anniversary"].feedback
    assert "outside these reports" in anniversary and "encyclopedia" in anniversary
    assert {("seed_000", 9), ("seed_001", 21)} <= {(q.source, q.line)
                                                    for q in hard["anniversary"].cites}


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = JUDGE_THE_SOURCES.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def one_error(path: Path) -> str:
    with pytest.raises(ScenarioError) as caught:
        load_activity(path)
    message = str(caught.value)
    assert message.count("\n") == 0, message
    return message


def test_an_answer_that_is_not_a_kind_is_a_one_line_error_at_its_item(tmp_path: Path
                                                                       ) -> None:
    path = _broken(tmp_path, "answer: framing", "answer: fiction")
    message = one_error(path)
    assert message.startswith(f"{path}:")
    assert "E-VALUE" in message and "'fiction'" in message and "comes_at_a_time" in message


def test_a_quote_not_on_its_line_is_a_one_line_error_at_the_quote(tmp_path: Path) -> None:
    path = _broken(tmp_path, "line: 11\n            text: \"A Twitter",
                   "line: 12\n            text: \"A Twitter")
    message = one_error(path)
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if "A Twitter user tweeted" in text)
    assert message.startswith(f"{path}:{line}:") and "E-QUOTE" in message
    assert "line 12 of 002_06c7b14be16b3272.txt" in message


def test_a_misspelt_key_is_reported_where_it_stands_with_what_it_leaves_missing(
        tmp_path: Path) -> None:
    path = _broken(tmp_path, "feedback: >-\n          The words",
                   "feedbak: >-\n          The words")
    with pytest.raises(ScenarioError) as caught:
        load_activity(path)
    codes = [p.code for p in caught.value.problems]
    assert codes == ["E-MISSING", "E-UNKNOWN-KEY"]
    assert all(str(p).startswith(f"{path}:{p.line}:{p.col}: ") for p in caught.value.problems)


def test_a_line_number_written_as_text_is_a_type_error(tmp_path: Path) -> None:
    assert "E-TYPE" in one_error(_broken(tmp_path, "line: 26", 'line: "26"'))


def test_an_activity_file_that_is_not_a_file_is_refused_in_one_line(tmp_path: Path) -> None:
    assert "E-FILE" in one_error(tmp_path)


def test_no_one_key_answers_a_whole_part(activity: Activity) -> None:
    # A class that finds "press 1" right three times stops reading: within every part the
    # right answer sits at more than one place in the list of choices.
    for part in activity.parts:
        places = {item.options.index(item.answer) for item in part.items}
        assert len(places) > 1, f"part '{part.id}': every right answer is choice {places}"
