"""Medicines that mean kidney disease withhold every self-care dose, with a reason that fits.

A medicine whose label gives it only for chronic kidney disease (paricalcitol, doxercalciferol,
etelcalcetide, difelikefalin) withholds as the phosphate binders do; one mostly given for kidney
disease but also for other conditions (calcitriol, cinacalcet, the potassium binders, tenapanor,
calcifediol) withholds too, and asks for kidney function to be checked first. No milk of
magnesia, Epsom salt or oxide dose is printed beneath a caution that says not to take one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

ONLY_KIDNEY = "kidney-failure-medicine"
CHECK_FIRST = "kidney-check-first-medicine"
LAXATIVE_DOSES = ("905 mg", "1000-2000 mg", "990-1980 mg")


def withheld_by(run: RunFn, *args: str) -> tuple[int, list[str], dict[str, Any]]:
    result = run("recommend", *args, "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    by = doc["withheld"]["by"] if doc["withheld"] else []
    return result.code, [w["id"] for w in by], doc


@pytest.mark.parametrize(
    ("typed", "withholder"),
    [
        ("Zemplar 1 mcg daily", ONLY_KIDNEY),
        ("paricalcitol 2 mcg capsule", ONLY_KIDNEY),
        ("Hectorol 1 mcg", ONLY_KIDNEY),
        ("doxercalciferol", ONLY_KIDNEY),
        ("Parsabiv 5 mg IV three times a week", ONLY_KIDNEY),
        ("Korsuva", ONLY_KIDNEY),
        ("Rocaltrol 0.25 mcg daily", CHECK_FIRST),
        ("calcitriol", CHECK_FIRST),
        ("Rayaldee 30 mcg at bedtime", CHECK_FIRST),
        ("Xphozah 30 mg bid", CHECK_FIRST),
        ("Ibsrela 50 mg bid", CHECK_FIRST),
        ("Kayexalate 15 g daily", CHECK_FIRST),
        ("Calcium Resonium", CHECK_FIRST),
        ("Veltassa 8.4 g daily", CHECK_FIRST),
        ("Lokelma 10 g packet daily", CHECK_FIRST),
        ("Sensipar 30 mg daily", CHECK_FIRST),
    ],
)
def test_a_kidney_medicine_withholds_the_laxative_dose(
    run: RunFn, typed: str, withholder: str
) -> None:
    code, by, doc = withheld_by(run, "--goal", "constipation", "--age", "60", "--med", typed)
    assert code == 4
    assert doc["go_ahead"] is False
    assert by == [withholder]
    for goal in doc["goals"]:
        assert not goal["recommendations"]
    table = run("recommend", "--goal", "constipation", "--age", "60", "--med", typed)
    assert table.code == 4
    assert "NO DOSE ADVISED" in table.out
    for dose in LAXATIVE_DOSES:
        assert dose not in table.out


def test_the_reasons_say_kidney_failure_or_check_kidney_function_first(run: RunFn) -> None:
    _, _, only = withheld_by(run, "--goal", "constipation", "--med", "Zemplar")
    assert "kidney team prescribes them" in only["withheld"]["reason"]
    _, _, check = withheld_by(run, "--goal", "constipation", "--med", "Veltassa")
    assert "check your kidney function (eGFR)" in check["withheld"]["reason"]
    assert "if your kidneys work normally" in check["withheld"]["reason"]


def test_two_potassium_binders_give_one_reason_and_no_dose(run: RunFn) -> None:
    code, by, _ = withheld_by(
        run,
        "--goal",
        "constipation",
        "--age",
        "68",
        "--med",
        "Kayexalate 15 g daily",
        "--med",
        "Veltassa 8.4 g daily",
    )
    assert code == 4
    assert by == [CHECK_FIRST]


def test_xphozah_for_cramps_is_not_a_go_ahead(run: RunFn) -> None:
    code, by, doc = withheld_by(run, "--goal", "muscle-cramps", "--age", "60", "--med", "Xphozah")
    assert code == 4 and doc["go_ahead"] is False and by == [CHECK_FIRST]


@pytest.mark.parametrize("typed", ["Zemplar", "Kayexalate 15 g daily", "Sensipar"])
def test_the_plan_withholds_too(run: RunFn, typed: str) -> None:
    plan = run(
        "plan",
        "--goal",
        "constipation",
        "--age",
        "60",
        "--sex",
        "male",
        "--med",
        typed,
        "--product",
        "milk of magnesia",
    )
    assert plan.code == 4
    assert "NO DOSE ADVISED" in plan.out


def test_new_kidney_medicines_are_assessed_with_their_labels(run: RunFn) -> None:
    result = run("cautions", "--med", "Sensipar", "--med", "Parsabiv", "--med", "Korsuva", "--json")
    doc = result.ok_doc()
    assert doc["unassessed"] == []
    sources = {
        entry["name"]: {s for c in entry["classes"] for s in c["sources"]}
        for entry in doc["cautions"]
    }
    assert "label-cinacalcet" in sources["cinacalcet"]
    assert "label-parsabiv" in sources["etelcalcetide"]
    assert "label-korsuva" in sources["difelikefalin"]


def test_sodium_polystyrene_sulfonate_is_kept_three_hours_from_magnesium(run: RunFn) -> None:
    doc = run("cautions", "--med", "Kayexalate 15 g qd", "--json").ok_doc()
    [constraint] = doc["timing"]["constraints"]
    assert (constraint["magnesium_before_h"], constraint["magnesium_after_h"]) == (3, 3)
    [entry] = doc["cautions"]
    sps = {c["id"]: c for c in entry["classes"]}["sodium-polystyrene-sulfonate"]
    assert "label-sps-us" in sps["sources"]
    assert "6 hours if you have gastroparesis" in sps["advice"]
    table = run("cautions", "--med", "Kayexalate", "--at", "sodium polystyrene sulfonate=08:00")
    assert "at least 3 h before or 3 h after sodium polystyrene sulfonate" in table.flat


@pytest.mark.parametrize(
    ("line", "medication"),
    [
        ("icodextrin (Extraneal) nightly", "icodextrin"),
        ("Extraneal 2 L overnight", "icodextrin"),
        ("Dianeal 2.5% 4 exchanges/day", "peritoneal-dialysis-glucose"),
        ("Physioneal 40", "peritoneal-dialysis-glucose"),
        ("Nutrineal", "peritoneal-dialysis-amino-acids"),
    ],
)
def test_a_peritoneal_dialysis_solution_on_a_list_withholds_as_on_pd_does(
    run: RunFn, tmp_path: Path, line: str, medication: str
) -> None:
    """Before: exit 3 (not recognised) and a full laxative dose for someone on dialysis. A PD
    solution is used only for dialysis: it counts dialysis, as ``on PD`` on the list does."""
    meds = tmp_path / "meds.txt"
    meds.write_text(f"{line}\n", encoding="utf-8")
    code, by, doc = withheld_by(run, "--goal", "constipation", "--meds-from", str(meds))
    assert code == 4
    assert "dialysis" in by and ONLY_KIDNEY in by
    assert [c["id"] for c in doc["conditions"]] == ["dialysis"]
    assert medication in [c["medication"] for c in doc["cautions"]]
    assert not any(goal["recommendations"] for goal in doc["goals"])
    table = run("recommend", "--goal", "constipation", "--meds-from", str(meds))
    assert not any(dose in table.out for dose in LAXATIVE_DOSES)


@pytest.mark.parametrize("line", ["on PD", "CAPD", "Extraneal"])
def test_on_pd_and_a_pd_solution_withhold_by_the_same_condition(run: RunFn, line: str) -> None:
    code, by, doc = withheld_by(run, "--goal", "constipation", "--med", line)
    assert code == 4 and "dialysis" in by
    dialysis = next(w for w in doc["withheld"]["by"] if w["id"] == "dialysis")
    assert dialysis["sources"] == ["s33", "s34", "smpc-magnaspartate"]


def test_the_pd_solutions_cite_their_labels(run: RunFn) -> None:
    doc = run("cautions", "--med", "Extraneal", "--med", "Nutrineal", "--json").json()
    assert isinstance(doc, dict)
    sources = {s for entry in doc["cautions"] for c in entry["classes"] for s in c["sources"]}
    assert {"label-extraneal", "label-dianeal", "smpc-physioneal", "smpc-nutrineal"} <= sources
