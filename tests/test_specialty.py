"""Migraine, fibromyalgia, bowel, bone and breast-cancer medicines: a cited verdict for each."""

from __future__ import annotations

import re

import pytest

from conftest import RunFn, cautions_json, single_caution

# (typed as a patient or prescriber writes it, expected generic, expected class) - written by
# hand, not derived from the rules file, so a medicine or a name lost from the rules fails here.
NAMES = [
    ("Nurtec ODT 75 mg prn", "rimegepant", "no-interaction-listed"),
    ("Vydura", "rimegepant", "no-interaction-listed"),
    ("Ubrelvy 100 mg", "ubrogepant", "no-interaction-listed"),
    ("Qulipta 60 mg daily", "atogepant", "no-interaction-listed"),
    ("Aquipta", "atogepant", "no-interaction-listed"),
    ("Zavzpret nasal spray", "zavegepant", "no-interaction-listed"),
    ("Reyvow 100 mg", "lasmiditan", "no-interaction-listed"),
    ("Trudhesa", "dihydroergotamine", "no-interaction-listed"),
    ("DHE", "dihydroergotamine", "no-interaction-listed"),
    ("Vyepti", "eptinezumab", "no-interaction-listed"),
    ("Relpax 40 mg", "eletriptan", "no-interaction-listed"),
    ("Naramig", "naratriptan", "no-interaction-listed"),
    ("Zomig-ZMT", "zolmitriptan", "no-interaction-listed"),
    ("Savella 50 mg bid", "milnacipran", "no-interaction-listed"),
    ("Trulance", "plecanatide", "no-interaction-listed"),
    ("Motegrity", "prucalopride", "no-interaction-listed"),
    ("Resolor", "prucalopride", "no-interaction-listed"),
    ("Ibsrela", "tenapanor", "kidney-check-first-medicine"),
    ("Relistor", "methylnaltrexone", "no-interaction-listed"),
    ("Movantik 25 mg", "naloxegol", "no-interaction-listed"),
    ("Moventig", "naloxegol", "no-interaction-listed"),
    ("Viberzi", "eluxadoline", "no-interaction-listed"),
    ("Xifaxan 550", "rifaximin", "no-interaction-listed"),
    ("Evenity", "romosozumab", "no-interaction-listed"),
    ("Forteo", "teriparatide", "no-interaction-listed"),
    ("Forsteo", "teriparatide", "no-interaction-listed"),
    ("Tymlos", "abaloparatide", "no-interaction-listed"),
    ("tamoxifen 20 mg daily", "tamoxifen", "no-interaction-listed"),
    ("Arimidex", "anastrozole", "no-interaction-listed"),
    ("Femara 2.5 mg", "letrozole", "no-interaction-listed"),
    ("Aromasin", "exemestane", "no-interaction-listed"),
    ("Prolia 60 mg every 6 months", "denosumab", "no-interaction-listed"),
    ("Xgeva", "denosumab", "no-interaction-listed"),
    ("Kristalose", "lactulose", "lactulose"),
    ("Duphalac", "lactulose", "lactulose"),
    ("Xeloda", "capecitabine", "capecitabine-antacid"),
    ("Keytruda", "pembrolizumab", "chemotherapy-magnesium-wasting"),
    ("Libtayo", "cemiplimab", "chemotherapy-magnesium-wasting"),
    ("Cafergot", "ergotamine/caffeine", "no-interaction-listed"),
    ("Treximet", "sumatriptan/naproxen", "naproxen"),
    ("Sanomigran", "pizotifen", "no-interaction-listed"),
    ("butorphanol nasal spray", "butorphanol", "cns-depressant"),
    ("Skelaxin 800 mg tid", "metaxalone", "cns-depressant"),
    ("Remicade", "infliximab", "no-interaction-listed"),
    ("Entyvio", "vedolizumab", "no-interaction-listed"),
    ("Imuran 50 mg", "azathioprine", "no-interaction-listed"),
    ("Miacalcin nasal spray", "calcitonin", "no-interaction-listed"),
    ("Botox", "onabotulinumtoxinA", "botulinum-toxin"),
    ("Dysport", "abobotulinumtoxinA", "botulinum-toxin"),
    ("Xeomin", "incobotulinumtoxinA", "botulinum-toxin"),
]


@pytest.mark.parametrize(("typed", "generic", "klass"), NAMES)
def test_specialty_name_has_a_cited_class(run: RunFn, typed: str, generic: str, klass: str) -> None:
    entry = single_caution(run, typed)
    assert entry["name"] == generic
    assert klass in {c["id"] for c in entry["classes"]}
    assert all(c["sources"] for c in entry["classes"])


def test_migraine_patients_list_is_complete_and_never_safe(run: RunFn) -> None:
    meds = ("Nurtec ODT 75 mg prn", "Qulipta 60 mg daily", "Botox every 12 weeks")
    meds += ("propranolol 40 bid", "Savella 50 mg bid", "Trulance 3 mg daily")
    args = ["cautions"] + [a for m in meds for a in ("--med", m)]
    table = run(*args)
    code, doc = cautions_json(run, *meds)
    assert (code, table.code) == (0, 0)
    assert doc["complete"] is True and doc["unassessed"] == []
    assert {e["name"] for e in doc["cautions"]} == {
        "rimegepant",
        "atogepant",
        "onabotulinumtoxinA",
        "propranolol",
        "milnacipran",
        "plecanatide",
    }
    assert "NOT ASSESSED" not in table.flat
    assert "NONE LISTED Nurtec ODT 75 mg prn = rimegepant" in table.flat
    assert not re.search(r"\bsafe\b", table.flat, re.IGNORECASE)


def test_botox_is_an_additive_caution_that_an_injection_does_not_escape(run: RunFn) -> None:
    entry = single_caution(run, "Botox 155 units injection every 12 weeks")
    [klass] = entry["classes"]
    assert (klass["direction"], klass["severity"]) == ("additive", "minor")
    assert "into a vein" in klass["effect"]
    assert "No dose spacing is needed" in klass["advice"]
    assert {"fda-botox-label", "s27"} <= set(klass["sources"])
    assert "label" in klass["severity_basis"] and "ours" in klass["severity_basis"]
    assert entry["read_as"]["route"] == "injection"
    assert klass["applies"] is True and klass["not_applicable_because"] is None
    assert klass["spacing"] is None


def test_lactulose_takes_the_moderate_rating_for_another_laxative(run: RunFn) -> None:
    [klass] = single_caution(run, "lactulose 20 g/30 mL bid")["classes"]
    assert (klass["direction"], klass["severity"]) == ("lowers-drug", "moderate")
    assert "Minor" in klass["severity_basis"] and "Moderate" in klass["severity_basis"]
    assert "liver" in klass["advice"] and klass["spacing"] is None
    assert klass["sources"] == ["drugs-com-lactulose-magnesium"]


def test_capecitabine_is_minor_with_no_spacing_and_a_diarrhoea_warning(run: RunFn) -> None:
    [klass] = single_caution(run, "capecitabine 500 mg bid")["classes"]
    assert (klass["direction"], klass["severity"]) == ("other", "minor")
    assert klass["spacing"] is None
    assert "diarrhoea" in klass["advice"]
    assert {"fda-xeloda-label", "reigner-1999-capecitabine-maalox"} <= set(klass["sources"])


def test_pd1_inhibitors_lower_magnesium_given_into_a_vein(run: RunFn) -> None:
    code, doc = cautions_json(run, "Keytruda 200 mg IV every 3 weeks", "Opdivo")
    assert code == 0 and doc["complete"] is True
    for entry in doc["cautions"]:
        [klass] = entry["classes"]
        assert (klass["direction"], klass["applies"]) == ("depletes-magnesium", True)
