"""The safety net weighs what a record's entry is about: family history is a relative's, not the
person's (read, never withheld); a creatinine, urea or the like not read does not withhold when an
eGFR read of the same day or later gives kidney function, and still withholds when none does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import ON, bundle_file, recommend_json
from test_record_safety_net import AMLODIPINE, ICD10, LOINC, PATIENT

from conftest import RunFn

SNOMED = "http://snomed.info/sct"
DAY = "2026-11-01"


def _condition(text: str | None, *codes: tuple[str, str]) -> dict[str, Any]:
    concept: dict[str, Any] = {"text": text} if text else {}
    if codes:
        concept["coding"] = [{"system": system, "code": code} for system, code in codes]
    return {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
            "clinicalStatus": {"coding": [{"code": "active"}]}, "code": concept}  # fmt: skip


def _lab(
    id: str, text: str, loinc: str | None = None, *, value: float | None = 0.9,
    unit: str = "mg/dL", string: str | None = None, **more: Any,
) -> dict[str, Any]:  # fmt: skip
    """An Observation ``id`` named ``text``, with the value given (none when ``value`` and
    ``string`` are None) and more fields (``effectiveDateTime``, ``interpretation``...)."""
    code: dict[str, Any] = {"text": text}
    if loinc:
        code["coding"] = [{"system": LOINC, "code": loinc}]
    resource: dict[str, Any] = {"resourceType": "Observation", "id": id, "status": "final",
                                "subject": {"reference": "Patient/p1"}, "code": code}  # fmt: skip
    if value is not None:
        resource["valueQuantity"] = {"value": value, "unit": unit}
    if string is not None:
        resource["valueString"] = string
    return resource | more


def _egfr(**when: Any) -> dict[str, Any]:
    return _lab("o1", "eGFR", "33914-3", value=75, unit="mL/min/1.73m2", **when)


CREATININE = ("Creatinine [Mass/volume] in Serum or Plasma", "2160-0")


def _withheld(doc: dict[str, Any]) -> list[str]:
    return [w["id"] for w in (doc["withheld"] or {}).get("by", [])]


def _dose_given(doc: dict[str, Any]) -> None:
    assert doc["go_ahead"] is True and _withheld(doc) == []
    assert doc["goals"][0]["recommendations"], "a dose is shown"


def _reason(doc: dict[str, Any], resource: str) -> str:
    [entry] = [s for s in doc["skipped"] if s["source"]["resource"] == resource]
    assert entry["not_read"] is True
    return str(entry["reason"])


@pytest.mark.parametrize(
    "condition",
    [
        _condition("Family history of CKD"),
        _condition("FHx: end stage renal disease on dialysis"),
        _condition("fam hx renal failure"),
        _condition("FH of chronic kidney disease"),
        _condition("Hx of polycystic kidney disease in mother"),
        _condition("History of ESRD in his father"),
        _condition(None, (ICD10, "Z84.1")),
        _condition("Family history of kidney disease", (SNOMED, "416471007")),
    ],
)
def test_family_history_is_read_as_a_relatives_and_does_not_withhold(
    run: RunFn, tmp_path: Path, condition: dict[str, Any]
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, condition, AMLODIPINE))
    assert code == 0
    _dose_given(doc)
    assert doc["complete"] is True and doc["skipped"] == []
    [fact] = [f for f in doc["from_record"] if f["source"]["resource"] == "Condition/c1"]
    assert fact["condition"] is None
    assert fact["read_as"].endswith("family history: about a relative, not a condition of yours")


def test_family_history_shows_in_the_table(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, PATIENT, _condition("Family history of CKD"), AMLODIPINE)
    table = run("recommend", "--goal", "constipation", "--meds-from", path, env=ON)
    assert table.code == 0, table.err
    assert "NO DOSE ADVISED" not in table.out
    assert "Family history of CKD: family history: about a relative" in table.flat


@pytest.mark.parametrize(
    ("condition", "withheld"),
    [
        (_condition("CKD; mother on dialysis"), ["kidney-disease", "dialysis"]),  # as before
        (_condition("Mother has CKD, patient too"), ["kidney-disease"]),
        (_condition("Renal osteodystrophy; FHx of CKD"), ["kidney-disease"]),
        (_condition("No FH but has renal disease"), ["record-not-read"]),
        (
            _condition("Family history of CKD, patient has renal osteodystrophy"),
            ["record-not-read"],
        ),
        (_condition("FHx of renal disease but also personal renal disease"), ["kidney-disease"]),
        (_condition("Family history of CKD", (ICD10, "N18.4")), ["severe-kidney-disease"]),
        (_condition("Family history of CKD", (SNOMED, "709044004")), ["kidney-disease"]),
    ],
)
def test_a_condition_that_is_not_only_family_history_stays_as_it_was(
    run: RunFn, tmp_path: Path, condition: dict[str, Any], withheld: list[str]
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, condition, AMLODIPINE))
    assert code == 4
    assert _withheld(doc) == withheld


@pytest.mark.parametrize(
    "lab",
    [
        _lab("o2", *CREATININE, effectiveDateTime=f"{DAY}T08:10:00Z"),
        _lab("o2", *CREATININE, effectiveDateTime="2026-10-20"),  # older than the eGFR
        _lab("o2", *CREATININE, interpretation=[{"coding": [{"code": "N"}]}],
             effectiveDateTime=DAY),
        _lab("o2", "BUN", "3094-0", value=14, effectiveDateTime=DAY),
        _lab("o2", "Cystatin C", "33863-3", unit="mg/L", issued=f"{DAY}T12:00:00Z"),
        _lab("o2", "Albumin/Creatinine [Mass Ratio] in Urine", "9318-7", value=12,
             unit="mg/g", effectivePeriod={"start": DAY}),
        _lab("o2", "Renal function panel", "24362-6", value=None, effectiveDateTime=DAY,
             hasMember=[{"reference": "Observation/o1"}]),
    ],
)  # fmt: skip
def test_a_kidney_result_beside_an_egfr_read_of_that_day_or_later_gives_the_dose(
    run: RunFn, tmp_path: Path, lab: dict[str, Any]
) -> None:
    path = bundle_file(tmp_path, PATIENT, _egfr(effectiveDateTime=DAY), lab, AMLODIPINE)
    code, doc = recommend_json(run, path)
    assert code == 3  # listed as not read: the result is not complete
    _dose_given(doc)
    assert doc["complete"] is False
    reason = _reason(doc, "Observation/o2")
    assert f"the record's eGFR 75 mL/min/1.73m2 of {DAY} was used for kidney function" in reason
    assert "no dose is advised" not in reason


def test_the_lab_panel_with_family_history_gives_the_dose(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(
        tmp_path, PATIENT, _egfr(effectiveDateTime=DAY),
        _lab("o2", *CREATININE, effectiveDateTime=DAY),
        _lab("o3", "BUN", "3094-0", value=14, effectiveDateTime=DAY),
        _condition("Family history of CKD"), AMLODIPINE,
    )  # fmt: skip
    table = run("recommend", "--goal", "migraine", "--meds-from", path, env=ON)
    assert table.code == 3, table.err
    assert "NO DOSE ADVISED" not in table.out
    assert table.flat.count(f"eGFR 75 mL/min/1.73m2 of {DAY} was used for kidney function") == 2
    assert "family history: about a relative, not a condition of yours" in table.flat


@pytest.mark.parametrize(
    ("resources", "why"),
    [
        ((_egfr(effectiveDateTime=DAY), _lab("o2", *CREATININE, effectiveDateTime="2026-11-20")),
         f"it is dated 2026-11-20, after the record's latest eGFR or creatinine clearance ({DAY})"),
        ((_lab("o2", *CREATININE, effectiveDateTime=DAY),),
         "no eGFR or creatinine clearance was read from the record"),
        ((_egfr(effectiveDateTime=DAY),
          _lab("o2", *CREATININE, effectiveDateTime=DAY, interpretation=[
              {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/"
                           "v3-ObservationInterpretation", "code": "H"}]}])),
         "the laboratory flags it 'H'"),
        ((_egfr(effectiveDateTime=DAY),
          _lab("o2", *CREATININE, effectiveDateTime=DAY,
               interpretation=[{"text": "abnormal"}])),
         "the laboratory flags it 'abnormal'"),
        ((_egfr(effectiveDateTime=DAY),
          _lab("o2", "BUN", "3094-0", value=40, effectiveDateTime=DAY,
               interpretation=[{"coding": [{"code": "HH"}, {"code": "N"}]}])),
         "the laboratory flags it 'HH'"),
        ((_egfr(effectiveDateTime=DAY), _lab("o2", *CREATININE)),
         "it has no date to compare with the record's eGFR or creatinine clearance"),
        ((_egfr(), _lab("o2", *CREATININE, effectiveDateTime=DAY)),
         "the record's eGFR or creatinine clearance has no date to compare it with"),
        ((_lab("o1", "eGFR", "33914-3", value=None, string="<90", effectiveDateTime=DAY),
          _lab("o2", *CREATININE, effectiveDateTime=DAY)),
         "no eGFR or creatinine clearance was read from the record"),  # the eGFR not read
        ((_egfr(effectiveDateTime=DAY),
          _lab("o2", "Creatinine, pre-dialysis", effectiveDateTime=DAY)),
         "it looks kidney- or magnesium-related"),  # dialysis: the screen as before
        ((_egfr(effectiveDateTime=DAY),
          _lab("o2", "Magnesium", "19123-9", unit="mg/dL", effectiveDateTime=DAY,
               valueQuantity={"value": 3.4, "unit": "mg/dL", "comparator": "<"})),
         "with no value in mg/dL, mg/L, mmol/L or mEq/L magadvise can read"),  # <1.4 mmol/L
    ],
)  # fmt: skip
def test_a_kidney_result_withholds_when_no_egfr_read_covers_it(
    run: RunFn, tmp_path: Path, resources: tuple[dict[str, Any], ...], why: str
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, *resources, AMLODIPINE))
    assert code == 4
    assert doc["go_ahead"] is False and "record-not-read" in _withheld(doc)
    assert all(g["recommendations"] == [] for g in doc["goals"])
    reason = _reason(doc, "Observation/o2")
    assert why in reason and "no dose is advised beside it" in reason
    assert "was used for kidney function" not in reason
