"""Lists pasted from discharge papers and exported as tables: what is not a medicine is shown
as ignored, never named NOT ASSESSED among the real unknowns, and never hides a medicine.

Before: `q`, `N/V`, `pt taking on own`, `sinusitis`, a CSV heading row and its `Active` and
date cells were each NOT ASSESSED (exit 3), and a CSV row marked `Discontinued` was checked as a
current medicine. Now they are listed under `ignored` (JSON) / "Ignored, not checked" (table),
a stopped row is skipped as a FHIR `stopped` status is, and a real unknown stays NOT ASSESSED.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

PASTED = """Current Medications:
lisinopril 10 mg daily
q
N/V
pt taking on own
ibuprofen 400 mg prn pain (pt taking on own)
sinusitis
Active
2024-01-03
ondansetron 4 mg prn N/V
zzzfakemed 5 mg
"""

TABLE = """Medication,Status,Start date,Dose,Frequency
lisinopril,Active,2024-01-03,10 mg,daily
doxycycline,Discontinued,2023-02-01,100 mg,bid
"ondansetron",Active,,4 mg,prn N/V
zzzfakemed,Active,,,
"""


def doc_of(run: RunFn, *args: str) -> tuple[int, dict[str, Any]]:
    result = run("cautions", *args, "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_pasted_list_names_only_real_unknowns(run: RunFn, tmp_path: Path) -> None:
    path = write(tmp_path, "meds.txt", PASTED)
    code, doc = doc_of(run, "--meds-from", path)
    assert code == 3  # zzzfakemed is still a medicine nobody assessed
    assert [u["input"] for u in doc["unassessed"]] == ["zzzfakemed 5 mg"]
    assert [c["medication"] for c in doc["cautions"]] == ["lisinopril", "ibuprofen", "ondansetron"]
    ignored = {i["input"]: (i["reason"], i["source"]) for i in doc["ignored"]}
    assert ignored == {
        "Current Medications:": ("a heading, not a medicine", f"{path}:1"),
        "q": ("a fragment of directions, not a medicine", f"{path}:3"),
        "N/V": ("a condition or reason, not a medicine", f"{path}:4"),
        "pt taking on own": ("a note, not a medicine", f"{path}:5"),
        "sinusitis": ("a condition or reason, not a medicine", f"{path}:7"),
        "Active": ("a status, not a medicine", f"{path}:8"),
        "2024-01-03": ("a date, not a medicine", f"{path}:9"),
    }


def test_the_table_shows_what_was_ignored(run: RunFn, tmp_path: Path) -> None:
    path = write(tmp_path, "meds.txt", PASTED)
    table = run("cautions", "--meds-from", path)
    assert table.code == 3
    assert "Ignored, not checked: Current Medications: (a heading, not a medicine" in table.flat
    assert "sinusitis (a condition or reason, not a medicine" in table.flat
    assert "zzzfakemed 5 mg was NOT recognised" in table.flat
    assert "sinusitis was NOT recognised" not in table.flat


@pytest.mark.parametrize(
    ("typed", "medication", "ignored"),
    [
        ("lisinopril, q", "lisinopril", "q"),
        ("lisinopril 10 mg; sinusitis", "lisinopril", "sinusitis"),
        ("lisinopril (pt taking on own)", "lisinopril", None),
        ("ibuprofen pt taking on own", "ibuprofen", None),
        ("ondansetron prn N/V", "ondansetron", None),
    ],
)
def test_a_note_or_reason_written_with_a_medicine_is_not_a_second_medicine(
    run: RunFn, typed: str, medication: str, ignored: str | None
) -> None:
    code, doc = doc_of(run, "--med", typed)
    assert code == 0 and doc["unassessed"] == []
    assert [c["medication"] for c in doc["cautions"]] == [medication]
    assert [i["input"] for i in doc["ignored"]] == ([ignored] if ignored else [])


@pytest.mark.parametrize("typed", ["q", "N/V", "sinusitis", "Discontinued", "Medication"])
def test_a_list_of_only_junk_is_not_an_all_clear_it_says_so(run: RunFn, typed: str) -> None:
    code, doc = doc_of(run, "--med", typed)
    assert code == 0 and doc["unassessed"] == [] and doc["cautions"] == []
    assert doc["ignored"] and doc["ignored"][0]["source"] is None
    table = run("cautions", "--med", typed)
    assert "every one listed was skipped or ignored" in table.flat


@pytest.mark.parametrize("typed", ["D", "unknown", "thyroid", "Levo", "DM", "Na"])
def test_a_word_that_may_be_a_medicine_is_never_ignored(run: RunFn, typed: str) -> None:
    code, doc = doc_of(run, "--med", typed)
    assert doc["ignored"] == []
    assert code == 3 or doc["cautions"], doc  # named not assessed, or a medicine the rules know


def test_a_table_is_read_by_its_columns(run: RunFn, tmp_path: Path) -> None:
    path = write(tmp_path, "meds.csv", TABLE)
    code, doc = doc_of(run, "--meds-from", path)
    assert code == 3
    assert [u["input"] for u in doc["unassessed"]] == ["zzzfakemed"]
    [lisinopril, ondansetron] = doc["cautions"]
    assert lisinopril["input"] == "lisinopril 10 mg daily"
    assert lisinopril["read_as"]["frequency"] == ["once a day"]
    assert lisinopril["source"] == {"file": path, "line": 2, "resource": None, "rxnorm": []}
    assert ondansetron["read_as"]["directions"] == ["for nausea or vomiting"]
    [stopped] = doc["skipped"]
    assert stopped["input"] == "doxycycline 100 mg bid"
    assert stopped["status"] == "Discontinued"
    assert stopped["reason"] == "status 'Discontinued': not a current medicine"
    assert doc["ignored"] == []  # the heading row and the date cells are columns, not lines


def test_include_inactive_checks_a_stopped_row(run: RunFn, tmp_path: Path) -> None:
    path = write(tmp_path, "meds.csv", TABLE)
    _, doc = doc_of(run, "--meds-from", path, "--include-inactive")
    assert doc["skipped"] == []
    assert "doxycycline" in [c["medication"] for c in doc["cautions"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Drug\tTaking?\nlevothyroxine 50 mcg\tYes\ncipro 500 mg\tNo\n", (["levothyroxine"], 1)),
        ("Name;Sig\nDoxy 100 mg;bid\n", (["doxycycline"], 0)),
        ("Medication Name,Notes\nFosamax 70 mg,pt taking on own\n", (["alendronate"], 0)),
    ],
)
def test_other_separators_and_headings(
    run: RunFn, tmp_path: Path, text: str, found: tuple[list[str], int]
) -> None:
    _, doc = doc_of(run, "--meds-from", write(tmp_path, "meds.tsv", text))
    assert [c["medication"] for c in doc["cautions"]] == found[0]
    assert len(doc["skipped"]) == found[1]
    assert doc["unassessed"] == []


def test_a_plain_list_with_commas_is_not_a_table(run: RunFn, tmp_path: Path) -> None:
    path = write(tmp_path, "meds.txt", "lisinopril, metformin\ncipro 500 mg bid\n")
    _, doc = doc_of(run, "--meds-from", path)
    assert {c["medication"] for c in doc["cautions"]} == {
        "lisinopril",
        "metformin",
        "ciprofloxacin",
    }


def test_a_table_with_no_medicine_is_refused_in_one_line(run: RunFn, tmp_path: Path) -> None:
    path = write(tmp_path, "meds.csv", "Medication,Status\n,Active\n")
    result = run("cautions", "--meds-from", path)
    assert result.code == 1 and result.out == ""
    assert (
        result.err.strip().count("\n") == 0 and "no medicine in its medicine column" in result.err
    )


AFTER_VISIT = """YOUR MEDICATION LIST
START taking:
  cephalexin (KEFLEX) 500 MG capsule  Take 1 capsule (500 mg total) by mouth 4 (four) times daily for 7 days.
CONTINUE these medications which have NOT CHANGED
  amLODIPine (NORVASC) 10 MG tablet  Take 1 tablet (10 mg total) by mouth daily.
  metFORMIN (GLUCOPHAGE) 500 MG tablet  Take 2 tablets (1,000 mg total) by mouth 2 (two) times daily with meals.
  potassium chloride (KLOR-CON M20) 20 MEQ extended release tablet  Take 1 tablet (20 mEq total) by mouth daily.
"""  # noqa: E501  (lines as an after-visit summary prints them)


def test_an_after_visit_summary_is_read_without_false_unknowns(run: RunFn, tmp_path: Path) -> None:
    """Its headings are ignored, its restated totals ("(10 mg total)") and number words
    ("4 (four) times") are read as the directions they repeat: before, each line put "10 mg
    total" or "four" among the medicines NOT ASSESSED (exit 3)."""
    path = write(tmp_path, "avs.txt", AFTER_VISIT)
    code, doc = doc_of(run, "--meds-from", path)
    assert (code, doc["unassessed"]) == (0, [])
    read = {c["medication"]: c["read_as"] for c in doc["cautions"]}
    assert list(read) == ["cephalexin", "amlodipine", "metformin", "potassium-chloride"]
    assert read["cephalexin"]["frequency"] == ["four times a day"]
    assert read["metformin"]["directions"] == ["2 tablets"]
    assert read["metformin"]["frequency"] == ["twice a day", "with meals"]
    assert [i["input"] for i in doc["ignored"]] == [
        "YOUR MEDICATION LIST",
        "START taking:",
        "CONTINUE these medications which have NOT CHANGED",
    ]


@pytest.mark.parametrize(
    "line", ["lisinopril 10 mg 2 (three) times daily", "lisinopril (10 mg total, zzzfake)"]
)
def test_a_bracket_that_says_more_than_a_restatement_is_still_read(run: RunFn, line: str) -> None:
    """Only the same number in words, and a total alone in its bracket, are taken as said."""
    code, doc = doc_of(run, "--med", line)
    assert code == 3 and doc["unassessed"], doc


PORTAL = """Medication,Sig,Dispense,Refills,Start Date,End Date,Status
"lisinopril 20 MG tablet","Take 1 tablet (20 mg total) by mouth daily.",90 tablet,3,01/15/2025,,Active
"magnesium oxide 400 MG tablet","Take 1 tablet (400 mg total) by mouth daily.",30 tablet,0,,,Active
"ergocalciferol 1.25 MG (50000 UT) capsule","Take 1 capsule by mouth once a week.",12 capsule,0,,,Active
"""  # noqa: E501  (rows as a patient portal exports them)


def test_a_portal_export_counts_magnesium_past_its_dispense_column(
    run: RunFn, tmp_path: Path
) -> None:
    """``Dispense`` (the quantity filled) says nothing of a dose: before, it was a column not
    read, which made the magnesium oxide's amount not known; and ``UT`` (units) was NOT
    ASSESSED."""
    path = write(tmp_path, "portal.csv", PORTAL)
    code, doc = doc_of(run, "--meds-from", path)
    assert (code, doc["unassessed"]) == (0, [])
    assert {s["input"] for s in doc["skipped"]} == {"column 'Dispense'", "column 'Refills'"}
    result = run("recommend", "--goal", "migraine", "--meds-from", path, "--json")
    [by] = result.json()["withheld"]["by"]  # type: ignore[index]
    assert by["id"] == "listed-magnesium" and by["name"].endswith("400 mg a day")


def test_a_dispense_column_beside_a_days_supply_is_read_not_called_unread(
    run: RunFn, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "fills.csv",
        'Medication,Sig,Dispense,Days Supply\n"magnesium oxide 400 MG tablet",'
        '"Take 1 tablet by mouth daily.",60 tablet,30\n',
    )
    assert doc_of(run, "--meds-from", path)[1]["skipped"] == []
    result = run("recommend", "--goal", "migraine", "--meds-from", path, "--json")
    [by] = result.json()["withheld"]["by"]  # type: ignore[index]
    assert by["name"].endswith("800 mg a day")  # 60 filled for 30 days: 2 a day
