"""The 2026-11 interaction review: each class it added, its spacing, and avoid (no gap works)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

AVOID = "avoid"

# (class id, generic, a brand or international name, (magnesium before h, after h) or AVOID).
# Written out by hand from the labels in docs/interaction-review.md, not derived from the rules.
REVIEWED: list[tuple[str, str, str, tuple[float, float] | str]] = [
    ("baloxavir", "baloxavir", "Xofluza", AVOID),
    ("integrase-inhibitor-raltegravir", "raltegravir", "Isentress HD", AVOID),
    ("trientine", "trientine", "Syprine", AVOID),
    ("mesalamine-apriso", "mesalamine extended-release capsules (Apriso)", "Apriso", AVOID),
    ("quinine", "quinine", "Qualaquin", AVOID),
    ("ulipristal", "ulipristal", "ellaOne", (4, 4)),
    ("phosphate-supplement", "potassium phosphate", "K-Phos Neutral", (4, 4)),
    ("dasatinib", "dasatinib", "Sprycel", (2, 2)),
    ("dasatinib", "dasatinib", "Phyrago", (2, 2)),
    ("gefitinib", "gefitinib", "Iressa", (6, 6)),
    ("bosutinib", "bosutinib", "Bosulif", (3, 3)),
    ("pazopanib", "pazopanib", "Votrient", (4, 4)),
    ("neratinib", "neratinib", "Nerlynx", (3, 3)),
    ("acalabrutinib-capsules", "acalabrutinib", "Calquence", (2, 2)),
    ("sotorasib", "sotorasib", "Lumykras", (10, 4)),
    ("selpercatinib", "selpercatinib", "Retevmo", (2, 2)),
    ("nilotinib", "nilotinib", "Tasigna", (2, 2)),
    ("hcv-ns5a-ph", "ledipasvir/sofosbuvir", "Harvoni", (4, 4)),
    ("hcv-ns5a-ph", "sofosbuvir/velpatasvir", "Epclusa", (4, 4)),
    ("hcv-ns5a-ph", "sofosbuvir/velpatasvir/voxilaprevir", "Vosevi", (4, 4)),
    ("cefdinir", "cefdinir", "Omnicef", (2, 2)),
    ("cefditoren", "cefditoren", "Spectracef", (2, 2)),
    ("anti-infective-antacid-uk", "cefpodoxime", "Vantin", (4, 4)),
    ("anti-infective-antacid-uk", "cefaclor", "Distaclor", (4, 4)),
    ("anti-infective-antacid-uk", "azithromycin", "Z-Pak", (4, 4)),
    ("anti-infective-antacid-uk", "rifampin", "rifampicin", (4, 4)),
    ("anti-infective-antacid-uk", "isoniazid", "INH", (4, 4)),
    ("anti-infective-antacid-uk", "atovaquone/proguanil", "Malarone", (4, 4)),
    ("hiv-protease-inhibitor-antacid", "atazanavir", "Reyataz", (4, 4)),
    ("hiv-protease-inhibitor-antacid", "tipranavir", "Aptivus", (4, 4)),
    ("hiv-protease-inhibitor-antacid", "fosamprenavir", "Lexiva", (4, 4)),
    ("levoketoconazole", "levoketoconazole", "Recorlev", (4, 4)),
    ("deferiprone", "deferiprone", "Ferriprox", (4, 4)),
    ("patiromer", "patiromer", "Veltassa", (3, 3)),
    # the US sodium polystyrene sulfonate label (2017 class change), applied to the calcium resin
    ("sodium-polystyrene-sulfonate", "calcium polystyrene sulfonate", "Calcium Resonium", (3, 3)),
    ("dabigatran", "dabigatran", "Pradaxa", (2, 2)),
    ("eltrombopag", "eltrombopag", "Revolade", (4, 4)),
    ("riociguat", "riociguat", "Adempas", (1, 1)),
    ("thyroid-other", "liothyronine", "Cytomel", (4, 4)),
    ("thyroid-other", "thyroid (desiccated)", "Armour Thyroid", (4, 4)),
    ("fexofenadine", "fexofenadine", "Telfast", (2, 2)),
    ("bisacodyl-enteric", "bisacodyl", "Correctol", (1, 1)),
    ("reduced-absorption-minor-uk", "ursodiol", "ursodeoxycholic acid", (4, 4)),
    ("reduced-absorption-minor-uk", "chlorpromazine", "Largactil", (4, 4)),
    ("reduced-absorption-minor-uk", "deflazacort", "Emflaza", (4, 4)),
    ("fluoroquinolone", "norfloxacin", "Noroxin", (6, 4)),
    ("tetracycline", "lymecycline", "Tetralysal", (6, 4)),
    ("bisphosphonate", "clodronate", "clodronic acid", (4, 4)),
    ("bisphosphonate", "tiludronate", "Skelid", (4, 4)),
    ("cefuroxime-axetil", "cefuroxime", "Zinnat", (2, 1)),
    ("cefuroxime-axetil", "cefuroxime axetil", "Ceftin", (2, 1)),
    ("sucralfate", "sucralfate", "Carafate", (0.5, 0.5)),
    ("sucralfate", "sucralfate", "Antepsin", (0.5, 0.5)),
    # DrugBank tables, more Medscape lists and the UK SmPCs (2026-11-30 pass).
    ("bile-acid-sequestrant", "cholestyramine", "Questran", (4, 6)),
    ("bile-acid-sequestrant", "colestipol", "Colestid", (4, 6)),
    ("bile-acid-sequestrant", "colesevelam", "Welchol", (4, 6)),
    ("hiv-protease-inhibitor-antacid", "amprenavir", "Agenerase", (4, 4)),
    ("dapsone", "dapsone", "diaminodiphenyl sulfone", (2, 2)),
    ("aminoquinoline-nitroxoline-uk", "nitroxoline", "Nibiol", (4, 4)),
    ("aminoquinoline-nitroxoline-uk", "primaquine", "primaquine phosphate", (4, 4)),
    ("barbiturate-uk", "phenobarbital", "phenobarbitone", (4, 4)),
    ("cephalosporin-other-uk", "cephalexin", "Keflex", (2, 2)),
    ("cephalosporin-other-uk", "cefixime", "Suprax", (2, 2)),
    ("cephalosporin-other-uk", "cefadroxil", "Duricef", (2, 2)),
    ("reduced-absorption-minor-uk", "chenodiol", "chenodeoxycholic acid", (4, 4)),
    ("reduced-absorption-minor-uk", "obeticholic acid", "Ocaliva", (4, 4)),
]

# Classes with no dose spacing: the concern is not absorption at the same time.
UNSPACED = [
    ("active-vitamin-d", "calcitriol", "Rocaltrol", "retains-magnesium"),
    ("methenamine", "methenamine", "Hiprex", "other"),
    ("misoprostol", "misoprostol", "Arthrotec", "additive"),
    ("salicylate-alkaline-urine", "aspirin", "Ecotrin", "other"),
    ("aminoglycoside", "plazomicin", "Zemdri", "depletes-magnesium"),
    ("aminoglycoside", "paromomycin", "Humatin", "depletes-magnesium"),
    ("neuromuscular-blocker", "tubocurarine", "d-tubocurarine", "additive"),
]


def cautions(run: RunFn, *meds: str) -> dict[str, Any]:
    args = ["cautions", "--json"]
    for med in meds:
        args += ["--med", med]
    return run(*args).ok_doc()


def the_class(doc: dict[str, Any], klass: str) -> dict[str, Any]:
    found = [c for m in doc["cautions"] for c in m["classes"] if c["id"] == klass]
    assert found, f"{klass} not in {[c['id'] for m in doc['cautions'] for c in m['classes']]}"
    return found[0]


@pytest.mark.parametrize(("klass", "generic", "brand", "spacing"), REVIEWED)
def test_reviewed_class_by_generic_and_brand_with_its_spacing(
    run: RunFn, klass: str, generic: str, brand: str, spacing: tuple[float, float] | str
) -> None:
    for name in (generic, brand):
        doc = cautions(run, name)
        entry = the_class(doc, klass)
        assert entry["sources"] and entry["advice"] and entry["severity_basis"]
        constraint = doc["timing"]["constraints"][0]
        if spacing == AVOID:
            assert entry["spacing"]["avoid"] is True
            assert entry["severity"] == "major"
            assert constraint["avoid"] is True
            assert doc["timing"]["windows"] == []
        else:
            before, after = spacing
            assert entry["spacing"]["avoid"] is False
            assert (constraint["magnesium_before_h"], constraint["magnesium_after_h"]) == (
                before,
                after,
            ), name


@pytest.mark.parametrize(("klass", "generic", "brand", "direction"), UNSPACED)
def test_reviewed_class_without_spacing(
    run: RunFn, klass: str, generic: str, brand: str, direction: str
) -> None:
    for name in (generic, brand):
        doc = cautions(run, name)
        entry = the_class(doc, klass)
        assert entry["direction"] == direction
        assert entry["spacing"] is None
        assert doc["timing"] is None


def test_table_shows_the_new_class_and_its_gap(run: RunFn) -> None:
    result = run("cautions", "--med", "Sprycel")
    assert result.code == 0
    assert "Dasatinib (absorption needs stomach acid)" in result.flat
    assert "2 h before or 2 h after" in result.flat


def test_avoid_offers_no_window_and_says_why_in_json(run: RunFn) -> None:
    doc = cautions(run, "Isentress", "levothyroxine")
    timing = doc["timing"]
    assert timing["feasible"] is False
    assert timing["windows"] == []
    assert timing["suggested_time"] is None
    raltegravir = next(c for c in timing["constraints"] if c["medication"] == "raltegravir")
    assert raltegravir["avoid"] is True
    assert raltegravir["magnesium_before_h"] is None
    assert raltegravir["magnesium_after_h"] is None
    assert "staggered" in raltegravir["reason"]
    levothyroxine = next(c for c in timing["constraints"] if c["medication"] == "levothyroxine")
    assert levothyroxine["avoid"] is False
    assert (levothyroxine["magnesium_before_h"], levothyroxine["magnesium_after_h"]) == (4, 4)
    summary = timing["summary"]
    assert "No time of day is offered for magnesium" in summary
    assert "with raltegravir at any time" in summary
    assert "Ask your prescriber or pharmacist" in summary
    spacing = the_class(doc, "integrase-inhibitor-raltegravir")["spacing"]
    assert spacing["avoid"] is True
    assert spacing["magnesium_before_h"] is None


def test_avoid_in_the_table_names_the_medicine_and_offers_no_time(run: RunFn) -> None:
    result = run("cautions", "--med", "raltegravir", "--med", "Xofluza")
    assert result.code == 0
    flat = result.flat
    assert "MAJOR raltegravir" in flat and "MAJOR Xofluza = baloxavir" in flat
    assert "no gap is enough: avoid" in flat
    assert "with raltegravir or baloxavir at any time" in flat
    assert "Take magnesium at least" not in flat
    assert "for example" not in flat


def test_avoid_even_when_dose_times_are_given(run: RunFn) -> None:
    doc = run("cautions", "--json", "--med", "raltegravir", "--at", "raltegravir=08:00").ok_doc()
    assert doc["timing"]["windows"] == []
    assert doc["timing"]["constraints"][0]["dose_times_assumed"] is False


def test_avoid_withholds_the_dose_in_a_plan(run: RunFn) -> None:
    args = ("plan", "--goal", "migraine", "--age", "40", "--sex", "male", "--med", "Isentress")
    result = run(*args, "--format", "json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["go_ahead"] is False
    assert [w["id"] for w in doc["withheld"]["by"]] == ["integrase-inhibitor-raltegravir"]
    assert "staggered" in doc["withheld"]["by"][0]["basis"]
    markdown = run(*args, "--format", "markdown")
    assert markdown.code == 4
    assert "raltegravir: no magnesium with it at any time" in markdown.out


def test_avoid_withholds_the_dose_in_recommend(run: RunFn) -> None:
    result = run("recommend", "--goal", "migraine", "--med", "Qualaquin", "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["go_ahead"] is False
    assert doc["withheld"]["by"][0]["name"] == "quinine: no magnesium with it at any time"
    assert doc["goals"][0]["recommendations"] == []
    spaced = run("recommend", "--goal", "migraine", "--med", "Sprycel", "--json")
    assert spaced.code == 0
    assert spaced.ok_doc()["go_ahead"] is True


AVOID_MODERATE = """\
extends: default
medication_classes:
  local-avoid:
    name: "Local avoid class"
    group: other
    direction: lowers-drug
    severity: moderate
    severity_basis: "Local committee."
    effect: "Less absorbed."
    advice: "Do not combine."
    spacing:
      avoid: true
    sources: [s16]
"""


@pytest.mark.parametrize(
    ("spacing", "message"),
    [
        (
            "      avoid: true\n",
            "severity: a class whose spacing is avoid: true must have severity major",
        ),
        ("      avoid: true\n", "avoid: true needs a note"),
        (
            "      avoid: true\n      note: x\n      magnesium_after_h: 2\n"
            "      magnesium_before_h: 2\n",
            "spacing needs exactly one of: magnesium_after_h and magnesium_before_h or avoid",
        ),
        ("      avoid: false\n      note: x\n", "expected true (or leave the key out)"),
        ("      magnesium_after_h: 2\n", "spacing needs exactly one of"),
    ],
)
def test_validation_of_avoid(run: RunFn, tmp_path: Path, spacing: str, message: str) -> None:
    text = AVOID_MODERATE.replace("      avoid: true\n", spacing)
    path = tmp_path / "local.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("rules", "validate", str(path))
    assert result.code == 1
    assert message in result.out
    assert "Traceback" not in result.out + result.err


def test_json_schema_declares_avoid(run: RunFn) -> None:
    result = run("rules", "schema")
    assert result.code == 0
    schema = json.loads(result.out)
    classes = schema["properties"]["medication_classes"]["additionalProperties"]
    spacing = classes["properties"]["spacing"]
    assert spacing["properties"]["avoid"]["const"] is True
    assert [alt["required"] for alt in spacing["oneOf"]] == [
        ["magnesium_after_h", "magnesium_before_h"],
        ["avoid"],
    ]
