"""Pharmacy-label words (product numbers, quantity, refills) and what a list says of a medicine
no longer taken: read as parts of the line, never as medicines, never dropped silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn, cautions_json

# (typed, the product it is, directions read beside it)
NUMBERED = [
    ("Tylenol No. 4 tablet", "acetaminophen-codeine", []),
    ("Tylenol No. 4", "acetaminophen-codeine", []),
    ("Tylenol #3 tablet", "acetaminophen-codeine", []),
    ("Tylenol # 3 1 tab q6h prn", "acetaminophen-codeine", ["1 tablet"]),
    ("Tylenol No. 3 1 tab q6h prn", "acetaminophen-codeine", ["1 tablet"]),
    ("Tylenol with Codeine No. 3 1-2 tabs prn pain", "acetaminophen-codeine", ["1-2 tablets"]),
    ("paracetamol 500mg no. 32", "acetaminophen", ["quantity 32"]),
    ("amlodipine 5mg #90 RF3", "amlodipine", ["quantity 90", "refills 3"]),
    ("acetaminophen-codeine 300-30 mg #20", "acetaminophen-codeine", ["quantity 20"]),
    (
        "atorvastatin 40 mg sig: 1 tab po qhs disp #30 refills 2",
        "atorvastatin",
        ["1 tablet", "quantity 30", "refills 2"],
    ),
    ("levothyroxine 75 mcg qty 30", "levothyroxine", ["quantity 30"]),
    ("lisinopril 10 mg no refills", "lisinopril", ["no refills"]),
    ("metformin 500 mg 1 po bid dispense 180 tablets refill x3", "metformin", ["refills 3"]),
    ("omeprazole 20 mg 1 cap po qam ac, RF: 0", "omeprazole", ["1 capsule", "refills 0"]),
]


@pytest.mark.parametrize(("typed", "medication", "directions"), NUMBERED)
def test_label_numbers_are_read_not_counted(
    run: RunFn, typed: str, medication: str, directions: list[str]
) -> None:
    code, doc = cautions_json(run, typed)
    assert (code, doc["unassessed"]) == (0, [])
    [entry] = doc["cautions"]
    assert entry["medication"] == medication  # "#3 tablet" never loses the codeine
    assert all(d in entry["read_as"]["directions"] for d in directions), entry["read_as"]


def test_a_numbered_product_in_a_file_is_not_a_comment(run: RunFn, tmp_path: Path) -> None:
    path = tmp_path / "meds.txt"
    path.write_text("# my list\nTylenol #3\namlodipine 5 mg #90  # for BP\n", encoding="utf-8")
    doc = run("cautions", "--meds-from", str(path), "--json").ok_doc()
    assert [m["medication"] for m in doc["cautions"]] == ["acetaminophen-codeine", "amlodipine"]
    assert doc["cautions"][1]["read_as"]["directions"] == ["quantity 90"]


# (typed, the status the line gives the medicine)
STATUSES = [
    ("lisinopril 10mg - stopped", "stopped"),
    ("metformin d/c", "stopped"),
    ("metformin 500 mg bid - d/c'd", "stopped"),
    ("Lasix 40 mg DC'd 3/2024", "stopped"),
    ("warfarin discontinued", "stopped"),
    ("atorvastatin on hold", "on hold"),
    ("warfarin 5 mg held", "on hold"),
    ("aspirin 81 mg not taking", "not taking"),
    ("omeprazole no longer taking", "stopped"),
]


@pytest.mark.parametrize(("typed", "status"), STATUSES)
def test_a_medicine_typed_as_stopped_is_still_checked_and_says_so(
    run: RunFn, typed: str, status: str
) -> None:
    code, doc = cautions_json(run, typed)
    assert (code, doc["unassessed"]) == (0, [])
    [entry] = doc["cautions"]
    assert entry["read_as"]["status"] == status
    assert entry["status_note"].startswith(f"typed as {status}: still checked")
    assert f"Note: typed as {status}: still checked" in run("cautions", "--med", typed).flat


def test_a_stopped_line_in_a_file_is_checked_and_said(run: RunFn, tmp_path: Path) -> None:
    path = tmp_path / "meds.txt"
    path.write_text("Cipro 500 mg bid - stopped\nlevothyroxine 50 mcg\n", encoding="utf-8")
    doc = run("cautions", "--meds-from", str(path), "--json").ok_doc()
    notes = {m["medication"]: m["status_note"] for m in doc["cautions"]}
    assert notes["levothyroxine"] is None
    assert notes["ciprofloxacin"].startswith("typed as stopped: still checked")
    assert doc["skipped"] == []  # checked, not skipped: only a record's status skips


@pytest.mark.parametrize("typed", ["metoprolol 25 mg bid hold if HR < 60", "amoxicillin stop"])
def test_a_hold_condition_is_not_a_status(run: RunFn, typed: str) -> None:
    code, doc = cautions_json(run, typed)
    assert code == 3  # "hold if" and a bare "stop" are words the parser does not know: named
    assert doc["unassessed"]
    assert all(m["status_note"] is None for m in doc["cautions"])
