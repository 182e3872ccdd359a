"""A health record's dose in teaspoons or tablespoons (UCUM ``[tsp_us]``, ``[tbs_us]``,
``[tsp_m]``; text ``tsp``, ``teaspoon``, ``tbsp``) is counted as typed text is: 5 mL a teaspoon,
15 mL a tablespoon (21 CFR 101.9(b)(5)(viii); UCUM's metric spoons), against the product's own
dose volume. A capful has no volume in the rules: the amount is not known and the dose is
withheld, never counted as one small dose.

Maalox liquid is 333.4 mg in 10 mL and Milk of Magnesia 1,000 mg in 30 mL (their rules
entries); the supplement upper level is 350 mg/day from age 9 (IOM 1997, s1b).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import bundle_file, dose, request
from test_record_daily import withheld_by

from conftest import RunFn

QID = {"frequency": 4, "period": 1, "periodUnit": "d"}
DAILY = {"frequency": 1, "period": 1, "periodUnit": "d"}


@pytest.mark.parametrize(
    ("unit", "code"),
    [
        ("teaspoon", "[tsp_us]"),
        ("tsp", None),
        ("teaspoons", None),
        ("5 mL spoon", "[tsp_m]"),
        ("{teaspoon}", None),
    ],
)
def test_teaspoons_in_a_record_are_counted_as_5_ml(
    run: RunFn, tmp_path: Path, unit: str, code: str | None
) -> None:
    path = bundle_file(tmp_path, request(1, "999999999", "Maalox", QID, dose(2, unit, code)))
    assert withheld_by(run, path) == "magnesium already taken: Maalox 1,333.6 mg a day"  # 4 x 10 mL


@pytest.mark.parametrize(
    ("unit", "code"), [("tablespoon", "[tbs_us]"), ("tbsp", None), ("Tablespoon(s)", None)]
)
def test_tablespoons_in_a_record_are_counted_as_15_ml(
    run: RunFn, tmp_path: Path, unit: str, code: str | None
) -> None:
    path = bundle_file(
        tmp_path, request(1, "999999999", "Milk of Magnesia", DAILY, dose(1, unit, code))
    )
    assert (
        withheld_by(run, path) == "magnesium already taken: Milk of Magnesia 500 mg a day"
    )  # 15/30


def test_a_spoon_of_a_product_with_no_dose_volume_is_not_known(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, request(1, "999999999", "Mag-Ox 400", DAILY, dose(1, "tsp")))
    assert (
        "Mag-Ox 400 (the record's dose 1 tsp is not in tablets) (amount not known)"
        in withheld_by(run, path)
    )


@pytest.mark.parametrize("unit", ["capful", "capfuls", "scoop"])
def test_a_capful_in_a_record_withholds_as_not_known(run: RunFn, tmp_path: Path, unit: str) -> None:
    record = request(1, "999999999", "Milk of Magnesia", DAILY, dose(1, unit))
    path = bundle_file(tmp_path, record)
    assert f"Milk of Magnesia (dose unit '{unit}' not read) (amount not known)" in withheld_by(
        run, path
    )


@pytest.mark.parametrize("command", ["recommend", "plan"])
@pytest.mark.parametrize("typed", ["Milk of Magnesia 1 capful daily", "Maalox 2 capfuls qid"])
def test_a_typed_capful_withholds_as_not_known(run: RunFn, command: str, typed: str) -> None:
    sex = ("--sex", "f") if command == "plan" else ()
    doc = run(command, "--goal", "migraine", "--age", "40", *sex, "--med", typed, "--json")
    assert doc.code == 4, doc.err
    data = doc.json()
    assert isinstance(data, dict)
    by = data["withheld"]["by"]
    assert [b["id"] for b in by] == ["listed-magnesium-amount-unknown"]
    assert "a capful's volume is not known; give the dose in mL" in by[0]["name"]


def test_dose_with_a_typed_capful_withholds(run: RunFn) -> None:
    med = "Milk of Magnesia 1 capful daily"
    table = run("dose", "citrate", "--elemental", "10", "--age", "40", "--med", med)
    assert table.code == 4, table.err
    assert "(amount not known)" in table.flat and "NO DOSE ADVISED" in table.flat


def test_typed_tablespoons_count_as_the_record_does(run: RunFn) -> None:
    med = "Milk of Magnesia 1 tbsp daily"
    doc = run("recommend", "--goal", "migraine", "--age", "40", "--med", med, "--json")
    data = doc.json()
    assert isinstance(data, dict) and doc.code == 4
    assert data["withheld"]["by"][0]["name"].endswith("500 mg a day")
