"""A record's body weight Observation (LOINC 29463-7, 3141-9) is read as a list's weight line is
(fhir.body_weight, advice.listed_weight): under 40 kg with no birth date, no dose until --age is
given (exit 4, ``child-weight-needs-age``); an adult's weight, or a child's birth date, and it is
only read. Beside an adult's age it withholds as a list's does (``child-weight-adult-age``),
unless the record dates it to the patient's childhood. A weight in a medicine's dosage text
(``400 mg bid (16 kg)``) counts the same. A body weight whose value cannot be read withholds the
same way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import bundle_file, recommend_json

from conftest import RunFn

HELD = "child-weight-needs-age"
ADULT = "child-weight-adult-age"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
UNDATED = {"resourceType": "Patient", "id": "p1", "gender": "female"}
MIRALAX = {
    "resourceType": "MedicationStatement", "id": "m1", "status": "active",
    "subject": {"reference": "Patient/p1"},
    "medicationCodeableConcept": {"text": "Polyethylene glycol 3350 17 g powder"},
}  # fmt: skip


def _weight(code: str = "29463-7", **value: Any) -> dict[str, Any]:
    return {
        "resourceType": "Observation", "id": "o1", "status": "final",
        "subject": {"reference": "Patient/p1"},
        "code": {"coding": [{"system": LOINC, "code": code, "display": "Body weight"}]},
        **value,
    }  # fmt: skip


def _kg(value: float, unit: str) -> dict[str, Any]:
    return {"valueQuantity": {"value": value, "unit": unit, "system": UCUM, "code": unit}}


def _run(
    run: RunFn, tmp_path: Path, *resources: dict[str, Any], more: tuple[str, ...] = ()
) -> tuple[int, list[str], dict[str, Any]]:
    code, doc = recommend_json(run, bundle_file(tmp_path, *resources, MIRALAX), *more)
    held = [w["id"] for w in doc["withheld"]["by"]] if doc["withheld"] else []
    return code, held, doc


@pytest.mark.parametrize(
    ("code", "value", "kg"),
    [
        ("29463-7", _kg(16, "kg"), "16 kg"),
        ("29463-7", _kg(35, "[lb_av]"), "15.9 kg"),
        ("3141-9", _kg(16000, "g"), "16 kg"),
    ],
)
def test_a_childs_body_weight_without_a_birth_date_withholds(
    run: RunFn, tmp_path: Path, code: str, value: dict[str, Any], kg: str
) -> None:
    exit_code, held, doc = _run(run, tmp_path, UNDATED, _weight(code, **value))
    assert (exit_code, held) == (4, [HELD])
    assert f"{kg}, under 40 kg" in doc["withheld"]["by"][0]["name"]
    assert "in the record" in doc["withheld"]["by"][0]["name"]
    _, held, _ = _run(run, tmp_path, UNDATED, _weight(code, **value), more=("--age", "6"))
    assert HELD not in held
    exit_code, held, _ = _run(run, tmp_path, UNDATED, _weight(code, **value), more=("--age", "35"))
    assert (exit_code, held) == (4, [ADULT])  # as a list's 'Wt 16 kg' with --age 35


def test_an_adults_body_weight_is_read_not_left_unread(run: RunFn, tmp_path: Path) -> None:
    _, held, doc = _run(run, tmp_path, UNDATED, _weight(**_kg(70, "kg")))
    assert held == []
    assert any("a weight of 70 kg in the record" in f["read_as"] for f in doc["from_record"])
    assert not any("Body weight" in s["input"] for s in doc["skipped"])


@pytest.mark.parametrize(
    ("taken", "expected"),
    [(None, (4, [ADULT])), ("2026-11-02", (4, [ADULT])), ("1984-03-01", (0, []))],
    ids=["undated", "lately", "in-childhood"],
)
def test_an_adults_birth_date_beside_a_childs_body_weight_withholds_unless_from_childhood(
    run: RunFn, tmp_path: Path, taken: str | None, expected: tuple[int, list[str]]
) -> None:
    adult = {"resourceType": "Patient", "id": "p1", "birthDate": "1980-01-01"}
    weight = _weight(**_kg(16, "kg"), **({"effectiveDateTime": taken} if taken else {}))
    exit_code, held, doc = _run(run, tmp_path, adult, weight)
    assert (exit_code, held) == expected  # as a list's 'Age: 46' beside 'Wt 16 kg'
    if held:
        assert "the record gives a weight of 16 kg" in doc["withheld"]["by"][0]["name"]


def test_a_weight_in_a_dosage_text_is_the_weight_dosed_for(run: RunFn, tmp_path: Path) -> None:
    adult = {"resourceType": "Patient", "id": "p1", "birthDate": "1980-01-01"}
    amoxicillin = {
        "resourceType": "MedicationStatement", "id": "m2", "status": "active",
        "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": {"text": "Amoxicillin 250 MG Oral Capsule"},
        "dosage": [{"text": "250 mg tds (16 kg)"}],
    }  # fmt: skip
    exit_code, held, _ = _run(run, tmp_path, adult, amoxicillin)
    assert (exit_code, held) == (4, [ADULT])
    exit_code, held, _ = _run(run, tmp_path, UNDATED, amoxicillin)
    assert exit_code == 4 and HELD in held


@pytest.mark.parametrize(
    "value", [{"valueString": "heavy"}, _kg(16, "stone"), {}], ids=["text", "unit", "none"]
)
def test_a_body_weight_not_read_withholds_without_an_age(
    run: RunFn, tmp_path: Path, value: dict[str, Any]
) -> None:
    exit_code, held, doc = _run(run, tmp_path, UNDATED, _weight(**value))
    assert (exit_code, held) == (4, [HELD])
    assert "not read" in doc["withheld"]["by"][0]["name"]
