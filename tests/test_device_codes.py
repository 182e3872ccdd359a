"""Codes alone for a pacemaker or for end-stage kidney disease and dialysis withhold the dose.

Before, a record's Condition coded only SNOMED CT 441509002 (cardiac pacemaker in situ) or
ICD-10 Z95.0 (presence of a cardiac pacemaker), and a list's line of a typed code (``N18.6``,
``ICD-10: Z95.0``, ``Z99.2``, or ``N186`` without its dot as records store codes), showed a full
dose beside them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn, recommend_list, withheld_ids

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"


@pytest.mark.parametrize(
    ("system", "code"),
    [(SCT, "441509002"), (ICD, "Z95.0"), (ICD, "Z95.810"), (ICD, "Z45.01"),
     ("http://hl7.org/fhir/sid/icd-9-cm", "V45.01")],
)  # fmt: skip
def test_a_record_coded_only_for_a_device_withholds(
    run: RunFn, tmp_path: Path, system: str, code: str
) -> None:
    condition = {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
                 "code": {"coding": [{"system": system, "code": code}]}}  # fmt: skip
    status, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, condition))
    assert status == 4 and "record-not-read" in withheld_ids(doc)
    assert "conduction" in " ".join(b["basis"] for b in doc["withheld"]["by"])


@pytest.mark.parametrize(
    ("line", "said"),
    [("N18.6", "kidney"), ("Z99.2", "kidney"), ("Z49.01", "kidney"),
     ("ICD-10: Z95.0", "conduction"), ("Z95.810", "conduction"),
     # without the dot, as records and claims store codes
     ("N186", "kidney"), ("N185", "kidney"), ("CKD N184", "kidney"), ("Z992", "kidney"),
     ("Z4901", "kidney"), ("Dx: N186, I10", "kidney"), ("Z950", "conduction"),
     ("I442", "conduction"), ("G700", "myasthenia")],
)  # fmt: skip
def test_a_typed_code_on_a_list_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, said: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", "Amlodipine 5 mg", line)
    assert code == 4 and withheld_ids(doc)  # a code a record's table maps counts its condition
    why = [s["reason"] for s in doc["skipped"]]
    why += [f"{b['name']} {b['basis']}" for b in doc["withheld"]["by"]]
    assert said in " ".join(why).lower()


@pytest.mark.parametrize(
    "line",
    ["Vitamin B12 1 mg daily", "ICD-10 I10", "BP 130.80", "Vitamin E 400", "Vitamin C 1000mg",
     "D3 5000 IU", "B12 1000mcg", "CoQ10 100mg", "Omega 3 1000", "E119", "Zinc 50mg"],
)  # fmt: skip
def test_other_numbers_and_codes_on_a_list_stand_beside_the_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", "Amlodipine 5 mg", line)
    assert code in (0, 3) and withheld_ids(doc) == []
