"""OTC products and supplements: magnesium antacids and laxatives count as magnesium."""

from __future__ import annotations

import pytest

from conftest import RunFn, cautions_json

# (typed as people write it, expected medicine id, expected class) - written by hand.
PRODUCTS = [
    ("Tums", "calcium-carbonate", "calcium-supplement"),
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


@pytest.mark.parametrize(("typed", "medication", "klass"), PRODUCTS)
def test_product_is_recognised(run: RunFn, typed: str, medication: str, klass: str) -> None:
    code, doc = cautions_json(run, typed)
    assert code == 0, doc["unassessed"]
    [entry] = doc["cautions"]
    assert entry["medication"] == medication
    assert klass in {c["id"] for c in entry["classes"]}


def test_magnesium_product_is_flagged_with_the_kidney_warning(run: RunFn) -> None:
    result = run("cautions", "--med", "milk of magnesia", "--med", "lisinopril")
    assert result.code == 0
    assert "Contains magnesium (a second magnesium source)" in result.flat
    assert "If you have kidney disease, do not use it without your doctor's advice" in result.flat
    doc = run("recommend", "--goal", "constipation", "--med", "Maalox", "--json").ok_doc()
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


def test_plan_counts_otc_magnesium_toward_the_upper_level(run: RunFn) -> None:
    base = ("plan", "--goal", "leg cramps", "--age", "40", "--sex", "male")
    base += ("--product", "oxide 250mg", "--format", "json")
    alone = run(*base).ok_doc()["check"]
    with_otc = run(*base, "--med", "Mag-Ox 400").ok_doc()["check"]
    assert with_otc["total_elemental_mg"] == pytest.approx(alone["total_elemental_mg"] + 241.3)
    [listed] = with_otc["other_magnesium"]
    assert listed["medication"] == "mag-ox-400"
    assert listed["elemental_mg"] == pytest.approx(241.3)
    assert alone["other_magnesium"] == []
    assert with_otc["status"] != "below"
    assert any(
        "Mag-Ox 400: 241.3 mg elemental magnesium per tablet" in m for m in with_otc["messages"]
    )


def test_plan_table_says_what_it_counted(run: RunFn) -> None:
    result = run(
        "plan", "--goal", "leg cramps", "--age", "40", "--sex", "male", "--med", "Epsom salt"
    )
    assert result.code == 4  # 986 mg a day already passes the 350 mg upper level: no dose
    assert "magnesium already taken: Epsom salt 986 mg a day" in result.flat
    assert "at or above the 350 mg/day ceiling" in result.flat
    assert "Daily target" not in result.flat


def test_dose_counts_otc_magnesium(run: RunFn) -> None:
    doc = run("dose", "citrate", "--elemental", "100", "--med", "Mag-Ox 400", "--json").ok_doc()
    check = doc["check"]
    assert check["total_elemental_mg"] == pytest.approx(341.3)
    assert check["status"] == "below"
    assert {s["id"] for s in doc["sources"]} >= {"label-mag-ox-400"}
    twice = run("dose", "citrate", "--elemental", "100", "--med", "Mag-Ox 400", "--med", "Maalox")
    assert twice.code == 0
    assert "674.7 mg/day is ABOVE the upper level" in twice.flat


@pytest.mark.parametrize(
    ("med", "message"),
    [
        ("lisinopril", "the rules know no magnesium in it"),
        ("magnesium glycinate", "the name does not say how much"),
        ("notadrug", "not a medicine the rules know"),
    ],
)
def test_dose_refuses_what_it_cannot_count(run: RunFn, med: str, message: str) -> None:
    result = run("dose", "citrate", "--elemental", "100", "--med", med)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err
