"""A list's food note that starts with ``aged`` (a monoamine oxidase inhibitor's diet) is not
read as the person's age (medlist.plain.person_fact); an age written with ``aged`` still is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn


def _listed(run: RunFn, tmp_path: Path, *lines: str) -> tuple[int, dict[str, Any]]:
    """(exit code, JSON) of ``recommend --goal constipation`` for a list of ``lines``."""
    meds = tmp_path / "meds.txt"
    meds.write_text("\n".join(("Miralax 8.5 g daily", *lines)) + "\n", encoding="utf-8")
    args = ("recommend", "--goal", "constipation", "--meds-from", str(meds), "--json")
    result = run(*args)
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


@pytest.mark.parametrize("line", ["aged cheese - avoid (MAOI)", "Aged meats: avoid"])
def test_an_aged_food_to_avoid_is_not_read_as_an_age(run: RunFn, tmp_path: Path, line: str) -> None:
    """Named not assessed (exit 3), as any line that is not a medicine; no age withholds."""
    code, doc = _listed(run, tmp_path, "phenelzine 15 mg tid", line)
    assert code == 3
    assert doc["withheld"] is None
    assert line in [u["input"] for u in doc["unassessed"]]


@pytest.mark.parametrize("line", ["aged seven", "aged 7"])
def test_an_age_written_with_aged_still_withholds(run: RunFn, tmp_path: Path, line: str) -> None:
    code, doc = _listed(run, tmp_path, line)
    assert code == 4
    assert doc["withheld"] is not None


@pytest.mark.parametrize("line", ["Aged care resident", "Aged care facility"])
def test_aged_care_is_not_read_as_an_age(run: RunFn, tmp_path: Path, line: str) -> None:
    # A care home (Australia, UK), not an age: it withheld as an age not read (exit 4).
    code, doc = _listed(run, tmp_path, line)
    assert code == 3 and doc["withheld"] is None
    assert line in [u["input"] for u in doc["unassessed"]]
