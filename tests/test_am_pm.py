"""``2 AM 2 PM`` (two tablets in the morning, two in the evening) is read as counts, the higher
daily amount, and the reading says so; an hour above 4 (``8 AM 8 PM``), minutes (``2:00 AM``)
or ``at`` keep clock times. Mag-Ox 400 is 241.3 mg a tablet (label-mag-ox-400), Slow-Mag
71.5 mg (its rules entry); the supplement upper level is 350 mg/day from age 9 (s1b)."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn, cautions_json


def read_as(run: RunFn, typed: str) -> dict[str, Any]:
    code, doc = cautions_json(run, typed)
    assert code == 0 and doc["unassessed"] == []
    return dict(doc["cautions"][0]["read_as"])


@pytest.mark.parametrize(
    ("typed", "morning", "evening"),
    [
        ("Slow-Mag 2 AM 2 PM", 2, 2),
        ("Slow-Mag 1 AM, 2 PM", 1, 2),
        ("Slow-Mag 2 pm and 1 am", 1, 2),
        ("Slow-Mag 3am 3pm", 3, 3),
    ],
)
def test_counts_before_am_and_pm_are_doses_said_as_such(
    run: RunFn, typed: str, morning: int, evening: int
) -> None:
    reading = read_as(run, typed)
    assert reading["times"] == []
    assert reading["frequency"] == ["every morning", "every evening"]
    said = reading["directions"][-1]
    assert said.startswith(f"{morning} in the morning and {evening} in the evening")
    assert f"({morning + evening} a day), not as the clock times" in said


def test_the_reported_mag_ox_line_counts_four_tablets(run: RunFn) -> None:
    result = run("recommend", "--goal", "migraine", "--med", "Mag-Ox 400 2 AM 2 PM")
    assert result.code == 4, result.err
    assert "magnesium already taken: Mag-Ox 400 (2 AM 2 PM) 965.2 mg a day" in result.flat
    assert "482.6" not in result.flat  # the clock reading: one tablet at 02:00 and at 14:00


def test_a_plan_counts_am_pm_doses(run: RunFn) -> None:
    args = ("plan", "--goal", "constipation", "--age", "50", "--sex", "f", "--json")
    doc = run(*args, "--med", "Slow-Mag 2 AM 2 PM")
    data = doc.json()
    assert isinstance(data, dict), doc.err
    assert "about 286 mg/day of elemental magnesium from Slow-Mag (2 AM 2 PM)" in str(data)


@pytest.mark.parametrize(
    ("typed", "times"),
    [
        ("Slow-Mag 8 AM 8 PM", ["08:00", "20:00"]),
        ("Slow-Mag 2:00 AM 2:00 PM", ["02:00", "14:00"]),
        ("Slow-Mag at 2 am", ["02:00"]),
        ("Slow-Mag 12 pm 2 am", ["02:00", "12:00"]),
    ],
)
def test_other_hours_stay_clock_times(run: RunFn, typed: str, times: list[str]) -> None:
    reading = read_as(run, typed)
    assert reading["times"] == times and reading["frequency"] == []
