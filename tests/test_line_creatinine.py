"""A creatinine (or urea) written on a medicine's line withholds the dose as kidney wording.

Before: ``Amlodipine 5mg (Cr 3.1)`` read ``Cr`` as the release word CR (``also written Cr 3.1``):
exit 0 and a full dose, for a creatinine that at 50 years is an eGFR near 20 (CKD-EPI 2021).
``SCr 3``, ``creat 2.5`` and ``BUN 60`` were NOT ASSESSED beside a dose (exit 3). A release
word written with a dose (``Metoprolol CR 25mg``) stays a release form.
"""

from __future__ import annotations

import pytest

from conftest import RunFn

SLEEP = ("recommend", "--goal", "sleep", "--age", "50")


@pytest.mark.parametrize(
    ("line", "lab"),
    [
        ("Amlodipine 5mg (Cr 3.1)", "Cr 3.1"),
        ("Amlodipine 5mg Cr 3.1", "Cr 3.1"),
        ("Amlodipine 5mg (Cr: 3.1)", "Cr: 3.1"),
        ("Amlodipine 5mg (CR 3.1)", "CR 3.1"),
        ("Amlodipine 5mg creat 2.5", "creat 2.5"),
        ("Amlodipine SCr 3", "SCr 3"),
        ("Amlodipine 5mg (Cr 250 umol/L)", "Cr 250 umol/L"),
        ("Amlodipine 5mg Cr 3.1 mg/dL", "Cr 3.1 mg/dL"),
        ("Amlodipine 5mg (BUN 60)", "BUN 60"),
        ("Amlodipine 5mg urea: 18", "urea: 18"),
        ("Amlodipine 5mg (urea 18 mmol/L)", "urea 18 mmol/L"),
    ],
)
def test_a_creatinine_on_the_line_withholds_and_the_medicine_is_still_read(
    run: RunFn, line: str, lab: str
) -> None:
    result = run(*SLEEP, "--med", line, "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert [b["id"] for b in doc["withheld"]["by"]] == ["record-not-read"]
    assert doc["go_ahead"] is False
    assert [(s["input"], s["not_read"]) for s in doc["skipped"]] == [(lab, True)]
    assert doc["unassessed"] == []
    cautions = run("cautions", "--med", line, "--json").json()
    assert isinstance(cautions, dict)
    [caution] = cautions["cautions"]
    assert caution["medication"] == "amlodipine"
    assert caution["read_as"]["release"] is None
    assert caution["read_as"]["also_named"] == []


@pytest.mark.parametrize("line", ["Metoprolol CR 25mg", "Metoprolol CR 25", "Paxil CR 12.5mg"])
def test_a_release_word_with_its_dose_stays_a_release_form(run: RunFn, line: str) -> None:
    assert run(*SLEEP, "--med", line).code == 0
    doc = run("cautions", "--med", line, "--json").json()
    assert isinstance(doc, dict)
    assert doc["cautions"][0]["read_as"]["release"] == "extended release"


def test_a_creatinine_in_a_list_file_withholds(run: RunFn, tmp_path: object) -> None:
    from pathlib import Path

    meds = Path(str(tmp_path)) / "meds.txt"
    meds.write_text("Metformin 500mg bid\nLisinopril 10mg daily (Cr 2.8)\n", encoding="utf-8")
    result = run(*SLEEP, "--meds-from", str(meds))
    assert result.code == 4
    assert "Cr 2.8" in result.flat
    assert "kidney" in result.flat
