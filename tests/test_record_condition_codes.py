"""A record's Condition coded only (no text) in the ways problem lists export it is read or at
least withholds: SNOMED CT descendants of CKD, AKI and dialysis dependence, ICD-10 under another
system name or none, ICD-9-CM; and pregnancy written as obstetric notes write it is capped as
``--condition pregnant`` is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn

SNOMED = "http://snomed.info/sct"
ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm"


def _coded(system: str | None, code: str) -> dict[str, Any]:
    coding = {"code": code} | ({"system": system} if system is not None else {})
    return {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
            "code": {"coding": [coding]}}  # fmt: skip


def _withheld(doc: dict[str, Any]) -> list[str]:
    return [w["id"] for w in (doc["withheld"] or {}).get("by", [])]


@pytest.mark.parametrize(
    ("system", "code", "withheld"),
    [
        (SNOMED, "14669001", ["kidney-disease"]),  # acute kidney injury
        (SNOMED, "129171000119106", ["kidney-disease"]),  # CKD 3 due to hypertension
        (SNOMED, "731000119105", ["kidney-disease"]),  # CKD 3 due to type 2 diabetes
        (SNOMED, "90741000119107", ["kidney-disease"]),  # CKD 3 due to type 1 diabetes
        (SNOMED, "721000119107", ["severe-kidney-disease"]),  # CKD 4 due to type 2 diabetes
        (SNOMED, "429451001", ["dialysis"]),  # dependence on renal dialysis
        ("urn:oid:2.16.840.1.113883.6.96", "46177005", ["severe-kidney-disease"]),  # ESRD
        ("urn:oid:2.16.840.1.113883.6.90", "N18.4", ["severe-kidney-disease"]),
        ("urn:oid:2.16.840.1.113883.6.3", "N18.4", ["severe-kidney-disease"]),
        ("http://www.cms.gov/Medicare/Coding/ICD10", "N18.6", ["severe-kidney-disease"]),
        (None, "N18.4", ["severe-kidney-disease"]),
        (ICD10_CM, "n18.4", ["severe-kidney-disease"]),
        (ICD10_CM, "D63.1", ["kidney-disease"]),  # anaemia in CKD
        (ICD10_CM, "G70.80", ["myasthenia-gravis"]),  # Lambert-Eaton syndrome
        ("http://hl7.org/fhir/sid/icd-9-cm", "585.6", ["severe-kidney-disease"]),
        ("http://hl7.org/fhir/sid/icd-9-cm", "585.3", ["kidney-disease"]),
        ("urn:oid:2.16.840.1.113883.6.103", "V45.11", ["dialysis"]),
        ("http://hl7.org/fhir/sid/icd-9-cm", "586", ["severe-kidney-disease"]),
        (ICD10_CM, "M32.14", ["record-not-read"]),  # lupus glomerular disease: screened
        ("http://hl7.org/fhir/sid/icd-9-cm", "583.81", ["record-not-read"]),  # screened
    ],
)
def test_a_code_only_kidney_condition_is_read_or_withholds(
    run: RunFn, tmp_path: Path, system: str | None, code: str, withheld: list[str]
) -> None:
    found, doc = recommend_json(
        run, bundle_file(tmp_path, PATIENT, _coded(system, code), AMLODIPINE)
    )
    assert found == 4, doc
    assert doc["go_ahead"] is False
    assert all(g["recommendations"] == [] for g in doc["goals"])
    assert _withheld(doc) == withheld


def test_an_unrelated_code_in_another_system_is_still_only_not_read(
    run: RunFn, tmp_path: Path
) -> None:
    path = bundle_file(
        tmp_path, PATIENT, _coded("urn:oid:2.16.840.1.113883.6.90", "J30.2"), AMLODIPINE
    )
    found, doc = recommend_json(run, path)
    assert found == 3
    assert doc["go_ahead"] is True and _withheld(doc) == []


@pytest.mark.parametrize(
    "text",
    [
        "IUP at 12 weeks",
        "G2P1 at 28/40",
        "G2P1 at 30 weeks",
        "28 weeks gestation",
        "GA 30 wks",
        "GA 20+3",  # gestational age in weeks and days
        "EDC 2027-04-10",  # estimated date of confinement, the older name of the EDD
        "Gestational diabetes mellitus",
        "GDM, diet controlled",
        "Pre-eclampsia",
        "Antenatal care",
    ],
)
def test_pregnancy_as_obstetric_notes_write_it_is_capped_as_typed(
    run: RunFn, tmp_path: Path, text: str
) -> None:
    condition = {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
                 "code": {"text": text}}  # fmt: skip
    found, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, condition, AMLODIPINE))
    assert found == 0, doc
    [fact] = [f for f in doc["from_record"] if f["source"]["resource"] == "Condition/c1"]
    assert fact["condition"] == "pregnancy"
    doses = [r["dose"] for r in doc["goals"][0]["recommendations"]]
    assert doses and all(d["max_mg"] <= 350 for d in doses)
    typed = run("recommend", "--goal", "constipation", "--age", "30", "--condition", text, "--json")
    assert typed.code == 0 and "pregnancy" in typed.out


@pytest.mark.parametrize(("system", "code"), [(ICD10_CM, "Z3A.28"), (None, "O09.90")])
def test_pregnancy_codes_are_capped(
    run: RunFn, tmp_path: Path, system: str | None, code: str
) -> None:
    found, doc = recommend_json(
        run, bundle_file(tmp_path, PATIENT, _coded(system, code), AMLODIPINE)
    )
    assert found == 0, doc
    assert "pregnancy" in {c["id"] for c in doc["conditions"]}
    assert all(r["dose"]["max_mg"] <= 350 for r in doc["goals"][0]["recommendations"])
