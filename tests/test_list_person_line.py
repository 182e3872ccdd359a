"""A plain list's line giving the person's age or date of birth (``Age: 4``, ``DOB
2021-03-01``) is read as a record's Patient birth date is: its age is used as --age (a young
child's dose withheld, exit 4), it is never a medicine not assessed, and an adult's age gives
the adult dose. A span of time alone on its line (``4 yrs``, ``18/12``) may be the age or a
course's length: it withholds the dose until --age is given; beside a weight it is the age."""

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
        # the UK's months and weeks after an age word; a whole line in brackets
        ("Age 18/12", 1), ("aged 6/52", 0), ("Pt is 18/12", 1), ("Age: 4/12", 0), ("(Age 4)", 4),
        ("[Pt is 4]", 4),
        # an age alone beside a weight on its line
        ("4 yrs, 16 kg", 4), ("18/12, 11 kg", 1), ("4y; Wt 16 kg", 4), ("6/52, 4.5 kg", 0),
        ("Age: 4, Wt 16 kg", 4),
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
     "Pt is 2 weeks post-op"],
)  # fmt: skip
def test_words_and_numbers_that_are_not_an_age_are_not_read_as_one(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    _, doc = _recommend(run, tmp_path, monkeypatch, line)
    held = [b["id"] for b in doc["withheld"]["by"]] if doc["withheld"] else []
    assert not [h for h in held if h.startswith("age-")]
    assert doc["from_record"] == []


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("4y", "age"), ("4 yrs", "age"), ("4 years", "age"), ("4 yr.", "age"),
        ("18/12", "age (18 months)"), ("6/52", "age (6 weeks), weeks of a pregnancy"),
        ("6 weeks", "age, weeks of a pregnancy"), ("45 years", "age"), ("23/12", "age (23 months)"),
    ],
)  # fmt: skip
def test_a_span_of_time_alone_withholds_until_the_age_is_given(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, said: str
) -> None:
    # A child's age or a course's length: read as neither, it gave the adult dose (exit 3).
    code, doc = _recommend(run, tmp_path, monkeypatch, line)
    assert code == 4 and doc["go_ahead"] is False
    assert [b["id"] for b in doc["withheld"]["by"]] == ["age-not-read"]
    reason = doc["withheld"]["reason"]
    assert f"'{line}' (" in reason
    assert f"alone on its line: the person's {said}, or how long" in reason
    assert f"Give the age with --age (on the list, write it as 'Age: {line}'" in reason
    assert doc["unassessed"] == []
    path = tmp_path / "list.txt"
    aged = run(
        "recommend", "--goal", "constipation", "--meds-from", str(path), "--json", "--age", "40"
    )
    assert aged.code == 3, aged.out  # shown as not read: the result is not complete
    adult = aged.json()
    assert isinstance(adult, dict) and adult["go_ahead"] is True
    assert [s["input"] for s in adult["skipped"]] == [line]
    assert "age 40 is used" in adult["skipped"][0]["reason"]


@pytest.mark.parametrize(
    ("med", "held"),
    [("4 yrs", "age-not-read"), ("18/12", "age-not-read"), ("4 yrs, 16 kg", "age-young-child"),
     ("Wt 6 kg; 6/52", "age-under-1")],
)  # fmt: skip
def test_a_span_of_time_alone_typed_as_a_med_is_read_as_on_a_list(
    run: RunFn, med: str, held: str
) -> None:
    result = run("recommend", "--goal", "constipation", "--med", med, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 4, doc["withheld"]
    assert held in [b["id"] for b in doc["withheld"]["by"]]
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    ("line", "code", "unassessed"),
    [
        ("amoxicillin 500 mg x 5/7", 0, []), ("metformin 500 mg bid", 0, []),
        ("Vytorin 10/40", 0, []), ("Caduet 5/40", 0, []), ("Lasix 40/40", 0, []),
        ("1/2 tab", 0, []), ("tramadol 50 mg q6h x 7d", 0, []),
        ("24/12", 3, ["24/12"]), ("6 wk course", 3, ["6 wk course"]),
        ("amoxicillin 250 mg tds (5/7)", 0, []), ("amoxicillin 250 mg tds x 6/52", 0, []),
        ("2 mg lorazepam", 0, []), ("12 mg ondansetron", 0, []), ("BW 3/12", 3, ["BW 3/12"]),
        ("Weight 16,5 kg", 4, []),
    ],
)  # fmt: skip
def test_medicine_lines_with_numbers_keep_their_meaning(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, code: int,
    unassessed: list[str]
) -> None:  # fmt: skip
    got, doc = _recommend(run, tmp_path, monkeypatch, line)
    assert got == code, doc["withheld"]
    assert [u["input"] for u in doc["unassessed"]] == unassessed
    held = [b["id"] for b in doc["withheld"]["by"]] if doc["withheld"] else []
    assert not [h for h in held if h.startswith("age-")] and doc["skipped"] == []
    assert not [f for f in doc["from_record"] if f["read_as"].startswith("age ")]


def test_weeks_of_a_pregnancy_are_still_read_as_one(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, "12/40")
    assert code == 0 and doc["ceiling"]["why"] == "Pregnancy"
    assert [f["condition"] for f in doc["from_record"]] == ["pregnancy"]
