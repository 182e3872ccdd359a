"""A FHIR record's other names for a medicine (coding display, reference display) are checked
beside its text: a record whose text and display name different medicines loses no caution."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import bundle_file, request

from conftest import RunFn

pytest.importorskip("fhir.resources", reason="the FHIR models are not installed")


def _texted(code: str, display: str, text: str) -> dict[str, Any]:
    """An active MedicationRequest ``r0`` with an RxNorm coding and a ``text`` beside it."""
    resource = request(0, code, display)
    resource["medicationCodeableConcept"]["text"] = text
    return resource


def _doc(run: RunFn, path: str) -> tuple[int, dict[str, Any]]:
    result = run("cautions", "--json", "--meds-from", path)
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


def test_a_text_and_a_display_naming_different_medicines_are_both_checked(
    run: RunFn, tmp_path: Path
) -> None:
    # 197511 is a clinical drug code (ciprofloxacin 500 MG Oral Tablet), read by its display.
    path = bundle_file(tmp_path, _texted("197511", "Ciprofloxacin 500 MG Oral Tablet", "Lasix"))
    code, doc = _doc(run, path)
    assert code == 0
    assert {c["medication"] for c in doc["cautions"]} == {"furosemide", "ciprofloxacin"}
    for caution in doc["cautions"]:
        assert "'Lasix'" in caution["disagreement"]
        assert "Ciprofloxacin 500 MG Oral Tablet" in caution["disagreement"]
    table = run("cautions", "--meds-from", path, env={"COLUMNS": "100"}).flat
    assert table.count("Code and name disagree") == 2
    assert "MODERATE Ciprofloxacin" in table and "Loop diuretics" in table


def test_a_display_is_checked_when_the_text_is_not_recognised(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, _texted("313988", "Furosemide 40 MG Oral Tablet", "Zorblaxine"))
    code, doc = _doc(run, path)
    assert code == 3
    assert [c["medication"] for c in doc["cautions"]] == ["furosemide"]
    assert [u["input"] for u in doc["unassessed"]] == ["Zorblaxine"]
    assert "Zorblaxine" in doc["unassessed"][0]["disagreement"]


def test_a_text_and_a_display_that_agree_are_one_medicine(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, _texted("313988", "Furosemide 40 MG Oral Tablet", "Lasix 40 mg"))
    code, doc = _doc(run, path)
    assert code == 0
    (caution,) = doc["cautions"]
    assert (caution["medication"], caution["disagreement"]) == ("furosemide", None)


def test_a_reference_display_naming_another_medicine_is_checked(run: RunFn, tmp_path: Path) -> None:
    resource = request(0, "0")
    del resource["medicationCodeableConcept"]
    resource["medicationReference"] = {"reference": "#m", "display": "doxycycline 100 mg"}
    resource["contained"] = [{"resourceType": "Medication", "id": "m", "code": {"text": "Lasix"}}]
    code, doc = _doc(run, bundle_file(tmp_path, resource))
    assert code == 0
    assert {c["medication"] for c in doc["cautions"]} == {"furosemide", "doxycycline"}
