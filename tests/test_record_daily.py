"""How much magnesium a health record's dosages add up to in a day: several dosages of one
medicine, timing codes (TID), frequencyMax and periodMax, and as-needed maxima.

Mag-Ox 400 is 241.3 mg elemental magnesium a tablet (label-mag-ox-400); Maalox liquid 333.4 mg
in 10 mL (its rules entry); the supplement upper level is 350 mg/day from age 9 (IOM 1997,
s1b), so anything counted at or above it withholds the dose (exit 4).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import bundle_file, dose, request

from conftest import RunFn

DAILY = {"frequency": 1, "period": 1, "periodUnit": "d"}


def withheld_by(run: RunFn, path: str) -> str:
    """The name of what withheld the dose in ``recommend --json`` (exit 4 checked)."""
    result = run("recommend", "--goal", "migraine", "--age", "40", "--meds-from", path, "--json")
    assert result.code == 4, result.err
    data = result.json()
    assert isinstance(data, dict) and data["go_ahead"] is False
    return str(data["withheld"]["by"][0]["name"])


def mag_ox(tmp_path: Path, *dosages: dict[str, Any]) -> str:
    """A Mag-Ox 400 request with these dosageInstruction entries, in a Bundle file."""
    resource = request(1, "999999999", "Mag-Ox 400")
    resource["dosageInstruction"] = list(dosages)
    return bundle_file(tmp_path, resource)


def test_two_dosages_of_one_medicine_add_up(run: RunFn, tmp_path: Path) -> None:
    morning = {"timing": {"repeat": {**DAILY, "when": ["MORN"]}}, **dose(1, "tablet")}
    bedtime = {"timing": {"repeat": {**DAILY, "when": ["HS"]}}, **dose(2, "tablet")}
    path = mag_ox(tmp_path, morning, bedtime)  # 3 tablets a day, not 2 at each of 2 times
    assert withheld_by(run, path) == "magnesium already taken: Mag-Ox 400 723.9 mg a day"
    table = run("plan", "--goal", "migraine", "--age", "40", "--sex", "f", "--meds-from", path)
    assert table.code == 4, table.err
    assert "about 723.9 mg/day of elemental magnesium from Mag-Ox 400" in table.flat
    assert "965.2" not in table.flat


@pytest.mark.parametrize(
    ("timing", "counted"),
    [
        ({"code": {"coding": [{"system": "x", "code": "TID"}], "text": "TID"}}, "723.9"),
        ({"code": {"coding": [{"code": "Q6H"}]}}, "965.2"),
        ({"code": {"text": "twice daily"}}, "482.6"),
        ({"repeat": {**DAILY, "frequencyMax": 3}}, "723.9"),
        ({"repeat": {"frequency": 1, "period": 4, "periodMax": 6, "periodUnit": "h"}}, "1,447.8"),
    ],
    ids=["code-TID", "code-Q6H", "code-text", "frequencyMax", "every-4-to-6-hours"],
)
def test_timing_counts_the_most_doses_a_day(
    run: RunFn, tmp_path: Path, timing: dict[str, Any], counted: str
) -> None:
    path = mag_ox(tmp_path, {"timing": timing, **dose(1, "tablet")})
    assert withheld_by(run, path) == f"magnesium already taken: Mag-Ox 400 {counted} mg a day"


def test_a_timing_code_feeds_the_timing_plan(run: RunFn, tmp_path: Path) -> None:
    record = request(1, "999999999", "Synthroid")
    record["dosageInstruction"] = [{"timing": {"code": {"coding": [{"code": "BID"}]}}}]
    result = run("cautions", "--meds-from", bundle_file(tmp_path, record), "--json")
    data = result.json()
    assert isinstance(data, dict), result.err
    times = data["timing"]["constraints"][0]["dose_times"]
    assert times == ["08:00", "20:00"]


def test_as_needed_maximum_a_day_is_counted(run: RunFn, tmp_path: Path) -> None:
    record = request(1, "999999999", "Maalox")
    record["dosageInstruction"] = [
        {
            "asNeededBoolean": True,
            "maxDosePerPeriod": {
                "numerator": {"value": 40, "unit": "mL"},
                "denominator": {"value": 1, "unit": "d"},
            },
            **dose(10, "mL"),
        }
    ]
    path = bundle_file(tmp_path, record)  # 40 mL a day: four 10 mL doses of 333.4 mg
    assert withheld_by(run, path) == "magnesium already taken: Maalox 1,333.6 mg a day"
    plan = run("plan", "--goal", "cramps", "--age", "40", "--sex", "m", "--meds-from", path)
    assert plan.code == 4, plan.err
    assert "Daily target" not in plan.flat


def test_as_needed_maximum_a_dose_is_counted(run: RunFn, tmp_path: Path) -> None:
    most = {"asNeededBoolean": True, "maxDosePerAdministration": {"value": 2, "unit": "tablet"}}
    path = mag_ox(tmp_path, {**most, **dose(1, "tablet")})
    assert withheld_by(run, path) == "magnesium already taken: Mag-Ox 400 482.6 mg a day"


def test_a_maximum_that_cannot_be_read_withholds(run: RunFn, tmp_path: Path) -> None:
    unreadable = {
        "maxDosePerPeriod": {
            "numerator": {"value": 2, "unit": "tablet"},
            "denominator": {"value": 1, "unit": "fortnightly-ish"},
        }
    }
    path = mag_ox(tmp_path, {**unreadable, **dose(1, "tablet")})
    table = run("plan", "--goal", "migraine", "--age", "40", "--sex", "f", "--meds-from", path)
    assert table.code == 4, table.err
    assert "Mag-Ox 400 (maxDosePerPeriod 2 tablet per an unreadable period)" in table.flat
    assert "(amount not known)" in table.flat


def test_recommend_json_lists_what_was_skipped(run: RunFn, tmp_path: Path) -> None:
    stopped = request(2, "999999999", "Milk of Magnesia", dosage=dose(30, "mL"))
    stopped["status"] = "stopped"
    active = request(1, "999999999", "Mag-Ox 400", {**DAILY, "frequency": 2}, dose(1, "tablet"))
    path = bundle_file(tmp_path, active, stopped)
    result = run("recommend", "--goal", "migraine", "--age", "40", "--meds-from", path, "--json")
    assert result.code == 4, result.err
    data = result.json()
    assert isinstance(data, dict)
    assert data["skipped"] == [
        {
            "input": "Milk of Magnesia",
            "status": "stopped",
            "reason": "status 'stopped': not a current medicine",
            "not_read": False,
            "rxnorm": ["999999999"],
            "source": {"file": path, "line": None, "resource": "MedicationRequest/r2"},
        }
    ]
    alone = bundle_file(tmp_path, stopped)
    only = run("recommend", "--goal", "migraine", "--meds-from", alone, "--json").ok_doc()
    assert [s["input"] for s in only["skipped"]] == ["Milk of Magnesia"]
    assert run("recommend", "--goal", "migraine", "--json").ok_doc()["skipped"] == []
