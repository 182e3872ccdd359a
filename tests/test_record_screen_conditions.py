"""The safety net covers every condition the rules withhold or cap a dose for: a record's entry
not read that may name heart block, myasthenia, heart failure, a pregnancy or breastfeeding
("Left bundle branch block", "No heart block", "NYHA class III", a Procedure for a pacemaker in
heart block) withholds the dose as a kidney one does (JSON withholder ``record-not-read``);
family history stays a relative's, and an unrelated entry keeps the dose (exit 3)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, ON, PATIENT, bundle_file, recommend_json

from conftest import RunFn

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
SCREENED = "so no dose is advised beside it"


def _condition(text: str | None, code: str | None = None, id: str = "c1") -> dict[str, Any]:
    concept: dict[str, Any] = {"text": text} if text else {}
    if code:
        concept["coding"] = [{"system": ICD10, "code": code}]
    return {"resourceType": "Condition", "id": id, "subject": {"reference": "Patient/p1"},
            "code": concept}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "code", "named"),
    [
        ("LBBB", None, "heart block"),  # bifascicular block is now read as heart block itself
        ("Left bundle branch block", None, "heart block"),
        ("No heart block", None, "heart block"),
        ("Sick sinus syndrome", None, "heart block"),
        (None, "I49.5", "heart block"),  # sick sinus syndrome, coded only
        ("Negative for myasthenia gravis", None, "myasthenia"),
        ("NYHA class III", None, "heart failure"),
        ("Dilated cardiomyopathy", None, "heart failure"),
        ("Not pregnant", None, "a pregnancy"),
        ("Not breast-feeding", None, "breastfeeding"),
    ],
)
def test_an_entry_not_read_that_may_name_a_rules_condition_withholds(
    run: RunFn, tmp_path: Path, text: str | None, code: str | None, named: str
) -> None:
    path = bundle_file(tmp_path, PATIENT, _condition(text, code), AMLODIPINE)
    exit_code, doc = recommend_json(run, path)
    assert exit_code == 4
    assert doc["go_ahead"] is False
    [by] = doc["withheld"]["by"]
    assert by["id"] == "record-not-read"
    assert named in by["basis"]
    [skipped] = doc["skipped"]
    assert f"it may name {named}" in skipped["reason"] and SCREENED in skipped["reason"]
    table = run("recommend", "--goal", "sleep", "--meds-from", path, env=ON)
    assert table.code == 4
    assert "NO DOSE ADVISED" in table.flat


def test_other_resource_types_are_screened_for_these_conditions(run: RunFn, tmp_path: Path) -> None:
    procedure = {"resourceType": "Procedure", "id": "x1", "status": "completed",
                 "subject": {"reference": "Patient/p1"},
                 "code": {"text": "Pacemaker insertion"},
                 "reasonCode": [{"text": "Mobitz II"}]}  # fmt: skip
    path = bundle_file(tmp_path, PATIENT, procedure, AMLODIPINE)
    exit_code, doc = recommend_json(run, path)
    assert exit_code == 4
    assert [w["id"] for w in doc["withheld"]["by"]] == ["record-not-read"]
    assert "heart block" in doc["skipped"][0]["reason"]


def test_an_observation_not_read_is_screened_by_its_name(run: RunFn, tmp_path: Path) -> None:
    status = {"resourceType": "Observation", "id": "o1", "status": "final",
              "subject": {"reference": "Patient/p1"}, "code": {"text": "Pregnancy status"},
              "valueCodeableConcept": {"text": "Pregnant"}}  # fmt: skip
    path = bundle_file(tmp_path, PATIENT, status, AMLODIPINE)
    exit_code, doc = recommend_json(run, path)
    assert exit_code == 4
    assert "a pregnancy" in doc["skipped"][0]["reason"]


def test_every_withholding_or_capping_condition_of_the_rules_is_screened(
    run: RunFn, tmp_path: Path
) -> None:
    """Each alias of a rules condition that withholds or caps a dose, negated so the matcher
    does not read it ("No myasthenic crisis"), withholds as not read ("nursing" alone is left
    out on purpose: nursing homes and nursing notes are common)."""
    import yaml

    export = run("rules", "export")
    assert export.code == 0
    rules = yaml.safe_load(export.out)
    aliases = [
        alias
        for condition in rules["conditions"].values()
        if condition["dosing"]["action"] in ("withhold", "cap")
        for alias in (condition.get("aliases") or [])
        if alias != "nursing"
    ]
    assert len(aliases) > 100
    conditions = [_condition(f"No {alias}", id=f"c{n}") for n, alias in enumerate(aliases)]
    path = bundle_file(tmp_path, PATIENT, *conditions, AMLODIPINE)
    exit_code, doc = recommend_json(run, path)
    assert exit_code == 4
    reasons = {s["input"]: s["reason"] for s in doc["skipped"]}
    missed = [a for a in aliases if "no dose is advised" not in reasons.get(f"No {a}", "")]
    assert missed == [], json.dumps(missed)


def test_family_history_of_heart_block_is_a_relatives_and_unrelated_keeps_the_dose(
    run: RunFn, tmp_path: Path
) -> None:
    family = _condition("Family history of heart block", id="c1")
    other = _condition("Hypertension", id="c2")
    path = bundle_file(tmp_path, PATIENT, family, other, AMLODIPINE)
    exit_code, doc = recommend_json(run, path)
    assert exit_code == 3
    assert doc["go_ahead"] is True
    assert all(SCREENED not in s["reason"] for s in doc["skipped"])
