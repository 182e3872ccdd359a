"""A medication table's columns are read, or shown as not read: none is dropped without a word.

Frequency and count columns under the headings spreadsheets and portals use (Freq, How often,
Times per day, Schedule, Timing, Dosing, When, Dose Qty, Amount, Tablets, Quantity) are read
with the name; a reason column (Indication, Reason, Diagnosis) as written after "for"; notes
(Comments, Notes) as written after a comma, where a condition counts as on any line; a column
of who prescribed it is named as not read; any other heading makes the result not complete and,
on a magnesium product's row, the amount not known. A "Completed", "Complete" or "Expired"
status is read with the row's dates as a FHIR MedicationRequest ``completed`` is.

Mag-Ox 400 is 241.3 mg elemental magnesium a tablet (label-mag-ox-400); the upper level for
supplements is 350 mg/day from age 9 (IOM 1997, s1b), above which a listed intake withholds
(``listed-magnesium``). Runs are dated 2026-12-01 (SOURCE_DATE_EPOCH 1796083200).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

ON = {"SOURCE_DATE_EPOCH": "1796083200"}  # 2026-12-01 UTC


def _recommend(run: RunFn, tmp_path: Path, table: str) -> tuple[int, dict[str, Any]]:
    path = tmp_path / "meds.csv"
    path.write_text(table, encoding="utf-8")
    args = ("recommend", "--goal", "sleep", "--age", "40", "--meds-from", str(path), "--json")
    result = run(*args, env=ON)
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


def _withheld(doc: dict[str, Any]) -> list[str]:
    return [b["name"] for b in doc["withheld"]["by"]] if doc["withheld"] else []


@pytest.mark.parametrize(
    "heading", ["Freq", "How often", "Schedule", "Timing", "Dosing", "When", "Frequency"]
)
def test_a_frequency_column_is_read_with_the_name(run: RunFn, tmp_path: Path, heading: str) -> None:
    code, doc = _recommend(
        run, tmp_path, f"Medication,Dose,{heading}\nMag-Ox 400,1 tablet,3 times a day\n"
    )
    assert code == 4
    assert _withheld(doc) == [
        "magnesium already taken: Mag-Ox 400 (1 tablet 3 times a day) 723.9 mg a day"
    ]


@pytest.mark.parametrize(
    ("heading", "cell"),
    [("Tablets", "2"), ("Dose Qty", "2"), ("Amount", "2 tablets"), ("Quantity", "2")],
)
def test_a_count_column_is_read_with_the_name(
    run: RunFn, tmp_path: Path, heading: str, cell: str
) -> None:
    code, doc = _recommend(
        run, tmp_path, f"Medication,{heading},Frequency\nMag-Ox 400,{cell},twice daily\n"
    )
    assert code == 4
    assert _withheld(doc)[0].endswith("965.2 mg a day")  # 2 tablets twice a day


def test_times_per_day_counts_times(run: RunFn, tmp_path: Path) -> None:
    code, doc = _recommend(run, tmp_path, "Medication,Times per day\nMag-Ox 400,3\n")
    assert code == 4
    assert _withheld(doc)[0].endswith("723.9 mg a day")


def test_an_unknown_column_is_shown_and_withholds_on_a_magnesium_row(
    run: RunFn, tmp_path: Path
) -> None:
    table = "Medication,Dose,Cadence,Prescriber\nMag-Ox 400,1 tablet,3 times a day,Dr Smith\n"
    code, doc = _recommend(run, tmp_path, table)
    assert code == 4
    assert [b["id"] for b in doc["withheld"]["by"]] == ["listed-magnesium-amount-unknown"]
    assert "'Cadence: 3 times a day' written with it was not read" in _withheld(doc)[0]
    columns = {s["input"]: s["reason"] for s in doc["skipped"]}
    assert "a table column magadvise does not read" in columns["column 'Cadence'"]
    assert (
        columns["column 'Prescriber'"] == "a table column not needed for magnesium advice: not read"
    )
    assert doc["complete"] is False


def test_an_unknown_column_beside_other_medicines_is_not_complete(
    run: RunFn, tmp_path: Path
) -> None:
    code, doc = _recommend(
        run, tmp_path, "Medication,Dose,Cadence\nAmlodipine 5 mg,daily,morning\n"
    )
    assert code == 3
    assert doc["withheld"] is None
    assert doc["complete"] is False


def test_a_prescriber_column_alone_leaves_the_result_complete(run: RunFn, tmp_path: Path) -> None:
    code, doc = _recommend(
        run, tmp_path, "Medication,Dose,Prescriber\nAmlodipine 5 mg,daily,Dr Smith\n"
    )
    assert code == 0
    assert doc["complete"] is True
    assert [s["input"] for s in doc["skipped"]] == ["column 'Prescriber'"]


@pytest.mark.parametrize(
    ("heading", "cell", "condition"),
    [
        ("Comments", "hold on dialysis days", "dialysis"),
        ("Notes", "pt has CKD stage 4", "severe-kidney-disease"),
    ],
)
def test_a_note_column_counts_a_condition_as_a_line_does(
    run: RunFn, tmp_path: Path, heading: str, cell: str, condition: str
) -> None:
    code, doc = _recommend(
        run, tmp_path, f"Medication,Sig,{heading}\nAmlodipine 10mg,1 daily,{cell}\n"
    )
    assert code == 4
    assert condition in [c["id"] for c in doc["conditions"]]


def test_a_reason_column_is_read_as_the_reason(run: RunFn, tmp_path: Path) -> None:
    path = tmp_path / "meds.csv"
    path.write_text("Medication,Dose,Indication\nAmlodipine,5 mg,hypertension\n")
    result = run("cautions", "--meds-from", str(path), "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["cautions"][0]["read_as"]["directions"] == ["for hypertension"]
    assert doc["skipped"] == []


COURSES = """Medication,Status,Start Date,End Date,Last Filled
Doxycycline 100mg bid,Completed,2026-11-25,2026-12-09,
Cipro 500 bid,Complete,,,2026-11-29
Levothyroxine 100mcg,Expired,,,2026-11-01
Azithromycin 250 mg,Completed,2026-11-01,2026-11-05,
Isentress 400mg bd,Completed,2026-06-01,,
Metformin 500 mg,Completed,,,
"""


def test_a_completed_row_is_read_with_its_dates(run: RunFn, tmp_path: Path) -> None:
    path = tmp_path / "meds.csv"
    path.write_text(COURSES)
    result = run("cautions", "--meds-from", str(path), "--json", env=ON)
    doc = result.json()
    assert isinstance(doc, dict), result.err
    checked = {c["medication"]: c["status_note"] for c in doc["cautions"]}
    assert set(checked) == {"doxycycline", "ciprofloxacin", "levothyroxine", "metformin"}
    assert checked["levothyroxine"] == (
        "table status 'Expired' (filled, or no refills left: not stopped), and its dates do "
        "not show the course over: still checked."
    )
    skipped = {s["input"]: s["reason"] for s in doc["skipped"]}
    assert skipped == {
        "Azithromycin 250 mg": "status 'Completed' and its course ended 2026-11-05: not current",
        "Isentress 400mg bd": (
            "status 'Completed' and ordered 2026-06-01, more than 90 days ago, with no end "
            "date: not current"
        ),
    }


@pytest.mark.parametrize(
    ("heading", "cell", "held"),
    [("Age", "4", "age-young-child"), ("Pt age", "18/12", "age-young-child"),
     ("DOB", "2021-03-01", "age-young-child"), ("Age", "four", "age-not-read")],
)  # fmt: skip
def test_an_age_column_is_read_as_the_age(
    run: RunFn, tmp_path: Path, heading: str, cell: str, held: str
) -> None:
    # Skipped as a column not known, a 4-year-old's table gave an adult's dose (exit 3).
    path = tmp_path / "meds.csv"
    path.write_text(f"Medication,Dose,{heading}\nMiralax,8.5 g daily,{cell}\n", encoding="utf-8")
    args = ("recommend", "--goal", "constipation", "--meds-from", str(path), "--json")
    result = run(*args, env=ON)
    doc = result.json()
    assert isinstance(doc, dict), result.err
    assert result.code == 4 and held in [b["id"] for b in doc["withheld"]["by"]]
    assert not [s for s in doc["skipped"] if s["input"].startswith("column")]


def test_an_adults_age_column_gives_the_adults_dose(run: RunFn, tmp_path: Path) -> None:
    path = tmp_path / "meds.csv"
    path.write_text("Medication,Dose,Age\nMiralax,8.5 g daily,45\n", encoding="utf-8")
    args = ("recommend", "--goal", "constipation", "--meds-from", str(path), "--json")
    result = run(*args, env=ON)
    doc = result.json()
    assert isinstance(doc, dict) and result.code == 0 and doc["doses_for"] == "adults"
