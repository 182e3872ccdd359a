"""FHIR R4 medication lists in (--meds-from) and DetectedIssue bundles out (--format fhir)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

pytest.importorskip("fhir.resources", reason="the FHIR models are not installed")

EXAMPLES = Path(__file__).parent.parent / "docs" / "examples"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
PATIENT = {"reference": "Patient/p1"}


def _request(id: str, display: str, status: str = "active", **more: Any) -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest",
        "id": id,
        "status": status,
        "intent": "order",
        "subject": PATIENT,
        "medicationCodeableConcept": {"coding": [{"system": RX, "code": "1", "display": display}]},
        **more,
    }


def _resource(kind: str, status: str, text: str) -> dict[str, Any]:
    """A medication resource of any kind, named by its text."""
    resource: dict[str, Any] = {
        "resourceType": kind,
        "id": "x",
        "status": status,
        "subject": PATIENT,
        "medicationCodeableConcept": {"text": text},
    }
    if kind == "MedicationRequest":
        resource["intent"] = "order"
    return resource


def _bundle(*resources: dict[str, Any]) -> dict[str, Any]:
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": [{"fullUrl": f"urn:uuid:{i}", "resource": r} for i, r in enumerate(resources)],
    }


def _write(tmp_path: Path, doc: object, name: str = "record.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def _cautions(run: RunFn, path: str, *more: str) -> tuple[int, dict[str, Any]]:
    result = run("cautions", "--json", "--meds-from", path, *more)
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


def test_the_example_bundle_every_resource_accounted_for(run: RunFn) -> None:
    code, doc = _cautions(run, str(EXAMPLES / "fhir-bundle.json"))
    assert code == 0
    checked = {c["source"]["resource"]: c["medication"] for c in doc["cautions"]}
    assert checked == {
        "MedicationRequest/furosemide": "furosemide",
        "MedicationRequest/levothyroxine": "levothyroxine",
        "MedicationRequest/cipro": "ciprofloxacin",
        "MedicationRequest/metoprolol": "metoprolol",
        "MedicationStatement/omeprazole": "omeprazole",
        "MedicationDispense/alendronate": "alendronate",
    }
    (skipped,) = doc["skipped"]
    assert skipped["source"]["resource"] == "MedicationRequest/hctz-old"
    assert skipped["status"] == "stopped"
    assert "not a current medicine" in skipped["reason"]
    assert doc["complete"] is True


def test_inactive_medicines_are_checked_on_request(run: RunFn) -> None:
    _, doc = _cautions(run, str(EXAMPLES / "fhir-bundle.json"), "--include-inactive")
    assert "hydrochlorothiazide" in {c["medication"] for c in doc["cautions"]}
    assert doc["skipped"] == []


def test_the_table_names_skipped_medicines_and_their_status(run: RunFn) -> None:
    result = run("cautions", "--meds-from", str(EXAMPLES / "fhir-bundle.json"))
    assert result.code == 0
    assert "SKIPPED" in result.out
    assert "Hydrochlorothiazide 25 MG Oral Tablet" in result.flat
    assert "stopped" in result.flat


def test_dose_times_from_the_record_feed_the_timing_plan(run: RunFn) -> None:
    _, doc = _cautions(run, str(EXAMPLES / "fhir-bundle.json"))
    rows = {c["medication"]: c for c in doc["timing"]["constraints"]}
    assert rows["levothyroxine"]["dose_times"] == ["06:30"]
    assert rows["levothyroxine"]["dose_times_from_record"] is True
    assert rows["levothyroxine"]["dose_times_assumed"] is False


def test_ndjson_is_read_line_by_line(run: RunFn) -> None:
    code, doc = _cautions(run, str(EXAMPLES / "fhir-medications.ndjson"))
    assert code == 0
    assert {c["medication"] for c in doc["cautions"]} >= {"furosemide", "ciprofloxacin"}
    assert doc["skipped"][0]["source"]["resource"] == "MedicationRequest/hctz-old"


@pytest.mark.parametrize(
    ("kind", "status", "checked"),
    [
        ("MedicationRequest", "active", True),
        ("MedicationRequest", "on-hold", True),
        ("MedicationRequest", "completed", True),  # filled; no date says the course is over
        ("MedicationRequest", "cancelled", False),
        ("MedicationRequest", "entered-in-error", False),
        ("MedicationRequest", "draft", False),
        ("MedicationStatement", "active", True),
        ("MedicationStatement", "intended", True),
        ("MedicationStatement", "stopped", False),
        ("MedicationDispense", "completed", True),
        ("MedicationDispense", "cancelled", False),
    ],
)
def test_status_decides_what_is_checked(
    run: RunFn, tmp_path: Path, kind: str, status: str, checked: bool
) -> None:
    resource = _resource(kind, status, "doxycycline 100 mg capsule")
    _, doc = _cautions(run, _write(tmp_path, resource))
    assert bool(doc["cautions"]) is checked
    assert bool(doc["skipped"]) is not checked


def test_a_list_with_items_outside_the_file_accounts_for_them(run: RunFn, tmp_path: Path) -> None:
    listing = {
        "resourceType": "List",
        "id": "meds",
        "status": "current",
        "mode": "snapshot",
        "entry": [
            {"item": {"reference": "MedicationStatement/a"}},
            {"item": {"reference": "MedicationStatement/elsewhere", "display": "warfarin"}},
        ],
    }
    statement = {
        "resourceType": "MedicationStatement",
        "id": "a",
        "status": "active",
        "subject": PATIENT,
        "medicationCodeableConcept": {"text": "levothyroxine 50 mcg"},
    }
    code, doc = _cautions(run, _write(tmp_path, _bundle(listing, statement)))
    assert [c["medication"] for c in doc["cautions"]] == ["levothyroxine"]
    (skipped,) = doc["skipped"]
    assert skipped["input"] == "warfarin"
    assert "not in this file" in skipped["reason"]
    assert code == 0


def test_a_bare_array_of_resources(run: RunFn, tmp_path: Path) -> None:
    path = _write(tmp_path, [_request("a", "Ciprofloxacin 500 MG Oral Tablet")])
    code, doc = _cautions(run, path)
    assert code == 0
    assert doc["cautions"][0]["medication"] == "ciprofloxacin"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"hello": "world"}', "not a FHIR resource"),
        ('{"resourceType": "Patient", "id": "p"}', "no medication resources"),
        (json.dumps(_bundle({"resourceType": "MedicationRequest"})), "/entry/0/resource"),
        (json.dumps({"resourceType": "Nonsense"}), "not a FHIR R4 resource type"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_usable_fhir_is_one_clear_error(
    run: RunFn, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "record.json"
    path.write_text(content, encoding="utf-8")
    result = run("cautions", "--json", "--meds-from", str(path))
    assert result.code == 1
    assert result.out == ""
    assert str(path) in result.err
    assert message in result.err
    assert "Traceback" not in result.err


def test_detected_issues_out_as_a_valid_fhir_bundle(run: RunFn, tmp_path: Path) -> None:
    from fhir.resources.R4B import get_fhir_model_class

    record = _bundle(
        _request("lt", "Levothyroxine Sodium 0.1 MG Oral Tablet"),
        _request("zz", "Zzyzxamab 10 MG Injection"),
    )
    result = run("cautions", "--meds-from", _write(tmp_path, record), "--format", "fhir")
    assert result.code == 3
    bundle = json.loads(result.out)
    assert bundle["resourceType"] == "Bundle"
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert "DetectedIssue" in kinds
    assert kinds[-1] == "OperationOutcome"
    for entry in bundle["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    issue = next(e["resource"] for e in bundle["entry"] if e["resource"].get("implicated"))
    assert issue["implicated"][0]["reference"] == "MedicationRequest/lt"
    assert issue["severity"] in {"high", "moderate", "low"}
    assert "4 h" in issue["mitigation"][0]["action"]["text"]


def test_a_two_thousand_resource_bundle_is_read_whole(run: RunFn, tmp_path: Path) -> None:
    names = ["furosemide 40 MG Oral Tablet", "Levothyroxine 50 MCG Oral Tablet", "zzqx 1 MG"]
    resources = [_request(f"r{i}", names[i % 3]) for i in range(2000)]
    code, doc = _cautions(run, _write(tmp_path, _bundle(*resources)))
    assert code == 3
    items = doc["cautions"] + doc["unassessed"]
    assert len(items) == 3  # the same name listed again is one entry, its copies kept
    assert sum(1 + len(item["copies"]) for item in items) == 2000
    resources_seen = {c["resource"] for item in items for c in [item["source"], *item["copies"]]}
    assert len(resources_seen) == 2000
    assert all(item["duplicates"] for item in doc["cautions"])  # flagged: listed many times


def test_a_medicine_named_only_in_its_reference_display_is_checked(
    run: RunFn, tmp_path: Path
) -> None:
    resource = _request("x", "unused")
    del resource["medicationCodeableConcept"]
    resource["medicationReference"] = {"display": "Xofluza"}
    code, doc = _cautions(run, _write(tmp_path, _bundle(resource)))
    assert [c["medication"] for c in doc["cautions"]] == ["baloxavir"]
    assert doc["skipped"] == []
    assert code == 0


def test_a_current_medicine_that_cannot_be_named_is_not_assessed(
    run: RunFn, tmp_path: Path
) -> None:
    code_only = _request("c", "unused")
    code_only["medicationCodeableConcept"] = {"coding": [{"system": RX, "code": "1927919"}]}
    dangling = _request("d", "unused")
    del dangling["medicationCodeableConcept"]
    dangling["medicationReference"] = {"reference": "Medication/missing"}
    code, doc = _cautions(run, _write(tmp_path, _bundle(code_only, dangling)))
    assert code == 3
    names = [u["input"] for u in doc["unassessed"]]
    assert any("MedicationRequest/c" in n and "1927919" in n for n in names)
    assert any("Medication/missing" in n for n in names)
    fhir = run("cautions", "--meds-from", _write(tmp_path, _bundle(code_only)), "--format", "fhir")
    assert fhir.code == 3
    assert json.loads(fhir.out)["entry"][-1]["resource"]["resourceType"] == "OperationOutcome"


MAY_BE_TAKEN = [
    ("MedicationStatement", "unknown"),
    ("MedicationStatement", "on-hold"),
    ("MedicationRequest", "unknown"),
]


@pytest.mark.parametrize(("kind", "status"), MAY_BE_TAKEN)
def test_a_medicine_that_may_still_be_taken_is_checked(
    run: RunFn, tmp_path: Path, kind: str, status: str
) -> None:
    _, doc = _cautions(run, _write(tmp_path, _resource(kind, status, "Xofluza")))
    assert [c["medication"] for c in doc["cautions"]] == ["baloxavir"]


def test_when_every_medicine_is_skipped_the_table_says_so(run: RunFn, tmp_path: Path) -> None:
    path = _write(tmp_path, _request("s", "Ciprofloxacin 500 MG Oral Tablet", status="stopped"))
    result = run("cautions", "--meds-from", path)
    assert "SKIPPED" in result.out
    assert "every one listed was skipped" in result.flat
    assert "No medicines or conditions given" not in result.flat
