"""A record's condition text that doubts, denies or rules out what it names ("never had kidney
disease", "CKD ruled out", "Heart block excluded", "CKD unlikely", "not confirmed") is counted
neither as the condition nor as its absence: it is not read, and the safety net withholds the
dose beside it with the text quoted, so the output never says it was "counted as" the disease."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, ON, PATIENT, bundle_file, recommend_json

from conftest import RunFn


def _condition(text: str) -> dict[str, Any]:
    return {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
            "code": {"text": text}}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "never had kidney disease",
        "CKD ruled out",
        "Heart block excluded",
        "CKD unlikely",
        "CKD stage 4 not confirmed",
        "possible myasthenia gravis",
        "Heart failure: negative",
    ],
)
def test_a_doubted_condition_is_not_counted_and_withholds_as_not_read(
    run: RunFn, tmp_path: Path, text: str
) -> None:
    path = bundle_file(tmp_path, PATIENT, _condition(text), AMLODIPINE)
    code, doc = recommend_json(run, path)
    assert code == 4
    assert [w["id"] for w in doc["withheld"]["by"]] == ["record-not-read"]
    assert f"'{text}'" in doc["withheld"]["by"][0]["name"]
    assert all(f["condition"] is None for f in doc["from_record"])
    [skipped] = doc["skipped"]
    assert skipped["input"] == text
    assert "counted neither as the condition nor as its absence" in skipped["reason"]
    table = run("recommend", "--goal", "sleep", "--meds-from", path, env=ON)
    assert table.code == 4
    assert "counted as" not in table.flat
    assert text in table.flat


def test_a_negation_of_something_else_still_counts_the_condition(
    run: RunFn, tmp_path: Path
) -> None:
    path = bundle_file(tmp_path, PATIENT, _condition("CKD 4 no dialysis"), AMLODIPINE)
    code, doc = recommend_json(run, path)
    assert code == 4
    assert [w["id"] for w in doc["withheld"]["by"]] == ["severe-kidney-disease"]


def test_a_doubted_condition_typed_is_unknown(run: RunFn) -> None:
    result = run("recommend", "--goal", "sleep", "--condition", "CKD ruled out", "--json")
    assert result.code == 2 and result.out == ""
    assert "unknown condition 'CKD ruled out'" in result.err
