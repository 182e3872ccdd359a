"""The record's safety net reads dialysis access, kidney-damage markers and accented words.

A Condition magadvise cannot place withholds the dose when it looks kidney-, dialysis- or
magnesium-related (src/magadvise/fhir/screen.py). Before, these were "not read" beside a full
dose: an AV fistula or a Tenckhoff catheter (dialysis access), albuminuria or proteinuria
(markers of kidney damage in KDIGO 2012), and any word with an accent ("Insuffisance rénale
chronique", "Hämodialyse"), which the word splitter cut apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn

SCREENED = [
    "AV fistula left arm",
    "Tenckhoff catheter in situ",
    "Permcath",
    "Albuminuria A3",
    "Microalbuminuria",
    "Proteinuria",
    "Hyperphosphataemia",
    "Insuffisance rénale chronique stade 4",
    "Hämodialyse",
    "Hipermagnesemia",
]


@pytest.mark.parametrize("text", SCREENED)
def test_a_kidney_entry_not_read_withholds(run: RunFn, tmp_path: Path, text: str) -> None:
    condition = {"resourceType": "Condition", "id": "c1", "code": {"text": text},
                 "subject": {"reference": "Patient/p1"}}  # fmt: skip
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, condition))
    assert code == 4
    assert "record-not-read" in [b["id"] for b in doc["withheld"]["by"]]


@pytest.mark.parametrize("text", ["Adrenal insufficiency", "Anal fistula", "Asthma"])
def test_other_entries_not_read_stay_beside_the_dose(run: RunFn, tmp_path: Path, text: str) -> None:
    condition = {"resourceType": "Condition", "id": "c1", "code": {"text": text},
                 "subject": {"reference": "Patient/p1"}}  # fmt: skip
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, condition))
    assert code == 3  # not read, named, and the dose stands
    assert doc["withheld"] is None
