"""Magnesium the person already takes is placed in the timing plan: a stated time inside a
medicine's keep-apart window is named with where to move it; no stated time follows the plan."""

from __future__ import annotations

from typing import Any

from conftest import RunFn

MAG_OX = "Mag-Ox 400 1 tab with breakfast"
CIPRO = "Cipro 500 mg bid with breakfast and dinner"
SYNTHROID = "Synthroid 100 mcg with breakfast"


def _products(doc: dict[str, Any]) -> list[dict[str, Any]]:
    timing = doc["timing"]
    assert isinstance(timing, dict)
    products = timing["magnesium_products"]
    assert isinstance(products, list)
    return products


def test_breakfast_mag_ox_clashes_with_cipro_and_levothyroxine(run: RunFn) -> None:
    result = run("cautions", "--med", MAG_OX, "--med", CIPRO, "--med", SYNTHROID)
    assert result.code == 0, result.err
    assert "Magnesium you already take" in result.out
    assert (
        "Mag-Ox 400 with breakfast (08:00) is at the same time as ciprofloxacin (08:00) and "
        "within 4 h after levothyroxine (07:00): move it to any time in 11:00-14:00"
    ) in result.flat


def test_breakfast_mag_ox_in_json(run: RunFn) -> None:
    doc = run("cautions", "--med", MAG_OX, "--med", CIPRO, "--json").ok_doc()
    [mag_ox] = _products(doc)
    assert mag_ox["input"] == MAG_OX
    assert mag_ox["dose_times"] == ["08:00"]
    assert mag_ox["written_as"] == "with breakfast"
    assert mag_ox["time_stated"] is True
    assert mag_ox["clashes"] == [
        {
            "medication": "ciprofloxacin",
            "dose_time": "08:00",
            "relation": "same time",
            "hours": None,
        }
    ]
    assert "move it to any time in" in mag_ox["advice"]


def test_a_time_before_the_dose_says_before(run: RunFn) -> None:
    """Magnesium at 17:00 with cipro at 20:00: inside the 6 hours before it."""
    doc = run(
        "cautions",
        "--med",
        "Mag-Ox 400",
        "--med",
        "ciprofloxacin",
        "--at",
        "Mag-Ox 400=17:00",
        "--at",
        "ciprofloxacin=08:00,20:00",
        "--json",
    ).ok_doc()
    [mag_ox] = _products(doc)
    assert mag_ox["clashes"] == [
        {"medication": "ciprofloxacin", "dose_time": "20:00", "relation": "before", "hours": 6}
    ]
    assert "within 6 h before ciprofloxacin (20:00)" in mag_ox["advice"]


def test_a_time_in_the_window_keeps_to_the_plan(run: RunFn) -> None:
    result = run("cautions", "--med", "Mag-Ox 400 1 tab at 12:30", "--med", SYNTHROID)
    assert result.code == 0, result.err
    assert "Mag-Ox 400 at 12:30 keeps to the plan." in result.flat
    assert "move it" not in result.flat


def test_no_stated_time_follows_the_plan(run: RunFn) -> None:
    doc = run("cautions", "--med", "Slow-Mag 2 tabs daily", "--med", CIPRO, "--json").ok_doc()
    [slow_mag] = _products(doc)
    assert slow_mag["time_stated"] is False and slow_mag["dose_times"] == []
    assert slow_mag["advice"].startswith("Slow-Mag: no time was given; take it by the same plan")


BEDTIME = ("--med", "Slow-Mag at bedtime", "--med", "levothyroxine at bedtime")


def test_recommend_and_plan_show_it_too(run: RunFn) -> None:
    person = ("--goal", "migraine", "--age", "40")
    recommend = run("recommend", *person, *BEDTIME, "--json").json()
    assert isinstance(recommend, dict)
    [slow_mag] = _products(recommend)
    assert slow_mag["clashes"][0]["relation"] == "same time"
    plan = run("plan", *person, "--sex", "F", *BEDTIME)
    assert "Slow-Mag at bedtime (22:00) is at the same time as levothyroxine (22:00)" in plan.flat


def test_no_plan_without_a_medicine_that_needs_spacing(run: RunFn) -> None:
    doc = run("cautions", "--med", MAG_OX, "--med", "Lasix 40 mg daily", "--json").ok_doc()
    assert doc["timing"] is None
