"""A child's age beside a medicine or a name on a list. ``omeprazole 10 mg od (18/12)``, ``(4
yrs)``, ``Lily 4y`` are the person's age or a course's length, not told apart: the dose waits
for --age (exit 4, ``age-not-read``, the line named), as the same span alone on its line does.
Read as neither, they gave an adult's dose (exit 0 or 3, 905 mg of oxide). An age after who it
is (``Son, 4``, ``Patient: Lily, 4``) is the age. Strengths, course lengths and pregnancy weeks
written with a slash keep their meaning."""

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
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    more = ("--age", age) if age else ()
    result = run("recommend", "--goal", "constipation", "--meds-from", str(path), "--json", *more)
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


def _held(doc: dict[str, Any]) -> list[str]:
    return [b["id"] for b in doc["withheld"]["by"]] if doc["withheld"] else []


@pytest.mark.parametrize(
    ("line", "said"),
    [("omeprazole 10 mg od (18/12)", "age (18 months)"), ("Movicol 1 sachet od (3/12)",
      "age (3 months)"), ("lactulose 5 mL bd (6/52)", "age (6 weeks), weeks of a pregnancy"),
     ("amoxicillin 250 mg tds (4 yrs)", "age"), ("lansoprazole 15 mg od (4y)", "age"),
     ("Miralax 8.5 g daily (3\u00bd yrs)", "age"), ("Lily 4y", "age"), ("Lily (4 yrs)", "age"),
     ("Lily: 4y", "age"), ("Tom, 4 years, NKDA", "age"), ("Lily (4 yrs), NKDA", "age"),
     ("Pt: Tom, 4 years, NKDA", "age"), ("Tom Smith - 4 years - NKDA", "age"),
     ("Lily 4y, allergic to penicillin", "age")],
)  # fmt: skip
def test_a_span_beside_a_medicine_or_a_name_withholds_until_the_age_is_given(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, said: str
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, line, "Miralax 8.5 g daily")
    assert code == 4 and doc["go_ahead"] is False
    assert _held(doc) == ["age-not-read"]
    reason = doc["withheld"]["reason"]
    assert "beside a medicine or a name: the person's " + said + ", or how long" in reason
    aged = _recommend(run, tmp_path, monkeypatch, line, "Miralax 8.5 g daily", age="4")[1]
    assert "age-not-read" not in _held(aged) and aged["doses_for"] == "child"


def test_an_age_in_words_after_age_withholds_until_the_age_is_given(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, "Age four", "Miralax 8.5 g daily")
    assert code == 4 and _held(doc) == ["age-not-read"] and doc["unassessed"] == []


@pytest.mark.parametrize("line", ["3\u00bd y", "3/7"])
def test_a_half_year_or_uk_days_alone_withholds_until_the_age_is_given(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, line, "Miralax 8.5 g daily")
    assert code == 4 and _held(doc) == ["age-not-read"]
    assert "alone on its line: the person's age" in doc["withheld"]["reason"]
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    "line",
    ["Son, 4", "Patient: Lily, 4", "Miralax 8.5 g daily (son, 4)", "Daughter Lily (4 yrs)",
     "son 4y"],
)  # fmt: skip
def test_an_age_after_who_it_is_is_the_age(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, line, "Miralax 8.5 g daily")
    assert code == 4 and doc["doses_for"] == "child"
    assert "age-young-child" in _held(doc)
    assert "age 4 written on the list, used as --age" in [f["read_as"] for f in doc["from_record"]]


@pytest.mark.parametrize(
    "line",
    ["Vytorin 10/40 daily", "Caduet 5/40 od", "Norco 5/325 q6h prn", "Sinemet 25/100 tid",
     "Zestoretic 20/12.5 od", "Doxycycline 100mg OD x 5/7", "amoxicillin 250 mg tds (5/7)",
     "Prednisolone 30 mg od x 6/52", "Fosamax 70 mg weekly", "Vitamin D 2y", "metformin 2y",
     "Lisinopril/HCTZ 20-12.5"],
)  # fmt: skip
def test_strengths_and_course_lengths_keep_their_meaning(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    _, doc = _recommend(run, tmp_path, monkeypatch, line)
    assert not [h for h in _held(doc) if h.startswith("age-")]
    assert doc["from_record"] == [] and doc["skipped"] == []
    assert doc["doses_for"] == "adults"


def test_co_amoxiclav_keeps_its_strength(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, doc = _recommend(run, tmp_path, monkeypatch, "co-amoxiclav 400/57 5 mL bd")
    assert _held(doc) == ["children-product-needs-age"]  # a children's suspension, as before


def test_pregnancy_weeks_beside_a_medicine_keep_the_cap(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, doc = _recommend(run, tmp_path, monkeypatch, "Folic acid 5 mg (28/40)")
    assert code == 0 and not _held(doc)
    assert doc["goals"][0]["recommendations"][0]["dose"]["max_mg"] <= 350


def test_with_an_adults_age_only_the_note_beside_a_checked_medicine_is_said_not_read(
    run: RunFn, tmp_path: Path
) -> None:
    path = tmp_path / "list.txt"
    path.write_text("Age 68\nDoxycycline 100 mg od (3/12)\n", encoding="utf-8")
    table = run("recommend", "--goal", "migraine", "--meds-from", str(path))
    assert "the note '3/12' on this line" in table.flat
    assert "(only the note: the rest of the line is read on its own); age 68" in table.flat
    assert "not checked for magnesium" not in table.flat  # the doxycycline card is shown
    assert "MAJOR Doxycycline 100 mg od (3/12) = doxycycline" in table.flat
