"""Stimulants, lithium, levodopa, memantine, mesalamine, sotalol and Top 300 ranks 151-300."""

from __future__ import annotations

import re
from typing import Any

import pytest

from conftest import RunFn

# (class id, generic as shown, a brand, an international or other name, direction, severity,
# (magnesium before h, after h) or None). Written by hand from the labels and reference
# texts in docs/interaction-review.md (section "Stimulants, lithium, ..."), not from the rules.
REVIEWED: list[tuple[str, str, str, str, str, str, tuple[float, float] | None]] = [
    ("amphetamine-alkalinizing", "amphetamine", "Evekeo", "amfetamine", "other", "moderate", None),
    (
        "amphetamine-alkalinizing",
        "dextroamphetamine",
        "Dexedrine",
        "dexamfetamine",
        "other",
        "moderate",
        None,
    ),
    ("lisdexamfetamine", "lisdexamfetamine", "Vyvanse", "Elvanse", "other", "minor", None),
    (
        "methylphenidate-ph-release",
        "methylphenidate",
        "Ritalin LA",
        "Medikinet XL",
        "other",
        "minor",
        None,
    ),
    (
        "methylphenidate-ph-release",
        "dexmethylphenidate",
        "Focalin XR",
        "dexmethylphenidate hydrochloride",
        "other",
        "minor",
        None,
    ),
    ("sotalol", "sotalol", "Betapace AF", "Sotacor", "lowers-drug", "moderate", (2, 2)),
    ("memantine-urine-ph", "memantine", "Namenda XR", "Ebixa", "other", "minor", None),
    ("levodopa", "carbidopa/levodopa", "Sinemet", "co-careldopa", "other", "minor", None),
    ("lithium", "lithium", "Lithobid", "Priadel", "other", "minor", None),
    ("mesalamine-other", "mesalamine", "Lialda", "mesalazine", "other", "minor", None),
    ("pseudoephedrine", "pseudoephedrine", "Sudafed", "Galpseud", "none", "none", None),
    ("amiodarone", "amiodarone", "Pacerone", "Cordarone", "none", "none", None),
]

# Top 300 (2022) ranks 151-300 that were still not assessed: typed name -> generic, class.
SWEEP = [
    ("Arimidex", "anastrozole", "no-interaction-listed"),
    ("letrozole 2.5 mg", "letrozole", "no-interaction-listed"),
    ("Nolvadex", "tamoxifen", "no-interaction-listed"),
    ("Viibryd", "vilazodone", "no-interaction-listed"),
    ("Faverin", "fluvoxamine", "no-interaction-listed"),
    ("Invega Sustenna", "paliperidone", "no-interaction-listed"),
    ("Clozaril", "clozapine", "no-interaction-listed"),
    ("Pletal", "cilostazol", "no-interaction-listed"),
    ("nicotinic acid", "niacin (vitamin B3)", "no-interaction-listed"),
    ("Pataday", "olopatadine", "no-interaction-listed"),
    ("Klaricid", "clarithromycin", "no-interaction-listed"),
    ("Stromectol", "ivermectin", "no-interaction-listed"),
    ("Imuran", "azathioprine", "no-interaction-listed"),
    ("sulphasalazine", "sulfasalazine", "no-interaction-listed"),
    ("Renvela", "sevelamer", "phosphate-binder-kidney"),
    ("Urocit-K", "potassium citrate", "no-interaction-listed"),
    ("Corsodyl", "chlorhexidine", "no-interaction-listed"),
    ("Efudex", "fluorouracil", "no-interaction-listed"),
    ("Ery-Tab", "erythromycin", "no-interaction-listed"),
    ("Roaccutane", "isotretinoin", "no-interaction-listed"),
    ("Prolia", "denosumab", "no-interaction-listed"),
    ("Forsteo", "teriparatide", "no-interaction-listed"),
    ("Periactin", "cyproheptadine", "no-interaction-listed"),
    ("Travatan Z", "travoprost", "no-interaction-listed"),
    ("Zaditor", "ketotifen", "no-interaction-listed"),
    ("carmellose", "carboxymethylcellulose", "no-interaction-listed"),
    ("Glucobay", "acarbose", "no-interaction-listed"),
    ("NovoNorm", "repaglinide", "no-interaction-listed"),
    ("Dolophine", "methadone", "cns-depressant"),
    ("Vimpat", "lacosamide", "no-interaction-listed"),
    ("Zonegran", "zonisamide", "no-interaction-listed"),
    ("Vraylar", "cariprazine", "no-interaction-listed"),
    ("Xifaxan", "rifaximin", "no-interaction-listed"),
    ("Belsomra", "suvorexant", "cns-depressant"),
    ("Comtess", "entacapone", "entacapone"),
]


def cautions(run: RunFn, *meds: str) -> dict[str, Any]:
    args = ["cautions", "--json"]
    for med in meds:
        args += ["--med", med]
    return run(*args).ok_doc()


def classes_of(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for entry in doc["cautions"] for c in entry["classes"]}


@pytest.mark.parametrize(
    ("klass", "generic", "brand", "other", "direction", "severity", "spacing"), REVIEWED
)
def test_reviewed_by_generic_brand_and_other_name(
    run: RunFn,
    klass: str,
    generic: str,
    brand: str,
    other: str,
    direction: str,
    severity: str,
    spacing: tuple[float, float] | None,
) -> None:
    for name in (generic, brand, other):
        doc = cautions(run, name)
        assert doc["unassessed"] == [], name
        [entry] = doc["cautions"]
        assert entry["name"] == generic, name
        found = classes_of(doc)[klass]
        assert (found["direction"], found["severity"]) == (direction, severity), name
        assert found["sources"] and found["advice"] and found["severity_basis"]
        if spacing is None:
            assert found["spacing"] is None
            assert doc["timing"] is None
        else:
            constraint = doc["timing"]["constraints"][0]
            assert constraint["avoid"] is False
            got = (constraint["magnesium_before_h"], constraint["magnesium_after_h"])
            assert got == spacing, name


@pytest.mark.parametrize(("typed", "generic", "klass"), SWEEP)
def test_top300_second_half_is_assessed(run: RunFn, typed: str, generic: str, klass: str) -> None:
    doc = cautions(run, typed)
    assert doc["complete"] is True and doc["unassessed"] == []
    [entry] = doc["cautions"]
    assert entry["name"] == generic
    assert klass in {c["id"] for c in entry["classes"]}


def test_adderall_is_a_combination_told_not_at_the_same_time_and_not_withheld(run: RunFn) -> None:
    result = run("cautions", "--med", "Adderall XR")
    assert result.code == 0
    flat = result.flat
    assert "MODERATE Adderall XR = dextroamphetamine/amphetamine" in flat
    assert "at the same time as your amphetamine dose" in flat
    assert "The label gives no number of hours, so none is offered" in flat
    assert "Daily timing plan" not in flat
    assert not re.search(r"\bsafe\b", flat, re.IGNORECASE)
    doc = cautions(run, "Mydayis")
    [entry] = doc["cautions"]
    assert entry["ingredients"] == ["dextroamphetamine", "amphetamine"]
    # The label's "avoid co-administration" is not modelled as "no gap works": the dose is shown.
    plan = run("recommend", "--goal", "migraine", "--med", "Adderall", "--json")
    assert plan.code == 0
    assert plan.ok_doc()["go_ahead"] is True


def test_apriso_keeps_avoid_while_other_mesalamine_is_a_precaution(run: RunFn) -> None:
    doc = cautions(run, "Apriso", "Pentasa")
    found = classes_of(doc)
    assert found["mesalamine-apriso"]["spacing"]["avoid"] is True
    assert found["mesalamine-other"]["spacing"] is None
    assert "Apriso" in found["mesalamine-other"]["effect"]
    assert doc["timing"]["windows"] == []


def test_sotalol_timing_plan_uses_the_two_hour_gap(run: RunFn) -> None:
    doc = run("cautions", "--json", "--med", "Betapace", "--at", "sotalol=08:00,20:00").ok_doc()
    timing = doc["timing"]
    assert timing["feasible"] is True
    [constraint] = timing["constraints"]
    assert constraint["dose_times_assumed"] is False
    assert (constraint["magnesium_before_h"], constraint["magnesium_after_h"]) == (2, 2)
    assert "laer-1997-sotalol-antacid" in classes_of(doc)["sotalol"]["sources"]
    table = run("cautions", "--med", "sotalol", "--at", "sotalol=08:00,20:00")
    assert "Take magnesium at least 2 h before or 2 h after sotalol" in table.flat


def test_decongestant_combinations_list_both_ingredients(run: RunFn) -> None:
    doc = cautions(run, "Claritin-D", "Allegra-D")
    by_input = {e["input"]: e for e in doc["cautions"]}
    assert by_input["Claritin-D"]["ingredients"] == ["loratadine", "pseudoephedrine"]
    assert by_input["Allegra-D"]["ingredients"] == ["fexofenadine", "pseudoephedrine"]
    assert "fexofenadine" in {c["id"] for c in by_input["Allegra-D"]["classes"]}


def test_levodopa_names_iron_and_lithium_names_dehydration(run: RunFn) -> None:
    found = classes_of(cautions(run, "Rytary", "Lithobid"))
    assert "iron" in found["levodopa"]["advice"]
    assert "drugs-com-levodopa-antacids" in found["levodopa"]["sources"]
    assert "diarrhoea" in found["lithium"]["advice"]
    assert "dailymed-lithium-carbonate" in found["lithium"]["sources"]


def test_stalevo_is_levodopa_with_entacapone_and_iron_spacing_is_named(run: RunFn) -> None:
    doc = cautions(run, "Stalevo")
    [entry] = doc["cautions"]
    assert entry["ingredients"] == ["carbidopa", "levodopa", "entacapone"]
    assert "levodopa" in {c["id"] for c in entry["classes"]}
    entacapone = classes_of(cautions(run, "entacapone"))["entacapone"]
    assert entacapone["direction"] == "none"
    assert "2-3 hours" in entacapone["effect"]
