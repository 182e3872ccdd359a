"""A form is never offered below the youngest age its own label doses (Epsom salt, milk of
magnesia, magnesium oxide 400 mg), in recommend, plan and their JSON alike."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

LAXATIVES = {"oxide", "hydroxide", "sulfate"}


def _goal(doc: dict[str, Any]) -> dict[str, Any]:
    goals = doc["goals"]
    assert isinstance(goals, list) and len(goals) == 1
    goal = goals[0]
    assert isinstance(goal, dict)
    return goal


@pytest.mark.parametrize("age", ["1", "2", "5", "7", "10"])
def test_constipation_child_gets_no_laxative_dose(run: RunFn, age: str) -> None:
    """Every constipation form's label doses only older children (or, at 6-11, a smallest dose
    above the upper level): no mg for any of them, and the doctor is named instead."""
    result = run("recommend", "--goal", "constipation", "--age", age, "--json")
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["go_ahead"] is False
    assert "label-age" in [w["id"] for w in doc["withheld"]["by"]]
    goal = _goal(doc)
    assert goal["recommendations"] == []
    assert {n["formulation"] for n in goal["not_for_age"]} == LAXATIVES
    assert "ask your child's doctor" in doc["withheld"]["reason"].lower()


@pytest.mark.parametrize(
    ("goal", "age", "code", "absent", "present"),
    [
        (
            "constipation",
            "2",
            4,
            ("Mg/day", "1. oxide"),
            ("NO DOSE ADVISED", "Epsom salt): not for age 2: its label gives no dose under 6"),
        ),
        (
            "migraine",
            "10",
            0,
            ("2. oxide",),
            ("1. citrate", "Not for this age", "Magnesium oxide: not for age 10: its label gives"),
        ),
    ],
)
def test_table_leaves_the_form_out_and_says_why(
    run: RunFn, goal: str, age: str, code: int, absent: tuple[str, ...], present: tuple[str, ...]
) -> None:
    result = run("recommend", "--goal", goal, "--age", age)
    assert result.code == code
    assert not [a for a in absent if a in result.out]
    assert [p for p in present if p not in result.flat] == []


def test_epsom_reason_cites_the_label(run: RunFn) -> None:
    doc = run("recommend", "--goal", "constipation", "--age", "5", "--json").json()
    assert isinstance(doc, dict)
    epsom = next(n for n in _goal(doc)["not_for_age"] if n["formulation"] == "sulfate")
    assert "s34" in epsom["sources"]
    assert "under 6" in epsom["why"]


def test_age_ten_milk_of_magnesia_smallest_dose_above_upper_level(run: RunFn) -> None:
    doc = run("recommend", "--goal", "constipation", "--age", "10", "--json").json()
    assert isinstance(doc, dict)
    mom = next(n for n in _goal(doc)["not_for_age"] if n["formulation"] == "hydroxide")
    assert "500 mg" in mom["why"] and "350 mg/day" in mom["why"]


def test_teenager_gets_oxide_only(run: RunFn) -> None:
    """At 14 one Mag-Ox 400 tablet (241.3 mg) fits the 350 mg level; milk of magnesia's
    smallest label dose (1,000 mg) and Epsom salt's (990 mg) do not."""
    doc = run("recommend", "--goal", "constipation", "--age", "14", "--json").ok_doc()
    goal = _goal(doc)
    assert [r["formulation"] for r in goal["recommendations"]] == ["oxide"]
    assert {n["formulation"] for n in goal["not_for_age"]} == {"hydroxide", "sulfate"}


def test_adult_keeps_every_form(run: RunFn) -> None:
    doc = run("recommend", "--goal", "constipation", "--age", "40", "--json").ok_doc()
    goal = _goal(doc)
    assert {r["formulation"] for r in goal["recommendations"]} == LAXATIVES
    assert goal["not_for_age"] == []


def test_clinician_goal_lists_nothing_for_age(run: RunFn) -> None:
    doc = run("recommend", "--goal", "acute-migraine-iv", "--age", "10", "--json").ok_doc()
    assert _goal(doc)["not_for_age"] == []


def test_plan_withholds_for_a_toddler_with_milk_of_magnesia(run: RunFn) -> None:
    args = ("plan", "--goal", "constipation", "--age", "2", "--sex", "F")
    result = run(*args, "--product", "milk of magnesia")
    assert result.code == 4
    assert "elemental magnesium a day" not in result.out
    assert "Daily target" not in result.out
    doc = run(*args, "--json").json()
    assert isinstance(doc, dict)
    assert doc["go_ahead"] is False and doc["recommended"] is None
    assert {n["formulation"] for n in doc["not_for_age"]} == LAXATIVES


def test_plan_child_with_oxide_product_is_told_why(run: RunFn) -> None:
    args = ("plan", "--goal", "migraine", "--age", "10", "--sex", "F")
    result = run(*args, "--product", "magnesium oxide 400 mg")
    assert result.code == 0
    assert "Your product (Magnesium oxide) is not for this age" in result.flat
    doc = run(*args, "--product", "magnesium oxide 400 mg", "--json").ok_doc()
    assert [n["formulation"] for n in doc["not_for_age"]] == ["oxide"]
    assert doc["recommended"]["formulation"] == "citrate"


def test_products_already_taken_are_still_named_for_a_child(run: RunFn) -> None:
    """A child's own laxative over the level keeps its alert beside the label-age one."""
    doc = run(
        "recommend", "--goal", "constipation", "--age", "8",
        "--med", "Pedia-Lax chewable 2 tablets daily", "--json",
    ).json()  # fmt: skip
    assert isinstance(doc, dict)
    ids = [w["id"] for w in doc["withheld"]["by"]]
    assert ids == ["listed-magnesium", "age-young-child", "label-age"]
    assert "have it reviewed" in doc["withheld"]["reason"]
