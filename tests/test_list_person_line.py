"""A plain list's line giving the person's age or date of birth (``Age: 4``, ``DOB
2021-03-01``) is read as a record's Patient birth date is: its age is used as --age (a young
child's dose withheld, exit 4), it is never a medicine not assessed, and an adult's age gives
the adult dose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

EPOCH_2026_12_01 = "1796083200"  # SOURCE_DATE_EPOCH for 2026-12-01 (magadvise.clock)


def _recommend(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> tuple[int, dict[str, Any]]:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_2026_12_01)
    path = tmp_path / "list.txt"
    path.write_text(f"Miralax 8.5g daily\n{line}\n", encoding="utf-8")
    result = run("recommend", "--goal", "constipation", "--meds-from", str(path), "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


@pytest.mark.parametrize(
    ("line", "age"),
    [
        ("Age: 4", 4), ("age 4 years", 4), ("Age: 30 months", 2), ("DOB 2021-03-01", 5),
        ("Date of birth: 2021-03-01", 5),
        ("DOB: 03/01/2021", 5),  # 1 March or 3 January 2021: age 5 either way
        ("D.O.B. 12/11/2022", 3),  # 11 December (age 3) or 12 November 2022 (age 4): the younger
        ("DOB 3/1/21", 5), ("DOB 01-03-2021", 5), ("DOB 2021/03/01", 5),
        ("DOB: March 1, 2021", 5), ("DOB 1 March 2021", 5), ("Age: 4 (son)", 4),
        ("18 mo", 1), ("2y 3m", 2), ("aged 7", 7), ("Pt is 6", 6), ("6 wk old", 0),
        ("b. 2021-03-01", 5), ("7 yo", 7), ("7 y/o", 7), ("7-year-old", 7), ("age 7 yrs", 7),
        ("Patient is 6 years old", 6), ("7 yo M", 7), ("2 years 3 months", 2),
        ("Age: 8 weeks", 0), ("18 months", 1), ("b: 01 Mar 2021", 5),
        # a header's date of birth, inside a longer line
        ("Name: Lily S.   DOB 03/14/2021", 5), ("MRN 12345 DOB 3/14/21", 5),
        ("Patient: Lily (DOB 2021-03-14)", 5),
    ],
)  # fmt: skip
def test_a_childs_age_or_birth_date_on_the_list_is_used_as_the_age(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, age: int
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, line)
    assert code == 4, doc["withheld"]
    assert doc["go_ahead"] is False
    assert f"age {age}" in doc["withheld"]["reason"]
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    "line", ["Age: 45", "aged 67", "45 yo", "Pt is 45", "Name: Tom  DOB 1960-01-01"]
)
def test_an_adults_age_on_the_list_gives_the_adult_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, line)
    assert code == 0 and doc["go_ahead"] is True
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    "line",
    ["DOB: sometime", "Age: four", "Age = toddler", "aged seven", "Pt is six", "7 1/2 yo",
     "seven-year-old", "six weeks old", "b. 2021-13-45"],
)  # fmt: skip
def test_a_birth_date_or_age_not_read_withholds_the_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    # It may be a child's: with no age read, no dose is counted against an adult's level.
    code, doc = _recommend(run, tmp_path, monkeypatch, line)
    assert code == 4
    assert doc["unassessed"] == []
    assert "age-not-read" in [b["id"] for b in doc["withheld"]["by"]]
    assert "could not read" in doc["withheld"]["reason"]


def test_age_related_words_are_not_an_age(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, "Age-related macular degeneration")
    assert code == 3 and doc["go_ahead"] is True


@pytest.mark.parametrize(
    "line",
    ["Pt is taking", "6 wk course", "Vitamin D 2y", "B12 1000 mcg", "Baclofen 10 mg",
     "Pt is 2 weeks post-op", "6 weeks"],
)  # fmt: skip
def test_words_and_numbers_that_are_not_an_age_are_not_read_as_one(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    _, doc = _recommend(run, tmp_path, monkeypatch, line)
    held = [b["id"] for b in doc["withheld"]["by"]] if doc["withheld"] else []
    assert not [h for h in held if h.startswith("age-")]
    assert doc["from_record"] == []
