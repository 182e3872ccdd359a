"""Binders, active vitamin D, antiarrhythmics, anti-infectives, oncology and UK antacids.

The medicines a 2026-11-30 pass found still reported "not assessed" (exit 3). The expected
answers below are written by hand from the labels and SmPCs recorded in
docs/interaction-review.md (section "Binders, active vitamin D, ..."), not read from the rules.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from conftest import RunFn

# typed name -> (generic as shown, class id, direction, severity, (mg before h, after h) or None)
REVIEWED: list[tuple[str, str, str, str, str, tuple[float, float] | None]] = [
    # phosphate and potassium binders (people on dialysis or with kidney disease)
    ("Renvela", "sevelamer", "phosphate-binder-kidney", "other", "moderate", None),
    ("Renagel", "sevelamer", "phosphate-binder-kidney", "other", "moderate", None),
    ("Fosrenol", "lanthanum carbonate", "lanthanum", "other", "moderate", (2, 2)),
    ("Auryxia", "ferric citrate", "phosphate-binder-kidney", "other", "moderate", None),
    ("Velphoro", "sucroferric oxyhydroxide", "phosphate-binder-kidney", "other", "moderate", None),
    (
        "Lokelma",
        "sodium zirconium cyclosilicate",
        "sodium-zirconium-cyclosilicate",
        "other",
        "minor",
        (2, 2),
    ),
    ("Veltassa", "patiromer", "patiromer", "depletes-magnesium", "moderate", (3, 3)),
    # vitamin D drugs
    ("Rocaltrol", "calcitriol", "active-vitamin-d", "retains-magnesium", "moderate", None),
    ("Zemplar", "paricalcitol", "vitamin-d-analogue-kidney", "retains-magnesium", "moderate", None),
    ("Rayaldee", "calcifediol", "vitamin-d-analogue-kidney", "retains-magnesium", "moderate", None),
    # labels that ask for normal magnesium (QT risk): verdict of absence plus the request
    ("Tikosyn", "dofetilide", "label-normal-magnesium-qt", "none", "none", None),
    ("Multaq", "dronedarone", "label-normal-magnesium-qt", "none", "none", None),
    ("Noxafil", "posaconazole", "label-normal-magnesium-qt", "none", "none", None),
    ("Vfend", "voriconazole", "label-normal-magnesium-qt", "none", "none", None),
    ("Tagrisso", "osimertinib", "label-normal-magnesium-qt", "none", "none", None),
    ("Kisqali", "ribociclib", "label-normal-magnesium-qt", "none", "none", None),
    ("Austedo", "deutetrabenazine", "label-normal-magnesium-qt", "none", "none", None),
    ("Ingrezza", "valbenazine", "no-interaction-listed", "none", "none", None),
    # anti-infectives
    ("Myambutol", "ethambutol", "ethambutol", "lowers-drug", "minor", None),
    ("Paxlovid", "nirmatrelvir/ritonavir", "nirmatrelvir-ritonavir", "none", "none", None),
    ("Mavyret", "glecaprevir/pibrentasvir", "hcv-antacid-not-affected", "none", "none", None),
    ("Maviret", "glecaprevir/pibrentasvir", "hcv-antacid-not-affected", "none", "none", None),
    ("Zepatier", "elbasvir/grazoprevir", "hcv-antacid-not-affected", "none", "none", None),
    (
        "Cabenuva",
        "cabotegravir/rilpivirine long-acting injection",
        "cabotegravir-rilpivirine-injection",
        "none",
        "none",
        None,
    ),
    (
        "Vocabria",
        "cabotegravir",
        "integrase-inhibitor-cabotegravir",
        "lowers-drug",
        "major",
        (2, 4),
    ),
    ("penicillin", "penicillin (type not given)", "no-interaction-listed", "none", "none", None),
    # oncology and others
    ("Ibrance", "palbociclib", "palbociclib", "none", "none", None),
    ("Verzenio", "abemaciclib", "no-interaction-listed", "none", "none", None),
    ("Lynparza", "olaparib", "no-interaction-listed", "none", "none", None),
    ("Tecentriq", "atezolizumab", "no-interaction-listed", "none", "none", None),
    ("Imfinzi", "durvalumab", "no-interaction-listed", "none", "none", None),
    ("Bavencio", "avelumab", "no-interaction-listed", "none", "none", None),
    ("Yervoy", "ipilimumab", "no-interaction-listed", "none", "none", None),
    ("Reclast", "zoledronic acid", "zoledronic-acid", "depletes-magnesium", "minor", None),
    ("Zometa", "zoledronic acid", "zoledronic-acid", "depletes-magnesium", "minor", None),
    ("Doptelet", "avatrombopag", "avatrombopag", "none", "none", None),
    ("Mestinon", "pyridostigmine", "pyridostigmine", "other", "moderate", None),
    ("Dantrium", "dantrolene", "no-interaction-listed", "none", "none", None),
    ("Creon", "pancrelipase", "pancrelipase", "none", "none", None),
    ("Armour Thyroid", "thyroid (desiccated)", "thyroid-other", "lowers-drug", "moderate", (4, 4)),
    ("thyroid", "thyroid (type not given)", "thyroid-other", "lowers-drug", "moderate", (4, 4)),
    ("potassium", "potassium (salt not given)", "potassium-supplement", "none", "none", None),
    ("insulin", "insulin (type not given)", "insulin", "none", "none", None),
]

KIDNEY = ["Renvela", "Fosrenol", "Auryxia", "Velphoro", "Zemplar", "Rayaldee"]


def cautions(run: RunFn, *meds: str) -> dict[str, Any]:
    args = ["cautions", "--json"]
    for med in meds:
        args += ["--med", med]
    return run(*args).ok_doc()


@pytest.mark.parametrize(("typed", "generic", "klass", "direction", "severity", "gap"), REVIEWED)
def test_each_medicine_has_its_reviewed_answer(
    run: RunFn,
    typed: str,
    generic: str,
    klass: str,
    direction: str,
    severity: str,
    gap: tuple[float, float] | None,
) -> None:
    doc = cautions(run, typed)
    assert doc["complete"] is True and doc["unassessed"] == []
    [entry] = doc["cautions"]
    assert entry["name"] == generic
    found = {c["id"]: c for c in entry["classes"]}[klass]
    assert (found["direction"], found["severity"]) == (direction, severity)
    assert found["sources"] and found["advice"] and found["severity_basis"]
    if gap is None:
        assert found["spacing"] is None and doc["timing"] is None
    else:
        [constraint] = doc["timing"]["constraints"]
        assert (constraint["magnesium_before_h"], constraint["magnesium_after_h"]) == gap


def test_generic_and_international_names_reach_the_same_entry(run: RunFn) -> None:
    pairs = [
        ("lanthanum carbonate", "Fosrenol"),
        ("sucroferric oxyhydroxide", "Velphoro"),
        ("sodium zirconium cyclosilicate", "Lokelma"),
        ("calcidiol", "Rayaldee"),
        ("nirmatrelvir/ritonavir", "Paxlovid"),
        ("glecaprevir/pibrentasvir", "Mavyret"),
        ("elbasvir/grazoprevir", "Zepatier"),
        ("zoledronate", "Aclasta"),
        ("pyridostigmine bromide", "Regonol"),
        ("pancreatin", "Zenpep"),
    ]
    for generic, brand in pairs:
        doc = cautions(run, generic, brand)
        assert doc["unassessed"] == [], (generic, brand)
        first, second = doc["cautions"]
        assert first["medication"] == second["medication"], (generic, brand)


@pytest.mark.parametrize("typed", KIDNEY)
def test_kidney_medicines_show_their_caution_not_an_all_clear(run: RunFn, typed: str) -> None:
    shown = run("cautions", "--med", typed)
    assert shown.code == 0
    assert "MODERATE" in shown.flat and "NONE LISTED" not in shown.flat
    assert "kidney" in shown.flat
    withheld = run("recommend", "--goal", "constipation", "--med", typed, "--condition", "dialysis")
    assert withheld.code == 4
    assert "NO DOSE ADVISED" in withheld.flat


def test_binders_and_vitamin_d_advise_asking_the_kidney_team(run: RunFn) -> None:
    doc = cautions(run, *KIDNEY)
    for entry in doc["cautions"]:
        classes = entry["classes"]
        assert any("kidney team" in c["advice"] for c in classes), entry["input"]
        # each withholds the dose itself: binders and vitamin D drugs for kidney disease alike
        assert any(c["withholds_dose"] for c in classes), entry["input"]


def test_lokelma_and_lanthanum_keep_their_labels_two_hours(run: RunFn) -> None:
    table = run("cautions", "--med", "Lokelma", "--at", "sodium zirconium cyclosilicate=08:00")
    assert table.code == 0
    assert "at least 2 h before or 2 h after sodium zirconium cyclosilicate" in table.flat
    doc = cautions(run, "Fosrenol")
    [klass] = doc["cautions"][0]["classes"]
    assert "label-fosrenol" in klass["spacing"]["note"]


def test_qt_labels_are_a_verdict_of_absence_that_asks_for_normal_magnesium(run: RunFn) -> None:
    shown = run("cautions", "--med", "Tikosyn")
    assert shown.code == 0
    assert "NONE LISTED" in shown.flat
    assert "No interaction with oral magnesium is listed in" in shown.flat
    assert "checked and kept normal" in shown.flat
    assert "Do not stop a magnesium supplement your doctor prescribed" in shown.flat


def test_ethambutol_gap_is_for_aluminium_antacids_only(run: RunFn) -> None:
    [klass] = cautions(run, "ethambutol")["cautions"][0]["classes"]
    assert "Plain magnesium supplements need no gap" in klass["advice"]
    assert "at least 4 hours after ethambutol" in klass["advice"]


def test_cabenuva_injections_are_not_the_tablets(run: RunFn) -> None:
    doc = cautions(run, "Cabenuva", "Vocabria")
    by_input = {e["input"]: e for e in doc["cautions"]}
    [injection] = by_input["Cabenuva"]["classes"]
    assert "2 hours before or 4 hours after" in injection["effect"]
    [tablet] = by_input["Vocabria"]["classes"]
    assert tablet["spacing"] is not None
    # Only the tablet takes part in the timing plan.
    assert [c["medication"] for c in doc["timing"]["constraints"]] == ["cabotegravir"]


def test_mestinon_withholds_the_dose_without_a_condition(run: RunFn) -> None:
    classes = cautions(run, "Mestinon")["cautions"][0]["classes"]
    klass = {c["id"]: c for c in classes}["pyridostigmine"]
    assert "asking your neurologist" in klass["advice"]
    assert run("recommend", "--goal", "migraine", "--med", "Mestinon").code == 4


def test_rennie_and_bisodol_count_toward_the_upper_level(run: RunFn) -> None:
    plan = run(
        "plan", "--goal", "constipation", "--age", "30", "--sex", "f", "--med", "Rennie", "--json"
    ).ok_doc()
    # 350 mg upper level less 23 mg (80 mg heavy magnesium carbonate x 28.8%) per tablet
    assert plan["daily_target"]["max_mg"] == 327 and plan["daily_target"]["capped"] is True
    assert "about 23 mg/day of elemental magnesium from Rennie" in plan["ceiling"]["why"]
    assert "smpc-rennie" in plan["ceiling"]["sources"]
    table = run("plan", "--goal", "constipation", "--age", "30", "--sex", "f", "--med", "Rennie")
    assert "its label allows up to 10 a day, 230 mg" in table.flat
    dose = run("dose", "glycinate", "500", "--age", "30", "--med", "Bisodol", "--json").ok_doc()
    assert dose["ceiling"]["mg"] == 330.4
    assert "about 19.6 mg/day of elemental magnesium from Bisodol" in dose["ceiling"]["why"]


def test_no_answer_in_this_pass_calls_a_medicine_safe(run: RunFn) -> None:
    meds = [row[0] for row in REVIEWED]
    shown = run("cautions", *[arg for med in meds for arg in ("--med", med)])
    assert shown.code == 0
    assert not re.search(r"\bsafe\b", shown.flat, re.IGNORECASE)


def test_a_packet_and_a_yearly_infusion_are_read_not_left_unknown(run: RunFn) -> None:
    doc = cautions(run, "Lokelma 10 g packet daily", "zoledronic acid 5 mg IV yearly")
    assert doc["complete"] is True and doc["unassessed"] == []
    lokelma, infusion = doc["cautions"]
    assert lokelma["medication"] == "sodium-zirconium-cyclosilicate"
    assert lokelma["read_as"]["dose_form"] == "sachet" and lokelma["read_as"]["route"] == "oral"
    assert infusion["medication"] == "zoledronic-acid"
    assert infusion["read_as"]["frequency"] == ["once a year"]
    assert infusion["read_as"]["route"] == "injection"
