"""`dose --med` reads a listed magnesium product as `recommend` and `plan` do: text on its line
that nothing reads (``xyz``, ``500 mg`` beside Mag-Ox 400) makes its amount not known and
withholds the dose (exit 4), never a total that leaves it out; a volume in ``cc`` or ``mls`` is
read as mL, a range of volumes at its high end, and a dose in mg beside a product of known
strength as that many units (``Mag-Ox 400 800 mg``: 2 tablets)."""

from __future__ import annotations

import pytest

from conftest import RunFn

UNKNOWN = "listed-magnesium-amount-unknown"


@pytest.mark.parametrize(
    "med",
    ["milk of magnesia 30 xyz", "Mag-Ox 400 500 mg daily"],  # 1.25 tablets: not known
)
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
    ("med", "total"),
    [
        ("Mag-Ox 400 1 daily", 311.8),
        ("Milk of magnesia 30 mL at night", 1070.5),
        ("MOM 30cc qhs", 1070.5),  # 30 mL of milk of magnesia: 1,000 mg
        ("Milk of magnesia 30 mls nocte", 1070.5),
        ("Milk of magnesia 30-60 ml at night", 2070.5),  # the range's high end, 60 mL
        ("Lactulose 15 mL", 70.5),  # no magnesium: the glycinate alone
        ("Mag-Ox 400 800 mg daily", 553.1),  # 800 mg is 2 tablets of 400 mg: 482.6 mg
        ("Mag-Ox 400 800mg bid", 1035.7),  # 4 tablets a day
    ],
)
def test_dose_still_counts_a_product_read_in_full(run: RunFn, med: str, total: float) -> None:
    result = run("dose", "glycinate", "500", "--med", med, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 0, result.out
    assert doc["check"]["total_elemental_mg"] == total
    assert doc["check"]["status"] == ("below" if total < 350 else "above")
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    "med",
    ["Tylenol 160mg/5cc", "Motrin 100mg/5cc", "Tylenol 160mg/5mls",
     "paracetamol 120mg/5mls 5mls qds", "acetaminophen 160mg per teaspoon"],
)  # fmt: skip
def test_children_strength_in_cc_mls_or_teaspoon_needs_an_age(run: RunFn, med: str) -> None:
    result = run("recommend", "--goal", "constipation", "--med", med, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 4, result.out
    assert [w["id"] for w in doc["withheld"]["by"]] == ["children-product-needs-age"]
    assert doc["unassessed"] == []


def test_a_dose_in_mg_is_said_to_be_counted_in_tablets(run: RunFn) -> None:
    result = run("dose", "glycinate", "500", "--med", "Mag-Ox 400 800 mg daily")
    assert result.code == 0
    assert "800 mg written a dose: 2 tablets of 400 mg counted" in result.flat
    held = run("recommend", "--goal", "migraine", "--med", "Mag-Ox 400 800 mg daily", "--json")
    doc = held.json()
    assert isinstance(doc, dict)
    assert held.code == 4  # 482.6 mg a day already taken: above the upper level
    assert "482.6 mg a day" in doc["withheld"]["reason"]
