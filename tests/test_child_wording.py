"""Wording for an age fits that age: a child is never told of an adult dose under supervision.

Below 18 every goal dose is capped at the upper level for the age (advice.gating), so the
rules' sentences about taking an adult trial dose above the upper level "only under a
clinician's supervision" (``adult_note``, ``adult_notes``, ``upper_limit_adult_note``) are said
to adults only; a child hears that the doses come from adults and to ask a paediatrician.
"""

from __future__ import annotations

import pytest

from conftest import RunFn

GOALS = ["migraine", "constipation", "leg cramps", "sleep", "stress", "muscle tension",
         "fibromyalgia", "blood pressure", "general"]  # fmt: skip
ADULT_ONLY = ("supervision", "Talk to your clinician before starting", "adult upper limit")


@pytest.mark.parametrize("age", ["10", "15", "17"])
@pytest.mark.parametrize("goal", GOALS)
def test_a_child_is_not_told_of_an_adult_dose_under_supervision(
    run: RunFn, goal: str, age: str
) -> None:
    result = run("recommend", "--goal", goal, "--age", age, "--json")
    assert result.code in (0, 4)  # 4: no form the goal uses is labelled for the age
    assert result.json()
    for said in ADULT_ONLY:
        assert said not in result.out
    table = run("recommend", "--goal", goal, "--age", age)
    for said in ADULT_ONLY:
        assert said not in table.flat


def test_the_child_hears_the_doses_are_from_adults(run: RunFn) -> None:
    doc = run("recommend", "--goal", "migraine", "--age", "15", "--json").ok_doc()
    assert any("capped at the upper level for age 15" in n for n in doc["dose_notes"])
    [goal] = doc["goals"]
    notes = [r["dose"]["note"] for r in goal["recommendations"]]
    assert notes[0].startswith("600 mg (24 mmol) elemental magnesium a day")
    assert all("supervision" not in n for n in notes)
    assert "Children's doses are weight-based and need a doctor." in notes[1]


@pytest.mark.parametrize("age", [[], ["--age", "18"], ["--age", "40"]])
def test_an_adult_is_still_told_to_take_it_under_supervision(run: RunFn, age: list[str]) -> None:
    doc = run("recommend", "--goal", "migraine", *age, "--json").ok_doc()
    [goal] = doc["goals"]
    assert any(n.startswith("Talk to your clinician before starting") for n in goal["notes"])
    note = goal["recommendations"][0]["dose"]["note"]
    assert note.endswith("take it only under a clinician's supervision, and not at all with "
                         "kidney disease unless a doctor says so.")  # fmt: skip


def test_dose_and_plan_fit_the_age_too(run: RunFn) -> None:
    child = run("dose", "citrate", "--elemental", "300", "--age", "15", "--goal", "migraine")
    assert child.code == 0
    assert "supervision" not in child.flat
    adult = run("dose", "citrate", "--elemental", "300", "--age", "40", "--goal", "migraine")
    assert "only under a clinician's supervision" in adult.flat
    plan = ("plan", "--goal", "migraine", "--sex", "female", "--product", "citrate 100mg")
    young = run(*plan, "--age", "15", "--json").ok_doc()
    assert "supervision" not in str(young)
    grown = run(*plan, "--age", "40", "--json").ok_doc()
    assert "supervision" in str(grown)
