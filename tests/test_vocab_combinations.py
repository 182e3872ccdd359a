"""Combinations only the drug vocabulary knows: the cautions of the ingredients the rules review
are shown and feed the timing plan and withholds; the product stays NOT ASSESSED (exit 3)."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

pytest.importorskip("drug_named_entity_recognition", reason="the drug vocabulary is not installed")


def _doc(run: RunFn, *args: str, code: int) -> dict[str, Any]:
    result = run(*args, "--json")
    assert result.code == code, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    return doc


def test_pylera_keeps_the_tetracycline_caution_and_stays_not_assessed(run: RunFn) -> None:
    doc = _doc(run, "cautions", "--med", "Pylera 3 caps qid", code=3)
    severities = {c["medication"]: c["severity"] for c in doc["cautions"]}
    assert severities["tetracycline"] == "major"
    assert all(c["matched_by"] == "vocabulary" for c in doc["cautions"])
    [product] = doc["unassessed"]
    assert product["input"] == "Pylera 3 caps qid"
    assert "tetracycline" in product["recognised_as"]
    assert "tetracycline" in product["checked_ingredients"]
    assert doc["complete"] is False


def test_pylera_four_times_a_day_leaves_no_magnesium_time(run: RunFn) -> None:
    args = ("recommend", "--goal", "constipation", "--age", "45")
    meds = ("--med", "Pylera 3 caps qid", "--med", "levothyroxine 50 mcg")
    doc = _doc(run, *args, *meds, code=4)  # no time fits: no dose, never a clashing window
    assert doc["go_ahead"] is False
    assert [b["id"] for b in doc["withheld"]["by"]] == ["no-time-fits"]
    assert "tetracycline" in {c["medication"] for c in doc["cautions"]}
    table = run(*args, *meds)
    assert "11:00-22:00" not in table.flat
    assert "NOT checked as a whole" in table.flat
    assert "The cautions of metronidazole and tetracycline are shown on their own" in table.flat


def test_dutrebis_raltegravir_withholds_the_dose(run: RunFn) -> None:
    doc = _doc(
        run, "recommend", "--goal", "constipation", "--age", "45", "--med", "Dutrebis", code=4
    )
    assert doc["go_ahead"] is False
    assert [b["id"] for b in doc["withheld"]["by"]] == ["integrase-inhibitor-raltegravir"]
    assert doc["complete"] is False
    assert doc["unassessed"][0]["input"] == "Dutrebis"


@pytest.mark.parametrize(
    ("product", "ingredient"),
    [
        ("Helidac", "tetracycline"),
        ("Vimovo 500/20 bid", "esomeprazole"),
        ("Talicia", "omeprazole"),
        ("Prevpac", "lansoprazole"),
        ("Yosprala", "omeprazole"),
        ("Duexis", "famotidine"),
        ("Consensi", "amlodipine"),
    ],
)
def test_combinations_carry_their_reviewed_ingredients(
    run: RunFn, product: str, ingredient: str
) -> None:
    doc = _doc(run, "cautions", "--med", product, code=3)
    assert ingredient in {c["medication"] for c in doc["cautions"]}
    assert [u["input"] for u in doc["unassessed"]] == [product]


def test_a_brand_of_one_reviewed_generic_is_still_assessed_whole(run: RunFn) -> None:
    doc = _doc(run, "cautions", "--med", "Eliquis", code=0)
    assert doc["unassessed"] == []
    assert doc["cautions"][0]["medication"] == "apixaban"
