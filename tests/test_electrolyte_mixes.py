"""Electrolyte drink mixes that hold magnesium are magnesium already taken (2026-12).

``LMNT`` was NOT ASSESSED (exit 3) with a dose shown beside it; only secondary summaries of its
label were read, so its magnesium is flagged, not counted, and no dose is advised on top.
"""

from __future__ import annotations

import pytest

from conftest import RunFn


@pytest.mark.parametrize("typed", ["LMNT", "LMNT 1 stick daily", "LMNT Sparkling"])
def test_an_electrolyte_mix_with_magnesium_withholds_the_dose(run: RunFn, typed: str) -> None:
    result = run("recommend", "--goal", "cramps", "--med", typed, "--json")
    doc = result.json()
    assert isinstance(doc, dict) and doc["go_ahead"] is False
    assert [b["id"] for b in doc["withheld"]["by"]] == ["listed-magnesium-amount-unknown"]
