"""A parent's or carer's age or date of birth on a list (``Mum DOB 01/02/1990``, ``Age 38
(mother)``) is someone else's: never the patient's age. Read as it, a child's list gave an
adult's dose (exit 0, 905 mg of oxide); without the patient's own age the dose waits for --age
(exit 4, ``age-not-read``, the line named)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

EPOCH_2026_12_01 = "1796083200"  # SOURCE_DATE_EPOCH for 2026-12-01 (magadvise.clock)


def _recommend(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *lines: str, age: str = ""
) -> tuple[int, dict[str, Any]]:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_2026_12_01)
    path = tmp_path / "list.txt"
    path.write_text("\n".join((*lines, "Miralax 8.5 g daily")) + "\n", encoding="utf-8")
    more = ("--age", age) if age else ()
    result = run("recommend", "--goal", "constipation", "--meds-from", str(path), "--json", *more)
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


@pytest.mark.parametrize(
    "line",
    ["Mum DOB 01/02/1990", "Age 38 (mother)", "Completed by: mother (age 34)",
     "Parent/guardian: Jane Smith, age 38", "Mother's age: 34", "Mum: 35", "Dad's DOB: 3/4/1985",
     "DOB 1/2/1990 (Mum)", "Carer: John Smith, 52", "Father - 41 yrs", "NOK: wife, DOB 1/1/1960",
     "Age of mother: 34", "Caregiver age 60"],
)  # fmt: skip
def test_someone_elses_age_withholds_until_the_patients_age_is_given(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, line)
    assert code == 4, doc["withheld"]
    assert doc["go_ahead"] is False
    assert [b["id"] for b in doc["withheld"]["by"]] == ["age-not-read"]
    reason = doc["withheld"]["reason"]
    assert f"'{line}' (" in reason and "someone else (a parent, a carer)" in reason
    assert "Give the patient's age with --age" in reason
    assert doc["from_record"] == [] and doc["unassessed"] == []


def test_with_the_age_given_someone_elses_age_is_shown_and_not_used(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, "Mum DOB 01/02/1990", age="4")
    assert doc["doses_for"] == "child" and code == 4  # a 4-year-old's limits, not a 36's
    said = [f["read_as"] for f in doc["from_record"]]
    assert any("someone else's age or birth date, not used (age 4 is used)" in s for s in said)


def test_the_patients_own_age_beside_a_parents_is_used(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, "Mum: 35", "Age: 45")
    assert code == 0 and doc["doses_for"] == "adults"
    assert [b["id"] for b in (doc["withheld"] or {}).get("by", [])] == []


@pytest.mark.parametrize(
    ("line", "unassessed"),
    [("MOM 30 mL at night", []), ("Motherwort 400 mg daily", ["Motherwort 400 mg daily"]),
     ("Vitamin K parenteral 1 mg", ["Vitamin K parenteral 1 mg"])],
)  # fmt: skip
def test_words_like_a_relatives_on_a_medicines_line_keep_their_meaning(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str,
    unassessed: list[str]
) -> None:  # fmt: skip
    _, doc = _recommend(run, tmp_path, monkeypatch, line, "Age: 45")
    held = [b["id"] for b in doc["withheld"]["by"]] if doc["withheld"] else []
    assert not [h for h in held if h.startswith("age-")]
    assert [u["input"] for u in doc["unassessed"]] == unassessed


@pytest.mark.parametrize(
    ("line", "code", "held"),
    [
        # an age inside a longer line beside a relative's word: whose age is not told
        ("Completed by mother, age 34, for Lily", 4, "age-not-read"),
        # the relative's own clause gives the relative no age: the patient's (medlist.own_age)
        ("Lily, age 4, lives with mum", 4, "age-young-child"),
        ("Age 4, mother present", 4, "age-young-child"),
        # the patient's own age inside a longer line is read (it was NOT ASSESSED: adult dose)
        ("Pt: Lily Smith, age 4, allergies NKDA", 4, "age-young-child"),
    ],
)
def test_an_age_inside_a_longer_line_is_read_or_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, code: int, held: str
) -> None:
    got, doc = _recommend(run, tmp_path, monkeypatch, line)
    assert got == code
    assert held in [w["id"] for w in doc["withheld"]["by"]]
