"""A child's age after a relative's word, with a space only, is the child's age.

Before: ``Grandson 2``, ``Niece 18 months``, ``Twins 7 months``, ``Son 4 y.o.``, ``Step-son 5``,
``My boy 2`` and ``Corrected age 3 months`` on a list were NOT ASSESSED beside the adult dose
(exit 3), and ``Preemie`` (a baby born early) too; ``Son 4`` and ``Nephew, 3`` were read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn


def _recommend(run: RunFn, tmp_path: Path, line: str) -> tuple[int, dict[str, object]]:
    path = tmp_path / "list.txt"
    path.write_text(f"Lisinopril 10mg\n{line}\n", encoding="utf-8")
    result = run("recommend", "--goal", "migraine", "--meds-from", str(path), "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


@pytest.mark.parametrize(
    ("line", "years"),
    [("Grandson 2", 2), ("Niece 18 months", 1), ("Twins 7 months", 0), ("Son 4 y.o.", 4),
     ("Step-son 5", 5), ("My boy 2", 2), ("Corrected age 3 months", 0), ("Boy 6", 6)],
)  # fmt: skip
def test_a_relatives_word_and_an_age_is_the_childs_age(
    run: RunFn, tmp_path: Path, line: str, years: int
) -> None:
    code, doc = _recommend(run, tmp_path, line)
    assert code == 4
    assert doc["unassessed"] == []
    read = [f["read_as"] for f in doc["from_record"]]  # type: ignore[union-attr]
    assert f"age {years} written on the list, used as --age" in read


def test_a_preemie_withholds_until_the_age_is_given(run: RunFn, tmp_path: Path) -> None:
    code, doc = _recommend(run, tmp_path, "Preemie")
    assert code == 4
    assert [b["id"] for b in doc["withheld"]["by"]] == ["children-product-needs-age"]  # type: ignore[index]


@pytest.mark.parametrize("line", ["Kidney stones", "Twinrix vaccine"])
def test_a_word_that_only_starts_like_one_is_no_age(run: RunFn, tmp_path: Path, line: str) -> None:
    _, doc = _recommend(run, tmp_path, line)
    assert doc["doses_for"] == "adults"
    assert doc["from_record"] == []
