"""Brands sold only as a local form are read as that route when typed alone (rules local_forms).

Ciloxan is ciprofloxacin eye drops, Atridox a doxycycline gel placed in the gum pocket, Amzeeq
a minocycline skin foam, TobraDex a tobramycin/dexamethasone eye suspension: none is
swallowed, so a gut-absorption caution is marked "does not apply" and leaves the timing plan.
A class acting in the blood still applies where no label shows negligible blood levels.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

LOCAL_ONLY = [
    ("Ciloxan", "ciprofloxacin", "eye", "fluoroquinolone-ciprofloxacin"),
    ("Cetraxal", "ciprofloxacin", "ear", "fluoroquinolone-ciprofloxacin"),
    ("Vigamox", "moxifloxacin", "eye", "fluoroquinolone-moxifloxacin"),
    ("Ocuflox", "ofloxacin", "eye", "fluoroquinolone-ofloxacin"),
    ("Quixin", "levofloxacin", "eye", "fluoroquinolone"),
    ("AzaSite", "azithromycin", "eye", "anti-infective-antacid-uk"),
    ("Maxidex", "dexamethasone", "eye", "corticosteroid-oral"),
    ("Atridox", "doxycycline", "topical", "tetracycline"),
    ("Amzeeq", "minocycline", "topical", "tetracycline"),
    ("Arestin", "minocycline", "topical", "tetracycline"),
    ("Pennsaid", "diclofenac", "topical", "diclofenac-enteric"),
]


def single(run: RunFn, typed: str) -> dict[str, Any]:
    doc = run("cautions", "--json", "--med", typed).ok_doc()
    [caution] = doc["cautions"]
    assert isinstance(caution, dict)
    caution["timing"] = doc["timing"]
    return caution


def by_id(caution: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in caution["classes"]}


@pytest.mark.parametrize(("typed", "medicine", "route", "klass"), LOCAL_ONLY)
def test_a_local_only_brand_loses_the_gut_caution_and_the_timing_plan(
    run: RunFn, typed: str, medicine: str, route: str, klass: str
) -> None:
    caution = single(run, typed)
    assert caution["medication"] == medicine
    assert (caution["read_as"]["route"], caution["read_as"]["route_stated"]) == (route, False)
    shown = by_id(caution)[klass]
    assert shown["applies"] is False
    assert "does not pass through the gut" in shown["not_applicable_because"]
    assert caution["timing"] is None


def test_tobradex_is_an_eye_form_that_keeps_the_aminoglycoside_caution(run: RunFn) -> None:
    caution = single(run, "TobraDex")
    assert caution["read_as"]["route"] == "eye"
    classes = by_id(caution)
    assert classes["corticosteroid-oral"]["applies"] is False  # a steroid tablet's absorption
    assert classes["aminoglycoside"]["applies"] is True  # no label shows negligible blood levels
    assert classes["aminoglycoside"]["not_applicable_because"] is None
    assert caution["timing"] is None


def test_the_table_reads_ciloxan_in_the_eye_with_no_timing_plan(run: RunFn) -> None:
    result = run("recommend", "--goal", "migraine", "--age", "40", "--med", "Ciloxan")
    assert result.code == 0
    assert "Read as: Ciloxan; in the eye" in result.flat
    assert "does not apply to this route" in result.flat
    assert "Daily timing plan" not in result.flat


@pytest.mark.parametrize("typed", ["Ciloxan by mouth", "Minocin", "doxycycline 100 mg bid"])
def test_oral_brands_and_a_stated_oral_route_keep_the_caution(run: RunFn, typed: str) -> None:
    caution = single(run, typed)
    assert caution["read_as"]["route"] == "oral"
    assert caution["timing"] is not None


def test_medications_json_lists_a_route_only_local_form_without_a_because(run: RunFn) -> None:
    doc = run("medications", "--json").ok_doc()
    medicines = {m["id"]: m for m in doc["medications"]}
    [eye] = [f for f in medicines["tobramycin"]["local_forms"] if f["route"] == "eye"]
    assert eye["brands"] == ["Tobrex"]
    assert eye["because"] is None
    assert eye["sources"] == ["dailymed-local-antibiotic-brands"]


def test_a_local_only_brand_with_a_bare_place_is_read_as_its_form_without_a_note(
    run: RunFn,
) -> None:
    caution = single(run, "Restasis eye")
    assert (caution["read_as"]["route"], caution["read_as"]["route_note"]) == ("eye", None)
    flat = run("cautions", "--med", "Restasis eye").flat
    assert "Read as: Restasis; in the eye" in flat
    assert "read as by mouth" not in flat
