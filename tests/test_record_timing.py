"""A record's dosage timing feeds the timing plan: clock times, how often a day, and events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import bundle_file, request

from conftest import RunFn

pytest.importorskip("fhir.resources", reason="the FHIR models are not installed")

CIPRO = ("2551", "ciprofloxacin 500 MG Oral Tablet")
LEVO = ("10582", "levothyroxine")


def _rows(run: RunFn, path: str, *more: str) -> dict[str, dict[str, Any]]:
    doc = run("cautions", "--json", "--meds-from", path, *more).ok_doc()
    return {c["medication"]: c for c in doc["timing"]["constraints"]}


@pytest.mark.parametrize(
    ("repeat", "times", "note"),
    [
        ({"frequency": 3, "period": 1, "periodUnit": "d"}, ["08:00", "14:00", "20:00"],
         "three times"),
        ({"frequency": 2, "period": 1, "periodUnit": "d"}, ["08:00", "20:00"], "twice a day"),
        ({"frequency": 1, "period": 12, "periodUnit": "h"}, ["08:00", "20:00"], "twice a day"),
        ({"frequency": 4, "period": 1, "periodUnit": "d"}, ["08:00", "12:00", "16:00", "20:00"],
         "four times"),
    ],
)  # fmt: skip
def test_doses_a_day_become_dose_times_from_the_record(
    run: RunFn, tmp_path: Path, repeat: dict[str, Any], times: list[str], note: str
) -> None:
    path = bundle_file(tmp_path, request(0, *CIPRO, repeat=repeat))
    row = _rows(run, path)["ciprofloxacin"]
    assert row["dose_times"] == times
    assert (row["dose_times_assumed"], row["dose_times_from_record"]) == (False, True)
    assert row["dose_times_note"].startswith(note)
    assert "clock times typical" in row["dose_times_note"]


def test_the_table_says_the_times_come_from_how_often_the_record_says(
    run: RunFn, tmp_path: Path
) -> None:
    repeat = {"frequency": 3, "period": 1, "periodUnit": "d"}
    path = bundle_file(tmp_path, request(0, *CIPRO, repeat=repeat))
    flat = run("cautions", "--meds-from", path, env={"COLUMNS": "200"}).flat
    assert "08:00, 14:00, 20:00 (from the record: three times a day; clock times typical)" in flat
    assert "give yours with --at" in flat


def test_a_weekly_dose_keeps_the_typical_time_marked_assumed(run: RunFn, tmp_path: Path) -> None:
    repeat = {"frequency": 1, "period": 1, "periodUnit": "wk"}
    path = bundle_file(tmp_path, request(0, *CIPRO, repeat=repeat))
    row = _rows(run, path)["ciprofloxacin"]
    assert (row["dose_times_assumed"], row["dose_times_from_record"]) == (True, False)


@pytest.mark.parametrize(
    ("when", "offset", "times", "words"),
    [
        (["ACM"], None, ["07:30"], "before breakfast"),
        (["ACM"], 60, ["07:00"], "before breakfast"),
        (["PCV"], None, ["19:00"], "after dinner"),
        (["MORN"], None, ["08:00"], "in the morning"),
        (["HS"], None, ["22:00"], "at bedtime"),
        (["NIGHT"], None, ["22:00"], "at night"),
        (["C"], None, ["08:00", "12:30", "18:30"], "with meals"),
    ],
)
def test_events_of_the_day_become_typical_clock_times(
    run: RunFn,
    tmp_path: Path,
    when: list[str],
    offset: int | None,
    times: list[str],
    words: str,
) -> None:
    repeat: dict[str, Any] = {"when": when, **({"offset": offset} if offset else {})}
    path = bundle_file(tmp_path, request(0, *LEVO, repeat=repeat))
    row = _rows(run, path)["levothyroxine"]
    assert row["dose_times"] == times
    assert row["dose_times_from_record"] is True
    assert row["dose_times_note"].startswith(words)


def test_clock_times_win_over_events_and_frequency(run: RunFn, tmp_path: Path) -> None:
    repeat = {"timeOfDay": ["06:15:00"], "when": ["HS"], "frequency": 1, "period": 1}
    path = bundle_file(tmp_path, request(0, *LEVO, repeat={**repeat, "periodUnit": "d"}))
    row = _rows(run, path)["levothyroxine"]
    assert (row["dose_times"], row["dose_times_note"]) == (["06:15"], None)


def test_at_still_wins_over_the_records_frequency(run: RunFn, tmp_path: Path) -> None:
    repeat = {"frequency": 2, "period": 1, "periodUnit": "d"}
    path = bundle_file(tmp_path, request(0, *CIPRO, repeat=repeat))
    row = _rows(run, path, "--at", "ciprofloxacin=09:00")["ciprofloxacin"]
    assert row["dose_times"] == ["09:00"]
    assert (row["dose_times_from_record"], row["dose_times_note"]) == (False, None)
