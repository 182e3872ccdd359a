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


@pytest.mark.parametrize("typed", ["amoxicillin stop", "metoprolol 25 mg bid hold"])
def test_a_bare_stop_or_hold_is_named_not_read_as_a_status(run: RunFn, typed: str) -> None:
    code, doc = cautions_json(run, typed)
    assert code == 3  # "stop if rash", "hold if HR < 60": a bare word is not a status
    assert doc["unassessed"]
    assert all(m["status_note"] is None for m in doc["cautions"])


# (typed, medicine, a direction it must show): Roman numerals, hold parameters, days run together
SIGS = [
    ("lisinopril 10 mg i tab bid", "lisinopril", "1 tablet"),
    ("metformin ER 500mg ii tabs qpm with supper", "metformin", "2 tablets"),
    ("Lopressor 25 mg bid hold if HR < 55", "metoprolol", "hold parameters: hr 55"),
    ("Metoprolol tartrate 25mg PO BID hold for SBP<100", "metoprolol", "hold parameters: sbp 100"),
    (
        "metoprolol 25 mg bid hold if SBP < 90 or HR < 60",
        "metoprolol",
        "hold parameters: sbp 90, hr 60",
    ),
    ("Coumadin 5 mg MWF, 2.5 mg other days", "warfarin", "other days"),
]


@pytest.mark.parametrize(("typed", "medication", "direction"), SIGS)
def test_label_shorthand_is_read(run: RunFn, typed: str, medication: str, direction: str) -> None:
    code, doc = cautions_json(run, typed)
    assert (code, doc["unassessed"]) == (0, [])
    [entry] = doc["cautions"]
    assert entry["medication"] == medication
    assert direction in entry["read_as"]["directions"]
    assert entry["status_note"] is None  # a hold parameter is not "on hold"


@pytest.mark.parametrize(
    ("typed", "frequency"),
    [
        ("HCTZ 25 mg q am", "every morning"),
        ("furosemide 20 mg q pm", "every evening"),
        ("Coumadin 5 mg MWF", "on Monday, Wednesday, Friday"),
        ("methotrexate 2.5 mg TTS", "on Tuesday, Thursday, Saturday"),
    ],
)
def test_label_frequencies_are_read(run: RunFn, typed: str, frequency: str) -> None:
    code, doc = cautions_json(run, typed)
    assert (code, doc["unassessed"]) == (0, [])
    assert frequency in doc["cautions"][0]["read_as"]["frequency"]


def test_a_record_medicine_checked_with_include_inactive_says_its_status(
    run: RunFn, tmp_path: Path
) -> None:
    pytest.importorskip("fhir.resources", reason="the FHIR models are not installed")
    from fhirrecord import bundle_file, request

    stopped = {**request(1, "2551", "Ciprofloxacin 500 MG Oral Tablet"), "status": "stopped"}
    path = bundle_file(tmp_path, stopped, request(2, "10582", "levothyroxine 50 MCG Oral Tablet"))
    doc = run("cautions", "--meds-from", path, "--include-inactive", "--json").ok_doc()
    notes = {m["medication"]: m["status_note"] for m in doc["cautions"]}
    assert notes == {
        "ciprofloxacin": "record status 'stopped': still checked (--include-inactive).",
        "levothyroxine": None,
    }
    table = run("cautions", "--meds-from", path, "--include-inactive").flat
    assert "Note: record status 'stopped': still checked (--include-inactive)." in table
