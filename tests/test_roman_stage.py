"""A CKD stage in roman numerals or in words reads as the same stage in figures.

Before: "Metformin - CKD IV" on a list counted only kidney disease, not severe (the "IV" was read
as into a vein, so metformin was an injection too); "CKD IIIb", "CKD III" and "CKD IIIa" were
kidney disease and also words NOT ASSESSED. Now "IV" and "V" after CKD or stage are the stage
(severe kidney disease), "III", "IIIa", "IIIb" kidney disease, read whole, and the medicine
beside them stays by mouth. "CKD stage four" (a stage written as a word) was withheld as
kidney wording not read and named "stages 1-3"; it is severe kidney disease. So were "CKD st
4", "CKD stg 4", "CKD grade 4" and "nephropathy stage 4".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

SEVERE, CKD = "severe-kidney-disease", "kidney-disease"


def _listed(run: RunFn, tmp_path: Path, line: str, *command: str) -> tuple[int, dict[str, Any]]:
    meds = tmp_path / "meds.txt"
    meds.write_text(f"{line}\nAmlodipine 5mg daily\n", encoding="utf-8")
    args = command or ("recommend", "--goal", "migraine", "--age", "40")
    result = run(*args, "--meds-from", str(meds), "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


@pytest.mark.parametrize(
    ("line", "condition"),
    [
        ("Metformin - CKD IV", SEVERE),
        ("Metformin - CKD stage IV", SEVERE),
        ("Metformin - CKD-IV", SEVERE),
        ("Metformin - chronic kidney disease IV", SEVERE),
        ("Lisinopril 10mg daily for CKD stage IV", SEVERE),
        ("CKD IIIb", CKD),
        ("CKD III", CKD),
        ("Metformin; CKD IIIa", CKD),
        ("CKD stage four", SEVERE),
        ("Metformin - chronic kidney disease stage five", SEVERE),
        ("stage four CKD", SEVERE),
        ("CKD stage three a", CKD),
        # "stage" shortened, or written "grade"; nephropathy's stage (were "stages 1-3")
        ("CKD st 4", SEVERE),
        ("CKD stg 4", SEVERE),
        ("CKD stge 4", SEVERE),
        ("CKD grade 4", SEVERE),
        ("nephropathy stage 4", SEVERE),
        ("Metformin - diabetic nephropathy stage 4", SEVERE),
        ("CKD st 3b", CKD),
    ],
)
def test_a_roman_stage_on_a_list_counts_as_the_stage(
    run: RunFn, tmp_path: Path, line: str, condition: str
) -> None:
    code, doc = _listed(run, tmp_path, line)
    assert code == 4
    assert [c["id"] for c in doc["conditions"]] == [condition]
    assert doc["unassessed"] == []


def test_iv_after_ckd_is_the_stage_not_the_route_of_the_medicine_beside_it(
    run: RunFn, tmp_path: Path
) -> None:
    _, doc = _listed(run, tmp_path, "Metformin - CKD IV", "cautions")
    [metformin] = [c for c in doc["cautions"] if c["input"] == "Metformin"]
    assert metformin["read_as"]["route"] == "oral"


@pytest.mark.parametrize(
    ("typed", "condition"),
    [("CKD IIIb", CKD), ("CKD IV", SEVERE), ("CKD stage four", SEVERE)],
)
def test_a_roman_stage_typed_as_a_condition(run: RunFn, typed: str, condition: str) -> None:
    result = run("recommend", "--goal", "sleep", "--condition", typed, "--json")
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert [w["id"] for w in doc["withheld"]["by"]] == [condition]


def test_iv_elsewhere_is_still_a_route(run: RunFn, tmp_path: Path) -> None:
    meds = tmp_path / "meds.txt"
    meds.write_text("Ciprofloxacin 400mg IV\n", encoding="utf-8")
    doc = run("cautions", "--meds-from", str(meds), "--json").json()
    assert isinstance(doc, dict)
    assert doc["cautions"][0]["read_as"]["route"] == "injection"
