"""A medicine written on the same line as the person's age or birth date keeps its cautions.

Before: ``Lily, age 4, ciprofloxacin 250mg`` was read as the age alone (exit 0, no word of
ciprofloxacin's timing caution), ``DOB 01/02/1950 digoxin 125mcg`` and ``Age 45, lisinopril
10mg`` as a birth date not read, and ``Pregnant, age 16, folic acid 400mcg`` lost both the
pregnancy and the folic acid. The age or birth date is still read; the medicine is read too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn


def _cautions(run: RunFn, tmp_path: Path, line: str) -> tuple[int, dict[str, Any]]:
    path = tmp_path / "list.txt"
    path.write_text(f"Magnesium glycinate 200mg\n{line}\n", encoding="utf-8")
    result = run("cautions", "--meds-from", str(path), "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


@pytest.mark.parametrize(
    ("line", "medicine"),
    [
        ("Lily, age 4, ciprofloxacin 250mg", "ciprofloxacin"),
        ("Lily, age 4, amoxicillin tds", "amoxicillin"),
        ("DOB 01/02/1950 digoxin 125mcg", "digoxin"),
        ("Age 45, lisinopril 10mg", "lisinopril"),
        ("Age 70 - furosemide 40mg", "furosemide"),
        ("Pregnant, age 16, folic acid 400mcg", "folic-acid"),
    ],
)
def test_the_medicine_beside_an_age_is_checked(
    run: RunFn, tmp_path: Path, line: str, medicine: str
) -> None:
    _, doc = _cautions(run, tmp_path, line)
    assert medicine in [c["medication"] for c in doc["cautions"]]
    typed = run("cautions", "--med", line, "--med", "Magnesium glycinate 200mg", "--json").json()
    assert isinstance(typed, dict)
    assert medicine in [c["medication"] for c in typed["cautions"]]


def test_the_age_and_the_pregnancy_beside_it_are_both_read(run: RunFn, tmp_path: Path) -> None:
    _, doc = _cautions(run, tmp_path, "Pregnant, age 16, folic acid 400mcg")
    read = [f["read_as"] for f in doc["from_record"]]
    assert any("age 16" in r for r in read)
    assert [c["id"] for c in doc["conditions"]] == ["pregnancy"]


def test_a_word_left_that_names_nothing_is_not_assessed(run: RunFn, tmp_path: Path) -> None:
    code, doc = _cautions(run, tmp_path, "Lily, age 4, ciprofloxacin 250mg")
    assert code == 3
    assert [u["input"] for u in doc["unassessed"]] == ["Lily"]


@pytest.mark.parametrize(
    "line",
    ["Lily, age 4, lives with Gran", "Age: 4", "Name: Lily S.  DOB 03/14/2021", "4 yrs, 16 kg"],
)
def test_a_line_of_facts_alone_adds_no_medicine(run: RunFn, tmp_path: Path, line: str) -> None:
    code, doc = _cautions(run, tmp_path, line)
    assert code == 0
    assert doc["unassessed"] == []
    assert [c["medication"] for c in doc["cautions"]] == ["magnesium-supplement"]


@pytest.mark.parametrize(
    ("line", "medicine"),
    [
        ("Sam age 8 - ciprofloxacin", "ciprofloxacin"),
        ("Jack, age 10, doxycycline", "doxycycline"),
        ("Emma (age 14) ciprofloxacin", "ciprofloxacin"),
        ("Jack age 12 doxycycline", "doxycycline"),
    ],
)
def test_a_medicine_without_a_strength_beside_an_age_is_checked(
    run: RunFn, tmp_path: Path, line: str, medicine: str
) -> None:
    _, doc = _cautions(run, tmp_path, line)
    assert medicine in [c["medication"] for c in doc["cautions"]]
    assert any("written on the list, used as --age" in f["read_as"] for f in doc["from_record"])


@pytest.mark.parametrize(
    ("line", "withheld"),
    [
        ("Son 4 - amoxicillin", "age-young-child"),
        ("Son 4: ciprofloxacin", "age-young-child"),
        ("Son 8, ciprofloxacin 250mg", "age-young-child"),
        ("Lily, 4, ciprofloxacin 250mg", "age-not-read"),
    ],
)
def test_a_childs_age_before_the_medicine_withholds_the_adult_dose(
    run: RunFn, tmp_path: Path, line: str, withheld: str
) -> None:
    path = tmp_path / "list.txt"
    path.write_text(f"Lisinopril 10mg\n{line}\n", encoding="utf-8")
    result = run("recommend", "--goal", "constipation", "--meds-from", str(path), "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert withheld in [b["id"] for b in doc["withheld"]["by"]]


@pytest.mark.parametrize("line", ["Metformin 500 mg bd", "Atorvastatin 20 - nightly", "Pt is 6 ft"])
def test_a_medicine_or_a_height_is_no_age(run: RunFn, tmp_path: Path, line: str) -> None:
    path = tmp_path / "list.txt"
    path.write_text(f"{line}\n", encoding="utf-8")
    doc = run("recommend", "--goal", "migraine", "--meds-from", str(path), "--json").json()
    assert isinstance(doc, dict)
    assert doc["doses_for"] == "adults"


@pytest.mark.parametrize("line", ["Son 4yrs amoxicillin", "Son 4 yrs: amoxicillin"])
def test_an_age_written_aged_or_run_into_its_unit_withholds(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    path = tmp_path / "list.txt"
    path.write_text(f"Lisinopril 10mg\n{line}\n", encoding="utf-8")
    result = run("recommend", "--goal", "migraine", "--meds-from", str(path), "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["doses_for"] == "child"
    assert "age-young-child" in [b["id"] for b in doc["withheld"]["by"]]
