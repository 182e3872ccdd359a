"""Directions as UK, Australian and New Zealand prescriptions write them count a magnesium
product the right number of times a day.

Before: ``12 hourly`` left the word ``hourly`` NOT ASSESSED and counted Mag-Ox once a day
(241.3 mg, then 108.7 mg more advised: 591 mg a day, above the 350 mg upper level); ``2 x 5ml
spoonfuls`` counted one spoon; ``thrice daily`` read ``daily`` as once a day.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

SLEEP = ("recommend", "--goal", "sleep", "--age", "40")
MAG_OX = 241.3  # mg of elemental magnesium in one Mag-Ox 400 tablet (the rules' figure)
SLOW_MAG = 71.5  # one Slow-Mag tablet
MOM_5ML = 166.7  # 5 mL of milk of magnesia (400 mg magnesium hydroxide per 5 mL)


def sleep_doc(run: RunFn, typed: str) -> tuple[int, dict[str, Any]]:
    result = run(*SLEEP, "--med", typed, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


@pytest.mark.parametrize(
    "typed",
    [
        "Mag-Ox 400 1 tab 12 hourly",
        "Mag-Ox 400 1 tab 12-hourly",
        "Mag-Ox 400 1 tab 12hrly",
        "Mag-Ox 400 1 tab 12 hly",
        "Mag-Ox 400 1 tab twelve hourly",
        "Slow-Mag 2 tabs 8 hourly",
        "Milk of Magnesia 2 5ml spoonfuls bd",
        "Milk of magnesia 5ml spoon x2 bd",
    ],
)
def test_above_the_upper_level_once_counted_right_withholds(run: RunFn, typed: str) -> None:
    code, doc = sleep_doc(run, typed)
    assert code == 4
    assert [b["id"] for b in doc["withheld"]["by"]] == ["listed-magnesium"]
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    ("typed", "per_day"),
    [
        ("Slow-Mag 1 tab 6 hourly", 4 * SLOW_MAG),
        ("Slow-Mag 1 tab 3x/day", 3 * SLOW_MAG),
        ("Slow-Mag 1 tab thrice daily", 3 * SLOW_MAG),
        ("Slow-Mag 1 tab bds", 2 * SLOW_MAG),
        ("Slow-Mag 1 tab tds", 3 * SLOW_MAG),
        ("Slow-Mag 1 tab qds", 4 * SLOW_MAG),
        ("Milk of Magnesia 2 x 5ml spoonfuls", 2 * MOM_5ML),
        ("Milk of Magnesia one 5ml spoonful bd", 2 * MOM_5ML),
    ],
)
def test_the_amount_a_day_is_counted_from_the_uk_directions(
    run: RunFn, typed: str, per_day: float
) -> None:
    code, doc = sleep_doc(run, typed)
    assert code == 0, doc["unassessed"]
    assert doc["ceiling"]["mg"] == pytest.approx(350 - per_day, abs=0.2)


def test_a_spoonful_with_no_volume_is_an_amount_not_known(run: RunFn) -> None:
    code, doc = sleep_doc(run, "Milk of magnesia 2 spoonfuls")
    assert code == 4
    assert [b["id"] for b in doc["withheld"]["by"]] == ["listed-magnesium-amount-unknown"]


def test_mdu_is_as_directed_not_a_name(run: RunFn) -> None:
    code, doc = sleep_doc(run, "Slow-Mag 1 tab mdu")
    assert (code, doc["unassessed"]) == (0, [])
    assert "taken as directed" in doc["ceiling"]["why"]


def test_the_table_shows_the_interval_read(run: RunFn) -> None:
    result = run("cautions", "--med", "doxycycline 100 mg 12 hourly")
    assert result.code == 0, result.err
    assert "every 12 hours" in result.flat
    assert "not recognised" not in result.flat
