"""A count written after the amount and before "daily" is how many times a day.

Before: ``Slow-Mag 2 tabs 2 daily`` and ``Slow-Mag 1 tablet 2 daily`` were read as once a day
(143 mg counted, 207 mg more advised: up to 493 mg/day if it means 2 twice a day, above the
350 mg/day upper level for supplements, IOM 1997). Now the higher reading is counted. Slow-Mag
is 71.5 mg of magnesium a tablet in the rules.
"""

from __future__ import annotations

import pytest

from conftest import RunFn

SLEEP = ("recommend", "--goal", "sleep", "--age", "50")


@pytest.mark.parametrize(
    ("line", "taken", "left"),
    [
        ("Slow-Mag 2 tabs 2 daily", "286", 64.0),
        ("Slow-Mag 2 tabs 2 a day", "286", 64.0),
        ("Slow-Mag 1 tablet 2 daily", "143", 207.0),
        ("Slow-Mag 1 tab 3 daily", "214.5", 135.5),
        ("Slow-Mag 2 tabs 2 times daily", "286", 64.0),  # said plainly: the same count
    ],
)
def test_the_count_before_daily_is_times_a_day(
    run: RunFn, line: str, taken: str, left: float
) -> None:
    doc = run(*SLEEP, "--med", line, "--json").ok_doc()
    assert doc["ceiling"]["mg"] == left
    assert f"you already take about {taken} mg/day" in doc["ceiling"]["why"]


def test_the_higher_reading_is_said(run: RunFn) -> None:
    doc = run(*SLEEP, "--med", "Slow-Mag 2 tabs 2 daily", "--json").ok_doc()
    assert "counted as times a day, the higher reading" in doc["ceiling"]["why"]


def test_two_slow_mag_twice_beside_mag_ox_is_over_the_limit(run: RunFn) -> None:
    meds = ("--med", "Slow-Mag 2 tabs 2 daily", "--med", "Mag-Ox 400 1 daily")
    result = run(*SLEEP, *meds, "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    [held] = doc["withheld"]["by"]
    assert held["id"] == "listed-magnesium"
    assert "Slow-Mag (2 tabs 2 daily) 286 mg" in held["name"]
