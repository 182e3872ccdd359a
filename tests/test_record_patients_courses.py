"""A record holding more than one Patient is advised for the youngest; a MedicationRequest whose
status is ``completed`` (the order filled) is checked unless its own dates say the course is
over (run on 2026-12-01: fhirrecord.ON)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import ON, bundle_file, recommend_json

from conftest import RunFn

ADULT = {"resourceType": "Patient", "id": "p1", "birthDate": "1970-01-01"}
CHILD = {"resourceType": "Patient", "id": "p2", "birthDate": "2020-01-01"}


def _order(text: str, status: str = "active", **more: Any) -> dict[str, Any]:
    return {"resourceType": "MedicationRequest", "id": f"r{abs(hash(text)) % 10_000}",
            "status": status, "intent": "order", "subject": {"reference": "Patient/p1"},
            "medicationCodeableConcept": {"text": text}, **more}  # fmt: skip


AMLODIPINE = _order("Amlodipine 5 MG Oral Tablet")


@pytest.mark.parametrize("patients", [(ADULT, CHILD), (CHILD, ADULT)])
def test_two_patients_the_youngest_age_is_used_whatever_the_order(
    run: RunFn, tmp_path: Path, patients: tuple[dict[str, Any], ...]
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, *patients, AMLODIPINE))
    assert code == 4  # a child of 6: no dose for any goal (was adult laxative doses, exit 0)
    assert doc["go_ahead"] is False
    assert doc["doses_for"] == "child"
    said = " ".join(f["read_as"] for f in doc["from_record"])
    assert "age 6 is used" in said and "--age" not in said.split("used as")[0]
    result = run("recommend", "--goal", "constipation", "--meds-from",
                 bundle_file(tmp_path, *patients, AMLODIPINE), env=ON)  # fmt: skip
    assert "the record holds 2 Patients (ages" in result.err
    assert "the youngest age is used" in result.err


def test_one_patient_listed_twice_is_one_patient(run: RunFn, tmp_path: Path) -> None:
    again = {**ADULT, "id": "p1-copy"}
    result = run("recommend", "--goal", "constipation", "--meds-from",
                 bundle_file(tmp_path, ADULT, again, AMLODIPINE), "--json", env=ON)  # fmt: skip
    assert result.code == 0
    assert "Patients" not in result.err


DOXY_DOSAGE = [{"text": "1 cap bid for 10 days"}]


@pytest.mark.parametrize(
    ("more", "checked"),
    [
        # filled yesterday, ten days' supply: still being taken
        ({"authoredOn": "2026-11-30", "dosageInstruction": DOXY_DOSAGE,
          "dispenseRequest": {"validityPeriod": {"start": "2026-11-30", "end": "2026-12-10"}}},
         True),
        ({"authoredOn": "2026-11-25",
          "dispenseRequest": {"expectedSupplyDuration": {"value": 10, "unit": "days"}}}, True),
        ({"authoredOn": "2026-11-20", "dosageInstruction": [
            {"timing": {"repeat": {"boundsDuration": {"value": 2, "unit": "wk"}}}}]}, True),
        ({"authoredOn": "2026-10-01"}, True),  # no end, ordered within 90 days
        ({}, True),  # no date at all: checked (the safer reading)
        # the record's own dates say it is over
        ({"authoredOn": "2026-10-01",
          "dispenseRequest": {"validityPeriod": {"end": "2026-10-11"}}}, False),
        ({"authoredOn": "2026-11-01", "dosageInstruction": [
            {"timing": {"repeat": {"boundsPeriod": {"end": "2026-11-08"}}}}]}, False),
        ({"authoredOn": "2025-01-10"}, False),  # no end, ordered long ago
    ],
)  # fmt: skip
def test_a_completed_request_is_checked_unless_its_course_is_over(
    run: RunFn, tmp_path: Path, more: dict[str, Any], checked: bool
) -> None:
    doxy = _order("Doxycycline 100 mg capsule", "completed", **more)
    code, doc = recommend_json(run, bundle_file(tmp_path, ADULT, AMLODIPINE, doxy))
    names = [c["input"] for c in doc["cautions"]]
    skipped = {s["input"]: s["reason"] for s in doc["skipped"]}
    if checked:  # the MAJOR tetracycline caution and its spacing are kept
        assert "Doxycycline 100 mg capsule" in names
        assert doc["timing"] is not None and "doxycycline" in doc["timing"]["summary"]
    else:
        assert "Doxycycline 100 mg capsule" not in names
        assert "status 'completed' and" in skipped["Doxycycline 100 mg capsule"]
    assert code == 0


def test_a_completed_raltegravir_order_still_running_withholds(run: RunFn, tmp_path: Path) -> None:
    isentress = _order("Isentress 400 mg tablet", "completed", authoredOn="2026-11-20")
    code, doc = recommend_json(run, bundle_file(tmp_path, ADULT, isentress))
    assert code == 4 and doc["go_ahead"] is False


SNOMED = "http://snomed.info/sct"


@pytest.mark.parametrize(
    "resource",
    [
        {"resourceType": "Procedure", "id": "x", "status": "in-progress",
         "subject": {"reference": "Patient/p1"},
         "code": {"coding": [{"system": SNOMED, "code": "302497006",
                              "display": "Hemodialysis (procedure)"}]}},
        {"resourceType": "AllergyIntolerance", "id": "x", "patient": {"reference": "Patient/p1"},
         "code": {"text": "Magnesium"}},
        {"resourceType": "DiagnosticReport", "id": "x", "status": "final",
         "code": {"text": "Renal panel"}, "conclusion": "eGFR 12: kidney failure"},
        {"resourceType": "Flag", "id": "x", "status": "active",
         "subject": {"reference": "Patient/p1"}, "code": {"text": "Dialysis patient"}},
    ],
)  # fmt: skip
def test_other_resources_that_speak_of_kidneys_or_magnesium_withhold(
    run: RunFn, tmp_path: Path, resource: dict[str, Any]
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, ADULT, AMLODIPINE, resource))
    assert code == 4 and doc["go_ahead"] is False  # was a dose beside "not read", exit 3
    assert "record-not-read" in [w["id"] for w in doc["withheld"]["by"]]


def test_an_unrelated_other_resource_is_only_not_read(run: RunFn, tmp_path: Path) -> None:
    vaccine = {"resourceType": "Immunization", "id": "x", "status": "completed",
               "patient": {"reference": "Patient/p1"}, "occurrenceDateTime": "2026-10-01",
               "vaccineCode": {"text": "Influenza vaccine"}}  # fmt: skip
    code, doc = recommend_json(run, bundle_file(tmp_path, ADULT, AMLODIPINE, vaccine))
    assert code == 3 and doc["go_ahead"] is True


def test_plan_uses_a_record_younger_than_the_typed_age(run: RunFn, tmp_path: Path) -> None:
    """plan takes --age as a required option; a child's record still lowers it (was adult
    doses, exit 0, for an 8-year-old's record with --age 30)."""
    child = {"resourceType": "Patient", "id": "p1", "birthDate": "2018-06-01"}
    path = bundle_file(tmp_path, child, AMLODIPINE)
    result = run("plan", "--goal", "constipation", "--age", "30", "--sex", "female",
                 "--meds-from", path, "--format", "json", env=ON)  # fmt: skip
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 4 and doc["go_ahead"] is False
    assert doc["person"]["age"] == 8
    assert "the younger age is used" in result.err


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("CHB", "heart-block"),
        ("Trifascicular block", "heart-block"),
        ("Mobitz II", "heart-block"),
        ("Myasthenic crisis", "myasthenia-gravis"),
        ("LEMS", "myasthenia-gravis"),
        ("Congestive cardiac failure", "heart-failure"),
        ("Azotaemia", "kidney-disease"),
    ],
)
def test_a_record_condition_in_clinic_shorthand_is_read(
    run: RunFn, tmp_path: Path, text: str, condition: str
) -> None:
    problem = {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
               "code": {"text": text}}  # fmt: skip
    code, doc = recommend_json(run, bundle_file(tmp_path, ADULT, AMLODIPINE, problem))
    assert code == 4 and doc["go_ahead"] is False  # was 'not read' beside a dose, exit 3
    assert condition in [c["id"] for c in doc["conditions"]]
