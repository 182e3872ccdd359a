"""`dose --med` reads a listed magnesium product as `recommend` and `plan` do: text on its line
that nothing reads (``30cc``, ``30 mls``, ``xyz``, ``800 mg`` beside Mag-Ox 400) makes its
amount not known and withholds the dose (exit 4), never a total that leaves it out."""

from __future__ import annotations

import pytest

from conftest import RunFn

UNKNOWN = "listed-magnesium-amount-unknown"


@pytest.mark.parametrize(
    "med",
    ["MOM 30cc qhs", "Milk of magnesia 30 mls nocte", "milk of magnesia 30 xyz",
     "Mag-Ox 400 800 mg daily"],
)  # fmt: skip
def test_dose_withholds_beside_a_magnesium_product_not_read(run: RunFn, med: str) -> None:
    result = run("dose", "glycinate", "500", "--med", med, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 4, result.out
    assert doc["go_ahead"] is False and doc["check"] is None and doc["amount"] is None
    assert UNKNOWN in [w["id"] for w in doc["withheld"]["by"]]
    table = run("dose", "glycinate", "500", "--med", med)
    assert table.code == 4 and "below the upper level" not in table.flat


@pytest.mark.parametrize(
    ("med", "total"), [("Mag-Ox 400 1 daily", 311.8), ("Milk of magnesia 30 mL at night", 1070.5)]
)
def test_dose_still_counts_a_product_read_in_full(run: RunFn, med: str, total: float) -> None:
    result = run("dose", "glycinate", "500", "--med", med, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 0, result.out
    assert doc["check"]["total_elemental_mg"] == total
