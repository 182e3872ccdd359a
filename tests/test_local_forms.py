"""Local forms and per-drug quinolone spacing, as a user sees them (table, --json, plan).

A class acting in the blood (magnesium wasting) is marked as not reaching an eye form only where
the rules cite that form's own label for negligible blood levels (Restasis); it is shown, never
dropped. Tobramycin eye drops keep the caution: their label gives no blood levels and asks that
total serum levels be watched with a systemic aminoglycoside.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn, cautions_json, single_caution

RESTASIS_WHY = "an eye form: the Restasis label (cyclosporine 0.05% eye emulsion) reports blood"


def by_id(caution: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in caution["classes"]}


@pytest.mark.parametrize(
    "typed",
    [
        "Restasis",
        "Restasis 1 drop in each eye bid",
        "cyclosporine ophthalmic emulsion",
        "cyclosporine 0.05% eye drops",
        "cyclosporine [Restasis]",
    ],
)
def test_cyclosporine_eye_forms_show_the_caution_as_not_reaching_them(
    run: RunFn, typed: str
) -> None:
    caution = single_caution(run, typed)
    shown = by_id(caution)["calcineurin-inhibitor"]
    assert shown["applies"] is False
    assert shown["not_applicable_because"].startswith(RESTASIS_WHY)
    assert "0.1 ng/mL" in shown["not_applicable_because"]
    assert shown["advice"]  # the caution itself is kept whole
    assert caution["medication"] == "cyclosporine"  # assessed, not "not assessed"
    assert caution["severity"] is None


def test_a_cyclosporine_brand_whose_label_was_not_read_keeps_the_caution(run: RunFn) -> None:
    """Cequa's label was not read: typed by brand alone it is not read as an eye form."""
    assert by_id(single_caution(run, "Cequa"))["calcineurin-inhibitor"]["applies"] is True


def test_a_local_only_brand_is_read_as_its_route(run: RunFn) -> None:
    read_as = single_caution(run, "Restasis")["read_as"]
    assert (read_as["route"], read_as["route_stated"]) == ("eye", False)
    assert "Read as: Restasis; in the eye" in run("cautions", "--med", "Restasis").flat


def test_the_table_shows_restasis_marked_with_the_reason(run: RunFn) -> None:
    result = run("cautions", "--med", "Restasis", "--med", "cyclosporine 100 mg bid")
    assert result.code == 0
    flat = result.flat
    assert "DOES NOT APPLY TO THIS ROUTE Restasis = cyclosporine" in flat
    assert f"does not apply to this route: {RESTASIS_WHY}" in flat
    assert "MODERATE cyclosporine 100 mg bid = cyclosporine" in flat


CALCINEURIN, AMINOGLYCOSIDE = "calcineurin-inhibitor", "aminoglycoside"


@pytest.mark.parametrize(
    ("typed", "klass"),
    [
        ("cyclosporine 100 mg bid", CALCINEURIN),
        ("Neoral 25 mg", CALCINEURIN),
        ("cyclosporine IV", CALCINEURIN),
        ("Restasis by mouth", CALCINEURIN),
        ("tobramycin eye drops", AMINOGLYCOSIDE),
        ("tobramycin 0.3% ophthalmic solution", AMINOGLYCOSIDE),
        ("gentamicin ophthalmic solution", AMINOGLYCOSIDE),
        ("TobraDex", AMINOGLYCOSIDE),
        ("tobramycin 40 mg IM", AMINOGLYCOSIDE),
        ("tobramycin IV", AMINOGLYCOSIDE),
        ("TOBI", AMINOGLYCOSIDE),
        ("tobramycin inhalation solution", AMINOGLYCOSIDE),
    ],
)
def test_the_caution_applies_where_no_label_shows_negligible_exposure(
    run: RunFn, typed: str, klass: str
) -> None:
    """By mouth, injected and inhaled forms always; tobramycin and gentamicin eye drops too:
    their labels give no blood levels and ask to watch total serum levels."""
    caution = single_caution(run, typed)
    shown = by_id(caution)[klass]
    assert shown["applies"] is True
    assert shown["not_applicable_because"] is None
    assert caution["severity"] == "moderate"


def test_tobradex_is_read_with_both_ingredients(run: RunFn) -> None:
    caution = single_caution(run, "TobraDex ST")
    assert caution["ingredients"] == ["tobramycin", "dexamethasone"]


# Hours: (class, magnesium at least this long before the drug, at least this long after).
QUINOLONES = [
    ("ciprofloxacin 500 mg", "fluoroquinolone-ciprofloxacin", 6, 2),
    ("ofloxacin 400 mg", "fluoroquinolone-ofloxacin", 2, 2),
    ("Baxdela", "fluoroquinolone-delafloxacin", 6, 2),
    ("Factive", "fluoroquinolone-gemifloxacin", 3, 2),
    ("moxifloxacin 400 mg", "fluoroquinolone-moxifloxacin", 8, 4),
    ("levofloxacin 500 mg", "fluoroquinolone", 6, 4),
    ("Nuzyra", "tetracycline", 6, 4),  # the class: 6 h before (NIH ODS), 4 h after (Nuzyra)
]


@pytest.mark.parametrize(("typed", "klass", "before", "after"), QUINOLONES)
def test_each_quinolone_has_its_own_spacing_in_cautions_and_timing(
    run: RunFn, typed: str, klass: str, before: int, after: int
) -> None:
    code, doc = cautions_json(run, typed)
    assert code == 0
    [caution] = doc["cautions"]
    spacing = by_id(caution)[klass]["spacing"]
    assert (spacing["magnesium_before_h"], spacing["magnesium_after_h"]) == (before, after)
    [constraint] = doc["timing"]["constraints"]
    assert constraint["classes"] == [klass]
    assert (constraint["magnesium_before_h"], constraint["magnesium_after_h"]) == (before, after)


@pytest.mark.parametrize(("typed", "klass", "before", "after"), QUINOLONES)
def test_the_plan_timing_uses_each_quinolones_hours(
    run: RunFn, typed: str, klass: str, before: int, after: int
) -> None:
    args = ["plan", "--goal", "leg cramps", "--age", "40", "--sex", "male"]
    doc = run(*args, "--product", "oxide 250mg", "--format", "json", "--med", typed).ok_doc()
    [constraint] = doc["timing"]["constraints"]
    assert constraint["classes"] == [klass]
    assert (constraint["magnesium_before_h"], constraint["magnesium_after_h"]) == (before, after)
    assert f"at least {before} h before or {after} h after" in doc["timing"]["summary"]


def test_the_table_plan_shows_each_quinolones_window(run: RunFn) -> None:
    result = run("cautions", "--med", "ofloxacin 400 mg bid", "--med", "Factive")
    assert result.code == 0
    flat = result.flat
    assert "ofloxacin 08:00, 20:00 (assumed) 2 h before or 2 h after" in flat
    assert "gemifloxacin 08:00 (assumed) 3 h before or 2 h after" in flat
    assert "any time in 10:00-18:00" in flat


def test_medications_json_lists_the_local_form_with_its_source(run: RunFn) -> None:
    doc = run("medications", "--json").ok_doc()
    medicines = {m["id"]: m for m in doc["medications"]}
    [eye] = medicines["cyclosporine"]["local_forms"]
    assert eye["route"] == "eye"
    assert eye["sources"][0] == "label-restasis"
    assert "Restasis" in eye["brands"]
    # Tobrex: an eye brand, its route only; no label shows negligible blood tobramycin
    assert [f["because"] for f in medicines["tobramycin"]["local_forms"]] == [None]


def test_the_plan_shows_restasis_as_not_reached_never_as_a_rated_caution(run: RunFn) -> None:
    args = ["plan", "--goal", "migraine", "--age", "40", "--sex", "female", "--med", "Restasis"]
    result = run(*args, "--format", "markdown")
    assert result.code == 0, result.err
    assert "**DOES NOT APPLY TO THIS ROUTE: Restasis = cyclosporine**" in result.out
    assert f"does not apply to this route: {RESTASIS_WHY}" in result.out
    assert "MINOR: Restasis" not in result.out
    [entry] = run(*args, "--format", "json").ok_doc()["cautions"]
    assert entry["severity"] is None
    assert by_id(entry)["calcineurin-inhibitor"]["applies"] is False
