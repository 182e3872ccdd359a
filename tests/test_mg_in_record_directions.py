"""An mg dose in a health record beside a magnesium tablet counts as the typed line's does.

Before: a MedicationStatement for Slow-Mag with ``dosage.text`` "143 mg daily" was counted as
one tablet (71.5 mg), so 278.5 mg more was advised (421.5 mg a day in all, above the 350 mg
upper level), while the typed line ``Slow-Mag 143 mg daily`` is two tablets; a ``doseQuantity``
of 143 mg beside Slow-Mag was "not in tablets" and withheld.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import ON, PATIENT, bundle_file

from conftest import RunFn

ADULT = {**PATIENT, "birthDate": "1970-01-01"}


def _statement(
    name: str, dosage: dict[str, Any], kind: str = "MedicationStatement"
) -> dict[str, Any]:
    key = "dosage" if kind == "MedicationStatement" else "dosageInstruction"
    resource: dict[str, Any] = {
        "resourceType": kind, "id": "m1", "status": "active",
        "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": {"text": name}, key: [dosage],
    }  # fmt: skip
    if kind == "MedicationRequest":
        resource["intent"] = "order"
    return resource


def _migraine(run: RunFn, path: str) -> tuple[int, dict[str, Any]]:
    result = run("recommend", "--goal", "migraine", "--meds-from", path, "--json", env=ON)
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


_DAILY = {"timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d"}}}


@pytest.mark.parametrize(
    ("kind", "dosage"),
    [
        ("MedicationStatement", {"text": "143 mg daily"}),
        ("MedicationRequest", {"text": "Take 143 mg by mouth daily"}),
        ("MedicationStatement", {"patientInstruction": "143 mg at bedtime"}),
        ("MedicationStatement", {**_DAILY, "doseAndRate": [{"doseQuantity": {
            "value": 143, "unit": "mg", "system": "http://unitsofmeasure.org", "code": "mg"}}]}),
    ],
)  # fmt: skip
def test_an_mg_dose_in_a_record_counts_as_tablets(
    run: RunFn, tmp_path: Path, kind: str, dosage: dict[str, Any]
) -> None:
    path = bundle_file(tmp_path, ADULT, _statement("Slow-Mag", dosage, kind))
    code, doc = _migraine(run, path)
    assert code == 0
    assert doc["ceiling"]["mg"] == 207, doc["ceiling"]  # 2 tablets, 143 mg: 350 - 143 left
    assert "about 143 mg/day" in doc["ceiling"]["why"]


def test_the_record_says_how_the_mg_was_counted(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, ADULT, _statement("Slow-Mag", {"text": "143 mg daily"}))
    _, doc = _migraine(run, path)
    assert "143 mg written a dose: 2 tablets of 71.5 mg elemental" in doc["ceiling"]["why"]


def test_a_mag_ox_record_in_mg_twice_daily(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, ADULT, _statement("Mag-Ox 400", {"text": "800 mg twice daily"}))
    code, doc = _migraine(run, path)
    assert code == 4
    assert "965.2 mg a day" in doc["withheld"]["reason"]  # 4 tablets, not 2


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("100 mg daily", "100 mg"),  # no figure of a tablet divides it
        ("3 tablets (143 mg) daily", "143 mg"),  # the mg and the count disagree
    ],
)
def test_an_mg_not_read_in_a_record_withholds(
    run: RunFn, tmp_path: Path, text: str, unread: str
) -> None:
    path = bundle_file(tmp_path, ADULT, _statement("Slow-Mag", {"text": text}))
    code, doc = _migraine(run, path)
    assert code == 4
    [held] = doc["withheld"]["by"]
    assert held["id"] == "listed-magnesium-amount-unknown"
    assert f"'{unread}' in the record's directions was not read" in held["name"]


def test_a_count_and_an_mg_that_agree_are_read(run: RunFn, tmp_path: Path) -> None:
    dosage = {"text": "1 tablet (71.5 mg) twice daily"}
    path = bundle_file(tmp_path, ADULT, _statement("Slow-Mag", dosage))
    code, doc = _migraine(run, path)
    assert (code, doc["ceiling"]["mg"]) == (0, 207)


@pytest.mark.parametrize(
    "dosage",
    [
        {"text": "4800 mg at bedtime"},
        {**_DAILY, "doseAndRate": [{"doseQuantity": {"value": 4800, "unit": "mg"}}]},
    ],
)
def test_an_mg_dose_of_milk_of_magnesia_is_read_as_ml(
    run: RunFn, tmp_path: Path, dosage: dict[str, Any]
) -> None:
    path = bundle_file(tmp_path, ADULT, _statement("Milk of Magnesia", dosage))
    code, doc = _migraine(run, path)
    assert code == 4
    assert "Milk of Magnesia 2,000 mg a day" in doc["withheld"]["reason"]  # 60 mL, not 30


def _coded(tablets: int, text: str) -> dict[str, Any]:
    return {**_DAILY, "text": text, "doseAndRate": [{"doseQuantity": {"value": tablets,
            "unit": "tablet"}}]}  # fmt: skip


def test_an_mg_text_beside_a_coded_dose_that_disagrees_withholds(
    run: RunFn, tmp_path: Path
) -> None:
    path = bundle_file(tmp_path, ADULT, _statement("Slow-Mag", _coded(1, "143 mg daily")))
    code, doc = _migraine(run, path)
    assert code == 4  # 1 tablet coded, 2 written: never the lower count
    [held] = doc["withheld"]["by"]
    assert held["id"] == "listed-magnesium-amount-unknown"
    assert "'143 mg daily'" in held["name"]
    assert "do not say the same amount a day as its dose" in held["name"]


@pytest.mark.parametrize(
    ("name", "tablets", "text", "ceiling"),
    [
        ("Slow-Mag", 2, "143 mg daily", 207),  # 2 tablets both ways
        ("Mag-Ox 400", 1, "Take 1 tablet (400 mg) daily", 108.7),  # one tablet's strength
    ],
)
def test_an_mg_text_that_agrees_with_a_coded_dose_is_counted(
    run: RunFn, tmp_path: Path, name: str, tablets: int, text: str, ceiling: float
) -> None:
    path = bundle_file(tmp_path, ADULT, _statement(name, _coded(tablets, text)))
    code, doc = _migraine(run, path)
    assert (code, doc["ceiling"]["mg"]) == (0, ceiling)
