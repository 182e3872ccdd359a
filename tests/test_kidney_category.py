"""A KDIGO CKD category written without the word CKD counts as the stage it is.

Before: "Metformin - stage G4", "Amlodipine - G4A3", "Lisinopril - G5" or "eGFR category G4" on
a list were words NOT ASSESSED and a full dose was printed (exit 3), and a record's note "A3G4"
(albuminuria category first) gave a dose (exit 0) where "G4A3" withheld, and a record's
Condition "G4A3" or "Stage G4" was not read and gave a dose. Now a GFR category
G4-G5 beside a kidney or stage word, beside its albuminuria category or alone after a dash is
severe kidney disease (no dose, exit 4), G1-G3b kidney disease; a bare "G4" inside other text,
"G6PD", "G-CSF" or "4G" are not read as kidney disease.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn

SEVERE, CKD, DIALYSIS = "severe-kidney-disease", "kidney-disease", "dialysis"


def _listed(run: RunFn, tmp_path: Path, line: str) -> tuple[int, dict[str, Any]]:
    meds = tmp_path / "meds.txt"
    meds.write_text(f"{line}\nAmlodipine 5mg daily\n", encoding="utf-8")
    result = run("recommend", "--goal", "migraine", "--age", "40", "--meds-from", str(meds),
                 "--json")  # fmt: skip
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


@pytest.mark.parametrize(
    ("line", "ids"),
    [
        ("Metformin - stage G4", [SEVERE]),
        ("Amlodipine - G4A3", [SEVERE]),
        ("Lisinopril - G5", [SEVERE]),
        ("eGFR category G4", [SEVERE]),
        ("GFR category G5", [SEVERE]),
        ("Metformin - g4a3", [SEVERE]),
        ("Metformin - G 4", [SEVERE]),
        ("Metformin - G4 A3", [SEVERE]),
        ("Metformin - A3G4", [SEVERE]),
        ("Metformin - stage G5D", [SEVERE, DIALYSIS]),
        ("Metformin - G3b", [CKD]),
        ("Metformin - G3a", [CKD]),
        ("Metformin - stage G2", [CKD]),
        ("CKD G3bA2", [CKD]),
        ("Metformin - stage G4 CKD", [SEVERE]),  # its disease after it: severe alone
        ("Metformin - G3b chronic kidney disease", [CKD]),
    ],
)
def test_a_gfr_category_on_a_list_counts_as_its_stage(
    run: RunFn, tmp_path: Path, line: str, ids: list[str]
) -> None:
    code, doc = _listed(run, tmp_path, line)
    assert code == 4
    assert doc["goals"][0]["recommendations"] == []
    assert sorted(c["id"] for c in doc["conditions"]) == sorted(ids)
    assert doc["unassessed"] == []
    assert {f["condition"] for f in doc["from_record"]} == set(ids)


def test_a_gfr_category_typed_as_a_condition_is_its_stage(run: RunFn) -> None:
    result = run("recommend", "--goal", "sleep", "--condition", "stage G4", "--json")
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert [w["id"] for w in doc["withheld"]["by"]] == [SEVERE]


@pytest.mark.parametrize(
    "line", ["G6PD deficiency", "Xyzzy G4", "4G", "G-CSF", "Xyzzy - G6", "Xyzzy G2 10mg"]
)
def test_a_g_with_a_number_that_is_not_a_category_is_not_kidney_disease(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    code, doc = _listed(run, tmp_path, line)
    assert code == 3  # the words stay NOT ASSESSED: never hidden, never read as kidney disease
    assert doc["conditions"] == [] and doc["withheld"] is None
    assert doc["unassessed"] != []


def test_gravida_g2p1_is_a_pregnancy_not_a_kidney_stage(run: RunFn, tmp_path: Path) -> None:
    _, doc = _listed(run, tmp_path, "Gravida G2P1")
    assert [c["id"] for c in doc["conditions"]] == ["pregnancy"]


def _note(text: str) -> dict[str, Any]:
    return {"resourceType": "MedicationRequest", "id": "r2", "status": "active",
            "intent": "order", "subject": {"reference": "Patient/p1"},
            "medicationCodeableConcept": {"text": "Metformin 500 MG Oral Tablet"},
            "note": [{"text": text}]}  # fmt: skip


@pytest.mark.parametrize("note", ["A3G4", "a3 g4", "A2G3b", "G4A3", "CKD G3bA2"])
def test_a_record_note_with_a_category_either_way_round_withholds(
    run: RunFn, tmp_path: Path, note: str
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, _note(note)))
    assert code == 4
    assert doc["goals"][0]["recommendations"] == []
    assert "record-not-read" in [w["id"] for w in doc["withheld"]["by"]]


def test_a_record_note_with_an_albuminuria_first_g4_counts_severe(
    run: RunFn, tmp_path: Path
) -> None:
    _, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, _note("A3G4")))
    assert SEVERE in [c["id"] for c in doc["conditions"]]


@pytest.mark.parametrize("note", ["Take 1 g 4 times daily", "Check G6PD before starting"])
def test_a_record_note_with_g_and_a_number_but_no_category_gives_a_dose(
    run: RunFn, tmp_path: Path, note: str
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, _note(note)))
    assert code == 0, doc["withheld"]
    assert not {SEVERE, CKD} & {c["id"] for c in doc["conditions"]}


@pytest.mark.parametrize("text", ["G4A3", "A3G4", "Stage G4", "CKD G5D"])
def test_a_record_condition_written_as_a_category_withholds_as_severe(
    run: RunFn, tmp_path: Path, text: str
) -> None:
    # before, a Condition with only this text was not read, nor screened: a full dose (exit 3)
    condition = {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
                 "code": {"text": text}}  # fmt: skip
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, condition))
    assert code == 4
    assert SEVERE in [w["id"] for w in doc["withheld"]["by"]]
