"""Medicines that mean myasthenia gravis, heart failure or kidney disease withhold the dose by
themselves, as the kidney-failure medicines do, and keep their own cautions.

Given only for the condition (label indications read): rozanolixizumab, zilucoplan,
nipocalimab, amifampridine (myasthenia gravis, Lambert-Eaton), sacubitril/valsartan and
vericiguat (heart failure). Given for it among other uses ("check first"): pyridostigmine,
neostigmine, efgartigimod, eculizumab, ravulizumab; ivabradine, tafamidis; finerenone and
sotagliflozin (kidney disease with diabetes, or heart failure); iron sucrose and sodium ferric
gluconate (anaemia of kidney disease). Each withholds (exit 4) and says who to ask.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

MG_ONLY = "myasthenia-medicine"
MG_FIRST = "myasthenia-check-first-medicine"
HF_ONLY = "heart-failure-medicine"
HF_FIRST = "heart-check-first-medicine"
CARDIORENAL = "cardiorenal-check-first-medicine"
KIDNEY_IRON = "kidney-anaemia-iron"

CASES = [
    ("Mestinon 60 mg qid", "muscle-tension", MG_FIRST, "neurologist"),
    ("pyridostigmine 60 mg tid", "muscle-tension", MG_FIRST, "neurologist"),
    ("neostigmine", "sleep", MG_FIRST, "neurologist"),
    ("Vyvgart", "sleep", MG_FIRST, "neurologist"),
    ("Soliris", "sleep", MG_FIRST, "neurologist"),
    ("Ultomiris", "sleep", MG_FIRST, "neurologist"),
    ("Rystiggo", "muscle-tension", MG_ONLY, "neurologist"),
    ("Zilbrysq 16.6 mg daily", "muscle-tension", MG_ONLY, "neurologist"),
    ("Imaavy", "sleep", MG_ONLY, "neurologist"),
    ("Firdapse 10 mg tid", "muscle-tension", MG_ONLY, "neurologist"),
    ("Entresto 49/51 bid", "sleep", HF_ONLY, "heart team"),
    ("Verquvo 10 mg daily", "sleep", HF_ONLY, "heart team"),
    ("Corlanor 5 mg bid", "sleep", HF_FIRST, "heart team"),
    ("Vyndamax 61 mg daily", "sleep", HF_FIRST, "heart team"),
    ("Kerendia 20 mg daily", "migraine", CARDIORENAL, "kidney function (eGFR)"),
    ("Inpefa 200 mg", "migraine", CARDIORENAL, "kidney function (eGFR)"),
    ("Venofer 200 mg IV", "constipation", KIDNEY_IRON, "kidney function (eGFR)"),
    ("Ferrlecit", "constipation", KIDNEY_IRON, "kidney function (eGFR)"),
]


def recommend(run: RunFn, med: str, goal: str) -> tuple[int, dict[str, Any]]:
    result = run("recommend", "--goal", goal, "--age", "70", "--med", med, "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


@pytest.mark.parametrize(("med", "goal", "withholder", "who"), CASES)
def test_a_medicine_that_means_the_condition_withholds_the_dose(
    run: RunFn, med: str, goal: str, withholder: str, who: str
) -> None:
    code, doc = recommend(run, med, goal)
    assert code == 4 and doc["go_ahead"] is False
    assert [w["id"] for w in doc["withheld"]["by"]] == [withholder]
    assert who in doc["withheld"]["reason"]
    assert not doc["unassessed"]
    for g in doc["goals"]:
        assert not g["recommendations"]
    table = run("recommend", "--goal", goal, "--age", "70", "--med", med)
    assert table.code == 4 and "NO DOSE ADVISED" in table.out


def test_entresto_keeps_the_valsartan_caution(run: RunFn) -> None:
    doc = run("cautions", "--med", "Entresto 49/51 bid", "--json").ok_doc()
    [entry] = doc["cautions"]
    ids = {c["id"] for c in entry["classes"]}
    assert {"arb", HF_ONLY} <= ids
    assert doc["unassessed"] == []


def test_mestinon_keeps_its_interaction_and_sends_no_cli_flag(run: RunFn) -> None:
    doc = run("cautions", "--med", "Mestinon 60 mg qid", "--json").ok_doc()
    [entry] = doc["cautions"]
    by_id = {c["id"]: c for c in entry["classes"]}
    assert {"pyridostigmine", MG_FIRST} <= set(by_id)
    assert "--condition" not in by_id["pyridostigmine"]["advice"]
    assert "smpc-mestinon" in by_id["pyridostigmine"]["sources"]


def test_sotagliflozin_is_still_an_sglt2_inhibitor(run: RunFn) -> None:
    doc = run("cautions", "--med", "Inpefa", "--json").ok_doc()
    [entry] = doc["cautions"]
    assert {"sglt2-inhibitor", CARDIORENAL} <= {c["id"] for c in entry["classes"]}


def test_the_plan_withholds_too(run: RunFn) -> None:
    plan = run(
        "plan", "--goal", "sleep", "--age", "70", "--sex", "f", "--med", "Entresto 24/26 bid"
    )
    assert plan.code == 4 and "NO DOSE ADVISED" in plan.out and "Daily target" not in plan.flat


def test_each_new_class_cites_what_was_read(run: RunFn) -> None:
    doc = run("cautions", "--med", "Rystiggo", "--med", "Corlanor", "--json").ok_doc()
    sources = {s for e in doc["cautions"] for c in e["classes"] for s in c["sources"]}
    assert {"label-myasthenia-biologics", "label-corlanor", "smpc-ivabradine-eu"} <= sources
