"""The texts a medicine's FHIR resource carries outside its reason, notes and directions (an
as-needed reason, supporting information, an extension, a detected issue, the narrative; R5
``reason`` and ``asNeededFor``) are read as a reason is: "Itch due to end stage renal disease"
as the reason a hydroxyzine is taken as needed gave exit 0 and 905-2,000 mg, and an R5 reason
refused the whole record. A stopped or completed medicine's reason or note counts only as long
as an ended Condition would: a 2019 folic acid order "for pregnancy" capped the dose today."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn

SNOMED = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
XHTML = 'xmlns="http://www.w3.org/1999/xhtml"'
WOMAN = {"resourceType": "Patient", "id": "p1", "birthDate": "1995-01-01", "gender": "female"}


def _request(name: str = "Hydroxyzine 25 MG Oral Tablet", **more: Any) -> dict[str, Any]:
    return {"resourceType": "MedicationRequest", "id": "r2", "status": "active",
            "intent": "order", "subject": {"reference": "Patient/p1"},
            "medicationCodeableConcept": {"text": name}, **more}  # fmt: skip


def _withheld(doc: dict[str, Any]) -> list[str]:
    return [w["id"] for w in (doc["withheld"] or {}).get("by", [])]


def _doses(doc: dict[str, Any]) -> list[Any]:
    return [r for g in doc["goals"] for r in g["recommendations"]]


def _as_needed(reason: dict[str, Any]) -> dict[str, Any]:
    return {"dosageInstruction": [{"text": "1 tab at night as needed", **reason}]}


@pytest.mark.parametrize(
    ("more", "condition"),
    [
        (_as_needed({"asNeededCodeableConcept": {"text": "Itch due to end stage renal disease"}}),
         "severe-kidney-disease"),
        (_as_needed({"asNeededCodeableConcept": {"coding": [
            {"system": SNOMED, "code": "431857002"}]}}), "severe-kidney-disease"),
        (_as_needed({"asNeededFor": [{"text": "CKD-associated pruritus, on haemodialysis"}]}),
         "dialysis"),
        ({"reason": [{"concept": {"text": "Chronic kidney disease stage 4"}}]},
         "severe-kidney-disease"),
        ({"reason": [{"reference": {"display": "Heart failure"}}]}, "heart-failure"),
        ({"supportingInformation": [{"display": "eGFR 18 on 2026-11-01"}]},
         "severe-kidney-disease"),
        ({"extension": [{"url": "http://example.org/fhir/StructureDefinition/indication",
                         "valueString": "CKD stage 5 on haemodialysis"}]}, "dialysis"),
        ({"extension": [{"url": "http://example.org/indication", "valueCodeableConcept": {
            "coding": [{"system": ICD10, "code": "N18.4"}]}}]}, "severe-kidney-disease"),
        ({"dosageInstruction": [{"timing": {"code": {"text": "MWF after haemodialysis"}}}]},
         "dialysis"),
        ({"detectedIssue": [{"display": "Dose adjusted for eGFR 20"}]},
         "severe-kidney-disease"),
        ({"text": {"status": "generated", "div": f"<div {XHTML}>For myasthenia gravis</div>"}},
         "myasthenia-gravis"),
    ],
)  # fmt: skip
def test_other_texts_of_a_medicine_count_the_condition_they_name(
    run: RunFn, tmp_path: Path, more: dict[str, Any], condition: str
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, _request(**more)))
    assert code == 4
    assert _doses(doc) == []
    assert condition in _withheld(doc)


def test_an_other_text_naming_kidney_words_it_cannot_place_withholds(
    run: RunFn, tmp_path: Path
) -> None:
    more = {"supportingInformation": [{"display": "Renal team letter 2026-10"}]}
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, _request(**more)))
    assert code == 4
    assert "record-not-read" in _withheld(doc)


def test_harmless_other_texts_leave_the_advice_complete(run: RunFn, tmp_path: Path) -> None:
    more = {
        "courseOfTherapyType": {"text": "continuous"},
        "category": [{"text": "Community"}],
        "supportingInformation": [{"display": "Itch diary"}],
        **_as_needed({"asNeededCodeableConcept": {"text": "Itch"}}),
    }
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, _request(**more)))
    assert code == 0
    assert doc["complete"] is True
    assert _doses(doc)


def _stopped(day: str, **more: Any) -> dict[str, Any]:
    return _request("Folic acid 1 MG Oral Tablet", status="stopped", authoredOn=day, **more)


def test_an_old_stopped_medicines_pregnancy_reason_no_longer_caps(
    run: RunFn, tmp_path: Path
) -> None:
    old = _stopped("2019-03-01", reasonCode=[{"text": "Pregnancy"}])
    code, doc = recommend_json(run, bundle_file(tmp_path, WOMAN, AMLODIPINE, old))
    assert code == 0
    assert doc["ceiling"] is None
    assert max(r["dose"]["max_mg"] for r in _doses(doc)) > 350


def test_a_lately_stopped_medicines_pregnancy_reason_still_caps(run: RunFn, tmp_path: Path) -> None:
    lately = _stopped("2026-07-01", reasonCode=[{"text": "Pregnancy"}])
    code, doc = recommend_json(run, bundle_file(tmp_path, WOMAN, AMLODIPINE, lately))
    assert code == 0
    assert doc["ceiling"]["why"] == "Pregnancy"
    assert max(r["dose"]["max_mg"] for r in _doses(doc)) <= 350


@pytest.mark.parametrize(
    ("more", "code", "withheld"),
    [
        ({"note": [{"text": "Renal dose - AKI"}]}, 0, []),
        ({"reasonCode": [{"text": "Chronic kidney disease stage 4"}]}, 4,
         ["record-inactive-condition"]),
        ({"note": [{"text": "Patient on haemodialysis"}]}, 4, ["record-inactive-condition"]),
        # stopped for high blood magnesium: it built up before, however long ago
        ({"note": [{"text": "Stopped - hypermagnesaemia, admitted"}]}, 4,
         ["record-inactive-condition"]),
        ({"statusReason": {"text": "Hypermagnesaemia"}}, 4, ["record-inactive-condition"]),
    ],
)  # fmt: skip
def test_an_old_completed_medicines_reason_counts_as_an_ended_condition_would(
    run: RunFn, tmp_path: Path, more: dict[str, Any], code: int, withheld: list[str]
) -> None:
    old = _request("Trimethoprim 200 MG Oral Tablet", status="completed",
                   authoredOn="2021-03-01", **more)  # fmt: skip
    got, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, old))
    assert got == code
    assert _withheld(doc) == withheld
    assert bool(_doses(doc)) is (code == 0)
