"""No amount of a form is shown for a child its own label does not dose: `dose` withholds like
`recommend` and `plan` (exit 4, only who to ask), whatever way the amount is given; a plan
counts no units of a product whose form is not for the age; and the reason says exactly why
(not labelled for the age, or labelled but above the age's upper level in its smallest dose)."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

TODDLER_CONSTIPATION = ("dose", "hydroxide", "100", "--age", "2", "--goal", "constipation")


def _withheld_doc(run: RunFn, *args: str) -> dict[str, Any]:
    result = run(*args, "--json")
    assert result.code == 4, (result.out, result.err)
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["go_ahead"] is False and doc["amount"] is None and doc["check"] is None
    return doc


def test_dose_withholds_milk_of_magnesia_for_a_toddler(run: RunFn) -> None:
    result = run(*TODDLER_CONSTIPATION)
    assert result.code == 4
    assert "NO DOSE ADVISED" in result.out
    assert "41.7 mg" not in result.out and "advised for you" not in result.out
    assert "Ask your child's doctor" in result.flat
    assert (
        "Magnesium hydroxide (milk of magnesia) gives more than the upper level for "
        "supplements at ages 1-3 years (65 mg/day) in its smallest labelled dose (166.8 mg)"
    ) in result.flat


@pytest.mark.parametrize(
    "args",
    [
        ("dose", "hydroxide", "100", "--age", "2"),
        ("dose", "hydroxide", "100", "--age", "2", "--goal", "constipation"),
        ("dose", "hydroxide", "--elemental", "40", "--age", "2"),
        ("dose", "hydroxide", "--per-capsule", "100", "--capsules", "1", "--age", "2"),
        ("dose", "hydroxide", "--elemental-per-capsule", "20", "--capsules", "2", "--age", "4"),
        ("dose", "hydroxide", "100", "--age", "10", "--goal", "constipation"),
        ("dose", "sulfate", "100", "--age", "5"),
        ("dose", "sulfate", "--elemental", "50", "--age", "9"),
        ("dose", "oxide", "100", "--age", "11", "--goal", "migraine"),
        ("dose", "magnesium oxide", "--per-capsule", "140", "--age", "10"),
        ("dose", "citrate", "--variant", "nonahydrate", "600", "--age", "10"),
    ],
)
def test_every_way_of_giving_the_amount_is_gated(run: RunFn, args: tuple[str, ...]) -> None:
    """Compound, elemental, per capsule, a variant: a form not for the age gives no mg."""
    if args[1] == "citrate":  # citrate's label doses every age: a capped go-ahead, not withheld
        assert run(*args, "--json").ok_doc()["go_ahead"] is True
        return
    doc = _withheld_doc(run, *args)
    [held] = [w for w in doc["withheld"]["by"] if w["id"] == "label-age"]
    assert held["sources"]
    assert "child's doctor" in doc["withheld"]["reason"]


def test_dose_label_age_cites_the_label(run: RunFn) -> None:
    doc = _withheld_doc(run, "dose", "oxide", "400", "--age", "10")
    [held] = doc["withheld"]["by"]
    assert held["name"] == "age 10: Magnesium oxide is not labelled for this age"
    assert held["sources"] == ["label-magnesium-oxide-400-ages"]
    assert [s["id"] for s in doc["sources"]] == ["label-magnesium-oxide-400-ages"]


@pytest.mark.parametrize(("form", "age"), [("oxide", "12"), ("hydroxide", "40"), ("sulfate", "30")])
def test_labelled_ages_keep_their_dose(run: RunFn, form: str, age: str) -> None:
    doc = run("dose", form, "100", "--age", age, "--json").ok_doc()
    assert doc["go_ahead"] is True and doc["amount"] is not None


def test_dose_without_age_is_for_adults_and_says_so(run: RunFn) -> None:
    result = run("dose", "hydroxide", "100")
    assert result.code == 0
    assert "give --age for a child" in result.flat


def test_withheld_dose_still_rejects_an_unknown_goal(run: RunFn) -> None:
    result = run("dose", "hydroxide", "100", "--age", "2", "--goal", "constipashun")
    assert result.code == 2


def test_toddler_constipation_reason_is_true(run: RunFn) -> None:
    """Children's magnesium hydroxide (Pedia-Lax, Dulcolax Liquid) is labelled from 2: the
    reason says it passes the upper level, never that nothing is labelled for the age."""
    doc = run("recommend", "--goal", "constipation", "--age", "2", "--json").json()
    assert isinstance(doc, dict)
    reason = doc["withheld"]["reason"]
    assert "no form for Constipation is labelled for age 2" not in reason
    assert "no form for Constipation may be given at age 2" in reason
    assert "Magnesium oxide is not labelled for this age" in reason
    assert "smallest labelled dose (166.8 mg)" in reason
    [goal] = doc["goals"]
    mom = next(n for n in goal["not_for_age"] if n["formulation"] == "hydroxide")
    assert {"label-pedia-lax-chewable", "label-dulcolax-liquid"} <= set(mom["sources"])


def test_under_two_nothing_is_labelled(run: RunFn) -> None:
    doc = run("recommend", "--goal", "constipation", "--age", "1", "--json").json()
    assert isinstance(doc, dict)
    assert "no form for Constipation is labelled for age 1" in doc["withheld"]["reason"]


@pytest.mark.parametrize(
    ("goal", "age", "product"),
    [
        ("migraine", "10", "magnesium oxide 100 mg"),  # oxide is a migraine form, not under 12
        ("sleep", "9", "Epsom salt 100 mg"),  # no sleep form; its 495 mg is above the 350 mg level
    ],
)
def test_plan_counts_no_units_of_a_product_not_for_the_age(
    run: RunFn, goal: str, age: str, product: str
) -> None:
    args = ("plan", "--goal", goal, "--age", age, "--sex", "F", "--product", product)
    doc = run(*args, "--format", "json").ok_doc()
    assert doc["product"]["units_per_day"] is None
    assert doc["product"]["formulation"] in [n["formulation"] for n in doc["not_for_age"]]
    for fmt in ("table", "markdown", "html"):
        out = run(*args, "--format", fmt).out
        assert "units a day give" not in out
        assert "no units of it are counted" in " ".join(out.split())
