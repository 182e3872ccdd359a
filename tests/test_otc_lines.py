"""Magnesium laxatives and antacids sold under a line name are read as the product typed.

A line name (Dulcolax, Pedia-Lax, Phillips') covers products with and without magnesium: the
name of a magnesium product in the line is read as that product and counted from its label
(docs/otc-magnesium-review.md), and the line name alone is read as magnesium of unknown amount,
never as the product without it. Amounts (elemental magnesium, calc. at 41.7% of magnesium
hydroxide, or the label's own higher figure): Dulcolax Liquid 595 mg per 15 mL
(label-dulcolax-liquid, label-dulcolax-liquid-copy); Pedia-Lax chewable tablets 170 mg a tablet
(label-pedia-lax-chewable); Dulcolax Chewy Fruit Bites 250.2 mg a chew; 1200 mg soft chews
500.4 mg; Colace Fast-Acting Saline Laxative 333.6 mg a capsule; concentrated milk of magnesia
1,000.8 mg per 15 mL; Tums Dual Action 68.8 mg a tablet; Mintox 333.6 mg per 10 mL
(label-mintox-maximum-strength); Doan's 38 mg a caplet (label-doans-extra-strength). The upper
level for supplements is 110 mg/day at ages 4-8 and 350 mg/day from 9 (IOM 1997, s1b).
"""

from __future__ import annotations

import pytest

from conftest import RunFn

CHILD = ("plan", "--goal", "constipation", "--age", "8", "--sex", "M")
UNCOUNTED = "listed-magnesium-amount-unknown"


def _caution(run: RunFn, typed: str) -> dict[str, object]:
    doc = run("cautions", "--med", typed, "--json").ok_doc()
    assert not doc.get("unassessed"), doc.get("unassessed")
    (entry,) = doc["cautions"]
    assert isinstance(entry, dict)
    return entry


def _classes(entry: dict[str, object]) -> set[str]:
    classes = entry["classes"]
    assert isinstance(classes, list)
    return {c["id"] for c in classes}


def test_dulcolax_liquid_is_magnesium_hydroxide_not_bisacodyl(run: RunFn) -> None:
    entry = _caution(run, "Dulcolax Liquid")
    assert entry["medication"] == "dulcolax-liquid"
    assert "magnesium-product" in _classes(entry)
    assert "bisacodyl-enteric" not in _classes(entry)


@pytest.mark.parametrize(
    ("typed", "daily"),
    [  # name | directions: the alert brackets the directions after the name
        ("Pedia-Lax chewable | 2 tablets daily", "340 mg"),  # 2 x 170 mg
        ("Dulcolax Liquid | 15 mL daily", "595 mg"),  # the name with its form before the amount
        ("Dulcolax Liquid", "1,190 mg"),  # no amount written: one 30 mL laxative dose
        ("Dulcolax Chewy Fruit Bites | 2 chews daily", "500.4 mg"),
        ("Equate Kids Gentle Laxative | 1 chew daily", "500.4 mg"),
        ("Colace Fast-Acting Saline Laxative | 1 capsule daily", "333.6 mg"),
        ("Phillips Milk of Magnesia Concentrated 15 mL", "1,000.8 mg"),
        ("Mintox 10 mL", "333.6 mg"),  # an aluminium/magnesium antacid sold as a store brand
    ],
)
def test_a_childs_magnesium_laxative_is_counted_and_withholds(
    run: RunFn, typed: str, daily: str
) -> None:
    name, _, directions = typed.partition(" | ")
    med = f"{name} {directions}".strip()
    table = run(*CHILD, "--med", med)
    assert table.code == 4, table.err
    assert "NOT recognised" not in table.flat and "NOT ASSESSED" not in table.flat
    shown = f"{name} ({directions})" if directions else name
    assert f"magnesium already taken: {shown} {daily} a day" in table.flat
    assert "Daily target" not in table.flat and "Mg/day" not in table.out
    doc = run(*CHILD, "--med", med, "--json")
    assert doc.code == 4 and doc.json()["go_ahead"] is False  # type: ignore[index]


@pytest.mark.parametrize(
    ("med", "total"),
    [
        ("Pedia-Lax Chewable Tablets", 220),  # 170 mg + 50 mg
        ("Tums Dual Action 2 tablets", 187.6),  # 2 x 68.8 mg + 50 mg
    ],
)
def test_a_small_amount_is_counted_toward_the_upper_level(
    run: RunFn, med: str, total: float
) -> None:
    doc = run("dose", "citrate", "--elemental", "50", "--age", "10", "--med", med, "--json")
    assert doc.ok_doc()["check"]["total_elemental_mg"] == pytest.approx(total)


@pytest.mark.parametrize(
    "shown",
    [
        "Dulcolax",
        "Dulcolax 5 mg",
        "Dulcolax Soft Chews (2 daily)",  # typed without the brackets; the alert adds them
        "Pedia-Lax",
        "Phillips",
        "Phillips' Caplets",
        "Ex-Lax Milk of Magnesia",
        "Di-Gel",
        "Riopan",  # magaldrate
        "Citracal Slow Release 1200",  # calcium with magnesium hydroxide
    ],
)
def test_a_line_name_or_unread_label_withholds_as_unknown_magnesium(run: RunFn, shown: str) -> None:
    med = shown.replace("(", "").replace(")", "")
    table = run(*CHILD, "--med", med)
    assert table.code == 4, table.err
    assert "NOT recognised" not in table.flat and "Daily target" not in table.flat
    assert f"{shown} (amount not known)" in table.flat
    data = run(*CHILD, "--med", med, "--json").json()
    assert isinstance(data, dict)
    assert UNCOUNTED in [w["id"] for w in data["withheld"]["by"]]


def test_dulcolax_alone_keeps_bisacodyls_spacing(run: RunFn) -> None:
    entry = _caution(run, "Dulcolax")
    assert {"bisacodyl-enteric", "magnesium-product"} <= _classes(entry)


@pytest.mark.parametrize("med", ["Dulcolax Laxative Tablets", "Dulcolax suppository"])
def test_a_named_bisacodyl_product_adds_no_magnesium(run: RunFn, med: str) -> None:
    entry = _caution(run, med)
    assert entry["medication"] == "bisacodyl"
    table = run("recommend", "--goal", "constipation", "--age", "45", "--med", med)
    assert table.code == 0, table.err
    assert "NO DOSE ADVISED" not in table.flat


def test_doans_magnesium_salicylate_counts_toward_the_upper_level(run: RunFn) -> None:
    med = "Doan's Extra Strength 2 caplets every 6 hours"  # 8 caplets of 38 mg: 304 mg a day
    doc = run("recommend", "--goal", "migraine", "--age", "45", "--med", med, "--json").ok_doc()
    assert doc["ceiling"]["mg"] == pytest.approx(46)  # 350 mg upper level less 304 mg
    entry = _caution(run, med)
    assert {"magnesium-product", "salicylate-alkaline-urine"} <= _classes(entry)


@pytest.mark.parametrize("med", ["Bufferin", "buffered aspirin", "Trilisate"])
def test_a_salicylate_with_magnesium_of_unknown_amount_withholds(run: RunFn, med: str) -> None:
    assert "salicylate-alkaline-urine" in _classes(_caution(run, med))  # aspirin's caution kept
    table = run("recommend", "--goal", "migraine", "--age", "45", "--med", med)
    assert table.code == 4, table.err
    assert f"{med} (amount not known)" in table.flat and "NO DOSE ADVISED" in table.flat


@pytest.mark.parametrize(
    "med", ["Alka-Seltzer", "Bayer", "Tums Extra Strength", "Ex-Lax Maximum Strength", "Senokot"]
)
def test_a_product_line_without_magnesium_still_gets_a_dose(run: RunFn, med: str) -> None:
    table = run("recommend", "--goal", "migraine", "--age", "45", "--med", med)
    assert table.code == 0, table.err
    assert "NO DOSE ADVISED" not in table.flat
