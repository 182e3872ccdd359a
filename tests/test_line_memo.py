"""A record's repeated medicines are read once (advice.line_memo): the answer is the same as
reading every entry afresh, and what a line finds still names the entry it was found in."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fhirrecord import ON, PATIENT, bundle_file
from magadvise.advice import line_memo
from magadvise.advice.line_reading import read_line

from conftest import RunFn


def medicine(number: int, text: str, directions: str | None = None) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "MedicationRequest", "id": f"r{number}", "status": "active",
        "intent": "order", "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": {"text": text},
    }  # fmt: skip
    if directions is not None:
        resource["dosageInstruction"] = [{"text": directions}]
    return resource


REPEATS = [
    *(medicine(n, "Amlodipine 5 mg daily") for n in range(1, 4)),
    *(medicine(n, "Losartan 50 mg daily for CKD stage 4") for n in range(4, 6)),
    medicine(6, "Ondansetron 4 mg", "4 mg every 8 hours as needed"),  # read first, plain
    medicine(7, "Ondansetron 4 mg", "4 mg every 8 hours as needed for HG"),  # its reason counts
    *(medicine(n, "Mag-Ox 400 one daily") for n in range(8, 10)),
    *(medicine(n, "Fistula L arm") for n in range(10, 12)),
]


def afresh(self: Any, text: str, readings: Any, entry: Any) -> Any:
    return read_line(self.rules, self.finder, text, readings, entry)


COMMANDS = [["cautions", "--json"], ["recommend", "-g", "migraine", "--json"]]


@pytest.mark.parametrize("command", COMMANDS)
def test_repeated_entries_answer_as_when_each_is_read(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    record = bundle_file(tmp_path, PATIENT, *REPEATS)
    args = [*command, "--meds-from", record]
    once = run(*args, env=ON)
    monkeypatch.setattr(line_memo.LineReader, "read", afresh)
    each = run(*args, env=ON)
    assert (once.code, once.out, once.err) == (each.code, each.out, each.err)
    doc = json.loads(once.out)
    text = json.dumps(doc)
    for number in (4, 5, 10, 11):  # what a repeated line found names each resource
        assert f"MedicationRequest/r{number}" in text
