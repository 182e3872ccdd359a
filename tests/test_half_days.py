"""``AM`` and ``PM`` after a dose are dose times, not medicine names (``Metoprolol 25 mg AM &
PM`` was named "PM: not assessed"); a brand's ``PM`` (``Advil PM``) stays its name. And
``vitamin B complex with C``, the generic name renal vitamins are listed under, is read as one."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn


def _cautions(run: RunFn, med: str) -> dict[str, Any]:
    doc = run("cautions", "--med", med, "--json").json()
    assert isinstance(doc, dict)
    return doc


@pytest.mark.parametrize(
    ("line", "medication", "frequency"),
    [
        ("Metoprolol 25 mg AM & PM", "metoprolol", ["every morning", "every evening"]),
        ("metoprolol 25 mg AM and PM", "metoprolol", ["every morning", "every evening"]),
        ("levothyroxine 50 mcg AM", "levothyroxine", ["every morning"]),
        ("Mag-Ox 400 1 tab AM & PM", "mag-ox-400", ["every morning", "every evening"]),
    ],
)
def test_am_and_pm_after_a_dose_are_dose_times(
    run: RunFn, line: str, medication: str, frequency: list[str]
) -> None:
    doc = _cautions(run, line)
    assert doc["unassessed"] == []
    [caution] = doc["cautions"]
    assert caution["medication"] == medication
    assert caution["read_as"]["frequency"] == frequency


def test_a_magnesium_product_morning_and_evening_counts_two(run: RunFn) -> None:
    result = run("recommend", "--goal", "sleep", "--age", "40", "--med", "Mag-Ox 400 AM & PM")
    assert result.code == 4, result.err
    assert "Mag-Ox 400 (AM & PM) 482.6 mg a day" in result.flat


@pytest.mark.parametrize(
    ("line", "medication"),
    [
        ("Advil PM", "ibuprofen-diphenhydramine"),
        ("Tylenol PM 500 mg", "acetaminophen-diphenhydramine"),
    ],
)
def test_a_brand_s_pm_stays_its_name(run: RunFn, line: str, medication: str) -> None:
    doc = _cautions(run, line)
    assert [c["medication"] for c in doc["cautions"]] == [medication]
    assert doc["cautions"][0]["read_as"]["frequency"] == []


@pytest.mark.parametrize(
    "line",
    ["vitamin B complex with C", "Vitamin B Complex with C and Folic Acid 1 cap daily"],
)
def test_vitamin_b_complex_with_c_is_a_renal_vitamin(run: RunFn, line: str) -> None:
    result = run("recommend", "--goal", "sleep", "--age", "50", "--med", line, "--json")
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["unassessed"] == []
    assert [c["medication"] for c in doc["cautions"]] == ["renal-vitamin"]
    assert "renal-vitamin" in [w["id"] for w in doc["withheld"]["by"]]
    plain = run("recommend", "--goal", "sleep", "--age", "50", "--med", "vitamin B complex")
    assert plain.code == 0, plain.err  # a plain B complex is not a renal vitamin
