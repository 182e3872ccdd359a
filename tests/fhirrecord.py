"""FHIR records for tests: MedicationRequests coded in RxNorm, in a Bundle written to a file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from conftest import RunFn

RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
ON = {"SOURCE_DATE_EPOCH": "1796083200"}  # 2026-12-01 UTC
PATIENT = {"resourceType": "Patient", "id": "p1", "birthDate": "1950-01-01"}
AMLODIPINE: dict[str, Any] = {
    "resourceType": "MedicationRequest", "id": "r1", "status": "active", "intent": "order",
    "subject": {"reference": "Patient/p1"},
    "medicationCodeableConcept": {"text": "Amlodipine 5 MG Oral Tablet"},
}  # fmt: skip
"""A Patient aged 76 on 2026-12-01, and a medicine with no magnesium caution beyond a minor one."""


def request(
    number: int,
    code: str,
    display: str | None = None,
    repeat: dict[str, Any] | None = None,
    dosage: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An active MedicationRequest ``r<number>`` coded ``code`` (RxNorm), with a display if
    given, ``dosageInstruction.timing.repeat`` if given, and more of the dosage (``dosage``:
    ``doseAndRate``, ``text``) if given."""
    coding = {"system": RX, "code": code, **({"display": display} if display else {})}
    resource: dict[str, Any] = {
        "resourceType": "MedicationRequest",
        "id": f"r{number}",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": {"coding": [coding]},
    }
    if repeat is not None or dosage is not None:
        timing = {"timing": {"repeat": repeat}} if repeat is not None else {}
        resource["dosageInstruction"] = [{**timing, **(dosage or {})}]
    return resource


def dose(value: float, unit: str, code: str | None = None) -> dict[str, Any]:
    """A dosage's ``doseAndRate`` with one ``doseQuantity`` (``unit`` as text, ``code`` UCUM)."""
    quantity: dict[str, Any] = {"value": value, "unit": unit}
    if code is not None:
        quantity |= {"system": "http://unitsofmeasure.org", "code": code}
    return {"doseAndRate": [{"doseQuantity": quantity}]}


def bundle_file(tmp_path: Path, *resources: dict[str, Any]) -> str:
    """The resources as a collection Bundle in ``tmp_path/record.json``; its path."""
    entries = [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources]
    path = tmp_path / "record.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}))
    return str(path)


def recommend_json(run: RunFn, path: str, *more: str) -> tuple[int, dict[str, Any]]:
    """``recommend --goal constipation --meds-from PATH --json`` run on 2026-12-01 (``ON``):
    the exit code and the JSON document."""
    result = run("recommend", "--goal", "constipation", "--meds-from", path, "--json", *more,
                 env=ON)  # fmt: skip
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


def condition_json(run: RunFn, tmp_path: Path, text: str) -> tuple[int, dict[str, Any]]:
    """:func:`recommend_json` of a record of the 76-year-old ``PATIENT`` on amlodipine with one
    Condition whose ``code.text`` is ``text``."""
    condition = {"resourceType": "Condition", "id": "c1", "code": {"text": text},
                 "subject": {"reference": "Patient/p1"}}  # fmt: skip
    return recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, condition))
