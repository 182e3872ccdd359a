"""Everyday medicines (ClinCalc Top 300): each gets a cited verdict, never silence, never "safe"."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn, cautions_json

VERDICT = (
    "No interaction with oral magnesium is listed in: the UK magnesium SmPCs, NIH ODS, and the "
    "legible parts of Medscape's lists and of DrugBank's magnesium oxide and hydroxide tables "
    "(an older DrugBank release, read via mirrors) (checked 2026-11). Those Medscape and "
    "DrugBank lists could be read only in part."
)

# (typed as a patient or prescriber writes it, expected generic, expected class) - written by
# hand, not derived from the rules file, so a medicine or a name lost from the rules fails here.
NAMES = [
    ("metformin", "metformin", "metformin"),
    ("Glucophage", "metformin", "metformin"),
    ("metformin ER 500 mg", "metformin", "metformin"),
    ("sertraline", "sertraline", "no-interaction-listed"),
    ("Zoloft", "sertraline", "no-interaction-listed"),
    ("Lustral", "sertraline", "no-interaction-listed"),
    ("apixaban", "apixaban", "no-interaction-listed"),
    ("Eliquis", "apixaban", "no-interaction-listed"),
    ("Xarelto", "rivaroxaban", "no-interaction-listed"),
    ("montelukast", "montelukast", "no-interaction-listed"),
    ("Singulair", "montelukast", "no-interaction-listed"),
    ("insulin glargine", "insulin glargine", "insulin"),
    ("Lantus", "insulin glargine", "insulin"),
    ("Humalog", "insulin lispro", "insulin"),
    ("Jardiance", "empagliflozin", "sglt2-inhibitor"),
    ("Forxiga", "dapagliflozin", "sglt2-inhibitor"),
    ("Ozempic", "semaglutide", "oral-semaglutide"),
    ("Mounjaro", "tirzepatide", "no-interaction-listed"),
    ("Januvia", "sitagliptin", "no-interaction-listed"),
    ("Coumadin", "warfarin", "warfarin"),
    ("Plavix", "clopidogrel", "no-interaction-listed"),
    ("Zocor", "simvastatin", "statin-other"),
    ("pravastatin 40 mg", "pravastatin", "statin-other"),
    ("Zetia", "ezetimibe", "no-interaction-listed"),
    ("Imdur", "isosorbide mononitrate", "no-interaction-listed"),
    ("Lexapro", "escitalopram", "no-interaction-listed"),
    ("Cipralex", "escitalopram", "no-interaction-listed"),
    ("Celexa", "citalopram", "low-magnesium-qt-risk"),
    ("Wellbutrin XL", "bupropion", "no-interaction-listed"),
    ("trazodone 50 mg", "trazodone", "no-interaction-listed"),
    ("Seroquel", "quetiapine", "no-interaction-listed"),
    ("Lamictal", "lamotrigine", "no-interaction-listed"),
    ("Depakote", "divalproex", "no-interaction-listed"),
    ("Lyrica", "pregabalin", "no-interaction-listed"),
    ("Ultram", "tramadol", "cns-depressant"),
    ("paracetamol", "acetaminophen", "no-interaction-listed"),
    ("Tylenol", "acetaminophen", "no-interaction-listed"),
    ("salbutamol", "albuterol", "no-interaction-listed"),
    ("Ventolin", "albuterol", "no-interaction-listed"),
    ("Flonase", "fluticasone", "no-interaction-listed"),
    ("Spiriva", "tiotropium", "no-interaction-listed"),
    ("Zyrtec", "cetirizine", "no-interaction-listed"),
    ("Claritin", "loratadine", "no-interaction-listed"),
    ("Zofran", "ondansetron", "no-interaction-listed"),
    ("MiraLAX", "polyethylene glycol 3350", "no-interaction-listed"),
    ("Flomax", "tamsulosin", "no-interaction-listed"),
    ("Viagra", "sildenafil", "no-interaction-listed"),
    ("Augmentin", "amoxicillin/clavulanate", "no-interaction-listed"),
    ("co-amoxiclav", "amoxicillin/clavulanate", "no-interaction-listed"),
    ("Bactrim DS", "sulfamethoxazole/trimethoprim", "no-interaction-listed"),
    ("Sprintec", "ethinyl estradiol/norgestimate", "no-interaction-listed"),
    ("Mobic", "meloxicam", "no-interaction-listed"),
    ("Advil", "ibuprofen", "no-interaction-listed"),
    ("Humira", "adalimumab", "no-interaction-listed"),
    ("Premarin", "conjugated estrogens", "no-interaction-listed"),
    ("Tamiflu", "oseltamivir", "no-interaction-listed"),
    ("Soma", "carisoprodol", "cns-depressant"),
    ("Apidra", "insulin glulisine", "insulin"),
    ("Cosopt", "dorzolamide/timolol", "beta-blocker"),
    ("Fioricet", "butalbital/acetaminophen/caffeine", "cns-depressant"),
    ("Qsymia", "phentermine/topiramate", "no-interaction-listed"),
    ("Repatha", "evolocumab", "no-interaction-listed"),
    ("Kenalog", "triamcinolone", "no-interaction-listed"),
]


def cautions(run: RunFn, *meds: str) -> tuple[int, dict[str, Any], str]:
    args = ["cautions"]
    for med in meds:
        args += ["--med", med]
    table = run(*args)
    result = run(*args, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc, table.flat


@pytest.mark.parametrize(("typed", "generic", "klass"), NAMES)
def test_everyday_name_has_a_class(run: RunFn, typed: str, generic: str, klass: str) -> None:
    code, doc, _ = cautions(run, typed)
    assert code == 0, doc["unassessed"]
    [entry] = doc["cautions"]
    assert entry["name"] == generic
    assert klass in {c["id"] for c in entry["classes"]}
    assert all(c["sources"] for c in entry["classes"])


def test_brief_list_is_complete_with_the_cited_verdict_and_never_safe(run: RunFn) -> None:
    meds = ("metformin", "sertraline", "Eliquis", "montelukast", "insulin glargine")
    meds += ("atorvastatin", "amlodipine")
    code, doc, flat = cautions(run, *meds)
    assert code == 0
    assert doc["complete"] is True and doc["unassessed"] == []
    assert "NOT ASSESSED" not in flat
    assert not re.search(r"\bsafe\b", flat, re.IGNORECASE)
    for entry in doc["cautions"]:
        for c in entry["classes"]:
            assert not re.search(r"\bsafe\b", c["effect"] + c["advice"], re.IGNORECASE)
    by_name = {e["name"]: e["classes"] for e in doc["cautions"]}
    for name in ("sertraline", "apixaban", "montelukast"):
        [verdict] = by_name[name]
        assert verdict["direction"] == "none"
        assert verdict["effect"] == VERDICT
        assert {"medscape-magnesium-oxide-interactions", "s16", "s18"} <= set(verdict["sources"])
        assert "ods-magnesium-hp" in verdict["sources"]
    assert flat.count(VERDICT) == 2  # sertraline and montelukast; apixaban points back
    assert "NONE LISTED Eliquis = apixaban" in flat


def test_metformin_is_graded_not_cleared(run: RunFn) -> None:
    _, doc, flat = cautions(run, "metformin")
    [metformin] = doc["cautions"][0]["classes"]
    assert metformin["direction"] == "depletes-magnesium"
    assert metformin["severity"] == "minor"
    assert "peters-2013-fremantle-metformin" in metformin["sources"]
    assert "observational" in metformin["effect"]
    assert "MINOR metformin" in flat


def test_sglt2_raises_magnesium_and_insulin_is_none_listed(run: RunFn) -> None:
    _, doc, _ = cautions(run, "Jardiance", "Tresiba")
    classes = {c["id"]: c for e in doc["cautions"] for c in e["classes"]}
    assert classes["sglt2-inhibitor"]["direction"] == "retains-magnesium"
    assert "tang-2016-sglt2-magnesium" in classes["sglt2-inhibitor"]["sources"]
    assert classes["insulin"]["direction"] == "none"


def test_combination_of_everyday_medicines_keeps_the_graded_part(run: RunFn) -> None:
    code, doc, _ = cautions(run, "Janumet")
    assert code == 0
    [entry] = doc["cautions"]
    assert entry["ingredients"] == ["sitagliptin", "metformin"]
    assert [c["id"] for c in entry["classes"]] == ["metformin"]


def test_hiv_no_interaction_class_names_its_sources(run: RunFn) -> None:
    _, doc, flat = cautions(run, "abacavir")
    [c] = doc["cautions"][0]["classes"]
    assert c["direction"] == "none"
    assert "Liverpool" in c["effect"]
    assert "NONE LISTED abacavir" in flat


def test_a_verdict_of_absence_is_severity_none_not_a_rating(run: RunFn) -> None:
    """JSON, table and plan all say NONE LISTED, never 'minor', for a medicine no list names."""
    _, doc = cautions_json(run, "apixaban", "furosemide")
    by = {c["medication"]: c for c in doc["cautions"]}
    assert by["apixaban"]["severity"] == "none"
    assert {k["severity"] for k in by["apixaban"]["classes"]} == {"none"}
    assert by["furosemide"]["severity"] == "moderate"
    assert [c["medication"] for c in doc["cautions"]] == ["furosemide", "apixaban"]
    table = run("cautions", "--med", "apixaban")
    assert "NONE LISTED apixaban" in table.flat
    assert "MINOR" not in table.out
    plan = run(
        "plan",
        "--goal",
        "migraine",
        "--age",
        "50",
        "--sex",
        "male",
        "--med",
        "apixaban",
        "--format",
        "markdown",
    )
    assert "NONE LISTED: apixaban" in plan.out
    assert "(minor)" not in plan.out


def test_severity_none_is_refused_for_a_real_interaction(run: RunFn, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "extends: default\nmedication_classes:\n  my-class:\n"
        "    name: Mine\n    group: other\n    direction: lowers-drug\n    severity: none\n"
        "    severity_basis: ours\n    effect: lower levels\n    advice: space them\n"
        "    sources: [s16]\n",
        encoding="utf-8",
    )
    result = run("--rules", str(rules), "rules", "validate")
    assert result.code == 1
    assert "severity none is only for a class with direction none" in result.out + result.err
