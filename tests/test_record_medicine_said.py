"""What a medicine's own FHIR resource says about the person: its reason (``reasonCode``,
``reasonReference``), its notes and its directions (``dosageInstruction.text``,
``patientInstruction``) are read as a Condition's text is, and kidney, dialysis, magnesium or
pregnancy words not read withhold the dose; they were never read, and a full dose was printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, ON, PATIENT, bundle_file, recommend_json

from conftest import RunFn

SNOMED = "http://snomed.info/sct"


def _lisinopril(**more: Any) -> dict[str, Any]:
    name = {"text": "Lisinopril 10 MG Oral Tablet"}
    return {"resourceType": "MedicationRequest", "id": "r2", "status": "active",
            "intent": "order", "subject": {"reference": "Patient/p1"},
            "medicationCodeableConcept": name, **more}  # fmt: skip


def _withheld(doc: dict[str, Any]) -> list[str]:
    return [w["id"] for w in (doc["withheld"] or {}).get("by", [])]


def _doses(doc: dict[str, Any]) -> list[Any]:
    return [r for g in doc["goals"] for r in g["recommendations"]]


def _read_from(doc: dict[str, Any], resource: str) -> list[str | None]:
    return [f["condition"] for f in doc["from_record"] if f["source"]["resource"] == resource]


@pytest.mark.parametrize(
    ("more", "condition"),
    [
        ({"reasonCode": [{"text": "Chronic kidney disease stage 4"}]}, "severe-kidney-disease"),
        ({"reasonCode": [{"coding": [{"system": SNOMED, "code": "431857002"}]}]},
         "severe-kidney-disease"),
        ({"reasonCode": [{"text": "Heart failure"}]}, "heart-failure"),
        ({"reasonReference": [{"reference": "Condition/c9", "display": "CKD stage 4"}]},
         "severe-kidney-disease"),
        ({"note": [{"text": "Patient on haemodialysis MWF"}]}, "dialysis"),
        ({"dosageInstruction": [{"text": "Take 1 tablet daily. Hold on dialysis days."}]},
         "dialysis"),
        ({"dosageInstruction": [{"patientInstruction": "Skip the dose on dialysis days"}]},
         "dialysis"),
        ({"statusReason": {"text": "Held: end stage renal disease"}}, "severe-kidney-disease"),
    ],
)  # fmt: skip
def test_a_medicines_reason_or_note_counts_the_condition_it_names(
    run: RunFn, tmp_path: Path, more: dict[str, Any], condition: str
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, _lisinopril(**more)))
    assert code == 4
    assert _doses(doc) == []
    assert condition in _withheld(doc)
    assert condition in _read_from(doc, "MedicationRequest/r2")


@pytest.mark.parametrize(
    "more",
    [
        {"note": [{"text": "Hold if eGFR below 30"}]},
        {"note": [{"text": "Nephrology to review"}]},
        {"dosageInstruction": [{"text": "1 tab daily, intradialytic hypotension"}]},
        {"note": [{"text": "Check magnesium level monthly"}]},
        {"note": [{"text": "LMP 2026-10-01"}]},
        {"reasonCode": [{"text": "Hypomagnesaemia"}]},
        {"reasonCode": [{"text": "Renal colic"}]},
    ],
)
def test_kidney_magnesium_or_pregnancy_words_not_read_withhold(
    run: RunFn, tmp_path: Path, more: dict[str, Any]
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, _lisinopril(**more)))
    assert code == 4
    assert _doses(doc) == []
    assert "record-not-read" in _withheld(doc)
    gaps = [s for s in doc["skipped"] if s["not_read"]]
    assert [s["source"]["resource"] for s in gaps] == ["MedicationRequest/r2"]


@pytest.mark.parametrize(
    "more",
    [
        {"dosageInstruction": [{"text": "Take 1 tablet (10 mg) by mouth once daily"}]},
        {"dosageInstruction": [{"patientInstruction": "Take in the morning with water"}]},
        {"note": [{"text": "Separate from antacids and magnesium by 4 hours"}]},
        {"note": [{"text": "Avoid in pregnancy"}]},
        {"note": [{"text": "Do not use if pregnant"}]},
        {"reasonReference": [{"reference": "Condition/c1"}]},
    ],
)
def test_directions_and_warnings_about_no_one_leave_the_advice_as_it_was(
    run: RunFn, tmp_path: Path, more: dict[str, Any]
) -> None:
    hypertension = {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
                    "code": {"text": "Low blood pressure"}}  # fmt: skip
    path = bundle_file(tmp_path, PATIENT, AMLODIPINE, _lisinopril(**more), hypertension)
    code, doc = recommend_json(run, path)
    assert code == 0, doc["skipped"]
    assert _doses(doc)
    assert _read_from(doc, "MedicationRequest/r2") == []
    assert [f["condition"] for f in doc["from_record"] if f["condition"]] == ["low-blood-pressure"]


def test_a_reason_naming_no_condition_is_listed_not_read_as_a_condition_is(
    run: RunFn, tmp_path: Path
) -> None:
    more = {"reasonCode": [{"text": "Essential hypertension"}],
            "reasonReference": [{"reference": "Condition/gone"}]}  # fmt: skip
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, _lisinopril(**more)))
    assert code == 3
    assert _doses(doc)
    gaps = [s for s in doc["skipped"] if s["not_read"]]
    said = {s["input"]: s["reason"] for s in gaps}
    assert sorted(said) == ["Essential hypertension", "reason for MedicationRequest/r2"]
    assert "Condition/gone" in said["reason for MedicationRequest/r2"]


def test_the_terminal_shows_where_the_condition_was_read(run: RunFn, tmp_path: Path) -> None:
    more = {"note": [{"text": "Patient on haemodialysis MWF"}]}
    path = bundle_file(tmp_path, PATIENT, AMLODIPINE, _lisinopril(**more))
    result = run("recommend", "--goal", "sleep", "--meds-from", path, env=ON)
    assert result.code == 4
    assert "note of MedicationRequest for Lisinopril 10 MG Oral Tablet" in result.flat
    assert "counted as 'Dialysis" in result.flat


def test_a_pregnancy_said_in_a_note_caps_the_dose(run: RunFn, tmp_path: Path) -> None:
    more = {"note": [{"text": "Currently pregnant, 20 weeks"}]}
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, _lisinopril(**more)))
    assert _read_from(doc, "MedicationRequest/r2") == ["pregnancy"]
    assert code == 0
    assert _doses(doc)
    assert all(r["dose"]["max_mg"] <= 350 for r in _doses(doc))


def test_an_expected_date_of_delivery_in_a_note_caps_the_dose_as_pregnancy(
    run: RunFn, tmp_path: Path
) -> None:
    more = {"note": [{"text": "EDD 2027-04-10"}]}
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, _lisinopril(**more)))
    assert code == 0
    assert doc["ceiling"]["mg"] == 350
    assert "pregnancy" in {c["id"] for c in doc["conditions"]}


def _statement(name: str, **more: Any) -> dict[str, Any]:
    return {"resourceType": "MedicationStatement", "id": "m1", "status": "active",
            "subject": {"reference": "Patient/p1"}, "medicationCodeableConcept": {"text": name},
            **more}  # fmt: skip


@pytest.mark.parametrize(
    "more",
    [
        {"reasonCode": [{"text": "HG"}]},
        {"reasonCode": [{"text": " hg "}]},
        {"reasonCode": [{"coding": [{"display": "HG"}]}]},
        {"reason": [{"concept": {"text": "HG"}}]},  # R5
        {"reasonCode": [{"text": "NVP"}]},
        {"dosage": [{"text": "4 mg q8h", "asNeededCodeableConcept": {"text": "HG"}}]},
        {"dosage": [{"asNeededCodeableConcept": {"coding": [{"display": "hg"}]}}]},
    ],
)
def test_a_pregnancy_abbreviation_as_a_medicines_reason_caps_the_dose(
    run: RunFn, tmp_path: Path, more: dict[str, Any]
) -> None:
    """``HG`` as what ondansetron is taken for (its reason, or the reason it is taken as needed)
    is hyperemesis gravidarum, as on a typed list (``ondansetron 4 mg prn (HG)``); a reason was
    listed as a condition not read (exit 3), an as-needed reason passed without a word (exit 0),
    and the full dose was shown."""
    ondansetron = _statement("Ondansetron 4 MG Disintegrating Oral Tablet", **more)
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, ondansetron))
    assert code == 0, doc["skipped"]
    assert doc["ceiling"]["mg"] == 350
    assert _read_from(doc, "MedicationStatement/m1") == ["pregnancy"]
    assert all(r["dose"]["max_mg"] <= 350 for r in _doses(doc))


def test_mg_as_a_medicines_reason_is_myasthenia_gravis(run: RunFn, tmp_path: Path) -> None:
    pyridostigmine = _statement("Pyridostigmine 60 MG Oral Tablet", reasonCode=[{"text": "MG"}])
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, pyridostigmine))
    assert _read_from(doc, "MedicationStatement/m1") == ["myasthenia-gravis"]
    assert code == 4
    assert "myasthenia-gravis" in _withheld(doc)


@pytest.mark.parametrize(
    "code", [{"text": "HG"}, {"text": "NVP"}, {"coding": [{"system": SNOMED, "display": "HG"}]}]
)
def test_a_pregnancy_abbreviation_as_a_conditions_text_caps_the_dose(
    run: RunFn, tmp_path: Path, code: dict[str, Any]
) -> None:
    """A problem list's ``HG`` or ``NVP`` is read as it is as a medicine's reason: the
    Condition was skipped as one magadvise does not read (exit 3), and the full dose shown."""
    condition = {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
                 "code": code}  # fmt: skip
    ondansetron = _statement("Ondansetron 4 MG Disintegrating Oral Tablet")
    exit_code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, condition, ondansetron))
    assert exit_code == 0, doc["skipped"]
    assert doc["ceiling"]["mg"] == 350
    assert _read_from(doc, "Condition/c1") == ["pregnancy"]
    assert all(r["dose"]["max_mg"] <= 350 for r in _doses(doc))


def _taken_for(name: str, reason: str) -> dict[str, Any]:
    return _statement(name, reasonCode=[{"text": reason}])


@pytest.mark.parametrize(
    ("name", "reason"),
    [("carbidopa/levodopa 25/100 mg tablet", "PD"), ("Sinemet 25/100", "PD"),
     ("entecavir 0.5 mg tablet", "CHB")],
)  # fmt: skip
def test_a_reason_abbreviation_its_medicine_explains_does_not_withhold(
    run: RunFn, tmp_path: Path, name: str, reason: str
) -> None:
    """``PD`` as carbidopa/levodopa's reason is Parkinson's disease, not peritoneal dialysis
    (before: exit 4, "looks kidney- or dialysis-related", no dose)."""
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, _taken_for(name, reason)))
    assert code == 3  # the reason is a condition magadvise does not read, and says so
    assert _withheld(doc) == []
    assert _doses(doc)
    assert not {"dialysis", "heart-block"} & {c["id"] for c in doc["conditions"]}


@pytest.mark.parametrize(("name", "reason"), [("Xyzzy 5 mg", "PD"), ("Xyzzy 5 mg", "CHB"),
                                              ("carbidopa/levodopa 25/100", "CHB")])  # fmt: skip
def test_a_reason_abbreviation_with_no_such_medicine_still_withholds(
    run: RunFn, tmp_path: Path, name: str, reason: str
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, _taken_for(name, reason)))
    assert code == 4
    assert _doses(doc) == []
