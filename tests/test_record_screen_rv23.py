"""A health record's Condition not read with the wordings a list now screens withholds too.

The list's screen and the record's are one (:mod:`magadvise.fhir.screen_more`,
:mod:`magadvise.fhir.screen`): an echo's ``LV systolic dysfunction``, ``DCM``, ``Brady``,
``AV dissociation``, ``Anti-GBM disease``, ``Low clearance clinic`` and an ICD-9-CM ``425.4``
(cardiomyopathy) in a record withhold the dose (exit 4) as on a list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, condition_json, recommend_json

from conftest import RunFn


@pytest.mark.parametrize(
    "text",
    ["LV systolic dysfunction", "DCM", "Brady", "AV dissociation", "Anti-GBM disease",
     "Low clearance clinic", "Berger's disease"],
)  # fmt: skip
def test_a_record_entry_with_the_wording_withholds(run: RunFn, tmp_path: Path, text: str) -> None:
    code, doc = condition_json(run, tmp_path, text)
    assert code == 4 and doc["go_ahead"] is False
    assert [b["id"] for b in doc["withheld"]["by"]] == ["record-not-read"]


def test_an_icd9_cardiomyopathy_code_withholds(run: RunFn, tmp_path: Path) -> None:
    coding = {"system": "http://hl7.org/fhir/sid/icd-9-cm", "code": "425.4"}
    condition = {"resourceType": "Condition", "id": "c1", "code": {"coding": [coding]},
                 "subject": {"reference": "Patient/p1"}}  # fmt: skip
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, condition))
    assert code == 4
    [skipped] = doc["skipped"]
    assert "heart failure" in skipped["reason"]
