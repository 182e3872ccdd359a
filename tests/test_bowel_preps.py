"""A bowel preparation typed alone counts its label's whole course, not one bottle.

Suprep is two 177 mL bottles (323 mg of magnesium each, 646 mg a course: over the 350 mg upper
level on its own), Picolax, CitraFleet and Clenpiq two sachets or bottles, Sutab two doses of 12
tablets, all within about a day (their labels: label-suprep, dailymed-sutab, dailymed-clenpiq,
smpc-picosulfate-magnesium-oxide). A line that gives a frequency is counted as written.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn


def _held(run: RunFn, med: str) -> dict[str, Any]:
    doc = run("recommend", "--goal", "constipation", "--age", "40", "--med", med, "--json").json()
    assert isinstance(doc, dict)
    assert doc["go_ahead"] is False
    [held] = doc["withheld"]["by"]
    assert held["id"] == "listed-magnesium"
    return held


@pytest.mark.parametrize(
    ("med", "total", "course", "label"),
    [
        ("Suprep", "646 mg", "2 x 177 mL bottle", "label-suprep"),
        ("Suprep 1 bottle", "646 mg", "2 x 177 mL bottle", "label-suprep"),
        ("Picolax", "4,221 mg", "2 x sachet", "smpc-picosulfate-magnesium-oxide"),
        ("Clenpiq", "4,221 mg", "2 x sachet", "dailymed-clenpiq"),
        ("Sutab", "1,090 mg", "2 x dose of 12 tablets", "dailymed-sutab"),
    ],
)
def test_a_prep_typed_alone_counts_its_whole_course(
    run: RunFn, med: str, total: str, course: str, label: str
) -> None:
    held = _held(run, med)
    assert label in held["sources"]
    assert f"You already take about {total}/day" in held["basis"]
    assert f"its label's course is {course}, taken within about a day: 2 counted" in held["basis"]


def test_suprep_alone_is_over_the_upper_level_and_the_table_says_why(run: RunFn) -> None:
    result = run("recommend", "--goal", "constipation", "--age", "40", "--med", "Suprep")
    assert "NO DOSE ADVISED" in result.out
    assert "its label's course is 2 x 177 mL bottle" in result.flat
    assert "646 mg" in result.flat


def test_a_frequency_written_with_a_prep_is_counted_as_written(run: RunFn) -> None:
    result = run("dose", "glycinate", "20", "--age", "40", "--med", "Suprep 1 bottle once a day",
                 "--json")  # fmt: skip
    doc = result.ok_doc()
    [other] = doc["check"]["other_magnesium"]
    assert (other["units_per_day"], other["elemental_mg"]) == (1, 323)
    assert not any("bowel preparation" in note for note in other["how_counted"])


def test_the_course_is_in_the_catalog(run: RunFn) -> None:
    doc = run("medications", "--json").ok_doc()
    courses = {m["id"]: m["magnesium"]["course_units"] for m in doc["medications"]
               if m["magnesium"] and m["magnesium"]["course_units"]}  # fmt: skip
    assert courses == {"suprep": 2, "sutab": 2, "sodium-picosulfate-magnesium-oxide": 2}
