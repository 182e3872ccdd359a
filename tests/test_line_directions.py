"""Two magnesium products on one line, each with its own directions, are each counted with the
directions written after them, never with both (an over-count); where the parser cannot tell
which directions are whose, each is counted with all of them, and the output says so.

Slow-Mag is 71.5 mg a tablet, Rolaids 98 mg (their rules entries), Mag-Ox 400 241.3 mg
(label-mag-ox-400); the supplement upper level is 350 mg/day from age 9 (IOM 1997, s1b).
"""

from __future__ import annotations

import json

import pytest

from conftest import RunFn

ADULT = ("--age", "40")


@pytest.mark.parametrize(
    ("line", "counted"),
    [
        ("Slow-Mag 2 tabs daily plus Rolaids 2 tabs tid", "Slow-Mag 143 mg, Rolaids 588 mg"),
        ("Rolaids 2 tabs tid; Slow-Mag 2 tabs daily", "Rolaids 588 mg, Slow-Mag 143 mg"),
        ("Slow-Mag 1 tab daily and Mag-Ox 400 2 tabs bid", "Slow-Mag 71.5 mg, Mag-Ox 965.2 mg"),
    ],
)
def test_each_product_takes_the_directions_after_it(run: RunFn, line: str, counted: str) -> None:
    for command in (("recommend", "--goal", "migraine"), ("dose", "citrate", "--elemental", "10")):
        doc = run(*command, *ADULT, "--med", line, "--json")
        assert doc.code == 4, doc.err
        data = doc.json()
        assert isinstance(data, dict)
        names = [b["name"] for b in data["withheld"]["by"]]
        assert names == [f"magnesium already taken: {counted} a day"]
        assert "could not be told apart" not in json.dumps(data)


def test_the_reported_line_is_no_longer_counted_twice(run: RunFn) -> None:
    line = "Slow-Mag 2 tabs daily plus Rolaids 2 tabs tid"
    table = run("recommend", "--goal", "migraine", *ADULT, "--med", line)
    assert table.code == 4, table.err
    assert (
        "about 731 mg/day of elemental magnesium from Slow-Mag (143 mg) and Rolaids (588 mg)"
        in (table.flat)
    )
    assert "1,356" not in table.flat  # 8 tablets of each: both directions for both


def test_directions_that_cannot_be_shared_out_are_all_counted_and_said(run: RunFn) -> None:
    line = "Slow-Mag 2 tabs daily plus Slow-Mag 1 tab bid"  # one product named twice
    args = ("dose", "citrate", "--elemental", "10", *ADULT, "--med", line)
    table = run(*args)
    assert table.code == 0, table.err
    assert "4 a day counted as written (286 mg)" in table.flat
    assert "directions on the line could not be told apart between its products" in table.flat


def test_directions_before_the_names_count_for_each(run: RunFn) -> None:
    line = "2 tabs daily Slow-Mag and Rolaids"
    doc = run("recommend", "--goal", "migraine", *ADULT, "--med", line, "--json")
    data = doc.json()
    assert isinstance(data, dict)
    assert "Slow-Mag (143 mg) and Rolaids (196 mg)" in json.dumps(data)
