"""A ``completed`` MedicationRequest with refills is current for the first supply and each
repeat (FHIR R4 ``dispenseRequest.numberOfRepeatsAllowed``: dispenses "in addition to the
original"); it was judged over after its first supply, and a raltegravir the rules withhold
for (Isentress label: no magnesium antacid at any time) was skipped, exit 0."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import PATIENT, bundle_file, recommend_json

from conftest import RunFn


def _completed(name: str, authored: str, **dispense: Any) -> dict[str, Any]:
    return {"resourceType": "MedicationRequest", "id": "r1", "status": "completed",
            "intent": "order", "subject": {"reference": "Patient/p1"},
            "medicationCodeableConcept": {"text": name}, "authoredOn": authored,
            "dispenseRequest": dispense}  # fmt: skip


MONTH = {"value": 30, "unit": "days"}


@pytest.mark.parametrize(
    ("dispense", "authored"),
    [
        ({"numberOfRepeatsAllowed": 3, "expectedSupplyDuration": MONTH}, "2026-09-15"),
        ({"numberOfRepeatsAllowed": 11, "expectedSupplyDuration": {"value": 90, "unit": "d"},
          "validityPeriod": {"start": "2026-10-01", "end": "2026-10-31"}}, "2026-10-01"),
        ({"numberOfRepeatsAllowed": 5}, "2026-06-01"),
    ],
    ids=["repeats-of-a-month", "validity-over-but-a-repeat-runs", "repeats-no-supply"],
)  # fmt: skip
def test_a_completed_request_with_repeats_is_checked_while_they_last(
    run: RunFn, tmp_path: Path, dispense: dict[str, Any], authored: str
) -> None:
    raltegravir = _completed("Isentress 400 MG Oral Tablet", authored, **dispense)
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, raltegravir))
    assert code == 4
    assert doc["skipped"] == []
    assert [w["id"] for w in doc["withheld"]["by"]] == ["integrase-inhibitor-raltegravir"]


@pytest.mark.parametrize(
    ("dispense", "authored", "why"),
    [
        ({"numberOfRepeatsAllowed": 3, "expectedSupplyDuration": MONTH}, "2026-07-01",
         "its course ended 2026-10-29"),
        ({"numberOfRepeatsAllowed": 1}, "2026-05-01",
         "ordered 2026-05-01, more than 180 days ago, with no end date"),
    ],
    ids=["all-repeats-used", "old-order-no-supply"],
)  # fmt: skip
def test_a_course_whose_repeats_have_run_out_is_skipped(
    run: RunFn, tmp_path: Path, dispense: dict[str, Any], authored: str, why: str
) -> None:
    raltegravir = _completed("Isentress 400 MG Oral Tablet", authored, **dispense)
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, raltegravir))
    assert code == 0
    assert [s["reason"] for s in doc["skipped"]] == [f"status 'completed' and {why}: not current"]
