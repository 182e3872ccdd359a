"""A brand with its salt in brackets is one product, counted once, in either order.

``SLOW-MAG (magnesium chloride) 64 MG tablet, 2 tabs bid`` is how many lists write a brand
first; ``magnesium chloride (SLOW-MAG) 64 MG tablet`` the generic first. Both are Slow-Mag,
counted from its label with the line's directions; the salt in brackets is not a second
magnesium supplement (which would double the count, or withhold for an amount not known).
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

BOTH_ORDERS = [
    (
        "SLOW-MAG (magnesium chloride) 64 MG tablet, 2 tabs bid",
        "magnesium chloride (SLOW-MAG) 64 MG tablet, 2 tabs bid",
    ),
    (
        "MAG-OX (magnesium oxide) 400 MG tablet, 1 tab daily",
        "magnesium oxide (MAG-OX) 400 MG tablet, 1 tab daily",
    ),
    (
        "Mag-Ox 400 (magnesium oxide) 1 tab daily",
        "magnesium oxide (Mag-Ox 400) 1 tab daily",
    ),
    (
        "Milk of Magnesia (magnesium hydroxide) 400 mg/5 mL, 5 mL daily",
        "magnesium hydroxide (Milk of Magnesia) 400 mg/5 mL, 5 mL daily",
    ),
]


def _recommend(run: RunFn, med: str) -> dict[str, Any]:
    # sleep: a supplement form is left at what is left; the laxatives' smallest label doses are
    # above it (test_label_limit.py)
    result = run("recommend", "--goal", "sleep", "--age", "40", "--med", med, "--json")
    return result.ok_doc()


@pytest.mark.parametrize(("brand_first", "generic_first"), BOTH_ORDERS)
def test_brand_first_counts_like_generic_first(
    run: RunFn, brand_first: str, generic_first: str
) -> None:
    brand, generic = _recommend(run, brand_first), _recommend(run, generic_first)
    assert [c["medication"] for c in brand["cautions"]] == [
        c["medication"] for c in generic["cautions"]
    ]
    assert len(brand["cautions"]) == 1
    assert brand["go_ahead"] is generic["go_ahead"] is True
    assert brand["ceiling"]["mg"] == generic["ceiling"]["mg"]


def test_slow_mag_brand_first_is_counted_once_with_its_directions(run: RunFn) -> None:
    doc = _recommend(run, "SLOW-MAG (magnesium chloride) 64 MG tablet, 2 tabs bid")
    [only] = doc["cautions"]
    assert only["medication"] == "slow-mag"
    assert "about 286 mg/day" in doc["ceiling"]["why"]  # 4 tablets x 71.5 mg, once
    assert doc["ceiling"]["mg"] == 64
    table = run("recommend", "--goal", "sleep", "--age", "40",
                "--med", "SLOW-MAG (magnesium chloride) 64 MG tablet, 2 tabs bid")  # fmt: skip
    assert table.code == 0
    assert "542" not in table.flat


def test_mag_ox_brand_first_with_its_salt_is_not_an_unknown_amount(run: RunFn) -> None:
    doc = run("dose", "glycinate", "100", "--age", "40", "--json",
              "--med", "MAG-OX (magnesium oxide) 400 MG tablet, 1 tab daily").ok_doc()  # fmt: skip
    assert doc["go_ahead"] is True
    assert [o["medication"] for o in doc["check"]["other_magnesium"]] == ["mag-ox-400"]
    assert [o["elemental_mg"] for o in doc["check"]["other_magnesium"]] == [241.3]
