"""Two medicines typed on one line, the second after the first one's directions: both checked.

A line's name before its directions is looked up whole (``Caltrate 600+D3 Plus Minerals bid``
is one product), but only when no name follows the directions: ``Slow-Mag 1 tab daily;
ciprofloxacin 500 mg bid`` is two medicines, and the quinolone's spacing must never be lost.
"""

from __future__ import annotations

import pytest

from conftest import RunFn

LINES = [
    ("Slow-Mag 1 tab daily; ciprofloxacin 500 mg bid", "slow-mag", "ciprofloxacin"),
    ("Mag-Ox 400 1 tab daily and alendronate 70 mg weekly", "mag-ox-400", "alendronate"),
    ("Mag-Ox 400 1 tab daily / doxycycline 100 mg bid", "mag-ox-400", "doxycycline"),
    ("Slow-Mag 1 tab bid + levothyroxine 50 mcg", "slow-mag", "levothyroxine"),
    ("Tums 2 tabs daily; ciprofloxacin 500 mg bid", "tums", "ciprofloxacin"),
]


@pytest.mark.parametrize(("line", "first", "second"), LINES)
def test_a_medicine_after_the_first_one_s_directions_is_checked(
    run: RunFn, line: str, first: str, second: str
) -> None:
    doc = run("cautions", "--med", line, "--json").ok_doc()
    found = {c["medication"] for c in doc["cautions"]}
    assert second in found and doc["unassessed"] == []
    assert any(first in c["medication"] for c in doc["cautions"])
    table = run("cautions", "--med", line)
    assert table.code == 0 and second in table.flat.lower()


def test_magnesium_in_both_products_of_a_line_is_counted(run: RunFn) -> None:
    line = "Slow-Mag 1 tab daily; Mag-Ox 400 1 tab daily"  # 71.5 + 241.3 = 312.8 mg
    result = run("recommend", "--goal", "migraine", "--age", "40", "--med", line, "--json")
    doc = result.ok_doc()  # each with its own directions: 37.2 mg of the 350 mg UL is left
    assert doc["ceiling"]["mg"] == 37.2
    why = doc["ceiling"]["why"]
    assert "312.8 mg/day" in why and "Slow-Mag (71.5 mg)" in why and "Mag-Ox (241.3 mg)" in why


def test_a_product_name_before_its_directions_is_still_one_product(run: RunFn) -> None:
    doc = run("cautions", "--med", "Caltrate 600+D3 Plus Minerals bid", "--json").ok_doc()
    assert [c["name"].split(" (")[0] for c in doc["cautions"]] == ["Caltrate 600+D3 Plus Minerals"]
