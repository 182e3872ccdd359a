"""``x2 bd``: so many units a dose, right before how often (UK and Australian shorthand).

``x 3`` alone after a count is three times a day; ``x2`` right before ``bd``, ``tds``,
``daily`` or ``twice a day`` is two units each dose, the reading with more magnesium. Slow-Mag
is 71.5 mg a tablet (its label, in the rules); the supplement upper level is 350 mg/day from
age 9 (IOM 1997).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import bundle_file, request

from conftest import RunFn

ADULT = ("--age", "40")


def ceiling_why(run: RunFn, *args: str) -> tuple[int, str]:
    """The exit code and the reason the `recommend` ceiling gives ("" when withheld)."""
    doc = run("recommend", "--goal", "migraine", *ADULT, *args, "--json")
    data = doc.json()
    assert isinstance(data, dict), doc.err
    return doc.code, str((data.get("ceiling") or {}).get("why") or "")


@pytest.mark.parametrize("med", ["Slow-Mag x2 bd", "Slow-Mag 71.5 mg tablets x 2 bd"])
def test_x2_before_bd_is_two_tablets_a_dose(run: RunFn, med: str) -> None:
    code, why = ceiling_why(run, "--med", med)
    assert code == 0
    assert "about 286 mg/day" in why  # 2 tablets twice a day, not 143 mg


@pytest.mark.parametrize(
    "med",
    [
        "Magnesium 100mg x2 bd",
        "Magnesium 100mg 2x bd",
        "Magnesium 100mg tabs x 2 bd",
        "Magnesium 100mg x2 tds",
        "Magnesium 100mg x2 twice a day",
        "Magnesium 100mg Qty: 2 tablets, 3 times a day",
    ],
)
def test_two_a_dose_reaches_the_upper_level(run: RunFn, med: str) -> None:
    table = run("dose", "citrate", "--elemental", "10", *ADULT, "--med", med)
    assert table.code == 4, table.err  # 400 or 600 mg a day: nothing is left
    assert "NO DOSE ADVISED" in table.flat


def test_x_3_alone_is_still_three_times_a_day(run: RunFn) -> None:
    code, why = ceiling_why(run, "--med", "Magnesium 100mg 1 tab x 3")
    assert code == 0 and "about 300 mg/day" in why


def test_x2_bd_in_a_csv_and_a_record(run: RunFn, tmp_path: Path) -> None:
    csv = tmp_path / "meds.csv"
    csv.write_text("Medication,Dose,Frequency\nSlow-Mag,x2,bd\n", encoding="utf-8")
    assert "about 286 mg/day" in ceiling_why(run, "--meds-from", str(csv))[1]
    path = bundle_file(tmp_path, request(1, "999999999", "Slow-Mag", None, {"text": "x2 bd"}))
    assert "about 286 mg/day" in ceiling_why(run, "--meds-from", path)[1]
