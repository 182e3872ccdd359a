"""A kidney-function number typed as a condition withholds as its band does; a number that
names no kidney condition by itself is refused (exit 2), never read as an all-clear."""

from __future__ import annotations

import pytest

from conftest import RunFn


@pytest.mark.parametrize(
    ("typed", "condition"),
    [
        ("eGFR 25", "severe-kidney-disease"),
        ("eGFR 22 mL/min/1.73m2", "severe-kidney-disease"),
        ("CrCl 14", "severe-kidney-disease"),
        ("egfr 45", "kidney-disease"),
        ("CrCl 40 mL/min", "kidney-disease"),
        ("GFR 59.9", "kidney-disease"),
        ("GFR < 45", "severe-kidney-disease"),  # only a bound: the worse band it allows
        ("eGFR below 60", "severe-kidney-disease"),
        ("creatinine clearance 28", "severe-kidney-disease"),
        ("aki", "kidney-disease"),
        ("on HD", "dialysis"),
    ],
)
def test_a_kidney_number_withholds_as_its_band(run: RunFn, typed: str, condition: str) -> None:
    result = run("recommend", "--goal", "sleep", "--condition", typed, "--json")
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict) and doc["go_ahead"] is False
    assert [w["id"] for w in doc["withheld"]["by"]] == [condition]
    table = run("recommend", "--goal", "sleep", "--condition", typed)
    assert table.code == 4 and "NO DOSE ADVISED" in table.out and "Mg/day" not in table.out


@pytest.mark.parametrize("typed", ["eGFR 75", "GFR 60", "eGFR < 90", "CrCl 120 mL/min"])
def test_a_number_that_names_no_condition_is_refused(run: RunFn, typed: str) -> None:
    result = run("recommend", "--goal", "sleep", "--condition", typed, "--json")
    assert result.code == 2 and result.out == ""
    assert "does not by itself say whether there is kidney disease" in result.err
    assert "--condition kidney-disease" in result.err and "Traceback" not in result.err


def test_plan_and_dose_read_the_number_too(run: RunFn) -> None:
    plan = run("plan", "--goal", "sleep", "--age", "70", "--sex", "F", "--condition", "eGFR 18")
    assert plan.code == 4 and "Daily target" not in plan.out
    dose = run("dose", "citrate", "--elemental", "100", "--condition", "eGFR 35")
    assert dose.code == 4 and "advised for you" not in dose.flat
