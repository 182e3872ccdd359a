"""A list's weight in stones (``Wt 16 st``, ``Wt 16 st 4 lb``; 1 st = 14 lb = 6.35029318 kg) is
read in kilograms (medlist.weight_line): an adult's no longer withholds as a child's weight not
read, and a child's still withholds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

HELD = "child-weight-needs-age"


def _recommend(run: RunFn, tmp_path: Path, line: str) -> tuple[int, dict[str, Any]]:
    path = tmp_path / "list.txt"
    path.write_text(f"Miralax 8.5 g daily\n{line}\n", encoding="utf-8")
    result = run("recommend", "--goal", "constipation", "--meds-from", str(path), "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


@pytest.mark.parametrize("line", ["Wt 16 st", "Wt 16 st 4 lb", "Weight: 11 stone 2 lbs"])
def test_an_adults_weight_in_stones_is_read_not_withheld(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    code, doc = _recommend(run, tmp_path, line)
    assert code == 0
    assert doc["withheld"] is None
    assert [f["input"] for f in doc["from_record"]] == [line]


@pytest.mark.parametrize(("line", "kg"), [("Wt 2 st", "12.7 kg"), ("Wt 2 st 3 lb", "14.1 kg")])
def test_a_childs_weight_in_stones_withholds_with_its_kilograms(
    run: RunFn, tmp_path: Path, line: str, kg: str
) -> None:
    code, doc = _recommend(run, tmp_path, line)
    assert code == 4
    assert [w["id"] for w in doc["withheld"]["by"]] == [HELD]
    assert f"{kg}, under 40 kg" in doc["withheld"]["by"][0]["name"]


@pytest.mark.parametrize(("line", "kg"), [("Wt 16 stone 4", 103.4), ("Wt 9st 4", 59.0)])
def test_pounds_after_stones_without_their_unit_are_read(
    run: RunFn, tmp_path: Path, line: str, kg: float
) -> None:
    # "16 stone 4" is how UK lists write 16 st 4 lb: not read, it withheld as a child's weight.
    code, doc = _recommend(run, tmp_path, line)
    assert code == 0 and doc["withheld"] is None
    assert f"a weight of {kg:g} kg" in doc["from_record"][0]["read_as"]
