"""Calcium acetate withholds the dose as the other phosphate binders do, and buffered aspirins
that hold magnesium are magnesium of unknown amount, as Bufferin is.

Calcium acetate (PhosLo, Phoslyra, Eliphos, Calphron) is labelled only for end-stage kidney
disease: a dialysis patient who lists it gets no dose (exit 4). Ascriptin, Arthritis Pain
Formula, Magnaprin, Bayer Plus and Vanquish are buffered with magnesium salts whose amount no
label gives: no dose beside them (exit 4), and the aspirin's caution stays. Ascriptin is read by
the rules' own entry, never by the drug vocabulary as plain aspirin; Vanquish is no longer an
Excedrin brand.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

BINDER = "phosphate-binder-kidney"
UNCOUNTED = "listed-magnesium-amount-unknown"
LAXATIVE_DOSES = ("905 mg", "1000-2000 mg", "990-1980 mg")


def recommend(run: RunFn, med: str, goal: str = "migraine") -> tuple[int, dict[str, Any]]:
    result = run("recommend", "--goal", goal, "--age", "60", "--med", med, "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


def withholders(doc: dict[str, Any]) -> list[str]:
    return [w["id"] for w in doc["withheld"]["by"]] if doc["withheld"] else []


@pytest.mark.parametrize(
    "med",
    [
        "PhosLo 667 mg 2 caps tid with meals",
        "calcium acetate 667 mg",
        "Phoslyra 5 mL tid",
        "Eliphos",
        "Calphron 667 mg",
        "Phosex 1 g tid",  # UK brands
        "Renacet 950 mg tid with meals",
    ],
)
def test_calcium_acetate_withholds_like_the_other_binders(run: RunFn, med: str) -> None:
    code, doc = recommend(run, med)
    assert code == 4 and doc["go_ahead"] is False
    assert withholders(doc) == [BINDER]
    assert not doc["unassessed"]
    [entry] = doc["cautions"]
    assert entry["name"] == "calcium acetate" and entry["matched_by"] == "name"
    sources = {s for c in entry["classes"] for s in c["sources"]}
    assert "label-calcium-acetate" in sources
    table = run("recommend", "--goal", "constipation", "--age", "60", "--med", med)
    assert table.code == 4 and "NO DOSE ADVISED" in table.out
    for dose in LAXATIVE_DOSES:
        assert dose not in table.out


@pytest.mark.parametrize(
    "med",
    [
        "Ascriptin",
        "Ascriptin Maximum Strength 2 tabs q6h",
        "Arthritis Pain Formula",
        "Magnaprin",
        "Bayer Plus",
        "Extra Strength Bayer Plus",
        "Vanquish 2 caplets q4h",
    ],
)
def test_a_buffered_aspirin_with_magnesium_withholds_the_dose(run: RunFn, med: str) -> None:
    code, doc = recommend(run, med)
    assert code == 4 and doc["go_ahead"] is False
    assert withholders(doc) == [UNCOUNTED]
    assert "(amount not known)" in doc["withheld"]["reason"]
    [entry] = doc["cautions"]
    assert entry["matched_by"] == "name"  # the rules' entry, not the drug vocabulary
    ids = {c["id"] for c in entry["classes"]}
    assert {"magnesium-product", "salicylate-alkaline-urine"} <= ids


def test_ascriptin_is_no_longer_plain_aspirin(run: RunFn) -> None:
    doc = run("cautions", "--med", "Ascriptin", "--json").ok_doc()
    [entry] = doc["cautions"]
    assert entry["name"].startswith("Ascriptin") and entry["matched_by"] == "name"
    plan = run(
        "plan", "--goal", "sleep", "--age", "40", "--sex", "f", "--med", "Ascriptin 2 tabs qid"
    )
    assert plan.code == 4 and "Daily target" not in plan.flat


def test_vanquish_is_not_an_excedrin_brand(run: RunFn) -> None:
    vanquish = run("cautions", "--med", "Vanquish", "--json").ok_doc()
    [entry] = vanquish["cautions"]
    assert entry["name"].startswith("Vanquish")
    assert {c["id"] for c in entry["classes"]} >= {"magnesium-product"}
    code, excedrin = recommend(run, "Excedrin Migraine 2 caplets")
    assert code == 0 and excedrin["go_ahead"] is True
    assert [e["name"] for e in excedrin["cautions"]] == ["acetaminophen/aspirin/caffeine"]


def test_plain_bayer_aspirin_keeps_its_dose(run: RunFn) -> None:
    code, doc = recommend(run, "Bayer Aspirin 325 mg")
    assert code == 0 and doc["go_ahead"] is True
    assert [e["name"] for e in doc["cautions"]] == ["aspirin"]


def test_osvaren_withholds_and_its_magnesium_is_counted(run: RunFn) -> None:
    """OsvaRen (UK: calcium acetate with magnesium carbonate, 60 mg magnesium a tablet, for
    dialysis patients) withholds as a binder, and 2 tablets three times a day is 360 mg."""
    code, doc = recommend(run, "OsvaRen 2 tabs tid with meals")
    assert code == 4 and not doc["unassessed"]
    assert set(withholders(doc)) == {BINDER, "listed-magnesium"}
    assert "360 mg" in doc["withheld"]["by"][0]["name"]
