"""Under a limit of the person's own (pregnancy, breastfeeding, what is left after the products
already taken), a labelled laxative whose smallest label dose is above the limit is left out,
never offered as a sub-label amount (milk of magnesia 350 mg = 10.5 mL; Epsom salt 350 mg =
0.7 teaspoon): its label's smallest adult dose is 30 mL (1,000 mg, s33) / 2 level teaspoons
(990 mg, s34)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file

from conftest import RunFn

CONSTIPATION = ("recommend", "--goal", "constipation")
LAXATIVES = {"hydroxide", "sulfate"}


def _goal(doc: dict[str, Any]) -> dict[str, Any]:
    [goal] = doc["goals"]
    assert isinstance(goal, dict)
    return goal


@pytest.mark.parametrize(
    "who",
    [
        ("--age", "30", "--condition", "pregnancy"),
        ("--condition", "pregnant"),
        ("--age", "30", "--condition", "breastfeeding"),
    ],
)
def test_a_capped_adult_is_offered_no_laxative_below_its_label(
    run: RunFn, who: tuple[str, ...]
) -> None:
    doc = run(*CONSTIPATION, *who, "--json").ok_doc()
    assert doc["ceiling"]["mg"] == 350
    goal = _goal(doc)
    assert [r["formulation"] for r in goal["recommendations"]] == ["oxide"]  # 241.3 mg a tablet
    assert {n["formulation"] for n in goal["over_limit"]} == LAXATIVES
    assert goal["not_for_age"] == []
    mom = next(n for n in goal["over_limit"] if n["formulation"] == "hydroxide")
    assert (
        "smallest dose its label gives (1,000 mg magnesium) is above the 350 mg/day" in mom["why"]
    )
    assert {"s1b", "s1c", "label-milk-of-magnesia-ages"} <= set(mom["sources"])


def test_the_table_names_the_forms_left_out_and_why(run: RunFn) -> None:
    table = run(*CONSTIPATION, "--age", "30", "--condition", "pregnancy")
    assert table.code == 0, table.err
    assert "1. oxide" in table.flat
    assert "2. hydroxide" not in table.flat and "3. sulfate" not in table.flat
    assert "Not within your limit:" in table.flat
    assert "Epsom salt): left out: the smallest dose its label gives (990 mg magnesium)" in (
        table.flat
    )


def test_pregnancy_from_a_record_leaves_the_laxatives_out(run: RunFn, tmp_path: Path) -> None:
    pregnant = {
        "resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
        "clinicalStatus": {"coding": [{"code": "active"}]}, "code": {"text": "Pregnant"},
    }  # fmt: skip
    path = bundle_file(tmp_path, PATIENT, AMLODIPINE, pregnant)
    doc = run(*CONSTIPATION, "--meds-from", path, "--json").ok_doc()
    goal = _goal(doc)
    assert [r["formulation"] for r in goal["recommendations"]] == ["oxide"]
    assert {n["formulation"] for n in goal["over_limit"]} == LAXATIVES


def test_an_uncapped_adult_still_gets_the_label_dose(run: RunFn) -> None:
    goal = _goal(run(*CONSTIPATION, "--age", "30", "--json").ok_doc())
    assert {r["formulation"] for r in goal["recommendations"]} == {"oxide", *LAXATIVES}
    assert goal["over_limit"] == []


def test_what_is_left_after_a_product_taken_leaves_no_form(run: RunFn) -> None:
    """Mag-Ox 400 already taken (241.3 mg) leaves 108.7 mg under the pregnancy cap: below the
    smallest label dose of every constipation form, so no dose at all (exit 4)."""
    args = (*CONSTIPATION, "--age", "30", "--condition", "pregnancy", "--med", "Mag-Ox 400")
    result = run(*args, "--json")
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert [w["id"] for w in doc["withheld"]["by"]] == ["label-limit"]
    assert "no form for Constipation fits your limit" in doc["withheld"]["reason"]
    assert {n["formulation"] for n in _goal(doc)["over_limit"]} == {"oxide", *LAXATIVES}
    sleep = run("recommend", "--goal", "sleep", "--age", "30", "--med", "Mag-Ox 400", "--json")
    goal = _goal(sleep.ok_doc())  # a supplement form with no label dose stays, at what is left
    assert {r["formulation"] for r in goal["recommendations"]} == {"citrate", "l-threonate"}
    assert [n["formulation"] for n in goal["over_limit"]] == ["oxide"]


def test_dose_of_a_laxative_under_the_cap_shows_no_mg(run: RunFn) -> None:
    result = run("dose", "hydroxide", "--elemental", "350", "--condition", "pregnancy", "--json")
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert [w["id"] for w in doc["withheld"]["by"]] == ["label-limit"]
    assert doc["amount"] is None
    assert run("dose", "hydroxide", "--elemental", "1000", "--json").code == 0


def test_plan_counts_no_units_of_a_laxative_left_out(run: RunFn) -> None:
    args = ("plan", "--goal", "constipation", "--age", "30", "--pregnant")
    product = ("--product", "milk of magnesia", "--elemental-per-unit", "1000")
    doc = run(*args, *product, "--json").ok_doc()
    assert doc["product"]["units_per_day"] is None
    assert {n["formulation"] for n in doc["over_limit"]} == LAXATIVES
    assert doc["recommended"]["alternatives"] == []
    table = run(*args, *product)
    assert "is not within your limit (see above): no units of it are counted" in table.flat
    assert "Magnesium hydroxide (milk of magnesia), 350 mg/day" not in table.flat
