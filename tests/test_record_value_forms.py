"""A kidney-function or serum magnesium result recognised by its LOINC code is read in the value
forms laboratories send (text with a unit, a comparator, an integer, a range, a decimal comma, the
SI unit mL/s), and one whose value still cannot be read withholds the dose: it never sits beside
one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, ON, PATIENT, bundle_file, recommend_json

from conftest import RunFn

LOINC = "http://loinc.org"
MAGNESIUM, EGFR, EGFR_2021 = "19123-9", "33914-3", "98979-8"


def _coded(loinc: str, **value: Any) -> dict[str, Any]:
    """An Observation coded only by ``loinc`` (no text, no display), with ``value`` fields."""
    return {"resourceType": "Observation", "id": "o1", "status": "final",
            "subject": {"reference": "Patient/p1"},
            "code": {"coding": [{"system": LOINC, "code": loinc}]}, **value}  # fmt: skip


def _withheld(doc: dict[str, Any]) -> list[str]:
    return [w["id"] for w in (doc["withheld"] or {}).get("by", [])]


def _read_as(doc: dict[str, Any]) -> str:
    [fact] = [f for f in doc["from_record"] if f["source"]["resource"] == "Observation/o1"]
    assert isinstance(fact["read_as"], str)
    return fact["read_as"]


@pytest.mark.parametrize(
    ("observation", "read_as", "condition"),
    [
        (_coded(MAGNESIUM, valueString="3.4 mg/dL"), "serum magnesium 3.4 mg/dL (1.4 mmol/L)",
         "hypermagnesemia"),
        (_coded(MAGNESIUM, valueString="1.2 mmol/L H"), "serum magnesium 1.2 mmol/L (1.2 mmol/L)",
         "hypermagnesemia"),
        (_coded(MAGNESIUM, valueQuantity={"value": 1.4, "unit": "mmol/L", "comparator": ">"}),
         "serum magnesium >1.4 mmol/L", "hypermagnesemia"),
        (_coded(MAGNESIUM, valueQuantity={"value": 1.4, "unit": "mM"}), "serum magnesium 1.4 mM",
         "hypermagnesemia"),
        (_coded(MAGNESIUM, valueQuantity={"value": 34, "unit": "mg/L"}),
         "serum magnesium 34 mg/L (1.4 mmol/L)", "hypermagnesemia"),
        (_coded(EGFR, valueQuantity={"value": 0.4, "unit": "mL/s/1.73m2"}),
         "eGFR 24 mL/min/1.73m2", "severe-kidney-disease"),
        (_coded(EGFR, valueString="<0.25 mL/s"), "eGFR <15", "severe-kidney-disease"),
        (_coded(EGFR_2021, valueInteger=22), "eGFR 22", "severe-kidney-disease"),
        (_coded(EGFR, valueRange={"low": {"value": 15}, "high": {"value": 29}}), "eGFR 15-29",
         "severe-kidney-disease"),
        (_coded(EGFR, valueString="22,5"), "eGFR 22.5", "severe-kidney-disease"),
        (_coded(EGFR, valueString="45 mL/min/1.73 m2"), "eGFR 45", "kidney-disease"),
        (_coded(EGFR, valueCodeableConcept={"text": "<15"}), "eGFR <15", "severe-kidney-disease"),
        (_coded(MAGNESIUM, valueQuantity={"value": 0.4, "unit": "mmol/L", "comparator": "<"}),
         "serum magnesium <0.4 mmol/L", None),
        (_coded(EGFR, valueQuantity={"value": 1.5, "unit": "mL/s/1.73m2"}), "eGFR 90", None),
    ],
)  # fmt: skip
def test_a_coded_result_in_another_value_form_is_read(
    run: RunFn, tmp_path: Path, observation: dict[str, Any], read_as: str, condition: str | None
) -> None:
    found, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, observation, AMLODIPINE))
    assert _read_as(doc).startswith(read_as)
    if condition is None:  # a bound or SI value that settles it: no condition, the dose shown
        assert (found, doc["go_ahead"], _withheld(doc)) == (0, True, [])
        assert _read_as(doc).endswith("no condition")
    else:
        assert (found, doc["go_ahead"], _withheld(doc)) == (4, False, [condition])


@pytest.mark.parametrize(
    ("observation", "shown"),
    [
        (_coded(MAGNESIUM, valueString=">4.0"), "serum magnesium"),
        (_coded(MAGNESIUM, valueInteger=3), "serum magnesium"),
        (_coded(MAGNESIUM, valueQuantity={"value": 3.4}), "serum magnesium"),
        (_coded(MAGNESIUM, valueQuantity={"value": 1.4, "unit": "mmol/L", "comparator": "<"}),
         "serum magnesium"),
        (_coded(MAGNESIUM, interpretation=[{"coding": [{"code": "HH"}]}]), "serum magnesium"),
        (_coded(EGFR, valueString="see comment"), "eGFR"),
        (_coded(EGFR, valueQuantity={"value": -5, "unit": "mL/min/1.73m2"}), "eGFR"),
        (_coded(EGFR, valueQuantity={"value": 30, "unit": "L/d"}), "eGFR"),
        (_coded(EGFR, dataAbsentReason={"text": "error"}), "eGFR"),
        (_coded("2164-2", valueRange={"low": {"value": 29}, "high": {"value": 15}}),
         "creatinine clearance"),
    ],
)  # fmt: skip
def test_a_coded_result_whose_value_is_not_read_withholds_and_is_named(
    run: RunFn, tmp_path: Path, observation: dict[str, Any], shown: str
) -> None:
    path = bundle_file(tmp_path, PATIENT, observation, AMLODIPINE)
    code, doc = recommend_json(run, path)
    assert code == 4
    assert doc["go_ahead"] is False
    assert all(g["recommendations"] == [] for g in doc["goals"])
    assert _withheld(doc) == ["record-not-read"]
    [skipped] = [s for s in doc["skipped"] if s.get("not_read")]
    assert skipped["input"] == shown
    assert f"a {shown} result with no value" in skipped["reason"]
    table = run("recommend", "--goal", "sleep", "--meds-from", path, env=ON)
    assert table.code == 4
    assert "NO DOSE ADVISED" in table.out and f"the record lists '{shown}'" in table.flat
