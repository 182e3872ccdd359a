"""A record's Condition marked inactive, resolved or in remission: chronic kidney disease, dialysis,
a kidney transplant, myasthenia gravis and heart failure do not end, so they still withhold the
dose (JSON withholder ``record-inactive-condition``); an acute kidney injury, high blood
magnesium or heart block ended within 90 days (or not said when) withholds; one ended earlier,
and a pregnancy marked resolved, are listed and not counted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, ON, PATIENT, bundle_file, recommend_json

from conftest import RunFn

SNOMED = "http://snomed.info/sct"
INACTIVE = "record-inactive-condition"


def _ended(
    text: str | None, status: str, *, code: str | None = None, **more: Any
) -> dict[str, Any]:
    concept: dict[str, Any] = {"text": text} if text else {}
    if code:
        concept["coding"] = [{"system": SNOMED, "code": code}]
    clinical = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                            "code": status}]}  # fmt: skip
    return {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
            "clinicalStatus": clinical, "code": concept, **more}  # fmt: skip


def _withheld(doc: dict[str, Any]) -> list[str]:
    return [w["id"] for w in (doc["withheld"] or {}).get("by", [])]


@pytest.mark.parametrize(
    ("text", "status", "code"),
    [
        ("ESRD", "inactive", None),
        ("CKD stage 4", "resolved", None),
        ("Chronic kidney disease stage 3a", "remission", None),
        ("Kidney transplant recipient", "inactive", None),
        ("Hemodialysis", "resolved", None),
        (None, "inactive", "46177005"),  # end-stage renal disease, coded only
    ],
)
def test_a_kidney_condition_marked_not_current_still_withholds(
    run: RunFn, tmp_path: Path, text: str | None, status: str, code: str | None
) -> None:
    path = bundle_file(tmp_path, PATIENT, _ended(text, status, code=code), AMLODIPINE)
    exit_code, doc = recommend_json(run, path)
    assert exit_code == 4
    assert doc["go_ahead"] is False
    assert _withheld(doc) == [INACTIVE]
    [by] = doc["withheld"]["by"]
    assert f"as {status}" in by["name"]
    assert "does not resolve" in by["basis"]
    assert "kdigo-2012-ckd" in by["sources"]
    [skipped] = doc["skipped"]
    assert f"clinical status '{status}'" in skipped["reason"]
    assert "kidney function is confirmed" in skipped["reason"]
    table = run("recommend", "--goal", "sleep", "--meds-from", path, env=ON)
    assert table.code == 4
    assert "NO DOSE ADVISED" in table.flat
    assert f"as {status}" in table.flat
    assert "does not resolve" in table.flat


@pytest.mark.parametrize(
    ("text", "status"),
    [("Myasthenia gravis", "remission"), ("Heart failure", "resolved")],
)
def test_myasthenia_in_remission_and_heart_failure_resolved_still_withhold(
    run: RunFn, tmp_path: Path, text: str, status: str
) -> None:
    path = bundle_file(tmp_path, PATIENT, _ended(text, status), AMLODIPINE)
    exit_code, doc = recommend_json(run, path)
    assert exit_code == 4
    assert _withheld(doc) == [INACTIVE]
    assert "is still" in doc["skipped"][0]["reason"]


@pytest.mark.parametrize(
    ("text", "more", "withholds"),
    [
        ("Acute kidney injury", {"abatementDateTime": "2026-10-15"}, True),
        ("AKI", {}, True),  # the record does not say when it ended
        ("Acute kidney injury", {"abatementDateTime": "2025-03-01"}, False),
        ("Hypermagnesaemia", {"abatementPeriod": {"end": "2026-11-20"}}, True),
        ("Hypermagnesaemia", {"abatementString": "2024"}, False),
        ("Complete heart block", {"abatementDateTime": "2026-09-30"}, True),
        ("Complete heart block", {"abatementDateTime": "2026-08-01"}, False),
    ],
)
def test_a_condition_that_may_end_withholds_within_90_days_of_its_end(
    run: RunFn, tmp_path: Path, text: str, more: dict[str, Any], withholds: bool
) -> None:
    path = bundle_file(tmp_path, PATIENT, _ended(text, "resolved", **more), AMLODIPINE)
    exit_code, doc = recommend_json(run, path)
    [skipped] = doc["skipped"]
    if withholds:
        assert exit_code == 4
        assert _withheld(doc) == [INACTIVE]
        assert "within 90 days" in skipped["reason"]
        assert "within 90 days" in doc["withheld"]["by"][0]["basis"]
    else:
        assert exit_code == 0
        assert doc["go_ahead"] is True
        assert skipped["reason"].endswith("not counted")
        assert skipped["not_read"] is False


def test_a_pregnancy_marked_resolved_is_not_counted(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, PATIENT, _ended("Pregnancy", "resolved"), AMLODIPINE)
    exit_code, doc = recommend_json(run, path)
    assert exit_code == 0
    assert "pregnancy" not in {c["id"] for c in doc["conditions"]}
    assert doc["skipped"][0]["reason"] == "clinical status 'resolved': not counted"


def test_an_unread_kidney_wording_marked_resolved_withholds_as_not_read(
    run: RunFn, tmp_path: Path
) -> None:
    path = bundle_file(tmp_path, PATIENT, _ended("Medullary sponge kidney", "resolved"), AMLODIPINE)
    exit_code, doc = recommend_json(run, path)
    assert exit_code == 4
    assert _withheld(doc) == ["record-not-read"]
    assert "clinical status 'resolved'" in doc["skipped"][0]["reason"]
