"""A record in another FHIR version is refused saying which; advice text reads as advice.

An R5 bundle used to fail with the R4B model's message ("medication: Extra inputs are not
permitted"), which does not tell the user that their record system exported R5. And the
rules' advice text once carried command-line syntax (`give --condition kidney-disease`); the
hint now comes from the terminal view, so JSON, FHIR and printed plans carry plain advice.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from magadvise.rules.load import load_rules

from conftest import RunFn

R5_STATEMENT = {
    "resourceType": "MedicationStatement",
    "status": "recorded",
    "medication": {"concept": {"text": "furosemide 40 mg"}},
    "subject": {"reference": "Patient/1"},
}
R5_REQUEST = {
    "resourceType": "MedicationRequest",
    "status": "active",
    "intent": "order",
    "medication": {"concept": {"text": "levothyroxine 50 mcg"}},
    "subject": {"reference": "Patient/1"},
}


def bundle(*resources: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "resourceType": "Bundle",
        "type": "collection",
        **extra,
        "entry": [{"resource": r} for r in resources],
    }


@pytest.mark.parametrize(
    ("document", "said"),
    [
        (
            bundle(R5_STATEMENT),
            "FHIR R5 (MedicationStatement.medication is an R5 CodeableReference)",
        ),
        (bundle(R5_REQUEST), "FHIR R5 (MedicationRequest.medication is an R5 CodeableReference)"),
        (
            bundle(
                {
                    "resourceType": "MedicationStatement",
                    "status": "recorded",
                    "medicationCodeableConcept": {"text": "furosemide"},
                    "subject": {"reference": "Patient/1"},
                }
            ),
            "FHIR R5 (MedicationStatement status 'recorded' is R5)",
        ),
        (
            bundle(
                {
                    "resourceType": "Patient",
                    "meta": {"profile": ["http://hl7.org/fhir/5.0/StructureDefinition/Patient"]},
                },
            ),
            "FHIR R5 (the resource says so)",
        ),
        (
            bundle(
                {
                    "resourceType": "MedicationStatement",
                    "status": "active",
                    "taken": "y",
                    "medicationCodeableConcept": {"text": "furosemide"},
                    "subject": {"reference": "Patient/1"},
                }
            ),
            "FHIR STU3 (MedicationStatement.taken is STU3)",
        ),
        (
            bundle(
                {
                    "resourceType": "MedicationRequest",
                    "status": "active",
                    "intent": "order",
                    "medicationCodeableConcept": {"text": "furosemide"},
                    "renderedDosageInstruction": "1 tablet daily",
                    "subject": {"reference": "Patient/1"},
                }
            ),
            "FHIR R5 (MedicationRequest.renderedDosageInstruction is R5)",
        ),
    ],
)
def test_a_record_in_another_fhir_version_says_which(
    run: RunFn, tmp_path: Path, document: dict[str, Any], said: str
) -> None:
    path = tmp_path / "record.json"
    path.write_text(json.dumps(document))
    for json_flag in ((), ("--json",)):
        result = run("cautions", "--meds-from", str(path), *json_flag)
        assert result.code == 1
        assert result.out == ""
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.err
        assert said in lines[0]
        assert "magadvise reads FHIR R4 (4.0.1) and R4B (4.3.0) only" in lines[0]


def test_an_r4_record_with_an_ig_profile_version_is_still_read(run: RunFn, tmp_path: Path) -> None:
    statement = {
        "resourceType": "MedicationStatement",
        "meta": {
            "profile": [
                "http://hl7.org/fhir/us/core/StructureDefinition/us-core-medicationrequest|3.1.1"
            ]
        },
        "status": "active",
        "medicationCodeableConcept": {"text": "furosemide 40 mg"},
        "subject": {"reference": "Patient/1"},
    }
    path = tmp_path / "record.json"
    path.write_text(json.dumps(bundle(statement)))
    result = run("cautions", "--meds-from", str(path), "--json")
    doc = result.ok_doc()
    assert [c["medication"] for c in doc["cautions"]] == ["furosemide"]


CLI_SYNTAX = re.compile(r"--[a-z]|`|\bmagadvise\b")


def test_no_advice_text_in_the_rules_carries_command_line_syntax() -> None:
    rules = load_rules(use_cache=False)
    texts = [(f"class {c.id}", c.advice, c.effect) for c in rules.classes]
    texts += [(f"condition {c.id}", c.advice, c.effect) for c in rules.conditions]
    found = [where for where, *said in texts if any(CLI_SYNTAX.search(t or "") for t in said)]
    assert found == []


def test_lokelma_advice_is_plain_and_the_table_gives_the_option(run: RunFn) -> None:
    result = run("cautions", "--med", "Lokelma", "--json")
    doc = result.ok_doc()
    classes = {c["id"]: c for c in doc["cautions"][0]["classes"]}
    binder = classes["sodium-zirconium-cyclosilicate"]
    assert "--condition" not in binder["advice"]
    assert binder["check_conditions"] == ["kidney-disease"]
    table = run("cautions", "--med", "Lokelma")
    assert "Dose check: add --condition kidney-disease if that applies to you" in table.flat
