"""Renal vitamins, kidney medicines and magnesium medicines whose names do not say magnesium.

A renal vitamin (Nephrocaps, Rena-Vite, Dialyvite) is made for people on dialysis: it withholds
every self-care dose, as the kidney-failure medicines do, where it was read as a plain B complex
with no interaction listed. Neomag and PicoPrep are counted from their SmPC and data sheet; Magne
B6, Mag 2, Magnerot, magic mouthwash and other brands withhold as magnesium of unknown amount,
where each was reported NOT ASSESSED with a dose printed beside it.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn


def recommend(run: RunFn, *args: str) -> tuple[int, list[str], dict[str, Any]]:
    result = run("recommend", "--goal", "sleep", *args, "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    by = [w["id"] for w in doc["withheld"]["by"]] if doc["withheld"] else []
    return result.code, by, doc


def no_dose(doc: dict[str, Any]) -> bool:
    return doc["go_ahead"] is False and all(not g["recommendations"] for g in doc["goals"])


@pytest.mark.parametrize(
    "typed",
    [
        "Nephrocaps",
        "Nephrocaps 1 cap daily",
        "Rena-Vite",
        "Nephro-Vite Rx 1 tab daily",
        "Dialyvite 800 1 tab daily",
        "Renal Caps",
        "Nephplex Rx",
        "renal vitamin",
        "renal multivitamin daily",
    ],
)
def test_a_renal_vitamin_withholds_every_dose(run: RunFn, typed: str) -> None:
    code, by, doc = recommend(run, "--age", "50", "--med", typed)
    assert code == 4
    assert by == ["renal-vitamin"]
    assert no_dose(doc)
    [caution] = doc["cautions"]
    assert caution["medication"] == "renal-vitamin"
    assert "dialysis" in caution["classes"][0]["effect"]
    assert "label-dialyvite" in caution["classes"][0]["sources"]


def test_a_plain_b_complex_is_still_no_interaction_listed(run: RunFn) -> None:
    code, by, doc = recommend(run, "--age", "50", "--med", "Super B-Complex")
    assert code == 0 and by == []
    assert doc["cautions"][0]["medication"] == "vitamin-b-complex"


def test_the_renal_vitamin_caution_is_listed_by_cautions(run: RunFn) -> None:
    result = run("cautions", "--med", "Nephrocaps", "--json")
    assert result.code == 0, result.err
    assert "renal-vitamin" in result.out
    assert "no-interaction-listed" not in result.out


def test_neomag_two_tablets_three_times_a_day_is_counted_above_the_upper_level(
    run: RunFn,
) -> None:
    code, by, doc = recommend(run, "--age", "40", "--med", "Neomag 4mmol 2 tabs tid")
    assert code == 4
    assert by == ["listed-magnesium"]
    assert "583.2 mg" in doc["withheld"]["by"][0]["name"]
    assert "smpc-neomag" in doc["withheld"]["by"][0]["sources"]
    assert no_dose(doc)


def test_one_neomag_tablet_lowers_the_ceiling(run: RunFn) -> None:
    code, by, doc = recommend(run, "--age", "40", "--med", "Neomag 1 tab daily")
    assert code == 0 and by == []
    assert doc["ceiling"]["mg"] == 252.8
    assert "97.2 mg/day" in doc["ceiling"]["why"]
    for goal in doc["goals"]:
        for rec in goal["recommendations"]:
            assert rec["dose"]["max_mg"] <= 252.8


@pytest.mark.parametrize(
    ("typed", "counted"),
    [("PicoPrep", "2,110.5 mg"), ("Picoprep 2 sachets", "4,221 mg")],
)
def test_picoprep_is_counted_as_the_bowel_preparation_it_is(
    run: RunFn, typed: str, counted: str
) -> None:
    code, by, doc = recommend(run, "--age", "40", "--med", typed)
    assert code == 4
    assert by == ["listed-magnesium"]
    assert counted in doc["withheld"]["by"][0]["name"]
    assert doc["unassessed"] == []


UNKNOWN = "listed-magnesium-amount-unknown"
CHECK_FIRST = "kidney-check-first-medicine"


@pytest.mark.parametrize(
    ("typed", "withholder", "medication"),
    [
        ("Magne B6", UNKNOWN, "magne-b6"),
        ("Magne-B6 2 tabs bid", UNKNOWN, "magne-b6"),
        ("Mag2", UNKNOWN, "mag2"),
        ("Mag 2 ampoules bid", UNKNOWN, "mag2"),
        ("Magnerot 2 tabs tid", UNKNOWN, "magnerot"),
        ("Magnetrans", UNKNOWN, "magnesium-brands-eu"),
        ("Spasmag", UNKNOWN, "magnesium-brands-eu"),
        ("GI cocktail", UNKNOWN, "magic-mouthwash"),
        ("Duke's mouthwash", UNKNOWN, "magic-mouthwash"),
        ("Magic mouthwash 10 mL swish and swallow qid", UNKNOWN, "magic-mouthwash"),
        ("One-Alpha 0.25 mcg daily", CHECK_FIRST, "alfacalcidol"),
        ("alfacalcidol 1 mcg", CHECK_FIRST, "alfacalcidol"),
        ("NeoRecormon 2000 IU weekly", CHECK_FIRST, "epoetin-beta"),
        ("epoetin beta", CHECK_FIRST, "epoetin-beta"),
    ],
)
def test_each_name_withholds_as_what_it_is(
    run: RunFn, typed: str, withholder: str, medication: str
) -> None:
    code, by, doc = recommend(run, "--age", "60", "--med", typed)
    assert code == 4
    assert by == [withholder]
    assert no_dose(doc)
    assert medication in [c["medication"] for c in doc["cautions"]]
