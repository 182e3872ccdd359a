"""A record's kidney and magnesium facts never sit beside a dose: long condition wordings read as
``--condition`` reads them, creatinine clearance, eGFR written as text, serum magnesium, IV
magnesium running now, kidney codes; and anything kidney- or magnesium-related that magadvise
could not read withholds the dose (exit 4) where an unrelated entry only makes it incomplete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, ON, PATIENT, bundle_file, recommend_json

from conftest import RunFn

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"


def _condition(text: str | None = None, code: str | None = None) -> dict[str, Any]:
    concept: dict[str, Any] = {"text": text} if text else {}
    if code:
        concept["coding"] = [{"system": ICD10, "code": code}]
    return {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
            "code": concept}  # fmt: skip


def _result(
    text: str, loinc: str | None = None, *, value: float | None = None, unit: str = "",
    string: str | None = None, comparator: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    code: dict[str, Any] = {"text": text}
    if loinc:
        code["coding"] = [{"system": LOINC, "code": loinc}]
    resource: dict[str, Any] = {"resourceType": "Observation", "id": "o1", "status": "final",
                                "subject": {"reference": "Patient/p1"}, "code": code}  # fmt: skip
    if value is not None:
        quantity: dict[str, Any] = {"value": value, "unit": unit}
        resource["valueQuantity"] = quantity | ({"comparator": comparator} if comparator else {})
    if string is not None:
        resource["valueString"] = string
    return resource


def _withheld(doc: dict[str, Any]) -> list[str]:
    return [w["id"] for w in (doc["withheld"] or {}).get("by", [])]


def _no_dose(doc: dict[str, Any]) -> None:
    assert doc["go_ahead"] is False
    assert all(g["recommendations"] == [] for g in doc["goals"])


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        ("ESRD on HD", ["severe-kidney-disease", "dialysis"]),
        ("End stage renal disease on hemodialysis", ["severe-kidney-disease", "dialysis"]),
        ("Chronic kidney disease, stage 4 (severe)", ["severe-kidney-disease"]),
        ("Chronic kidney disease stage 5 on dialysis", ["severe-kidney-disease", "dialysis"]),
        ("CKD 3b", ["kidney-disease"]),
        ("stage IIIb chronic kidney disease", ["kidney-disease"]),
        ("ESKD [on PD]", ["severe-kidney-disease", "dialysis"]),  # PD: peritoneal dialysis
        ("Acute on chronic renal failure", ["severe-kidney-disease"]),
        ("s/p kidney transplant", ["kidney-disease"]),
        ("Diabetic nephropathy", ["kidney-disease"]),
    ],
)
def test_a_conditions_text_is_read_as_the_condition_option_reads_it(
    run: RunFn, tmp_path: Path, text: str, conditions: list[str]
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, _condition(text), AMLODIPINE))
    assert code == 4
    _no_dose(doc)
    assert _withheld(doc) == conditions
    read = [f for f in doc["from_record"] if f["source"]["resource"] == "Condition/c1"]
    assert [f["condition"] for f in read] == conditions
    assert all(f["input"] == text for f in read)
    assert not [s for s in doc["skipped"] if s.get("not_read")]
    typed = run("recommend", "--goal", "constipation", "--condition", text, "--json").json()
    assert isinstance(typed, dict) and _withheld(typed) == conditions


@pytest.mark.parametrize("command", ["recommend", "dose", "plan"])
def test_a_long_wording_typed_withholds_in_every_command(run: RunFn, command: str) -> None:
    args = {
        "recommend": ["recommend", "--goal", "sleep"],
        "dose": ["dose", "citrate", "--elemental", "100"],
        "plan": ["plan", "--goal", "sleep", "--age", "70", "--sex", "F"],
    }[command]
    result = run(*args, "--condition", "End stage renal disease on hemodialysis")
    assert result.code == 4, result.err
    assert "Dialysis" in result.flat and "Severe kidney disease" in result.flat


@pytest.mark.parametrize(
    ("resource", "condition", "read_as"),
    [
        (_result("Creatinine clearance", "2164-2", value=35, unit="mL/min"), "kidney-disease",
         "creatinine clearance 35 mL/min"),
        (_result("CrCl (Cockcroft-Gault)", value=22, unit="mL/min"), "severe-kidney-disease",
         "creatinine clearance 22 mL/min"),
        (_result("eGFR", "33914-3", string="<15"), "severe-kidney-disease", "eGFR <15"),
        (_result("eGFR", "62238-1", string="15-29 mL/min/1.73m2"), "severe-kidney-disease",
         "eGFR 15-29"),
        (_result("eGFR", "62238-1", string="30-59"), "kidney-disease", "eGFR 30-59"),
        (_result("eGFR", "62238-1", value=15, unit="mL/min/1.73m2", comparator="<"),
         "severe-kidney-disease", "eGFR <15"),
        (_result("Magnesium [Mass/volume] in Serum or Plasma", "2601-3", value=3.4,
                 unit="mg/dL"), "hypermagnesemia", "serum magnesium 3.4 mg/dL (1.4 mmol/L)"),
        (_result("Magnesium", "19123-9", value=1.2, unit="mmol/L"), "hypermagnesemia",
         "serum magnesium 1.2 mmol/L (1.2 mmol/L)"),
        (_result("Magnesium, serum", value=2.2, unit="mEq/L"), "hypermagnesemia",
         "serum magnesium 2.2 mEq/L (1.1 mmol/L)"),
    ],
)  # fmt: skip
def test_kidney_function_and_magnesium_results_are_read_into_their_condition(
    run: RunFn, tmp_path: Path, resource: dict[str, Any], condition: str, read_as: str
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, resource, AMLODIPINE))
    assert code == 4
    _no_dose(doc)
    assert _withheld(doc) == [condition]
    [fact] = [f for f in doc["from_record"] if f["source"]["resource"] == "Observation/o1"]
    assert fact["condition"] == condition
    assert fact["read_as"].startswith(read_as)


@pytest.mark.parametrize(
    "resource",
    [
        _result("eGFR", "62238-1", string=">60"),
        _result("Magnesium", "19123-9", value=2.0, unit="mg/dL"),
    ],
)
def test_a_normal_result_is_read_and_the_dose_shown(
    run: RunFn, tmp_path: Path, resource: dict[str, Any]
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, resource, AMLODIPINE))
    assert code == 0
    assert doc["go_ahead"] is True and doc["complete"] is True
    [fact] = [f for f in doc["from_record"] if f["source"]["resource"] == "Observation/o1"]
    assert fact["condition"] is None and fact["read_as"].endswith("no condition")


@pytest.mark.parametrize(
    ("code", "condition"),
    [
        ("Z49.31", "dialysis"),
        ("Z91.15", "dialysis"),
        ("Z94.0", "kidney-disease"),
        ("T86.10", "kidney-disease"),
        ("O90.49", "kidney-disease"),
        ("E11.21", "kidney-disease"),
        ("R94.4", "kidney-disease"),
    ],
)
def test_kidney_codes_are_read(run: RunFn, tmp_path: Path, code: str, condition: str) -> None:
    found, doc = recommend_json(
        run, bundle_file(tmp_path, PATIENT, _condition(code=code), AMLODIPINE)
    )
    assert found == 4
    assert _withheld(doc) == [condition]


@pytest.mark.parametrize(
    ("resource", "shown"),
    [
        (_condition("Renal osteodystrophy"), "Renal osteodystrophy"),
        (_condition("CRI"), "CRI"),
        (_condition("On CRRT"), "On CRRT"),
        (_condition(code="N28.9"), "Condition with no text"),
        (_condition("Disorder of the transplant", "Z94.0"), None),
        (_result("Creatinine [Mass/volume] in Serum", "2160-0", value=3.1, unit="mg/dL"),
         "Creatinine [Mass/volume] in Serum"),
        (_result("Magnesium [Moles/volume] in Urine", value=3.0, unit="mmol/L"),
         "Magnesium [Moles/volume] in Urine"),
        (_result("eGFR", "62238-1", string="pending"), "eGFR"),
        (_result("eGFR", "62238-1", string="<90"), "eGFR <90"),
        (_result("Magnesium", "19123-9", value=3.4, unit="mg/dL", comparator="<"), "Magnesium"),
    ],
)  # fmt: skip
def test_a_kidney_or_magnesium_entry_not_read_withholds_the_dose(
    run: RunFn, tmp_path: Path, resource: dict[str, Any], shown: str | None
) -> None:
    path = bundle_file(tmp_path, PATIENT, resource, AMLODIPINE)
    code, doc = recommend_json(run, path)
    if shown is None:  # a kidney code whose text is read by its code
        assert code == 4 and _withheld(doc) == ["kidney-disease"]
        return
    assert code == 4
    _no_dose(doc)
    assert _withheld(doc) == ["record-not-read"]
    [held] = doc["withheld"]["by"]
    assert f"the record lists '{shown}'" in held["name"] and "could not read" in held["name"]
    assert "Check kidney function" in doc["withheld"]["reason"]
    [skipped] = [s for s in doc["skipped"] if s.get("not_read")]
    assert skipped["input"] == shown
    table = run("recommend", "--goal", "constipation", "--meds-from", path, env=ON)
    assert table.code == 4
    assert "NO DOSE ADVISED" in table.out and f"the record lists '{shown}'" in table.flat
    assert "mg/day" not in table.flat.lower().replace("no form, mg/day", "")


def test_an_unrelated_entry_not_read_keeps_the_dose_and_exit_3(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, PATIENT, _condition("Seasonal allergies"), AMLODIPINE)
    code, doc = recommend_json(run, path)
    assert code == 3
    assert doc["go_ahead"] is True and doc["complete"] is False
    assert _withheld(doc) == []
    [skipped] = doc["skipped"]
    assert skipped["not_read"] is True and skipped["input"] == "Seasonal allergies"
    assert doc["goals"][0]["recommendations"][0]["dose"]["min_mg"] == 905


def _infusion(status: str, **when: Any) -> dict[str, Any]:
    return {"resourceType": "MedicationAdministration", "id": "a2", "status": status,
            "subject": {"reference": "Patient/p1"},
            "medicationCodeableConcept": {"text": "Magnesium sulfate 4 g in 100 mL IV infusion"},
            **(when or {"effectivePeriod": {"start": "2026-11-01T10:00:00Z"}})}  # fmt: skip


@pytest.mark.parametrize(
    ("infusion", "code"),
    [
        (_infusion("in-progress"), 4),  # running now, whenever it started
        (_infusion("completed", effectivePeriod={"end": "2026-11-29T23:00:00Z"}), 4),
        (_infusion("stopped", effectivePeriod={"end": "2026-12-01T08:00:00Z"}), 4),  # part given
        (_infusion("completed", effectiveDateTime="2026-11-20T10:00:00Z"), 3),
    ],
)
def test_iv_magnesium_running_or_just_given_withholds_as_typed_does(
    run: RunFn, tmp_path: Path, infusion: dict[str, Any], code: int
) -> None:
    path = bundle_file(tmp_path, PATIENT, infusion, AMLODIPINE)
    for _ in ("read", "kept in the cache"):  # the second run reads what the first one kept
        found, doc = recommend_json(run, path)
        assert found == code
        assert _withheld(doc) == (["magnesium-given"] if code == 4 else [])
    typed = run("recommend", "--goal", "constipation", "--med", "Magnesium sulfate 4 g IV")
    assert typed.code == 4


def test_the_printed_plan_withholds_and_names_the_entry(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, PATIENT, _condition("Renal osteodystrophy"), AMLODIPINE)
    for fmt in ("html", "json", "table"):
        result = run("plan", "--goal", "constipation", "--age", "76", "--sex", "F",
                     "--meds-from", path, "--format", fmt, env=ON)  # fmt: skip
        assert result.code == 4, result.err
        assert "Renal osteodystrophy" in result.out
        assert "Daily target" not in result.out
    doc = run("plan", "--goal", "constipation", "--age", "76", "--sex", "F", "--meds-from", path,
              "--json", env=ON).json()  # fmt: skip
    assert isinstance(doc, dict) and doc["go_ahead"] is False


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("CKD w/o dialysis", ["kidney-disease"]),
        ("Non-dialysis CKD stage 4", ["severe-kidney-disease"]),
    ],
)
def test_a_negation_ends_what_a_wording_counts_as(
    run: RunFn, tmp_path: Path, text: str, withheld: list[str]
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, _condition(text), AMLODIPINE))
    assert code == 4
    assert _withheld(doc) == withheld


def test_a_negated_condition_typed_is_unknown(run: RunFn) -> None:
    result = run("recommend", "--goal", "sleep", "--condition", "not pregnant", "--json")
    assert result.code == 2 and result.out == ""
    assert "unknown condition 'not pregnant'" in result.err
