"""Routine kidney wordings in a record no longer withhold the dose: a metformin note "Check renal
function annually", "Kidney function normal (eGFR 85)", "Not on dialysis" or a reason "Kidney
stones" each gave exit 4 (record-not-read), so most records got no dose. Wordings that may name
kidney disease still withhold, and a Condition's or result's notes are read too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn


def _metformin(**more: Any) -> dict[str, Any]:
    return {"resourceType": "MedicationRequest", "id": "r2", "status": "active",
            "intent": "order", "subject": {"reference": "Patient/p1"},
            "medicationCodeableConcept": {"text": "Metformin 500 MG Oral Tablet"},
            **more}  # fmt: skip


def _note(text: str) -> dict[str, Any]:
    return _metformin(note=[{"text": text}])


def _withheld(doc: dict[str, Any]) -> list[str]:
    return [w["id"] for w in (doc["withheld"] or {}).get("by", [])]


@pytest.mark.parametrize(
    "resource",
    [
        _note("Check renal function annually"),
        _note("Kidney function normal (eGFR 85)"),
        _note("Monitor U&E every 6 months"),
        _note("eGFR 72 mL/min/1.73m2"),
        _note("Not on dialysis"),
        _note("Take 1 tablet twice daily with meals. Check renal function annually."),
        _note("Take 500 mg twice daily with food; crush if needed"),
        # a note that only says kidney tests are checked, and how often, in other words
        _note("Check BP and renal function annually"),
        _note("Monitor U&Es and creatinine"),
        _note("Annual renal function check"),
        _note("Renal function monitoring 6-monthly"),
        _note("Renal function and LFTs to be checked every 3 months"),
        _note("Check U&Es 3 monthly. Take with food."),
        _note("Monitor U+Es annually"),
        _note("RFTs 6 monthly"),
        _note("Labs: BMP every 3 months"),
        _metformin(reasonCode=[{"text": "Kidney stones"}]),
        {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
         "code": {"text": "Nephrolithiasis"}},
    ],
)  # fmt: skip
def test_a_routine_kidney_wording_does_not_withhold(
    run: RunFn, tmp_path: Path, resource: dict[str, Any]
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, resource))
    assert (code, _withheld(doc)) == (0, [])
    assert doc["complete"] is True


@pytest.mark.parametrize(
    ("resource", "withheld"),
    [
        (_note("Kidney function normal (eGFR 45)"), "kidney-disease"),
        (_note("Not on dialysis yet"), "record-not-read"),
        (_note("Check renal function - eGFR 28 last time"), "severe-kidney-disease"),
        (_note("Renal colic"), "record-not-read"),
        # a routine wording passes only when it is all the text says (with directions at most):
        # what else is said may be what the screen cannot read
        (_note("Check renal function annually; on PD"), "record-not-read"),
        (_note("Check renal function annually, stage 4"), "record-not-read"),
        (_note("Check renal function annually; Cr 3.1"), "record-not-read"),
        (_note("Kidney function normal (eGFR 85); ESRF"), "record-not-read"),
        (_note("Not on dialysis; PD catheter in situ"), "record-not-read"),
        (_note("ESRF"), "record-not-read"),
        (_note("On APD nightly"), "dialysis"),  # APD: automated peritoneal dialysis
        (_note("Kidney stones; 12 weeks"), "record-not-read"),  # a duration is not directions
        # a monitoring wording with a result, a stage or a kidney condition beside it
        (_note("Renal function monitoring 6-monthly; eGFR 25"), "severe-kidney-disease"),
        (_note("Monitor U&Es and creatinine (Cr 3.1)"), "record-not-read"),
        (_note("Monitor renal function closely"), "record-not-read"),
        (_note("Monitor for renal failure"), "severe-kidney-disease"),
        (_note("Monitor renal insufficiency annually"), "kidney-disease"),
        (_note("Check renal function: impaired"), "record-not-read"),
        (_note("Check BP and renal function annually, CKD stage 3"), "kidney-disease"),
        (_note("Annual renal function check on dialysis"), "record-not-read"),
        (_note("Check renal function annually (patient has CKD)"), "kidney-disease"),
        (_note("Check renal function weekly x4"), "record-not-read"),
        # words the kidney-word test alone does not place: access, labs, a CKD category
        (_note("AV fistula L arm"), "record-not-read"),
        (_note("Cr 3.1"), "record-not-read"),
        (_note("Ur 30, Cr 450"), "record-not-read"),
        (_note("G4A3"), "record-not-read"),
        (_note("Mg 1.4 mmol/L"), "record-not-read"),
        ({"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
          "code": {"text": "Hypertension"}, "note": [{"text": "Secondary to CKD stage 4"}]},
         "severe-kidney-disease"),
        ({"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
          "code": {"text": "Kidney stones"},  # its stage coded only: SNOMED CKD stage 4
          "stage": [{"summary": {"coding": [{"system": "http://snomed.info/sct",
                                             "code": "431857002"}]}}]},
         "severe-kidney-disease"),
        ({"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
          "code": {"text": "Anaemia"}, "evidence": [{"detail": [{"display": "eGFR 12"}]}]},
         "severe-kidney-disease"),
        ({"resourceType": "Observation", "id": "o1", "status": "final",
          "subject": {"reference": "Patient/p1"}, "code": {"text": "Blood pressure"},
          "note": [{"text": "Taken before haemodialysis"}]}, "dialysis"),
    ],
)  # fmt: skip
def test_a_kidney_wording_that_may_name_kidney_disease_still_withholds(
    run: RunFn, tmp_path: Path, resource: dict[str, Any], withheld: str
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, resource))
    assert code == 4
    assert withheld in _withheld(doc)
