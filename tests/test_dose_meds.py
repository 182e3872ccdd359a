"""`dose --med` checks any medicine the way `cautions`, `recommend` and `plan` do: a medicine
that means kidney failure withholds the dose (exit 4), one not recognised is named as not
assessed (exit 3), never a usage error; a strength typed after a product of unknown magnesium
(a salicylate, a laxative named without its salt) is never counted as its magnesium."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn


def _doc(run: RunFn, *args: str, code: int) -> dict[str, Any]:
    result = run("dose", *args, "--json")
    assert result.code == code, (result.out, result.err)
    doc = result.json()
    assert isinstance(doc, dict)
    return doc


@pytest.mark.parametrize("med", ["Veltassa", "Veltassa 8.4 g daily", "patiromer", "Lokelma"])
def test_kidney_medicine_withholds_the_dose(run: RunFn, med: str) -> None:
    doc = _doc(run, "glycinate", "200", "--med", med, code=4)
    assert doc["go_ahead"] is False and doc["amount"] is None and doc["check"] is None
    assert [w["id"] for w in doc["withheld"]["by"]] == ["kidney-check-first-medicine"]
    assert "kidney function" in doc["withheld"]["reason"]
    assert doc["unassessed"] == [] and len(doc["cautions"]) == 1


def test_kidney_medicine_table_says_who_to_ask(run: RunFn) -> None:
    result = run("dose", "glycinate", "200", "--med", "Veltassa")
    assert result.code == 4 and result.err == ""
    assert "NO DOSE ADVISED" in result.out
    assert "28.2 mg" not in result.out
    assert "check your kidney function (eGFR)" in result.flat


def test_dialysis_only_medicine_withholds_with_a_goal(run: RunFn) -> None:
    doc = _doc(run, "citrate", "--elemental", "100", "--goal", "migraine", "--med", "sevelamer",
               code=4)  # fmt: skip
    assert doc["go_ahead"] is False


def test_unknown_medicine_is_named_not_assessed(run: RunFn) -> None:
    doc = _doc(run, "glycinate", "200", "--med", "furosemde", code=3)
    [item] = doc["unassessed"]
    assert item["input"] == "furosemde"
    assert doc["complete"] is False
    assert doc["go_ahead"] is True and doc["amount"] is not None
    table = run("dose", "glycinate", "200", "--med", "furosemde")
    assert table.code == 3
    assert "furosemde was NOT recognised and was NOT checked" in table.flat
    assert "Did you mean furosemide?" in table.flat


def test_withheld_dose_still_names_what_was_not_assessed(run: RunFn) -> None:
    doc = _doc(run, "glycinate", "200", "--med", "Veltassa", "--med", "notadrug", code=4)
    assert [u["input"] for u in doc["unassessed"]] == ["notadrug"]


def test_medicine_without_magnesium_is_checked_and_shown(run: RunFn) -> None:
    doc = _doc(run, "glycinate", "200", "--med", "levothyroxine", code=0)
    assert [c["medication"] for c in doc["cautions"]] == ["levothyroxine"]
    assert doc["check"]["other_magnesium"] == []


@pytest.mark.parametrize(
    ("med", "shown"),
    [
        ("Trilisate 750 mg bid", "Trilisate 750 mg (bid) (amount not known)"),
        ("choline magnesium trisalicylate 500 mg", "(amount not known)"),
        ("Dulcolax Soft Chews 1200 mg", "Dulcolax Soft Chews 1200 mg (amount not known)"),
    ],
)
def test_strength_of_another_kind_of_product_is_not_its_magnesium(
    run: RunFn, med: str, shown: str
) -> None:
    doc = _doc(run, "glycinate", "100", "--med", med, code=4)
    [held] = doc["withheld"]["by"]
    assert held["id"] == "listed-magnesium-amount-unknown"
    assert shown in held["name"]
    table = run("dose", "glycinate", "100", "--med", med)
    assert "1,500 mg" not in table.out and "ABOVE" not in table.out
    plan = run("plan", "--goal", "migraine", "--age", "40", "--sex", "F", "--med", med, "--json")
    assert plan.code == 4
    assert "1500" not in plan.out.replace(",", "")


@pytest.mark.parametrize(
    ("med", "mg"), [("magnesium 250 mg", 250), ("Mg citrate 200 mg", 200), ("Magtein 144 mg", 144)]
)
def test_strength_of_a_magnesium_supplement_is_still_counted(
    run: RunFn, med: str, mg: float
) -> None:
    doc = _doc(run, "glycinate", "100", "--med", med, code=0)
    [other] = doc["check"]["other_magnesium"]
    assert other["elemental_mg"] == mg


@pytest.mark.parametrize(
    ("med", "held"),
    [
        ("Wt 16 kg", "child-weight-needs-age"), ("16 kg", "child-weight-needs-age"),
        ("Age: 4", "age-young-child"), ("7 yo", "age-young-child"),
        ("Age: four", "age-not-read"),
    ],
)  # fmt: skip
def test_a_childs_weight_or_age_typed_as_a_med_is_read_as_on_a_list(
    run: RunFn, med: str, held: str
) -> None:
    # never checked against the adult upper level as a medicine not assessed
    doc = _doc(run, "glycinate", "500", "--med", med, code=4)
    assert held in [w["id"] for w in doc["withheld"]["by"]]
    assert doc["unassessed"] == [] and doc["amount"] is None


@pytest.mark.parametrize("med", ["Wt 70 kg", "Weight: 180 lb", "Age: 45", "aged 67"])
def test_an_adults_weight_or_age_typed_as_a_med_keeps_the_dose(run: RunFn, med: str) -> None:
    doc = _doc(run, "glycinate", "500", "--med", med, code=0)
    assert doc["go_ahead"] is True and doc["unassessed"] == []
