"""Magnesium supplements, antacids and salicylates the third pharmacist review found NOT
ASSESSED beside a full dose are known as magnesium products.

Mintox and Almacone are counted from their Drug Facts (magnesium hydroxide at 41.7%, the
higher of the label's and the calculated figure); the brands whose maker's label was not read
(Natural Vitality Calm, ZMA, Beelith, Riopan, MagGel 600, Magtrate, Mag64, MagneBind, Rulox,
Momentum) are magnesium of unknown amount: no dose beside them (exit 4), in plan as in
recommend. Momentum, a magnesium salicylate, keeps the salicylate's caution.
"""

from __future__ import annotations

import re

import pytest

from conftest import RunFn

UNCOUNTED = "listed-magnesium-amount-unknown"
UNKNOWN = [
    "Natural Vitality Calm 2 tsp at bedtime",
    "Calm Gummies",
    "ZMA 3 caps qhs",
    "Beelith 1 tab daily",
    "Riopan 10 mL qid",
    "MagGel 600",
    "Magtrate",
    "Mag64 2 tabs",
    "MagneBind 400",
    "Rulox",
    "Momentum",
]


@pytest.mark.parametrize("med", UNKNOWN)
def test_a_brand_of_unknown_amount_is_known_and_withholds(run: RunFn, med: str) -> None:
    result = run("recommend", "--goal", "sleep", "--age", "35", "--med", med, "--json")
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict) and doc["go_ahead"] is False
    assert not doc.get("unassessed"), doc["unassessed"]  # recognised, not NOT ASSESSED
    assert [w["id"] for w in doc["withheld"]["by"]] == [UNCOUNTED]
    name = re.split(r" \d", med)[0]  # directions typed with it are shown after the name
    assert name in doc["withheld"]["reason"] and "(amount not known)" in doc["withheld"]["reason"]


def test_plan_gives_no_daily_target_beside_zma(run: RunFn) -> None:
    args = ("plan", "--goal", "migraine", "--age", "40", "--sex", "F", "--med", "ZMA 3 caps qhs")
    table = run(*args, "--product", "magnesium citrate 200 mg")
    assert table.code == 4, table.err
    assert "Daily target" not in table.flat and "Did you mean" not in table.flat
    assert "ZMA (3 caps qhs) (amount not known)" in table.flat


def test_mintox_and_almacone_are_counted_from_their_labels(run: RunFn) -> None:
    recommend = ("recommend", "--goal", "migraine", "--age", "40")
    almacone = run(*recommend, "--med", "Almacone 2 tsp", "--json").ok_doc()
    assert almacone["ceiling"]["mg"] == pytest.approx(183.2)  # 350 less 2 x 83.4 mg
    assert "label-almacone" in almacone["ceiling"]["sources"]
    mintox = run(*recommend, "--med", "Mintox 2 tsp bid")  # 4 x 166.8 mg a day
    assert mintox.code == 4, mintox.err
    assert "Mintox (2 tsp bid) 667.2 mg a day" in mintox.flat and "by itself" in mintox.flat


def test_momentum_keeps_the_salicylate_caution(run: RunFn) -> None:
    doc = run("cautions", "--med", "Momentum", "--json").ok_doc()
    (entry,) = doc["cautions"]
    assert {c["id"] for c in entry["classes"]} >= {"magnesium-product", "salicylate-alkaline-urine"}
