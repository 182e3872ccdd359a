"""Laxatives a constipated patient already takes: mineral oil, castor oil, sorbitol, and
mineral oil with magnesium hydroxide (2026-12).

Each was "not assessed" (exit 3) before; docs/breadth-sweep.md ("Seventh batch") says how each
verdict was decided.
"""

from __future__ import annotations

import json

import pytest

from conftest import RunFn, single_caution

# typed name -> (rules entry, its classes). Written from the review record, not from the rules.
REVIEWED = [
    ("mineral oil", "mineral-oil", ["laxative-oil"]),
    ("liquid paraffin 10 mL at night", "mineral-oil", ["laxative-oil"]),
    ("Kondremul", "mineral-oil", ["laxative-oil"]),
    ("castor oil 15 mL", "castor-oil", ["laxative-oil"]),
    ("sorbitol 70% solution 30 mL", "sorbitol", ["no-interaction-listed"]),
    ("Haley's M-O", "magnesium-hydroxide-mineral-oil", ["magnesium-product", "laxative-oil"]),
]


@pytest.mark.parametrize(("typed", "medication", "classes"), REVIEWED)
def test_each_laxative_is_assessed_with_its_reviewed_classes(
    run: RunFn, typed: str, medication: str, classes: list[str]
) -> None:
    entry = single_caution(run, typed)
    assert entry["medication"] == medication
    assert [c["id"] for c in entry["classes"]] == classes


def test_a_laxative_oil_is_kept_two_hours_from_magnesium(run: RunFn) -> None:
    """The labels' own words: 2 or more hours before or after other drugs."""
    [klass] = single_caution(run, "castor oil")["classes"]
    assert (klass["severity"], klass["spacing"]["magnesium_before_h"]) == ("minor", 2)
    table = run("cautions", "--med", "Mineral oil 15 mL at bedtime")
    assert table.code == 0 and "2 h before or 2 h after" in table.flat


def test_mineral_oil_with_magnesium_hydroxide_withholds_the_dose(run: RunFn) -> None:
    """Its magnesium is not counted (no label on sale was read), so no dose is advised on top."""
    result = run("recommend", "--goal", "constipation", "--med", "Haley's M-O 30 mL", "--json")
    doc = json.loads(result.out)
    assert doc["go_ahead"] is False and doc["goals"][0]["recommendations"] == []
    [withheld] = doc["withheld"]["by"]
    assert withheld["id"] == "listed-magnesium-amount-unknown"
    assert "Haley's M-O" in withheld["name"]
