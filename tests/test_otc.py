"""OTC products and supplements: magnesium antacids and laxatives count as magnesium."""

from __future__ import annotations

import pytest

from conftest import RunFn, plan_check, single_caution

# (typed as people write it, expected medicine id, expected class) - written by hand.
PRODUCTS = [
    ("Tums Extra Strength", "calcium-carbonate", "calcium-supplement"),
    ("milk of magnesia", "milk-of-magnesia", "magnesium-product"),
    ("Phillips' Milk of Magnesia", "milk-of-magnesia", "magnesium-product"),
    ("Maalox", "aluminium-magnesium-antacid", "magnesium-product"),
    ("Mylanta", "aluminium-magnesium-antacid", "magnesium-product"),
    ("Mag-Ox 400", "mag-ox-400", "magnesium-product"),
    ("Slow-Mag", "slow-mag", "magnesium-product"),
    ("Epsom salt", "epsom-salt", "magnesium-product"),
    ("magnesium citrate laxative", "magnesium-citrate-solution", "magnesium-product"),
    ("Pepcid Complete", "pepcid-complete", "magnesium-product"),
    ("Rolaids", "rolaids", "magnesium-product"),
    ("Gaviscon", "gaviscon-us", "magnesium-product"),
    ("Suprep", "suprep", "magnesium-product"),
    ("Sutab", "sutab", "magnesium-product"),
    ("magnesium glycinate", "magnesium-supplement", "magnesium-product"),
    ("zinc", "zinc", "zinc-supplement"),
    ("vit D", "cholecalciferol", "no-interaction-listed"),
    ("vitamin D3 2000 units", "cholecalciferol", "no-interaction-listed"),
    ("multivitamin", "multivitamin", "multivitamin-minerals"),
    ("Centrum", "multivitamin", "multivitamin-minerals"),
    ("KCl 20 mEq", "potassium-chloride", "potassium-supplement"),
    ("Klor-Con", "potassium-chloride", "potassium-supplement"),
    ("ferrous sulfate", "iron", "reduced-absorption-other"),
]


# Supplements and everyday OTC products without magnesium counted, same shape.
SUPPLEMENTS = [
    ("fish oil", "fish-oil", "no-interaction-listed"),
    ("Fish Oil 1000 mg", "fish-oil", "no-interaction-listed"),
    ("omega-3", "fish-oil", "no-interaction-listed"),
    ("cod liver oil", "cod-liver-oil", "no-interaction-listed"),
    ("vitamin C", "ascorbic-acid", "no-interaction-listed"),
    ("Vitamin C 500mg", "ascorbic-acid", "no-interaction-listed"),
    ("B complex", "vitamin-b-complex", "no-interaction-listed"),
    ("vitamin B6", "pyridoxine", "no-interaction-listed"),
    ("thiamine 100 mg daily", "thiamine", "no-interaction-listed"),
    ("riboflavin", "riboflavin", "no-interaction-listed"),
    ("niacin", "niacin", "no-interaction-listed"),
    ("biotin", "biotin", "no-interaction-listed"),
    ("vitamin A", "vitamin-a", "no-interaction-listed"),
    ("vitamin E 400 IU", "vitamin-e", "no-interaction-listed"),
    ("vitamin K2", "vitamin-k", "no-interaction-listed"),
    ("lutein", "lutein", "no-interaction-listed"),
    ("probiotic", "probiotic", "no-interaction-listed"),
    ("Culturelle", "probiotic", "no-interaction-listed"),
    ("CoQ10 100 mg", "coenzyme-q10", "no-interaction-listed"),
    ("turmeric", "turmeric", "no-interaction-listed"),
    ("Melatonin 3 mg qhs", "melatonin", "no-interaction-listed"),
    ("glucosamine", "glucosamine", "no-interaction-listed"),
    ("collagen", "collagen", "no-interaction-listed"),
    ("cranberry", "cranberry", "no-interaction-listed"),
    ("ginkgo biloba", "ginkgo", "no-interaction-listed"),
    ("St John's wort", "st-johns-wort", "no-interaction-listed"),
    ("St. John's Wort", "st-johns-wort", "no-interaction-listed"),
    ("elderberry", "elderberry", "no-interaction-listed"),
    ("echinacea", "echinacea", "no-interaction-listed"),
    ("garlic", "garlic", "no-interaction-listed"),
    ("saw palmetto", "saw-palmetto", "no-interaction-listed"),
    ("valerian", "valerian", "no-interaction-listed"),
    ("ashwagandha", "ashwagandha", "no-interaction-listed"),
    ("selenium", "selenium", "no-interaction-listed"),
    ("potassium gluconate", "potassium-gluconate", "potassium-supplement"),
    ("psyllium", "psyllium", "psyllium-fibre"),
    ("Metamucil", "psyllium", "psyllium-fibre"),
    ("Fybogel", "psyllium", "psyllium-fibre"),
    ("Benefiber", "wheat-dextrin", "no-interaction-listed"),
    ("Citrucel", "methylcellulose", "no-interaction-listed"),
    ("FiberCon", "calcium-polycarbophil", "calcium-supplement"),
    ("Dulcolax Laxative Tablets", "bisacodyl", "bisacodyl-enteric"),
    ("Dulcolax", "dulcolax", "bisacodyl-enteric"),  # a line name: bisacodyl and magnesium
    ("Dulcolax", "dulcolax", "magnesium-product"),
    ("Dulcolax Stool Softener", "docusate", "no-interaction-listed"),
    ("Imodium", "loperamide", "no-interaction-listed"),
    ("Imodium A-D prn", "loperamide", "no-interaction-listed"),
    ("Pepto-Bismol", "bismuth-subsalicylate", "bismuth-subsalicylate"),
    ("Kaopectate", "bismuth-subsalicylate", "bismuth-subsalicylate"),
    ("Gas-X", "simethicone", "no-interaction-listed"),
    ("simethicone", "simethicone", "no-interaction-listed"),
    ("Sudafed PE", "phenylephrine", "no-interaction-listed"),
    ("phenylephrine", "phenylephrine", "no-interaction-listed"),
    ("Bayer", "aspirin", "salicylate-alkaline-urine"),
    ("Lactaid", "lactase", "no-interaction-listed"),
    ("Beano", "alpha-galactosidase", "no-interaction-listed"),
    ("Unisom SleepTabs", "doxylamine", "no-interaction-listed"),
    ("Chlor-Trimeton", "chlorpheniramine", "no-interaction-listed"),
    ("Dramamine", "dimenhydrinate", "no-interaction-listed"),
    ("Afrin", "oxymetazoline", "no-interaction-listed"),
    ("baking soda", "sodium-bicarbonate", "no-interaction-listed"),
    ("Cal-Mag", "cal-mag", "magnesium-product"),
    ("Emergen-C", "emergen-c", "magnesium-product"),
    ("Caltrate 600+D3 Plus Minerals", "caltrate-plus-minerals", "magnesium-product"),
]


@pytest.mark.parametrize(("typed", "medication", "klass"), PRODUCTS + SUPPLEMENTS)
def test_product_is_recognised(run: RunFn, typed: str, medication: str, klass: str) -> None:
    entry = single_caution(run, typed)
    assert entry["medication"] == medication
    assert klass in {c["id"] for c in entry["classes"]}
    assert all(c["sources"] for c in entry["classes"])


def test_magnesium_product_is_flagged_with_the_kidney_warning(run: RunFn) -> None:
    result = run("cautions", "--med", "milk of magnesia", "--med", "lisinopril")
    assert result.code == 0
    assert "Contains magnesium (a second magnesium source)" in result.flat
    assert "If you have kidney disease, do not use it without your doctor's advice" in result.flat
    doc = run("recommend", "--goal", "sleep", "--med", "Maalox", "--json").ok_doc()
    classes = {c["id"] for m in doc["cautions"] for c in m["classes"]}
    assert "magnesium-product" in classes


def test_medications_json_carries_the_magnesium_content(run: RunFn) -> None:
    doc = run("medications", "--json").ok_doc()
    by_id = {m["id"]: m for m in doc["medications"]}
    content = by_id["mag-ox-400"]["magnesium"]
    assert content["elemental_mg"] == pytest.approx(241.3)
    assert content["unit"] == "tablet"
    assert content["max_units_per_day"] == 2
    assert "label-mag-ox-400" in content["sources"]
    assert by_id["metformin"]["magnesium"] is None


@pytest.mark.parametrize(
    ("med", "medication", "mg", "source", "total"),
    [
        # 108.7 mg left: the oxide 250 mg product's form is left out (its label's smallest dose,
        # 241.3 mg, is above what is left), so the day is what is left plus Mag-Ox
        ("Mag-Ox 400", "mag-ox-400", 241.3, "label-mag-ox-400", 108.7 + 241.3),
        ("Caltrate 600+D3 Plus Minerals", "caltrate-plus-minerals", 50, "caltrate-plus-secondary",
         None),
    ],
)  # fmt: skip
def test_plan_counts_otc_magnesium_toward_the_upper_level(
    run: RunFn, med: str, medication: str, mg: float, source: str, total: float | None
) -> None:
    alone = plan_check(run)
    with_otc = plan_check(run, med)
    expected = total if total is not None else alone["total_elemental_mg"] + mg
    assert with_otc["total_elemental_mg"] == pytest.approx(expected)
    [listed] = with_otc["other_magnesium"]
    assert listed["medication"] == medication
    assert listed["elemental_mg"] == pytest.approx(mg)
    assert source in listed["sources"]
    assert alone["other_magnesium"] == []
    assert any(
        f"{med}: {mg:g} mg elemental magnesium per tablet" in m for m in with_otc["messages"]
    )


def test_mag_ox_alone_takes_the_day_over_the_plan_range(run: RunFn) -> None:
    assert plan_check(run, "Mag-Ox 400")["status"] != "below"


def test_plan_table_says_what_it_counted(run: RunFn) -> None:
    result = run(
        "plan", "--goal", "leg cramps", "--age", "40", "--sex", "male", "--med", "Epsom salt"
    )
    assert result.code == 4  # 986 mg a day already passes the 350 mg upper level: no dose
    assert "magnesium already taken: Epsom salt 986 mg a day" in result.flat
    assert (
        "You already take about 986 mg/day of elemental magnesium from Epsom salt; that is at or "
        "above the supplement upper level (UL) for ages 9+ years, 350 mg/day, so nothing is "
        "left: no additional dose is advised"
    ) in result.flat
    assert "Daily target" not in result.flat


def test_dose_counts_otc_magnesium(run: RunFn) -> None:
    doc = run("dose", "citrate", "--elemental", "100", "--med", "Mag-Ox 400", "--json").ok_doc()
    check = doc["check"]
    assert check["total_elemental_mg"] == pytest.approx(341.3)
    assert check["status"] == "below"
    assert {s["id"] for s in doc["sources"]} >= {"label-mag-ox-400"}
    twice = run("dose", "citrate", "--elemental", "100", "--med", "Mag-Ox 400", "--med", "Maalox")
    assert twice.code == 0
    assert (
        "100 mg/day from the supplement plus about 574.7 mg/day of elemental magnesium you "
        "already take makes 674.7 mg/day, which is ABOVE the upper level"
    ) in twice.flat


@pytest.mark.parametrize(
    ("med", "code", "message"),
    [
        ("lisinopril", 0, "MINOR lisinopril"),
        ("notadrug", 3, "notadrug was NOT recognised and was NOT checked"),
    ],
)
def test_dose_checks_any_medicine_named(run: RunFn, med: str, code: int, message: str) -> None:
    """A medicine without magnesium is checked and shown, not refused; a name not recognised
    is named as not assessed (exit 3), never dropped."""
    result = run("dose", "citrate", "--elemental", "100", "--med", med)
    assert result.code == code
    assert message in result.flat
    assert "100 mg" in result.out
    assert "Traceback" not in result.err
