"""An age in the past is not the person's age, and a birth date before a medicine is read.

Before: ``Epilepsy since age 4`` on an adult's list was read as a 4-year-old's age (no dose,
"young child"), and ``DOB 01/02/1950 digoxin 125mcg`` as a birth date not read (no dose until
``--age``), though the date reads on its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn


def _recommend(run: RunFn, tmp_path: Path, line: str) -> dict[str, object]:
    path = tmp_path / "list.txt"
    path.write_text(f"Lisinopril 10mg\n{line}\n", encoding="utf-8")
    doc = run("recommend", "--goal", "migraine", "--meds-from", str(path), "--json").json()
    assert isinstance(doc, dict)
    return doc


@pytest.mark.parametrize("line", ["Epilepsy since age 4", "Asthma from age 2"])
def test_an_age_in_the_past_is_not_the_persons(run: RunFn, tmp_path: Path, line: str) -> None:
    doc = _recommend(run, tmp_path, line)
    assert doc["doses_for"] == "adults"
    assert doc["from_record"] == []


def test_a_birth_date_before_a_medicine_is_read(run: RunFn, tmp_path: Path) -> None:
    doc = _recommend(run, tmp_path, "DOB 01/02/1950 digoxin 125mcg")
    read = [f["read_as"] for f in doc["from_record"]]  # type: ignore[attr-defined]
    assert any(r.startswith("born 1950-02-01") for r in read)
    assert doc["withheld"] is None
    assert "digoxin" in [c["medication"] for c in doc["cautions"]]  # type: ignore[attr-defined]
