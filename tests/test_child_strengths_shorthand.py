"""Children's strengths as pharmacy labels and prescribers write them are read as a child's
without --age (exit 4, ``children-product-needs-age``): ``susp`` and ``supp``, prescribers'
``N/5`` beside a medicine with children's liquids, a strength after the dose (``2.5ml of
120mg/5ml``), the paediatric antibiotic suspensions, and children's chewables and
suppositories (rules ``children_units``). Adult strengths and other medicines are not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import bundle_file

from conftest import RunFn

NEEDS_AGE = "children-product-needs-age"


def _recommend(run: RunFn, *args: str) -> tuple[int, list[str], dict[str, Any]]:
    result = run("recommend", "--goal", "constipation", *args, "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    held = doc["withheld"]["by"] if doc["withheld"] else []
    return result.code, [w["id"] for w in held], doc


@pytest.mark.parametrize(
    "med",
    [
        "Tylenol susp 160mg/5ml", "ibuprofen susp 100mg/5ml", "paracetamol susp 250mg/5ml",
        "paracetamol 120/5", "ibuprofen 100/5", "amox 400/5 bid", "Cefzil 250/5",
        "paracetamol 2.5ml of 120mg/5ml",
        "Omnicef 250 mg/5 mL", "cefdinir 125mg/5ml", "clarithromycin 125mg/5ml",
        "Biaxin 250 mg/5 mL", "penicillin VK 250mg/5ml", "Pen VK 125mg/5ml",
        "cefprozil 125 mg/5 mL",
        "Tylenol chewable 80mg", "acetaminophen 160 mg chewable tablet",
        "Motrin 100 mg chewable", "Tylenol 80mg suppository", "paracetamol 125mg suppository",
        "acetaminophen 120 mg supp",
    ],
)  # fmt: skip
def test_a_childrens_strength_as_labels_write_it_withholds(run: RunFn, med: str) -> None:
    code, held, doc = _recommend(run, "--med", med)
    assert (code, held) == (4, [NEEDS_AGE]), doc["withheld"]
    assert doc["unassessed"] == []
    aged, held, _ = _recommend(run, "--med", med, "--age", "30")
    assert held == [] and aged in (0, 3)  # with an age the gate is the age's, not this one


@pytest.mark.parametrize(
    "med",
    [
        "Tylenol 500mg", "Tylenol 325 mg suppository", "acetaminophen 650 mg suppository",
        "paracetamol 250mg suppository",  # UK: children 6-12 years and adults
        "Tylenol 500 mg chewable", "ibuprofen 200mg", "Motrin 200 mg chewable",
        "Lactulose 15 mL", "amoxicillin 500mg", "metoprolol 25/5", "clarithromycin 500 mg",
        "penicillin VK 500mg",
    ],
)  # fmt: skip
def test_an_adult_strength_or_another_medicine_gives_the_dose(run: RunFn, med: str) -> None:
    code, held, _ = _recommend(run, "--med", med)
    assert (code, held) == (0, [])


def _request(number: int, text: str) -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest", "id": f"r{number}", "status": "active",
        "intent": "order", "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": {"text": text},
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "acetaminophen 120 MG Rectal Suppository",
        "Ibuprofen 100 MG Chewable Tablet [Motrin]",
        "cefdinir 50 MG/ML Oral Suspension",
    ],
)
def test_a_records_childrens_unit_or_suspension_withholds(
    run: RunFn, tmp_path: Path, text: str
) -> None:
    path = bundle_file(tmp_path, _request(1, text))
    code, held, _ = _recommend(run, "--meds-from", path)
    assert (code, held) == (4, [NEEDS_AGE])


def test_the_medicine_lists_its_childrens_units_with_sources(run: RunFn) -> None:
    doc = run("medications", "--json").ok_doc()
    [acetaminophen] = [m for m in doc["medications"] if m["id"] == "acetaminophen"]
    units = acetaminophen["children_units"]
    assert units["forms"] == ["chewable tablet", "suppository"]
    assert "325 mg" not in units["strengths"] and "80 mg" in units["strengths"]
    assert "dailymed-acetaminophen-suppository-120" in units["sources"]


@pytest.mark.parametrize("med", ["Chidrens Tylenol", "Chilrens Motrin", "Childern's Advil"])
def test_a_misspelt_childrens_product_withholds_until_the_age_is_given(
    run: RunFn, med: str
) -> None:
    code, held, doc = _recommend(run, "--med", med)
    assert (code, held) == (4, [NEEDS_AGE]), doc["withheld"]
    aged, held, _ = _recommend(run, "--med", med, "--age", "30")
    assert held == [] and aged in (0, 3)
    result = run("dose", "glycinate", "200", "--med", med, "--json")
    assert result.code == 4


def test_a_misspelling_close_to_an_adult_medicine_is_only_not_assessed(run: RunFn) -> None:
    code, held, doc = _recommend(run, "--med", "furosemde")
    assert (code, held) == (3, [])
    assert [u["input"] for u in doc["unassessed"]] == ["furosemde"]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a children's unit strength with no form: adults' acetaminophen is 325 mg and over,
        # their ibuprofen 200 mg and over
        ("acetaminophen 80 mg", "(no form given)"), ("APAP 80mg", "(no form given)"),
        ("Tylenol 80 mg", "(no form given)"), ("acetaminophen 120 mg", "(no form given)"),
        ("acetaminophen 160 mg", "(no form given)"), ("ibuprofen 100 mg", "(no form given)"),
        # a small dose of a children's liquid with no strength
        ("Tylenol 5 ml", "below 10 mL"), ("Motrin 5 mL", "below 10 mL"),
        ("Tylenol 2.5 ml", "below 10 mL"), ("amoxicillin 5 mL", "below 10 mL"),
    ],
)  # fmt: skip
def test_a_childs_strength_or_dose_with_no_form_withholds_without_an_age(
    run: RunFn, line: str, said: str
) -> None:
    result = run("recommend", "--goal", "constipation", "--med", line, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 4
    assert [b["id"] for b in doc["withheld"]["by"]] == ["children-product-needs-age"]
    assert said in doc["withheld"]["by"][0]["name"]


@pytest.mark.parametrize(
    "line",
    ["Tylenol 325 mg", "acetaminophen 650 mg", "ibuprofen 200 mg", "Tylenol 30 mL",
     "cetirizine 10 mL", "Lactulose 15 mL"],
)  # fmt: skip
def test_an_adults_strength_or_liquid_dose_gives_the_dose(run: RunFn, line: str) -> None:
    result = run("recommend", "--goal", "constipation", "--med", line, "--json")
    assert result.code == 0, result.out
