"""Heart-conduction and myasthenic wordings on a list withhold, as in a health record.

Before: ``Sick sinus syndrome``, ``Sinus node dysfunction``, ``SA block``, ``LBBB``,
``Bradycardia``, ``Eaton-Lambert syndrome``, ``Hx MG`` and ``Known MG`` on a list were NOT
ASSESSED beside the full migraine dose (exit 3), while the record screen withheld most of them; a
record's ``Eaton-Lambert syndrome`` and ``Sinus node dysfunction`` showed the dose too.
Bradycardia (named by the UK SmPC of an oral magnesium) and SA block (a heart block) count as
the heart-block condition; the conduction problems the sources do not name withhold as a
wording not read until the person confirms.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn

MIGRAINE = ("recommend", "--goal", "migraine", "--age", "50")


def _ids(doc: object) -> list[str]:
    assert isinstance(doc, dict)
    return [b["id"] for b in (doc.get("withheld") or {}).get("by", [])]


@pytest.mark.parametrize(
    ("line", "condition"),
    [
        ("Bradycardia", "heart-block"),
        ("Sinus bradycardia", "heart-block"),
        ("SA block", "heart-block"),
        ("Sinoatrial block", "heart-block"),
        ("Eaton-Lambert syndrome", "myasthenia-gravis"),
        ("Hx MG", "myasthenia-gravis"),
        ("h/o MG", "myasthenia-gravis"),
        ("Known MG", "myasthenia-gravis"),
    ],
)
def test_a_named_condition_on_a_list_withholds(
    run: RunFn, tmp_path: Path, line: str, condition: str
) -> None:
    meds = tmp_path / "meds.txt"
    meds.write_text(f"{line}\nLisinopril 10 mg daily\n")
    result = run(*MIGRAINE, "--meds-from", str(meds), "--json")
    assert result.code == 4
    assert _ids(result.json()) == [condition]


@pytest.mark.parametrize(
    "line", ["Sick sinus syndrome", "Sinus node dysfunction", "LBBB", "Tachy-brady syndrome"]
)
def test_a_conduction_wording_not_named_withholds_as_not_read(run: RunFn, line: str) -> None:
    result = run(*MIGRAINE, "--med", line, "--med", "Lisinopril 10 mg daily", "--json")
    assert result.code == 4
    doc = result.json()
    assert _ids(doc) == ["record-not-read"]
    assert isinstance(doc, dict)
    [skipped] = doc["skipped"]
    assert skipped["input"] == line
    assert "heart block or another heart conduction problem" in skipped["reason"]


def test_a_history_word_does_not_make_milligrams_a_disease(run: RunFn) -> None:
    result = run(*MIGRAINE, "--med", "Magnesium 400 mg daily", "--json")
    assert _ids(result.json()) == ["listed-magnesium"]


def _condition(text: str) -> dict[str, Any]:
    return {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
            "code": {"text": text}}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("Eaton-Lambert syndrome", "myasthenia-gravis"),
        ("Sinus node dysfunction", "record-not-read"),
    ],
)
def test_a_record_names_them_too(run: RunFn, tmp_path: Path, text: str, by: str) -> None:
    path = bundle_file(tmp_path, PATIENT, _condition(text), AMLODIPINE)
    exit_code, doc = recommend_json(run, path)
    assert exit_code == 4
    assert [w["id"] for w in doc["withheld"]["by"]] == [by]
