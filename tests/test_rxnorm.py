"""RxNorm codes first: ingredient RxCUIs in a FHIR record name the medicine before its text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import bundle_file, request

from conftest import RunFn

pytest.importorskip("fhir.resources", reason="the FHIR models are not installed")


def _record(tmp_path: Path, *codings: tuple[str, str | None]) -> str:
    """A Bundle of active MedicationRequests, one per (RxNorm code, display or None)."""
    resources = [request(n, code, display) for n, (code, display) in enumerate(codings)]
    return bundle_file(tmp_path, *resources)


def _doc(run: RunFn, path: str) -> tuple[int, dict[str, Any]]:
    result = run("cautions", "--json", "--meds-from", path)
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


def _by_resource(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for caution in doc["cautions"]:
        found.setdefault(caution["source"]["resource"], []).append(caution)
    return found


def test_an_ingredient_code_that_agrees_with_its_display_is_matched_by_code(
    run: RunFn, tmp_path: Path
) -> None:
    code, doc = _doc(run, _record(tmp_path, ("2551", "ciprofloxacin")))
    assert code == 0
    (caution,) = doc["cautions"]
    assert (caution["medication"], caution["matched_by"]) == ("ciprofloxacin", "rxnorm")
    assert caution["disagreement"] is None
    assert caution["source"]["rxnorm"] == ["2551"]


def test_a_coding_with_only_a_code_is_assessed_by_its_code(run: RunFn, tmp_path: Path) -> None:
    path = _record(tmp_path, ("10582", None))
    code, doc = _doc(run, path)
    assert code == 0, doc["unassessed"]
    (caution,) = doc["cautions"]
    assert (caution["medication"], caution["matched_by"]) == ("levothyroxine", "rxnorm")
    assert doc["unassessed"] == []
    table = run("cautions", "--meds-from", path)
    assert "Matched: by its RxNorm ingredient code 10582 (RxCUI)" in table.flat
    assert "levothyroxine" in table.flat and "4 h before or 4 h after" in table.flat


def test_a_clinical_drug_code_is_read_by_its_display(run: RunFn, tmp_path: Path) -> None:
    # 197361 is an SCD (amlodipine 5 MG Oral Tablet), not an ingredient code: name parser.
    code, doc = _doc(run, _record(tmp_path, ("197361", "amlodipine 5 MG Oral Tablet")))
    assert code == 0
    (caution,) = doc["cautions"]
    assert (caution["medication"], caution["matched_by"]) == ("amlodipine", "name")
    assert caution["read_as"]["ingredients"][0]["strength"] == "5 mg"


def test_an_unknown_clinical_drug_code_with_no_display_is_not_assessed(
    run: RunFn, tmp_path: Path
) -> None:
    code, doc = _doc(run, _record(tmp_path, ("197361", None)))
    assert code == 3
    (item,) = doc["unassessed"]
    assert "RxNorm 197361" in item["input"]
    assert doc["cautions"] == []


def test_code_and_display_that_disagree_are_both_assessed_and_flagged(
    run: RunFn, tmp_path: Path
) -> None:
    path = _record(tmp_path, ("6809", "lisinopril 10 MG Oral Tablet"))
    code, doc = _doc(run, path)
    readings = _by_resource(doc)["MedicationRequest/r0"]
    by = {c["medication"]: c["matched_by"] for c in readings}
    assert by == {"lisinopril": "name", "metformin": "rxnorm"}
    for caution in readings:
        assert "6809 (metformin)" in caution["disagreement"]
        assert "lisinopril" in caution["disagreement"]
    assert code == 0
    table = run("cautions", "--meds-from", path).flat
    assert table.count("Code and name disagree") == 2
    stored = run("cautions", "--meds-from", path, "--format", "fhir").json()
    assert isinstance(stored, dict)
    details = [e["resource"].get("detail", "") for e in stored["entry"]]
    assert any("lisinopril" in d and "Code and name disagree" in d for d in details)


def test_a_code_beside_a_text_nobody_knows_keeps_the_text_not_assessed(
    run: RunFn, tmp_path: Path
) -> None:
    code, doc = _doc(run, _record(tmp_path, ("3640", "Zorblaxine 10 mg")))
    assert code == 3  # the text is still reported: not assessed
    (caution,) = doc["cautions"]
    assert (caution["medication"], caution["matched_by"]) == ("doxycycline", "rxnorm")
    (item,) = doc["unassessed"]
    assert item["input"] == "Zorblaxine 10 mg"
    assert "3640 (doxycycline)" in item["disagreement"] == caution["disagreement"]


def test_a_code_that_confirms_a_combination_ingredient_keeps_the_product(
    run: RunFn, tmp_path: Path
) -> None:
    path = _record(
        tmp_path, ("29046", "hydrochlorothiazide 12.5 MG / lisinopril 20 MG Oral Tablet")
    )
    code, doc = _doc(run, path)
    assert code == 0
    (caution,) = doc["cautions"]
    assert caution["medication"] == "lisinopril-hydrochlorothiazide"
    assert caution["matched_by"] == "rxnorm" and caution["disagreement"] is None


def test_typed_names_and_vocabulary_matches_say_how_they_matched(run: RunFn) -> None:
    doc = run("cautions", "--json", "--med", "furosemide").ok_doc()
    assert doc["cautions"][0]["matched_by"] == "name"
    assert doc["cautions"][0]["disagreement"] is None


def test_at_reaches_a_medicine_named_only_by_its_code(run: RunFn, tmp_path: Path) -> None:
    path = _record(tmp_path, ("10582", None))
    doc = run("cautions", "--json", "--meds-from", path, "--at", "levothyroxine=06:00").ok_doc()
    (row,) = doc["timing"]["constraints"]
    assert (row["medication"], row["dose_times"]) == ("levothyroxine", ["06:00"])


def test_a_plan_puts_a_disagreement_among_its_alerts(run: RunFn, tmp_path: Path) -> None:
    path = _record(tmp_path, ("6809", "lisinopril 10 MG Oral Tablet"))
    person = ("--goal", "migraine", "--age", "40", "--sex", "female")
    result = run("plan", *person, "--meds-from", path, "--format", "markdown")
    assert result.code == 0, result.err
    assert "Code and name disagree" in result.out
    assert "6809 (metformin)" in result.out
