"""Australian brand names and new U.S. brands on real lists (2026-12).

Each name below was "not assessed" (exit 3, a dose printed beside it) before; docs/breadth-sweep.md
("Eighth batch") says which Consumer Medicine Information or label named each brand's medicine,
and which label sections were read for the new U.S. brands.
"""

from __future__ import annotations

import pytest

from conftest import RunFn, cautions_json, single_caution

# typed name -> (rules entry, its ingredients, its class ids). Written from the review record
# (the brand's CMI), not from the rules.
REVIEWED = [
    ("Oroxine", "levothyroxine", ["levothyroxine"], ["levothyroxine"]),
    ("Oroxine 100 micrograms daily", "levothyroxine", ["levothyroxine"], ["levothyroxine"]),
    ("Eutroxsig 50 mcg", "levothyroxine", ["levothyroxine"], ["levothyroxine"]),
    (
        "Fosamax Plus",
        "alendronate-cholecalciferol",
        ["alendronate", "cholecalciferol"],
        ["bisphosphonate"],
    ),
    ("Somac 40 mg", "pantoprazole", ["pantoprazole"], ["proton-pump-inhibitor"]),
    ("Doxylin 100 mg daily", "doxycycline", ["doxycycline"], ["tetracycline"]),
    ("Doxsig", "doxycycline", ["doxycycline"], ["tetracycline"]),
    ("Minomycin 50", "minocycline", ["minocycline"], ["tetracycline"]),
    ("Maltofer 100 mg daily", "iron", ["iron"], ["reduced-absorption-other"]),
    ("Somac Heartburn Relief", "pantoprazole", ["pantoprazole"], ["proton-pump-inhibitor"]),
    ("Karvea 150 mg", "irbesartan", ["irbesartan"], ["arb"]),
    (
        "Avapro HCT",
        "irbesartan-hydrochlorothiazide",
        ["irbesartan", "hydrochlorothiazide"],
        ["arb", "thiazide-diuretic"],
    ),
    (
        "Atacand Plus",
        "candesartan-hydrochlorothiazide",
        ["candesartan", "hydrochlorothiazide"],
        ["arb", "thiazide-diuretic"],
    ),
    (
        "Micardis Plus",
        "telmisartan-hydrochlorothiazide",
        ["telmisartan", "hydrochlorothiazide"],
        ["arb", "thiazide-diuretic"],
    ),
    ("Noten 50 mg", "atenolol", ["atenolol"], ["beta-blocker"]),
    ("Astrix 100", "aspirin", ["aspirin"], ["salicylate-alkaline-urine"]),
    ("Spiractin 25 mg", "spironolactone", ["spironolactone"], ["potassium-sparing-diuretic"]),
    ("Diabex 500 mg", "metformin", ["metformin"], ["metformin"]),
    ("Diabex XR", "metformin", ["metformin"], ["metformin"]),
    ("Diaformin", "metformin", ["metformin"], ["metformin"]),
    ("Diaformin XR 1000", "metformin", ["metformin"], ["metformin"]),
    (
        "Jardiamet",
        "empagliflozin-metformin",
        ["empagliflozin", "metformin"],
        ["metformin", "sglt2-inhibitor"],
    ),
    (
        "Duodart",
        "dutasteride-tamsulosin",
        ["dutasteride", "tamsulosin"],
        ["no-interaction-listed"],
    ),
    ("Coloxyl 120 mg", "docusate", ["docusate"], ["no-interaction-listed"]),
    ("Coloxyl with Senna", "senna-docusate", ["docusate", "senna"], ["no-interaction-listed"]),
    ("Endone 5 mg", "oxycodone", ["oxycodone"], ["cns-depressant"]),
    ("Targin 10/5", "oxycodone-naloxone", ["naloxone", "oxycodone"], ["cns-depressant"]),
    ("Kapanol", "morphine", ["morphine"], ["cns-depressant"]),
    ("Norspan", "buprenorphine", ["buprenorphine"], ["cns-depressant"]),
    ("Tramal 50 mg", "tramadol", ["tramadol"], ["cns-depressant"]),
    ("Tramal SR 100 mg", "tramadol", ["tramadol"], ["cns-depressant"]),
    ("Panadol Osteo", "acetaminophen", ["acetaminophen"], ["no-interaction-listed"]),
    ("Panamax", "acetaminophen", ["acetaminophen"], ["no-interaction-listed"]),
    ("Panamax Co", "acetaminophen-codeine", ["acetaminophen", "codeine"], ["cns-depressant"]),
    (
        "Mersyndol",
        "acetaminophen-codeine-doxylamine",
        ["acetaminophen", "codeine", "doxylamine"],
        ["cns-depressant"],
    ),
    (
        "Mersyndol Forte",
        "acetaminophen-codeine-doxylamine",
        ["acetaminophen", "codeine", "doxylamine"],
        ["cns-depressant"],
    ),
    (
        "Mersyndol DayStrength",
        "acetaminophen-codeine",
        ["acetaminophen", "codeine"],
        ["cns-depressant"],
    ),
    ("Stilnox 10 mg", "zolpidem", ["zolpidem"], ["cns-depressant"]),
    ("Stilnox CR", "zolpidem", ["zolpidem"], ["cns-depressant"]),
    ("Temaze 10 mg", "temazepam", ["temazepam"], ["cns-depressant"]),
    ("Serepax 15 mg", "oxazepam", ["oxazepam"], ["cns-depressant"]),
    ("Murelax", "oxazepam", ["oxazepam"], ["cns-depressant"]),
]

# New U.S. brands: typed name -> rules entry. Each label read names no antacid, polyvalent cation,
# mineral, magnesium or urine pH, so each is "no interaction listed" (written from the record).
NEW_US = [
    ("Camzyos 5 mg daily", "mavacamten"),
    ("Journavx 50 mg", "suzetrigine"),
    ("Nubeqa 600 mg twice daily", "darolutamide"),
    ("Erleada 240 mg", "apalutamide"),
    ("Ocrevus", "ocrelizumab"),
    ("Briumvi", "ublituximab"),
    ("Kesimpta 20 mg monthly", "ofatumumab"),
    ("Ebglyss", "lebrikizumab"),
    ("Nemluvio", "nemolizumab"),
    ("Wainua", "eplontersen"),
    ("Litfulo 50 mg daily", "ritlecitinib"),
]

# Names left not assessed on purpose (docs/breadth-sweep.md, "Eighth batch").
LEFT = [
    "Cartia",  # Australian low-dose aspirin, but U.S. lists write Cartia (XT) for diltiazem
    "Karvea HCT",  # no product of that name found (Avapro HCT and Karvezide are)
    "Quick-Eze",  # an antacid whose label (and any magnesium in it) was not read
    "Ostelin",  # a range: vitamin D alone, and vitamin D with calcium
    "Mavenclad",  # its label asks 3 hours between it and any other oral drug: needs its own class
    "Exxua",  # gepirone: its label (and any QT or electrolyte wording in it) was not read
    "Xelstrym",  # a dextroamphetamine patch: the amphetamine class's gut advice does not fit it
    "Lupkynis",  # a calcineurin inhibitor: whether its label names magnesium loss was not read
]


@pytest.mark.parametrize(("typed", "medication", "ingredients", "classes"), REVIEWED)
def test_each_brand_is_read_as_the_medicine_its_cmi_names(
    run: RunFn, typed: str, medication: str, ingredients: list[str], classes: list[str]
) -> None:
    entry = single_caution(run, typed)
    assert entry["medication"] == medication
    assert sorted(entry["ingredients"]) == sorted(ingredients)
    assert sorted(c["id"] for c in entry["classes"]) == sorted(classes)


@pytest.mark.parametrize(("typed", "medication"), NEW_US)
def test_each_new_us_brand_has_no_interaction_listed(
    run: RunFn, typed: str, medication: str
) -> None:
    entry = single_caution(run, typed)
    assert entry["medication"] == medication
    assert [c["id"] for c in entry["classes"]] == ["no-interaction-listed"]


def test_ztalmy_is_classed_with_the_sedatives(run: RunFn) -> None:
    """Its label warns of somnolence and of other CNS depressants adding to it."""
    entry = single_caution(run, "Ztalmy 600 mg three times daily")
    assert entry["medication"] == "ganaxolone"
    assert [c["id"] for c in entry["classes"]] == ["cns-depressant"]


def test_oroxine_shows_the_levothyroxine_spacing(run: RunFn) -> None:
    """Oroxine is levothyroxine: magnesium is kept 4 hours from it, in the table and the plan."""
    [klass] = single_caution(run, "Oroxine 100 micrograms")["classes"]
    spacing = klass["spacing"]
    assert (spacing["magnesium_before_h"], spacing["magnesium_after_h"]) == (4, 4)
    table = run("cautions", "--med", "Oroxine 100 micrograms")
    assert table.code == 0
    assert "Oroxine 100 micrograms = levothyroxine" in table.flat
    assert "4 hours before or 4 hours after levothyroxine" in table.flat


def test_cartia_xt_is_still_diltiazem(run: RunFn) -> None:
    """The U.S. Cartia XT keeps its reading; the bare Australian name stays not assessed."""
    assert single_caution(run, "Cartia XT 120 mg")["medication"] == "diltiazem"


@pytest.mark.parametrize("typed", LEFT)
def test_names_left_unread_stay_not_assessed(run: RunFn, typed: str) -> None:
    code, doc = cautions_json(run, typed)
    assert code == 3
    assert [u["input"] for u in doc["unassessed"]] == [typed]
