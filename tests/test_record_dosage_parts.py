"""A record's dosage parts beyond ``timing.repeat`` on a magnesium product: ``patientInstruction``,
a local ``timing.code`` with only a display, ``timing.event``, a request's
``dispenseRequest`` quantity over its ``expectedSupplyDuration``. Each is read where it can be,
and a part given that cannot be read makes the amount not known: never one unit a day.

Mag-Ox 400 is 241.3 mg elemental magnesium a tablet (label-mag-ox-400); Slow-Mag 71.5 mg a
tablet; the supplement upper level is 350 mg/day from age 9 (IOM 1997, s1b): at or above it,
no dose (exit 4, ``listed-magnesium``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import bundle_file, dose, request

from conftest import RunFn

UNKNOWN = "listed-magnesium-amount-unknown"


def _recommend(run: RunFn, path: str) -> tuple[int, dict[str, Any]]:
    result = run("recommend", "--goal", "sleep", "--age", "50", "--meds-from", path, "--json")
    data = result.json()
    assert isinstance(data, dict), result.err
    return result.code, data


def _withheld(data: dict[str, Any]) -> str:
    return " ".join(f"{b['id']}: {b['name']}: {b['basis']}" for b in data["withheld"]["by"])


def _product(tmp_path: Path, name: str, **more: Any) -> str:
    resource = request(1, "999999999", name)
    resource.update(more)
    return bundle_file(tmp_path, resource)


@pytest.mark.parametrize(
    ("dosage", "counted"),
    [
        ({"patientInstruction": "Take 2 tablets twice daily with food"}, "965.2"),
        ({"text": "See instructions", "patientInstruction": "1 tablet three times a day"},
         "723.9"),
        ({"timing": {"code": {"coding": [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.4.698288",
                                          "code": "200012", "display": "2 times daily"}]}},
          **dose(1, "tablet")}, "482.6"),
        ({"timing": {"event": ["2026-12-01T08:00:00Z", "2026-12-01T14:00:00Z",
                               "2026-12-01T20:00:00Z"]}, **dose(1, "tablet")}, "723.9"),
        ({"timing": {"event": ["2026-12-01T20:00:00-08:00", "2026-12-02T08:00:00-08:00",
                               "2026-12-02T14:00:00-08:00"]}, **dose(1, "tablet")}, "723.9"),
    ],
    ids=["patient-instruction", "text-says-nothing", "local-code-display", "events",
         "events-across-utc-days"],
)  # fmt: skip
def test_dosage_parts_are_read_as_the_amount_a_day(
    run: RunFn, tmp_path: Path, dosage: dict[str, Any], counted: str
) -> None:
    code, data = _recommend(run, _product(tmp_path, "Mag-Ox 400", dosageInstruction=[dosage]))
    assert code == 4
    assert f"magnesium already taken: Mag-Ox 400 {counted} mg a day" in _withheld(data)


def test_a_prescriptions_supply_is_counted(run: RunFn, tmp_path: Path) -> None:
    supply = {"quantity": {"value": 120, "unit": "tablet"},
              "expectedSupplyDuration": {"value": 30, "unit": "days"}}  # fmt: skip
    code, data = _recommend(run, _product(tmp_path, "Mag-Ox 400", dispenseRequest=supply))
    assert code == 4
    said = _withheld(data)
    assert "magnesium already taken: Mag-Ox 400 965.2 mg a day" in said
    assert "the prescription supplies 120 tablet over 30 days: 4 a day counted" in said
    supply = {"quantity": {"value": 60}, "expectedSupplyDuration": {"value": 30, "unit": "d"}}
    code, data = _recommend(run, _product(tmp_path, "Slow-Mag", dispenseRequest=supply))
    assert code == 0
    assert data["ceiling"]["mg"] == 207  # 2 x 71.5 = 143 mg taken, 207 left of 350


@pytest.mark.parametrize(
    ("timing", "problem"),
    [
        ({"code": {"coding": [{"system": "urn:oid:1.2.3", "code": "200099"}]}},
         "the record's timing code '200099' is not known"),
        ({"code": {"coding": [{"system": "urn:oid:1.2.3", "code": "7", "display": "Custom"}]}},
         "the record's timing code 'Custom' is not known"),
        ({"event": ["2026-12", "2027"]}, "the record's dose times (2026-12, 2027) cannot be read"),
    ],
    ids=["code-only", "display-not-directions", "events-not-days"],
)  # fmt: skip
def test_a_timing_that_cannot_be_read_leaves_the_amount_not_known(
    run: RunFn, tmp_path: Path, timing: dict[str, Any], problem: str
) -> None:
    dosage = {"timing": timing, **dose(1, "tablet")}
    code, data = _recommend(run, _product(tmp_path, "Slow-Mag", dosageInstruction=[dosage]))
    assert code == 4
    assert data["ceiling"] is None
    said = _withheld(data)
    assert said.startswith(UNKNOWN) and problem in said


def test_the_timing_plan_reads_a_local_codes_display(run: RunFn, tmp_path: Path) -> None:
    record = request(1, "999999999", "Synthroid")
    local = {"system": "urn:oid:1.2.3", "code": "200012", "display": "2 times daily"}
    record["dosageInstruction"] = [{"timing": {"code": {"coding": [local]}}}]
    result = run("cautions", "--meds-from", bundle_file(tmp_path, record), "--json")
    data = result.json()
    assert isinstance(data, dict), result.err
    assert data["timing"]["constraints"][0]["dose_times"] == ["08:00", "20:00"]
