"""A time of day written as a label beside a medicine on a list is when it is taken.

Before: "AM: Amlodipine 5mg", "Morning - Metformin 500mg", "PM: Atorvastatin 20mg", "Night:
..." read the medicine but left the label a word NOT ASSESSED (exit 3). Now the label is the
medicine's dose time ("every morning"), shown as written; any other word before a medicine stays
NOT ASSESSED, and a time word last stays part of a brand's name ("Excedrin PM").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn


def _cautions(run: RunFn, tmp_path: Path, line: str) -> tuple[int, dict[str, Any]]:
    meds = tmp_path / "meds.txt"
    meds.write_text(f"{line}\n", encoding="utf-8")
    result = run("cautions", "--meds-from", str(meds), "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


@pytest.mark.parametrize(
    ("line", "medicine", "when"),
    [
        ("AM: Amlodipine 5mg", "amlodipine", "every morning"),
        ("Morning - Metformin 500mg", "metformin", "every morning"),
        ("PM: Atorvastatin 20mg", "atorvastatin", "every evening"),
        ("Night: Atorvastatin 20mg", "atorvastatin", "at bedtime"),
        ("Bedtime - Atorvastatin 20mg", "atorvastatin", "at bedtime"),
        ("Breakfast: Metformin 500mg", "metformin", "with breakfast"),
        ("AM meds: Amlodipine 5mg", "amlodipine", "every morning"),
        ("Evening medications - Atorvastatin 20mg", "atorvastatin", "every evening"),
    ],
)
def test_a_time_label_is_the_medicines_dose_time(
    run: RunFn, tmp_path: Path, line: str, medicine: str, when: str
) -> None:
    code, doc = _cautions(run, tmp_path, line)
    assert code == 0, doc["unassessed"]
    assert doc["unassessed"] == []
    [caution] = doc["cautions"]
    assert (caution["medication"], caution["input"]) == (medicine, line)
    assert caution["read_as"]["frequency"] == [when]


def test_a_time_label_in_recommend_gives_the_dose(run: RunFn, tmp_path: Path) -> None:
    meds = tmp_path / "meds.txt"
    meds.write_text("AM: Amlodipine 5mg\nPM: Atorvastatin 20mg\n", encoding="utf-8")
    args = ("recommend", "--goal", "migraine", "--age", "40", "--meds-from", str(meds))
    doc = run(*args, "--json").ok_doc()
    assert doc["unassessed"] == [] and doc["goals"][0]["recommendations"] != []
    table = run(*args)
    assert table.code == 0 and "NOT ASSESSED" not in table.out


@pytest.mark.parametrize(
    ("line", "unread"),
    [
        ("Xyzzy: Metformin 500mg", ["Xyzzy"]),
        ("Xyzzy - Metformin 500mg", ["Xyzzy"]),
        ("Metformin 500mg Xyzzy", ["Xyzzy"]),
        ("AM: Xyzzy 5mg", ["AM: Xyzzy 5mg"]),
        ("Excedrin PM", ["Excedrin PM"]),  # a brand's word, not Excedrin in the evening
        ("Xyzzy meds: Metformin 500mg", ["Xyzzy meds"]),
    ],
)
def test_a_word_that_is_not_a_time_stays_not_assessed(
    run: RunFn, tmp_path: Path, line: str, unread: list[str]
) -> None:
    code, doc = _cautions(run, tmp_path, line)
    assert code == 3
    assert [u["input"] for u in doc["unassessed"]] == unread


@pytest.mark.parametrize(
    "line",
    ["Morning/Night: Metformin 500mg", "Morning & Night: Metformin 500mg",
     "Morning + night - Metformin 500mg", "Morning, night: Metformin 500mg"],
)  # fmt: skip
def test_a_label_of_two_times_is_twice_a_day_never_a_condition(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    # "Morning/Night" was read near "morning sickness": a pregnancy cap for anyone.
    meds = tmp_path / "meds.txt"
    meds.write_text(f"{line}\n", encoding="utf-8")
    args = ("recommend", "--goal", "migraine", "--age", "40", "--meds-from", str(meds), "--json")
    doc = run(*args).ok_doc()
    assert doc["unassessed"] == [] and doc["ceiling"] is None and doc["conditions"] == []
    [caution] = doc["cautions"]
    assert caution["medication"] == "metformin"


@pytest.mark.parametrize("label", ["AM & PM:", "AM/PM -", "AM + PM:"])
def test_a_magnesium_product_under_two_times_counts_two_doses(run: RunFn, label: str) -> None:
    # One Mag-Ox 400 (241.3 mg) at each of two times: 482.6 mg a day, not one tablet.
    result = run(
        "dose", "glycinate", "--elemental", "100", "--med", f"{label} Mag-Ox 400", "--json"
    )
    assert "482.6" in result.out, result.out
