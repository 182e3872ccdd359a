"""Age, pregnancy and the plan's arithmetic gate doses too; --at names a medicine given.

On the shipped rules: children get no more than the upper level for their age (65 mg at 1-3
years, 110 mg at 4-8, 350 mg from 9), an infant gets no dose at all, pregnancy given as a
condition sets the pregnancy intake row, amounts are read as written, too many units a day
are called out, and an --at time given by an ingredient applies to the product holding it.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

CHILD_UL = {9: 350, 12: 350, 17: 350}  # from 9 the upper level is the adults'
YOUNG = {1: 65, 2: 65, 6: 110, 8: 110}  # ages whose upper level is below it


def _json(run: RunFn, *args: str, code: int = 0) -> dict[str, Any]:
    result = run(*args)
    assert result.code == code, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    return doc


@pytest.mark.parametrize(("age", "ceiling"), sorted(CHILD_UL.items()))
def test_recommend_caps_every_dose_for_a_child(run: RunFn, age: int, ceiling: int) -> None:
    doc = _json(run, "recommend", "--goal", "migraine", "--age", str(age), "--json")
    assert doc["go_ahead"] is True and doc["doses_for"] == "child"
    assert doc["ceiling"]["mg"] == ceiling
    for rec in doc["goals"][0]["recommendations"]:
        assert rec["dose"]["max_mg"] <= ceiling and rec["dose"]["min_mg"] <= ceiling
        assert rec["dose"]["capped"] is True and rec["dose"]["evidence_max_mg"] > ceiling
    assert any("studies in adults" in n for n in doc["dose_notes"])
    table = run("recommend", "--goal", "migraine", "--age", str(age))
    assert f"{ceiling} mg*" in table.out
    assert "no evidence in children" in table.flat


@pytest.mark.parametrize(("age", "ceiling"), sorted(YOUNG.items()))
@pytest.mark.parametrize("goal", ["migraine", "sleep", "blood-pressure", "fibromyalgia", "general"])
def test_a_young_child_gets_no_dose_for_any_goal(
    run: RunFn, age: int, ceiling: int, goal: str
) -> None:
    """Below 9 the upper level (65 or 110 mg) is a limit, not a dose, and the rules hold no
    evidence in children this young: no amount is shown, a paediatrician is named (exit 4)."""
    doc = _json(run, "recommend", "--goal", goal, "--age", str(age), "--json", code=4)
    assert doc["go_ahead"] is False
    assert [w["id"] for w in doc["withheld"]["by"]] == ["age-young-child"]
    assert f"is {ceiling} mg/day" in doc["withheld"]["by"][0]["basis"]
    assert "paediatrician" in doc["withheld"]["reason"]
    table = run("recommend", "--goal", goal, "--age", str(age))
    assert table.code == 4 and "NO DOSE ADVISED" in table.out and "Mg/day" not in table.out


@pytest.mark.parametrize("age", ["2", "6", "8.9"])
def test_a_young_child_gets_no_amount_from_plan_or_dose(run: RunFn, age: str) -> None:
    plan = _json(
        run, "plan", "--goal", "sleep", "--age", age, "--sex", "male",
        "--product", "magnesium glycinate 120 mg", "--format", "json", code=4,
    )  # fmt: skip
    assert plan["daily_target"] is None and plan["withheld"]["by"][0]["id"] == "age-young-child"
    dose = run("dose", "citrate", "--elemental", "50", "--goal", "migraine", "--age", age)
    assert dose.code == 4 and "paediatrician" in dose.flat and "advised for you" not in dose.flat
    assert run("recommend", "--goal", "sleep", "--age", "9").code == 0  # the adults' UL from 9


@pytest.mark.parametrize(("age", "ceiling"), sorted(CHILD_UL.items()))
def test_plan_targets_and_dose_goal_are_capped_for_a_child(
    run: RunFn, age: int, ceiling: int
) -> None:
    doc = _json(
        run, "plan", "--goal", "migraine", "--age", str(age), "--sex", "female",
        "--product", "citrate 500mg", "--format", "json",
    )  # fmt: skip
    assert doc["daily_target"]["max_mg"] == ceiling and doc["daily_target"]["capped"] is True
    assert doc["check"]["status"] != "supervise"
    dose = _json(
        run, "dose", "citrate", "--elemental", "600", "--goal", "migraine", "--age", str(age),
        "--json",
    )  # fmt: skip
    assert dose["check"]["status"] == "above"  # never "supervise" for a child
    assert dose["check"]["goal"]["status"] == "above"


def test_an_infant_gets_no_supplement_dose_anywhere(run: RunFn) -> None:
    plan = _json(
        run, "plan", "--goal", "migraine", "--age", "0.5", "--sex", "female",
        "--product", "citrate 500mg", "--format", "json", code=4,
    )  # fmt: skip
    assert plan["go_ahead"] is False and plan["daily_target"] is None
    assert plan["withheld"]["by"][0]["id"] == "age-under-1"
    assert "paediatrician" in plan["withheld"]["reason"]
    table = run("recommend", "--goal", "sleep", "--age", "0.5")
    assert table.code == 4 and "NO DOSE ADVISED" in table.out and "Mg/day" not in table.out


def test_without_an_age_the_doses_are_for_adults(run: RunFn) -> None:
    doc = _json(run, "recommend", "--goal", "migraine", "--json")
    assert doc["doses_for"] == "adults"
    assert doc["dose_notes"] == ["Doses are for adults (18 and over): give --age for a child."]
    assert "Doses are for adults" in run("recommend", "--goal", "migraine").flat


def test_pregnancy_as_a_condition_sets_the_intake_row_and_caps(run: RunFn) -> None:
    base = ("plan", "--goal", "sleep", "--age", "30", "--sex", "female", "--format", "json")
    doc = _json(run, *base, "--condition", "pregnancy")
    assert doc["intake"]["mg"] == 350 and doc["person"]["pregnant"] is True
    assert doc["ceiling"]["mg"] == 350
    migraine = _json(run, "recommend", "--goal", "migraine", "-c", "pregnant", "--json")
    assert migraine["goals"][0]["recommendations"][0]["dose"]["max_mg"] == 350
    feeding = _json(run, *base, "--condition", "breastfeeding")
    assert feeding["person"]["breastfeeding"] is True and feeding["intake"]["mg"] == 310


def test_a_man_cannot_be_pregnant(run: RunFn) -> None:
    args = ("plan", "--goal", "sleep", "--age", "30", "--sex", "male")
    result = run(*args, "--condition", "pregnancy")
    assert result.code == 2
    assert "--condition pregnancy cannot be combined with --sex male" in result.err
    assert run(*args, "--condition", "breastfeeding").code == 2


@pytest.mark.parametrize(
    ("product", "per_unit"),
    [
        ("oxide 1,000 mg", 1000),
        ("oxide 1000mg", 1000),
        ("oxide 0.5 g", 500),
        ("oxide 2,5 g", 2500),
        ("glycinate 500000 mcg", 500),
        ("glycinate 500000 µg", 500),
        ("glycinate 1,000.5 mg", 1000.5),
    ],
)
def test_amounts_are_read_as_written(run: RunFn, product: str, per_unit: float) -> None:
    doc = _json(
        run, "plan", "--goal", "constipation", "--age", "40", "--sex", "female",
        "--product", product, "--format", "json",
    )  # fmt: skip
    assert doc["product"]["per_unit_mg"] == pytest.approx(per_unit)


@pytest.mark.parametrize("product", ["oxide 1.000 mg", "oxide 12.500 mg"])
def test_dot_grouping_is_ambiguous_and_asks(run: RunFn, product: str) -> None:
    result = run(
        "plan", "--goal", "constipation", "--age", "40", "--sex", "female", "--product", product
    )
    assert result.code == 2
    assert "is ambiguous: write" in result.err and "Traceback" not in result.err


def test_too_many_units_a_day_are_called_out(run: RunFn) -> None:
    args = ("plan", "--goal", "migraine", "--age", "40", "--sex", "female")
    small = ("--product", "citrate", "--elemental-per-unit", "32.4")
    doc = _json(run, *args, *small, "--format", "json")
    assert doc["product"]["units_per_day"] > 4 and doc["product"]["too_many_units"] is True
    assert doc["product"]["units_message"].startswith("Too many tablets")
    assert (
        "Too many tablets: choose a product with more magnesium per unit" in run(*args, *small).flat
    )
    few = _json(run, *args, "--product", "citrate 200mg", "--format", "json")
    assert few["product"]["units_per_day"] <= 4 and few["product"]["too_many_units"] is False


def test_a_product_form_is_never_renamed_the_recommended_form(run: RunFn) -> None:
    args = ("plan", "--goal", "migraine", "--age", "40", "--sex", "female", "--format", "json")
    weaker = _json(run, *args, "--product", "oxide 500mg")
    assert weaker["recommended"]["formulation"] == "citrate"
    assert weaker["recommended"]["amounts_for"] == "oxide"
    assert weaker["product"]["form_supported"] is True
    unsupported = _json(run, *args, "--product", "glycinate 500mg")
    assert unsupported["recommended"]["formulation"] == "citrate"
    assert unsupported["product"]["form_supported"] is False
    text = run(*args[:-2], "--product", "oxide 500mg", "--format", "markdown").out
    assert "**Magnesium citrate** for Migraine prevention" in text
    assert "Your product (Magnesium oxide) is a form the evidence" in text


def test_at_by_ingredient_applies_to_the_combination(run: RunFn) -> None:
    doc = _json(run, "cautions", "--med", "Triumeq", "--at", "dolutegravir=20:00", "--json")
    constraint = doc["timing"]["constraints"][0]
    assert constraint["medication"] == "Triumeq"
    assert constraint["dose_times"] == ["20:00"] and constraint["dose_times_assumed"] is False
    assert "16:00" not in doc["timing"]["suggested_time"]
    plan = _json(
        run, "plan", "--goal", "migraine", "--age", "40", "--sex", "female", "--med", "Triumeq",
        "--at", "dolutegravir=20:00", "--format", "json",
    )  # fmt: skip
    assert plan["timing"]["constraints"][0]["dose_times"] == ["20:00"]


def test_at_for_a_medicine_not_given_is_a_usage_error(run: RunFn) -> None:
    result = run("cautions", "--med", "Triumeq", "--med", "levothyroxine", "--at", "cipro=08:00")
    assert result.code == 2
    assert "'cipro' is not one of the medicines listed (Triumeq, levothyroxine)" in (result.err)
    typo = run(
        "recommend", "--goal", "migraine", "--med", "levothyroxine", "--at", "levothyroxin=06:00"
    )
    assert typo.code == 2 and "did you mean 'levothyroxine'?" in typo.err


def test_a_product_not_for_a_childs_age_gets_no_units(run: RunFn) -> None:
    """Oxide tablets are not for a 10-year-old (their label doses from 12): no units of the
    product are counted, the plan says why, and the amounts are the recommended form's,
    capped at the level."""
    args = ("plan", "--goal", "migraine", "--age", "10", "--sex", "male", "--product")
    doc = _json(run, *args, "oxide 400mg", "--format", "json")
    assert [n["formulation"] for n in doc["not_for_age"]] == ["oxide"]
    assert doc["product"]["units_per_day"] is None
    assert doc["product"]["units_message"] is None
    assert doc["check"]["total_elemental_mg"] == pytest.approx(350)
    text = run(*args, "oxide 400mg")
    assert "Magnesium oxide is not for this age (see above): no units of it are counted" in (
        text.flat
    )


@pytest.mark.parametrize(
    "args",
    [
        ("recommend", "--goal", "migraine", "--condition", "pregnancy"),
        ("dose", "citrate", "--elemental", "600", "--goal", "migraine", "--condition", "pregnancy"),
        ("plan", "--goal", "migraine", "--age", "30", "--sex", "female", "--pregnant"),
    ],
)
def test_a_capped_dose_says_the_trial_notes_are_the_studies_doses(
    run: RunFn, args: tuple[str, ...]
) -> None:
    # Under the pregnancy cap, the trial's "take it only under a clinician's supervision" note
    # is introduced as the studies' dose above the person's cap, not as a dose for them.
    result = run(*args)
    assert result.code == 0, result.err
    assert "above your cap of 350 mg/day: Pregnancy)" in result.flat
    assert "Dose note: " not in result.flat and "Dose notes: " not in result.flat


def test_an_uncapped_dose_keeps_the_plain_dose_note_label(run: RunFn) -> None:
    result = run("recommend", "--goal", "migraine")
    assert result.code == 0, result.err
    assert "Dose notes: Magnesium citrate" in result.flat
    assert "above your cap" not in result.flat
