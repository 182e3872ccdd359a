"""A magnesium product whose name and bracket name different salts (``Mag-Ox 400 (magnesium
citrate)``) is marked, and counted at the reading that gives more magnesium."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

NOTE = "the name and the name in brackets name different magnesium salts"


def _recommend(run: RunFn, med: str) -> dict[str, Any]:
    return run("recommend", "--goal", "sleep", "--age", "40", "--med", med, "--json").ok_doc()


@pytest.mark.parametrize(
    "line", ["Mag-Ox 400 (magnesium citrate)", "magnesium citrate (Mag-Ox 400)"]
)
def test_name_and_bracket_that_disagree_are_marked(run: RunFn, line: str) -> None:
    doc = _recommend(run, line)
    [caution] = doc["cautions"]
    assert caution["medication"] == "mag-ox-400"
    assert NOTE in caution["disagreement"]
    assert "magnesium oxide and magnesium citrate" in caution["disagreement"] or (
        "magnesium citrate and magnesium oxide" in caution["disagreement"]
    )
    assert "241.3 mg/day" in doc["ceiling"]["why"]  # Mag-Ox's label: more than 400 mg of citrate
    table = run("cautions", "--med", line)
    assert "Name and bracket disagree:" in table.flat
    assert "ask which product it is" in table.flat


def test_the_higher_reading_is_counted(run: RunFn) -> None:
    """Phillips' chewables hold 311 mg magnesium hydroxide (129.6 mg magnesium); read as oxide,
    311 mg would hold 187.5 mg: the higher is counted toward the upper level."""
    doc = _recommend(run, "Phillips Chewable Tablets (magnesium oxide)")
    [caution] = doc["cautions"]
    assert NOTE in caution["disagreement"]
    assert "187.5 mg/day" in doc["ceiling"]["why"]
    assert doc["ceiling"]["mg"] == 162.5


@pytest.mark.parametrize(
    "line",
    [
        "Mag-Ox 400 (magnesium oxide)",
        "SLOW-MAG (magnesium chloride) 64 MG",
        "Magnesium Oxide 400 MG Oral Tablet [Mag-Ox]",
    ],
)
def test_name_and_bracket_that_agree_are_not_marked(run: RunFn, line: str) -> None:
    doc = run("cautions", "--med", line, "--json").json()
    assert isinstance(doc, dict)
    assert [c["disagreement"] for c in doc["cautions"]] == [None]


def test_two_brands_of_different_salts_are_both_counted_and_marked(run: RunFn) -> None:
    doc = run("cautions", "--med", "Slow-Mag (Mag-Ox 400)", "--json").json()
    assert isinstance(doc, dict)
    assert len(doc["cautions"]) == 2  # two products: both counted, both marked
    assert all("both are counted" in c["disagreement"] for c in doc["cautions"])
