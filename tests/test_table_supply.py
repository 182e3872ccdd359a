"""A pharmacy export's columns (Rx Number, Qty, Refills, Days Supply, Prescriber, Pharmacy, NDC,
Last Fill Date) are read or named as not needed: "Days Supply" was a column not read, so the
whole export exited 3 and its Mag-Ox row ("Take 1 tablet daily") was withheld as amount not
known. Qty over Days Supply is what a fill supplies a day, counted on a magnesium row when more
than its directions say. Mag-Ox 400 is 241.3 mg elemental magnesium a tablet; the upper level
for supplements is 350 mg/day (IOM 1997, s1b)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

ON = {"SOURCE_DATE_EPOCH": "1796083200"}  # 2026-12-01 UTC
HEAD = (
    "Rx Number,Medication,Strength,Directions,Qty,Refills,Days Supply,Prescriber,Pharmacy,"
    "NDC,Last Fill Date,Last Dose Taken\n"
    "123456,Metformin,500 mg,Take 1 tablet twice daily,60,3,30,Dr Smith,CVS,00093-1048-01,"
    "2026-11-10,2026-11-30\n"
)


def _recommend(run: RunFn, tmp_path: Path, rows: str) -> tuple[int, dict[str, Any]]:
    path = tmp_path / "export.csv"
    path.write_text(HEAD + rows, encoding="utf-8")
    args = ("recommend", "--goal", "sleep", "--age", "40", "--meds-from", str(path), "--json")
    result = run(*args, env=ON)
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


def test_a_pharmacy_exports_columns_are_read_or_not_needed(run: RunFn, tmp_path: Path) -> None:
    code, doc = _recommend(run, tmp_path, "")
    assert code == 0
    assert doc["complete"] is True
    assert not [s for s in doc["skipped"] if s["not_read"]]


@pytest.mark.parametrize(
    ("qty", "code", "withheld"),
    [("30", 0, []), ("60", 4, ["listed-magnesium"]),
     ("1 box", 4, ["listed-magnesium-amount-unknown"])],
    ids=["supply-agrees", "supply-more", "qty-not-a-number"],
)  # fmt: skip
def test_a_magnesium_row_counts_the_more_of_its_directions_and_its_supply_a_day(
    run: RunFn, tmp_path: Path, qty: str, code: int, withheld: list[str]
) -> None:
    row = f"2,Mag-Ox 400,400 mg,Take 1 tablet daily,{qty},0,30,Dr Smith,CVS,1,2026-11-10,\n"
    got, doc = _recommend(run, tmp_path, row)
    assert (got, [b["id"] for b in (doc["withheld"] or {}).get("by", [])]) == (code, withheld)
    said = " ".join(b["name"] for b in (doc["withheld"] or {}).get("by", []))
    assert ("482.6 mg" in said) is (qty == "60")
    assert code == 4 or doc["ceiling"]["mg"] == 108.7  # 241.3 mg counted, 108.7 left
