"""A medicine listed at a strength made for children, in any spelling, is read as a child's
(rules ``children_liquids``, advice.child_strengths): without --age no dose is advised (exit 4,
``children-product-needs-age``), as for a children's product; with an age the dose is given.
Adult strengths of the same medicines never trigger it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import RX, bundle_file

from conftest import RunFn

NEEDS_AGE = "children-product-needs-age"


def _recommend(run: RunFn, path: Path | str, *more: str) -> tuple[int, list[str], dict[str, Any]]:
    result = run("recommend", "--goal", "migraine", "--meds-from", str(path), "--json", *more)
    doc = result.json()
    assert isinstance(doc, dict), result.err
    held = doc["withheld"]["by"] if doc["withheld"] else []
    return result.code, [w["id"] for w in held], doc


def _listed(tmp_path: Path, line: str) -> Path:
    path = tmp_path / "list.txt"
    path.write_text(line + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "line",
    [
        "Tylenol 160mg per 5mL",
        "Acetaminophen 160mg in 5mL",
        "Acetaminophen 32 MG/ML Oral Suspension",  # a record's RxNorm name
        "Acetaminophen 80 mg/0.8 mL",  # the older US infant drops, 100 mg/mL
        "Paracetamol 120 mg / 5 ml oral suspension",
        "Panadol 250mg/5ml",
        "Ibuprofen 20 MG/ML Oral Suspension",
        "Motrin 50 mg/1.25 mL",
        "Nurofen 200mg/5ml",
        "Amoxil 125mg/5mL",
        "Amoxicillin 400 mg/5 mL suspension",
        "Augmentin 228mg/5mL",  # amoxicillin/clavulanate 200/28.5 per 5 mL, named by the sum
        "Augmentin 400/57 mg/5 mL",
        "Co-amoxiclav 250/62 mg/5 ml",
        "Augmentin ES-600 600mg/5mL",
        "Cetirizine 5mg/5mL",
        "Claritin 5 mg/5 mL",
        "Orapred 15mg/5mL",
        "Zithromax 200mg/5mL",
        "Keflex 250 mg/5 mL",
        "Benadryl 12.5mg/5mL",
        # co-amoxiclav's suspensions as prescribed: both amounts in 5 mL, no unit
        "amoxicillin 400/57",
        "co-amoxiclav 400/57",
        "Augmentin 600/42.9 per 5 mL",
        "amoxicillin/clavulanate 250/62.5",
        "Co-amoxiclav 125/31 mg/5 ml",
        # a child's dose on the label of the children's liquid, in any form
        "ibuprofen 50 mg",  # 1.25 mL of the infant drops
        "ibuprofen 75 mg",
        "Motrin 150 mg",
        "acetaminophen 240 mg",
        "loratadine 5 mg",  # the children's chewable, or 5 mL of the liquid
        "cetirizine 2.5 mg",
        "loratadine 5 mg chewable",
        "diphenhydramine 12.5 mg chewable",
        "Benadryl 12.5 mg",
        # strengths made only for children: montelukast's 4 mg granules and 4 and 5 mg
        # chewables, fexofenadine 30 mg (suspension, meltable), desloratadine 2.5 mg
        "montelukast 4 mg",
        "Singulair 4mg",
        "montelukast 4 mg granules",
        "montelukast 5 mg chewable",
        "montelukast 4 mg packet",
        "fexofenadine 30 mg",
        "Allegra 30 mg",
        "fexofenadine 30 mg ODT",
        "desloratadine 2.5 mg",
        "Clarinex RediTabs 2.5 mg",
        "levocetirizine 1.25 mg",
        "Xyzal 2.5 mg/5 mL",
        # co-amoxiclav's suspensions with a hyphen, as a combination's strength is written
        "Augmentin 400-57",
        "amoxicillin-clavulanate 400-57",
        "co-amoxiclav 400-57",
        "amox-clav 400-57 mg",
        "Augmentin 600-42.9",
        "Augmentin 400-57 5 mL bid",
        # a dose below 10 mL of a children's liquid written after its strength
        "amoxicillin 250 mg 5 mL tid",
        "amoxicillin 400mg, 5ml bid",
        "amoxicillin 400 5 mL bid",
        "cefdinir 250 mg 4 mL daily",
        "cefdinir 250 5 mL daily",
    ],
)
def test_a_childrens_strength_in_any_spelling_withholds_without_an_age(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    path = _listed(tmp_path, line)
    code, held, doc = _recommend(run, path)
    assert (code, held) == (4, [NEEDS_AGE]), doc["withheld"]
    assert line in doc["withheld"]["by"][0]["name"]
    aged, held, _ = _recommend(run, path, "--age", "30")
    assert (aged, held) == (0, [])  # with an age (the adult's own), the dose is given


@pytest.mark.parametrize(
    "line",
    [
        "Tylenol 500mg",
        "Acetaminophen 500 mg/15 mL oral solution",  # the adults' Extra Strength liquid
        "Ibuprofen 400mg tablets",
        "Amoxicillin 500mg capsules",
        "Augmentin 875mg",
        "Cetirizine 10mg",
        "Prednisolone 5 mg tablet",
        "Lactulose 10 g/15 mL",
        "ibuprofen 200 mg",
        "co-amoxiclav 500/125",
        "co-amoxiclav 250/125",  # the adults' tablet: its 250 alone is no children's pair
        "Augmentin 875/125",
        "Augmentin XR 1000/62.5",
        "diphenhydramine 25 mg",
        "loratadine 10 mg",
        "loratadine 5 mg / pseudoephedrine 120 mg",  # Claritin-D: an adult's combination
        "acetaminophen 325 mg",
        "Tylenol 500 mg",
        "ibuprofen 400 mg",
        "amoxicillin 500 mg",
        "cetirizine 5 mg",
        "metoprolol 25/5",
        "montelukast 10 mg",
        "Singulair 10mg",
        "fexofenadine 180 mg",
        "Allegra 60 mg",  # adults' 60 mg twice a day
        "desloratadine 5 mg",
        "levocetirizine 5 mg",
        "levocetirizine 2.5 mg",  # 5 mL of the children's liquid: adults take 5-10 mL
        "Augmentin 875-125",
        "co-amoxiclav 500-125",
        "lactulose 15 mL",
        "cetirizine 10 mL",
        "Tylenol 500 mg 15 mL",
        # a small volume of what is not a liquid by mouth
        "prednisolone acetate 1% eye drops 5 mL",
        "azithromycin 1% eye drops 2.5 mL",
        "ibuprofen 800 mg 8 mL IV",
    ],
)
def test_an_adult_strength_gives_the_dose(run: RunFn, tmp_path: Path, line: str) -> None:
    code, held, _ = _recommend(run, _listed(tmp_path, line))
    assert (code, held) == (0, [])


def test_the_withholder_names_the_strength_and_its_label(run: RunFn, tmp_path: Path) -> None:
    _, _, doc = _recommend(run, _listed(tmp_path, "Amoxil 125mg/5mL"))
    [by] = doc["withheld"]["by"]
    assert "amoxicillin 25 mg/mL: the children's 125 mg/5 mL" in by["name"]
    assert "dailymed-amoxicillin-suspension" in by["sources"]


@pytest.mark.parametrize(
    ("line", "said", "source"),
    [
        ("co-amoxiclav 400/57", "the children's 400/57 mg/5 mL", "label-augmentin-suspensions"),
        ("ibuprofen 50 mg", "the children's dose (50 mg)", "dailymed-infants-ibuprofen"),
    ],
)
def test_the_withholder_names_a_pair_or_a_dose_and_its_label(
    run: RunFn, tmp_path: Path, line: str, said: str, source: str
) -> None:
    _, _, doc = _recommend(run, _listed(tmp_path, line))
    [by] = doc["withheld"]["by"]
    assert said in by["name"] and source in by["sources"]


def test_dose_withholds_for_a_childrens_strength_too(run: RunFn) -> None:
    result = run("dose", "glycinate", "200", "--med", "Tylenol 160 mg per 5 mL", "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 4
    assert [w["id"] for w in doc["withheld"]["by"]] == [NEEDS_AGE]


def _request(number: int, concept: dict[str, Any]) -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest", "id": f"r{number}", "status": "active",
        "intent": "order", "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": concept,
    }  # fmt: skip


@pytest.mark.parametrize(
    "concept",
    [
        {"text": "Acetaminophen 32 MG/ML Oral Suspension"},
        {"coding": [{"system": RX, "code": "307668",
                     "display": "Acetaminophen 32 MG/ML Oral Suspension"}]},
        # the text names the brand, the coding's display the strength
        {"text": "Tylenol", "coding": [{"system": RX, "code": "161",
                                        "display": "Acetaminophen 32 MG/ML Oral Suspension"}]},
        {"text": "amoxicillin 80 MG/ML / clavulanate 11.4 MG/ML Oral Suspension"},
        {"text": "montelukast 4 MG Chewable Tablet"},
        {"text": "Montelukast 4 MG Oral Granules"},
    ],
)  # fmt: skip
def test_a_records_childrens_strength_withholds_without_an_age(
    run: RunFn, tmp_path: Path, concept: dict[str, Any]
) -> None:
    code, held, _ = _recommend(run, bundle_file(tmp_path, _request(1, concept)))
    assert (code, held) == (4, [NEEDS_AGE])


def test_the_medicine_lists_its_childrens_liquids_with_sources(run: RunFn) -> None:
    doc = run("medications", "--json").ok_doc()
    [ibuprofen] = [m for m in doc["medications"] if m["id"] == "ibuprofen"]
    liquids = ibuprofen["children_liquids"]
    assert liquids["strengths"] == ["100 mg/5 mL", "50 mg/1.25 mL", "200 mg/5 mL"]
    assert "dailymed-infants-ibuprofen" in liquids["sources"]
