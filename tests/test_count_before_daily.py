"""A count written after the amount and before "daily" is how many times a day.

Before: ``Slow-Mag 2 tabs 2 daily`` and ``Slow-Mag 1 tablet 2 daily`` were read as once a day
(143 mg counted, 207 mg more advised: up to 493 mg/day if it means 2 twice a day, above the
350 mg/day upper level for supplements, IOM 1997). Now the higher reading is counted. Slow-Mag
is 71.5 mg of magnesium a tablet in the rules. The same count written with bare numbers
(``Slow-Mag 2 2 daily``) was read as 2 a day, the first 2 taken for a strength: it is now read
as the spelled-out count is.
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
        ("Slow-Mag 2 2 daily", "286", 64.0),  # bare numbers: was 143, the first 2 a strength
        ("Slow-Mag 2, 2 daily", "286", 64.0),
        ("Slow-Mag 1 2 daily", "143", 207.0),  # was withheld: the 1 not read
    ],
)
def test_the_count_before_daily_is_times_a_day(
    run: RunFn, line: str, taken: str, left: float
) -> None:
    doc = run(*SLEEP, "--med", line, "--json").ok_doc()
    assert doc["ceiling"]["mg"] == left
    assert f"you already take about {taken} mg/day" in doc["ceiling"]["why"]


@pytest.mark.parametrize("line", ["Slow-Mag 2 tabs 2 daily", "Slow-Mag 2 2 daily"])
def test_the_higher_reading_is_said(run: RunFn, line: str) -> None:
    doc = run(*SLEEP, "--med", line, "--json").ok_doc()
    assert "counted as times a day, the higher reading" in doc["ceiling"]["why"]


@pytest.mark.parametrize(
    ("meds", "said"),
    [
        (("Slow-Mag 2 tabs 2 daily", "Mag-Ox 400 1 daily"), "Slow-Mag (2 tabs 2 daily) 286 mg"),
        # 6 tablets (429 mg): before, withheld only as an amount not read ("3" not read)
        (("Slow-Mag 3 2 daily",), "Slow-Mag 3 (2 daily) 429 mg a day"),
    ],
)
def test_over_the_limit_is_withheld_as_counted(
    run: RunFn, meds: tuple[str, ...], said: str
) -> None:
    result = run(*SLEEP, *(a for m in meds for a in ("--med", m)), "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    [held] = doc["withheld"]["by"]
    assert held["id"] == "listed-magnesium"
    assert said in held["name"]


@pytest.mark.parametrize("line", ["Slow-Mag 2 2 at night", "Slow-Mag 2 2 mane", "Slow-Mag 2 2 prn"])
def test_two_bare_numbers_before_a_time_leave_the_amount_unknown(run: RunFn, line: str) -> None:
    """``2 2 at night`` may be 2 tablets, or 2 and 2 more: not known, so no dose is added.
    Before, the first 2 counted as read because the second 2 was (143 mg counted)."""
    result = run(*SLEEP, "--med", line, "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert [w["id"] for w in doc["withheld"]["by"]] == ["listed-magnesium-amount-unknown"]
