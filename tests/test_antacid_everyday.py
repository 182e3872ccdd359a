"""Everyday medicines whose labels or references mention antacids: a cited class, never silence."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn, cautions_json

# (typed as a patient or prescriber writes it, expected generic, expected class, direction).
# Written by hand from docs/interaction-review.md, not derived from the rules file.
NAMES: list[tuple[str, str, str, str]] = [
    ("prednisone", "prednisone", "corticosteroid-oral", "lowers-drug"),
    ("prednisone 20 mg tablet", "prednisone", "corticosteroid-oral", "lowers-drug"),
    ("Orapred ODT", "prednisolone", "corticosteroid-oral", "lowers-drug"),
    ("Millipred", "prednisolone", "corticosteroid-oral", "lowers-drug"),
    ("Deltacortril", "prednisolone", "corticosteroid-oral", "lowers-drug"),
    ("Medrol Dosepak", "methylprednisolone", "corticosteroid-oral", "lowers-drug"),
    ("Medrone", "methylprednisolone", "corticosteroid-oral", "lowers-drug"),
    ("Cortef", "hydrocortisone", "corticosteroid-oral", "lowers-drug"),
    ("Decadron", "dexamethasone", "corticosteroid-oral", "lowers-drug"),
    ("naproxen 500 mg bid", "naproxen", "naproxen", "lowers-drug"),
    ("Aleve", "naproxen", "naproxen", "lowers-drug"),
    ("EC-Naprosyn", "naproxen", "naproxen", "lowers-drug"),
    ("Celebrex 200 mg", "celecoxib", "celecoxib", "lowers-drug"),
    ("diclofenac sodium 75 mg DR tablet", "diclofenac", "diclofenac-enteric", "lowers-drug"),
    ("Voltarol", "diclofenac", "diclofenac-enteric", "lowers-drug"),
    ("Relafen", "nabumetone", "no-interaction-listed", "none"),
    ("etodolac", "etodolac", "no-interaction-listed", "none"),
    ("glipizide", "glipizide", "sulfonylurea-absorption", "other"),
    ("Glucotrol XL", "glipizide", "sulfonylurea-absorption", "other"),
    ("Glynase", "glyburide", "sulfonylurea-absorption", "other"),
    ("glibenclamide", "glyburide", "sulfonylurea-absorption", "other"),
    ("Amaryl", "glimepiride", "no-interaction-listed", "none"),
    ("Orinase", "tolbutamide", "sulfonylurea-absorption", "other"),
    ("allopurinol 300 mg daily", "allopurinol", "allopurinol", "other"),
    ("Zyloric", "allopurinol", "allopurinol", "other"),
    ("Pepcid AC", "famotidine", "h2-blocker-famotidine", "lowers-drug"),
    ("Zantac 360", "famotidine", "h2-blocker-famotidine", "lowers-drug"),
    ("Tagamet HB", "cimetidine", "h2-blocker-famotidine", "lowers-drug"),
    ("nizatidine 150 mg", "nizatidine", "h2-blocker-famotidine", "lowers-drug"),
    ("indomethacin 25 mg capsule", "indomethacin", "indomethacin", "lowers-drug"),
    ("Indocid", "indomethacin", "indomethacin", "lowers-drug"),
]


def only_caution(run: RunFn, typed: str) -> dict[str, Any]:
    code, doc = cautions_json(run, typed)
    assert code == 0, doc
    assert doc["unassessed"] == []
    assert len(doc["cautions"]) == 1
    caution = doc["cautions"][0]
    assert isinstance(caution, dict)
    return caution


@pytest.mark.parametrize(("typed", "generic", "klass", "direction"), NAMES)
def test_each_name_gets_its_cited_class(
    run: RunFn, typed: str, generic: str, klass: str, direction: str
) -> None:
    caution = only_caution(run, typed)
    assert caution["medication"] == generic
    (shown,) = caution["classes"]
    assert shown["id"] == klass
    assert shown["direction"] == direction
    assert shown["applies"] is True
    assert shown["sources"], "every class cites its sources"
    assert "safe" not in (shown["effect"] + shown["advice"]).lower()


@pytest.mark.parametrize(
    "typed", ["prednisolone 1% eye drops", "hydrocortisone 1% cream", "dexamethasone injection"]
)
def test_a_steroid_that_bypasses_the_gut_is_shown_but_not_applied(run: RunFn, typed: str) -> None:
    caution = only_caution(run, typed)
    (shown,) = caution["classes"]
    assert shown["id"] == "corticosteroid-oral"
    assert shown["applies"] is False
    assert "does not pass through the gut" in shown["not_applicable_because"]
    assert caution["severity"] is None


def test_steroid_tablets_and_eye_drops_side_by_side_in_the_table(run: RunFn) -> None:
    result = run(
        "cautions", "--med", "prednisolone 5 mg tablets", "--med", "prednisolone eye drops"
    )
    assert result.code == 0, result.err
    flat = result.flat
    assert "MINOR prednisolone 5 mg tablets" in flat
    assert "DOES NOT APPLY TO THIS ROUTE prednisolone eye drops" in flat
    assert "Take your steroid at a different time of day" in flat


def test_sulfonylurea_says_who_rated_it_and_offers_no_label_spacing(run: RunFn) -> None:
    caution = only_caution(run, "Glucotrol")
    assert caution["severity"] == "moderate"
    (shown,) = caution["classes"]
    assert "Hansten and Horn" in shown["severity_basis"]
    assert "by us" in shown["severity_basis"]
    assert shown["spacing"] is None  # no label gives hours: none are invented
    assert "blood sugar" in shown["advice"]


def test_glucovance_carries_the_glyburide_caution_and_metformin(run: RunFn) -> None:
    caution = only_caution(run, "Glucovance")
    ids = {c["id"] for c in caution["classes"]}
    assert ids == {"sulfonylurea-absorption", "metformin"}


def test_allopurinol_names_aluminium_not_magnesium(run: RunFn) -> None:
    result = run("cautions", "--med", "Zyloprim")
    assert result.code == 0, result.err
    assert "aluminium hydroxide" in result.flat
    assert "3 hours" in result.flat


def test_pepcid_complete_is_still_counted_as_magnesium(run: RunFn) -> None:
    code, doc = cautions_json(run, "Pepcid Complete")
    assert code == 0
    (caution,) = doc["cautions"]
    assert [c["id"] for c in caution["classes"]] == ["magnesium-product"]


def test_injected_famotidine_is_not_the_oral_interaction(run: RunFn) -> None:
    caution = only_caution(run, "famotidine 20 mg/2 mL injection")
    (shown,) = caution["classes"]
    assert shown["id"] == "h2-blocker-famotidine"
    assert shown["applies"] is False
