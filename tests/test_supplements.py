"""Supplements and everyday OTC products on a patient's list: each gets a cited verdict."""

from __future__ import annotations

import re
from typing import Any

import pytest

from conftest import RunFn, cautions_json, single_caution

# Combination products: every ingredient is recognised, never only a part of one.
COMBINATIONS = [
    ("Calcium + D 600mg/400IU", "calcium-vitamin-d", ["calcium-carbonate", "cholecalciferol"]),
    ("Caltrate 600+D", "calcium-vitamin-d", ["calcium-carbonate", "cholecalciferol"]),
    ("Caltrate 600 + D3", "calcium-vitamin-d", ["calcium-carbonate", "cholecalciferol"]),
    ("Os-Cal + D", "calcium-vitamin-d", ["calcium-carbonate", "cholecalciferol"]),
    ("calcium with vitamin D", "calcium-vitamin-d", ["calcium-carbonate", "cholecalciferol"]),
    ("Calcium/Vit D", "calcium-vitamin-d", ["calcium-carbonate", "cholecalciferol"]),
    ("Adcal-D3", "calcium-vitamin-d", ["calcium-carbonate", "cholecalciferol"]),
    ("Citracal + D", "calcium-citrate-vitamin-d", ["calcium-citrate", "cholecalciferol"]),
    ("Excedrin", "acetaminophen-aspirin-caffeine", ["acetaminophen", "aspirin", "caffeine"]),
    (
        "Alka-Seltzer",
        "aspirin-sodium-bicarbonate",
        ["aspirin", "sodium-bicarbonate", "citric-acid"],
    ),
    ("Imodium Multi-Symptom Relief", "loperamide-simethicone", ["loperamide", "simethicone"]),
    ("Osteo Bi-Flex", "glucosamine-chondroitin", ["glucosamine", "chondroitin"]),
    (
        "PreserVision AREDS 2",
        "preservision-areds2",
        ["ascorbic-acid", "vitamin-e", "zinc", "copper", "lutein", "zeaxanthin"],
    ),
    (
        "Emergen-C",
        "emergen-c",
        ["ascorbic-acid", "vitamin-b-complex", "zinc", "magnesium-supplement"],
    ),
]


@pytest.mark.parametrize(("typed", "medication", "ingredients"), COMBINATIONS)
def test_combination_lists_every_ingredient(
    run: RunFn, typed: str, medication: str, ingredients: list[str]
) -> None:
    entry = single_caution(run, typed)
    assert entry["medication"] == medication
    assert entry["ingredients"] == ingredients


def test_calcium_plus_d_no_longer_leaves_d_unknown(run: RunFn) -> None:
    result = run("cautions", "--med", "Calcium + D 600mg/400IU")
    assert result.code == 0
    assert "NOT ASSESSED" not in result.flat
    assert "Calcium + D 600mg/400IU = calcium carbonate/vitamin D3" in result.flat
    assert "Contains: calcium carbonate, vitamin D3 (cholecalciferol)" in result.flat


def test_supplement_with_a_d3_written_apart_is_read_in_full(run: RunFn) -> None:
    code, doc = cautions_json(run, "calcium magnesium zinc + D3")
    assert code == 0, doc["unassessed"]
    assert [e["medication"] for e in doc["cautions"]] == ["cal-mag-zinc", "cholecalciferol"]


def cautions_both(run: RunFn, *meds: str) -> tuple[int, dict[str, Any], str]:
    args = ["cautions"]
    for med in meds:
        args += ["--med", med]
    code, doc = cautions_json(run, *meds)
    return code, doc, run(*args).flat


def test_realistic_supplement_list_is_complete_and_never_safe(run: RunFn) -> None:
    meds = ("Calcium + D 600mg/400IU", "Fish oil 1000 mg", "Vitamin C 500mg", "B complex")
    meds += ("CoQ10 100 mg", "Turmeric", "Melatonin 3 mg qhs", "probiotic", "glucosamine")
    meds += ("St John's wort", "Imodium prn", "Pepto-Bismol", "Gas-X", "lisinopril 10 mg")
    code, doc, flat = cautions_both(run, *meds)
    assert code == 0
    assert doc["complete"] is True and doc["unassessed"] == []
    assert "NOT ASSESSED" not in flat
    assert not re.search(r"\bsafe\b", flat, re.IGNORECASE)
    by_id = {e["medication"]: e for e in doc["cautions"]}
    [verdict] = by_id["fish-oil"]["classes"]
    assert verdict["direction"] == "none"
    assert verdict["effect"].startswith("No interaction with oral magnesium is listed in:")
    assert "ods-magnesium-hp" in verdict["sources"]


def test_psyllium_gives_the_label_spacing_in_the_timing_plan(run: RunFn) -> None:
    code, doc = cautions_json(run, "Metamucil")
    assert code == 0
    [fibre] = doc["cautions"][0]["classes"]
    assert fibre["spacing"]["magnesium_before_h"] == 2
    assert fibre["spacing"]["magnesium_after_h"] == 2
    assert {"label-psyllium", "otcsafety-psyllium"} <= set(fibre["sources"])
    flat = run("cautions", "--med", "Metamucil").flat
    assert "psyllium" in flat and "2 h before or 2 h after" in flat


def test_pepto_bismol_is_a_salicylate_with_no_counted_magnesium(run: RunFn) -> None:
    code, doc = cautions_json(run, "Pepto-Bismol")
    assert code == 0
    [klass] = doc["cautions"][0]["classes"]
    assert klass["direction"] == "other"
    assert "salicylate" in klass["effect"]
    assert {"label-bismuth-subsalicylate", "emc-4841-mg-smpc"} <= set(klass["sources"])
    assert klass["spacing"] is None  # no source gives hours: none are invented


def test_combination_with_aspirin_carries_the_aspirin_caution(run: RunFn) -> None:
    code, doc = cautions_json(run, "Excedrin")
    assert code == 0
    [entry] = doc["cautions"]
    assert "salicylate-alkaline-urine" in {c["id"] for c in entry["classes"]}


def test_dose_counts_the_magnesium_in_caltrate_plus(run: RunFn) -> None:
    dose = run("dose", "citrate", "--elemental", "100", "--med", "Caltrate Plus", "--json")
    assert dose.ok_doc()["check"]["total_elemental_mg"] == pytest.approx(150)


def test_dose_withholds_beside_the_magnesium_in_emergen_c(run: RunFn) -> None:
    result = run("dose", "citrate", "--elemental", "100", "--med", "Emergen-C")
    assert result.code == 4, result.err
    assert "NO DOSE ADVISED" in result.flat and "Emergen-C (amount not known)" in result.flat
    flat = run("cautions", "--med", "Emergen-C").flat
    assert "Contains magnesium (a second magnesium source)" in flat


def test_plan_withholds_beside_magnesium_of_unknown_amount(run: RunFn) -> None:
    args = ("plan", "--goal", "leg cramps", "--age", "40", "--sex", "male", "--med", "Emergen-C")
    doc = run(*args, "--format", "json")
    assert doc.code == 4, doc.err
    data = doc.json()
    assert isinstance(data, dict) and data["go_ahead"] is False and data["daily_target"] is None
    assert data["alerts"][0]["id"] == "listed-magnesium-amount-unknown"
    plain = run("plan", "--goal", "leg cramps", "--age", "40", "--sex", "male", "--med", "zinc")
    assert "Not counted" not in plain.flat
