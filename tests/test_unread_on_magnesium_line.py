"""Text on a magnesium product's line is read, or its amount is not known: never one a day.

Counts written as numbers and signs are read (names.sig_counts): the UK chart ``N/24`` (every N
hours), the European ``1-0-1``/``1-1-1``/``2-0-2`` (units at morning, noon, evening), ``1+1``,
``x 3``, ``4x``, ``2 x 1``, ``/12h``; a most written in brackets (``(max 3 daily)``) is counted
as the same words outside them. Anything else on the line that could change the amount (a
number nothing reads, a bracket with nothing read in it, words not recognised that say a count
or a time) withholds the dose as magnesium of unknown amount, naming the text not read.

Mag-Ox 400 is 241.3 mg elemental magnesium a tablet (label-mag-ox-400), Slow-Mag 71.5 mg
(its rules entry), milk of magnesia 400 mg magnesium hydroxide per 5 mL (about 166.7 mg
elemental: its rules entry); the upper level for supplements is 350 mg/day from age 9 (IOM
1997, s1b), above which a listed intake withholds the dose (``listed-magnesium``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn

ADULT = ("--age", "50")


def _withheld(run: RunFn, line: str) -> tuple[int, list[str], list[str]]:
    return _withheld_from(run, line, "--med")


def _withheld_from(
    run: RunFn, given: str, how: str = "--meds-from"
) -> tuple[int, list[str], list[str]]:
    doc = run("recommend", "--goal", "sleep", *ADULT, how, given, "--json")
    data = doc.json()
    assert isinstance(data, dict), doc.err
    by = data["withheld"]["by"] if data["withheld"] else []
    return doc.code, [b["id"] for b in by], [b["name"] for b in by]


def _dose_shown(run: RunFn, line: str) -> dict[str, Any]:
    doc = run("recommend", "--goal", "sleep", *ADULT, "--med", line, "--json")
    assert doc.code == 0, doc.err
    data = doc.json()
    assert isinstance(data, dict)
    assert data["withheld"] is None
    return data


@pytest.mark.parametrize(
    ("line", "counted"),
    [
        ("Milk of magnesia 10ml 4/24", "2,000 mg"),  # 10 mL every 4 h: 60 mL a day
        ("Mag-Ox 400 1 tab 12/24", "482.6 mg"),
        ("Mag-Ox 400 1-1-1", "723.9 mg"),
        ("Mag-Ox 400 1-0-1", "482.6 mg"),
        ("Mag-Ox 400 1+1", "482.6 mg"),
        ("Mag-Ox 400 2 x 1", "482.6 mg"),
        ("Mag-Ox 400 1 tab 4x", "965.2 mg"),
        ("Mag-Ox 400 1 tab x 3", "723.9 mg"),
        ("Mag-Ox 400 x2 daily", "482.6 mg"),
        ("Mag-Ox 400 1 tab /12h", "482.6 mg"),
    ],
)
def test_counts_written_as_signs_are_counted(run: RunFn, line: str, counted: str) -> None:
    code, ids, names = _withheld(run, line)
    assert code == 4
    assert ids == ["listed-magnesium"]
    assert names[0].endswith(f"{counted} a day"), names


@pytest.mark.parametrize(
    ("line", "taken"),
    [
        ("Slow-Mag 1 tab 8/24", "214.5"),  # every 8 hours: 3 tablets
        ("Slow-Mag 2-0-2", "286"),  # 2 in the morning, 2 in the evening
        ("Slow-Mag 1 tab PRN (max 3 daily)", "214.5"),  # the most written in brackets
        ("Slow-Mag up to 2 tabs daily", "143"),
    ],
)
def test_a_count_under_the_upper_level_leaves_only_the_rest(
    run: RunFn, line: str, taken: str
) -> None:
    ceiling = _dose_shown(run, line)["ceiling"]
    assert f"about {taken} mg/day of elemental magnesium" in ceiling["why"]
    assert ceiling["mg"] == pytest.approx(350 - float(taken))


def test_a_bracketed_most_says_it_is_counted(run: RunFn) -> None:
    table = run("recommend", "--goal", "sleep", *ADULT, "--med", "Slow-Mag 1 tab PRN (max 3 daily)")
    assert table.code == 0, table.err
    assert "the most written a day (3 tablets) is counted" in table.flat
    assert "the doses written are counted" not in table.flat


def test_a_count_in_words_at_each_time_is_read(run: RunFn) -> None:
    """``one in the morning and one at night``: one tablet at each of two times (2 a day)."""
    code, ids, names = _withheld(run, "Mag-Ox 400 one in the morning and one at night")
    assert (code, ids) == (4, ["listed-magnesium"])
    assert names[0].endswith("482.6 mg a day")  # 2 x 241.3 mg (its Drug Facts)


@pytest.mark.parametrize(
    ("line", "unread"),
    [
        ("Mag-Ox 400 (2)", "'2'"),
        ("Mag-Ox 400 2", "'2'"),
        ("Slow-Mag 2", "'2'"),
        ("Slow-Mag 1 tab 8/20", "'8/20'"),
        ("Mag-Ox 400 1 tab @ 8 and 20", "'8', '20'"),
        ("Mag-Ox 400 take one morning, one night", "'morning', 'one night'"),
        ("Mag-Ox 400 1 tab daily + 1 extra when cramps", "'extra when cramps'"),
    ],
)
def test_text_not_read_on_a_magnesium_line_withholds(run: RunFn, line: str, unread: str) -> None:
    code, ids, names = _withheld(run, line)
    assert code == 4
    assert ids == ["listed-magnesium-amount-unknown"]
    assert f"{unread} written with it was not read: how much a day is not known" in names[0]
    table = run("recommend", "--goal", "sleep", *ADULT, "--med", line)
    assert "NO DOSE ADVISED" in table.out
    assert "mg/day is left" not in table.flat


@pytest.mark.parametrize(
    "line", ["Mag-Ox 400", "Mag-Ox 400 1 tab daily", "Slow-Mag 1 tab daily", "Slow-Mag"]
)
def test_a_line_read_whole_is_still_counted(run: RunFn, line: str) -> None:
    data = _dose_shown(run, line)
    assert data["ceiling"]["mg"] in (108.7, 278.5)


def test_signs_beside_another_medicine_are_read_and_do_not_withhold(run: RunFn) -> None:
    data = _dose_shown(run, "Amlodipine 5 mg 1-0-1")
    assert data["cautions"][0]["read_as"]["frequency"] == ["every morning", "every evening"]


def test_a_course_after_x_is_still_a_course(run: RunFn) -> None:
    doc = run("cautions", "--med", "Doxycycline 100 mg x 7 days", "--json")
    data = doc.json()
    assert isinstance(data, dict)
    read = data["cautions"][0]["read_as"]
    assert read["directions"] == ["for 7 days"]
    assert read["frequency"] == []


def test_an_evening_dose_written_0_0_1_is_planned_around(run: RunFn) -> None:
    doc = run("cautions", "--med", "Tivicay 50 0-0-1", "--json")
    assert doc.code == 0, doc.err
    data = doc.json()
    assert isinstance(data, dict)
    constraint = data["timing"]["constraints"][0]
    assert constraint["medication"] == "dolutegravir"
    assert constraint["dose_times"] == ["18:00"]  # evening, not a typical morning dose


def _magox(text: str) -> dict[str, Any]:
    medicine = {"text": "Mag-Ox 400 MG Oral Tablet"}
    return {**AMLODIPINE, "id": "r2", "medicationCodeableConcept": medicine,
            "dosageInstruction": [{"text": text}]}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("1-1-1", "listed-magnesium"),
        ("1 tablet 12/24", "listed-magnesium"),
        ("1 tablet 8/20", "listed-magnesium-amount-unknown"),
    ],
)
def test_a_record_dosage_text_is_read_the_same_way(
    run: RunFn, tmp_path: Path, text: str, withheld: str
) -> None:
    code, data = recommend_json(run, bundle_file(tmp_path, PATIENT, _magox(text)))
    assert code == 4
    assert [b["id"] for b in data["withheld"]["by"]] == [withheld]


def test_a_list_file_line_is_read_the_same_way(run: RunFn, tmp_path: Path) -> None:
    listed = tmp_path / "meds.txt"
    listed.write_text("Mag-Ox 400 1 tab 8/20\nMilk of magnesia 2 spoonfuls\n")
    code, ids, names = _withheld_from(run, str(listed))
    assert code == 4
    assert ids == ["listed-magnesium-amount-unknown"]
    assert "'8/20' written with it was not read" in names[0]
    assert "a spoonful's volume is not known" in names[0]
