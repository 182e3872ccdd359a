"""What a record says that stops a dose reaches every output: ``cautions --format fhir`` carries a
high-severity DetectedIssue for IV magnesium running now (no magnesium by mouth) and for a
record entry that withholds; the SKIPPED box words lab results and other non-medicines as what
they are; two Patients' ages are worded as the record's, not as a typed --age; a renal panel
report beside an eGFR of the same day is weighed as a renal panel Observation is; a visual
acuity "20/40" is not a pregnancy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fhirrecord import AMLODIPINE, ON, PATIENT, bundle_file, recommend_json

from conftest import RunFn

IV_MAGNESIUM = {
    "resourceType": "MedicationAdministration", "id": "x0", "status": "in-progress",
    "subject": {"reference": "Patient/p1"},
    "medicationCodeableConcept": {"text": "Magnesium sulfate 2 g in 50 mL IV"},
    "effectiveDateTime": "2026-11-30T23:00:00Z",
}  # fmt: skip
LOINC = "http://loinc.org"


def _issues(run: RunFn, path: str) -> tuple[int, list[dict[str, Any]]]:
    result = run("cautions", "--meds-from", path, "--format", "fhir", env=ON)
    bundle = json.loads(result.out)
    return result.code, [e["resource"] for e in bundle["entry"]]


def test_iv_magnesium_running_is_a_high_detected_issue(run: RunFn, tmp_path: Path) -> None:
    from fhir.resources.R4B import get_fhir_model_class

    path = bundle_file(tmp_path, PATIENT, IV_MAGNESIUM, AMLODIPINE)
    code, resources = _issues(run, path)
    assert code == 3
    high = [
        r for r in resources if r["resourceType"] == "DetectedIssue" and r["severity"] == "high"
    ]
    [issue] = high
    assert issue["code"]["coding"][0]["code"] == "DUPTHPY"
    assert "magnesium given by injection or infusion" in issue["detail"]
    assert "No magnesium by mouth" in issue["detail"]
    assert issue["implicated"][0]["reference"] == "MedicationAdministration/x0"
    assert issue["mitigation"][0]["action"]["text"].startswith("Ask the team that gave it")
    assert resources.index(issue) == 0  # first: the worst
    for resource in resources:
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)


def test_a_record_entry_that_withholds_is_a_high_condition_alert(
    run: RunFn, tmp_path: Path
) -> None:
    condition = {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
                 "clinicalStatus": {"coding": [{"code": "inactive"}]},
                 "code": {"text": "ESRD"}}  # fmt: skip
    path = bundle_file(tmp_path, PATIENT, condition, AMLODIPINE)
    _, resources = _issues(run, path)
    [issue] = [r for r in resources if r.get("severity") == "high"]
    assert issue["code"]["coding"][0]["code"] == "COND"
    assert "'ESRD'" in issue["detail"] and "as inactive" in issue["detail"]
    assert issue["implicated"][0]["reference"] == "Condition/c1"


def test_the_skipped_box_words_results_as_results(run: RunFn, tmp_path: Path) -> None:
    result = {"resourceType": "Observation", "id": "o1", "status": "final",
              "subject": {"reference": "Patient/p1"}, "code": {"text": "Cholesterol"},
              "valueQuantity": {"value": 5.1, "unit": "mmol/L"}}  # fmt: skip
    path = bundle_file(tmp_path, PATIENT, result, AMLODIPINE)
    table = run("cautions", "--meds-from", path, env=ON)
    assert "Ask your pharmacist if you still take any" not in table.flat
    assert "not medicines" in table.flat
    doxycycline = {"text": "Doxycycline 100 MG Oral Capsule"}
    stopped = {
        **AMLODIPINE,
        "id": "r2",
        "status": "stopped",
        "medicationCodeableConcept": doxycycline,
    }
    path = bundle_file(tmp_path, PATIENT, result, stopped, AMLODIPINE)
    table = run("cautions", "--meds-from", path, env=ON)
    assert "The medicines among these were not checked for magnesium" in table.flat


def test_two_patients_are_worded_as_the_records_ages(run: RunFn, tmp_path: Path) -> None:
    child = {"resourceType": "Patient", "id": "p2", "birthDate": "2020-01-01"}
    path = bundle_file(tmp_path, PATIENT, child, AMLODIPINE)
    _, doc = recommend_json(run, path)
    said = [f["read_as"] for f in doc["from_record"]]
    assert not any("given" in s for s in said)
    assert any("the record's youngest Patient" in s for s in said)
    _, typed = recommend_json(run, path, "--age", "4")
    assert any("--age 4" in f["read_as"] for f in typed["from_record"])


def _egfr(day: str) -> dict[str, Any]:
    return {"resourceType": "Observation", "id": "o1", "status": "final",
            "subject": {"reference": "Patient/p1"}, "effectiveDateTime": day,
            "code": {"coding": [{"system": LOINC, "code": "33914-3"}], "text": "eGFR"},
            "valueQuantity": {"value": 75, "unit": "mL/min/1.73m2"}}  # fmt: skip


def _panel_report(day: str) -> dict[str, Any]:
    return {"resourceType": "DiagnosticReport", "id": "d1", "status": "final",
            "subject": {"reference": "Patient/p1"}, "effectiveDateTime": day,
            "code": {"text": "Renal panel"}}  # fmt: skip


def test_a_renal_panel_report_beside_an_egfr_is_weighed_with_it(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, PATIENT, _egfr("2026-11-01"), _panel_report("2026-11-01"),
                       AMLODIPINE)  # fmt: skip
    code, doc = recommend_json(run, path)
    assert code == 3
    assert doc["go_ahead"] is True
    assert "was used for kidney function" in doc["skipped"][0]["reason"]
    later = bundle_file(tmp_path, PATIENT, _egfr("2026-11-01"), _panel_report("2026-11-20"),
                        AMLODIPINE)  # fmt: skip
    code, doc = recommend_json(run, later)
    assert code == 4
    assert "kidney function may have changed" in doc["skipped"][0]["reason"]


def _condition(text: str) -> dict[str, Any]:
    return {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
            "code": {"text": text}}  # fmt: skip


def test_a_visual_acuity_is_not_a_pregnancy_and_a_gestation_is(run: RunFn, tmp_path: Path) -> None:
    woman = {"resourceType": "Patient", "id": "p1", "birthDate": "1996-01-01"}
    acuity = bundle_file(tmp_path, woman, _condition("Visual acuity 20/40 right eye"), AMLODIPINE)
    _, doc = recommend_json(run, acuity)
    assert "pregnancy" not in {c["id"] for c in doc["conditions"]}
    assert doc["go_ahead"] is True
    weeks = bundle_file(tmp_path, woman, _condition("Pregnant, 28/40"), AMLODIPINE)
    _, doc = recommend_json(run, weeks)
    assert "pregnancy" in {c["id"] for c in doc["conditions"]}
    bare = bundle_file(tmp_path, woman, _condition("28/40"), AMLODIPINE)
    code, doc = recommend_json(run, bare)
    assert code == 4  # may be a gestation: withheld as not read, never uncapped
    assert "a pregnancy" in doc["skipped"][0]["reason"]
