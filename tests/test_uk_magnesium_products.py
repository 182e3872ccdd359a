"""UK magnesium antacids and picosulfate/magnesium oxide bowel preparations are known as
magnesium products: counted where the SmPC gives the amount (Mucogel, Asilone, Kolanticon,
Mucaine, Picolax and its twins), else magnesium of unknown amount (no dose beside them).
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

OVER = "listed-magnesium"
UNCOUNTED = "listed-magnesium-amount-unknown"
CONSTIPATION_DOSES = ("905 mg", "1000-2000 mg", "990-1980 mg")


def recommend(run: RunFn, med: str) -> tuple[int, dict[str, Any]]:
    result = run("recommend", "--goal", "constipation", "--age", "70", "--med", med, "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


@pytest.mark.parametrize(
    "med",
    ["Altacite Plus 10 mL qid", "Carbellon", "Milpar 15 mL", "Andrews Liver Salts", "Aludrox"],
)
def test_a_product_of_unknown_amount_withholds(run: RunFn, med: str) -> None:
    code, doc = recommend(run, med)
    assert code == 4 and doc["go_ahead"] is False
    assert [w["id"] for w in doc["withheld"]["by"]] == [UNCOUNTED]
    assert not doc["unassessed"]
    table = run("recommend", "--goal", "constipation", "--age", "70", "--med", med)
    for dose in CONSTIPATION_DOSES:
        assert dose not in table.out


@pytest.mark.parametrize(
    "med", ["Picolax", "CitraFleet", "Pico-Salax", "Prepopik 1 sachet", "Clenpiq"]
)
def test_a_picosulfate_bowel_prep_counts_its_magnesium_oxide(run: RunFn, med: str) -> None:
    code, doc = recommend(run, med)
    assert code == 4 and [w["id"] for w in doc["withheld"]["by"]] == [OVER]
    assert "4,221 mg a day" in doc["withheld"]["reason"]  # the SmPC's two sachets, 2,110.5 each


def test_mucogel_qds_is_counted_from_its_smpc(run: RunFn) -> None:
    # 20 mL four times a day: 16 doses of 5 mL x 81.3 mg (195 mg hydroxide x 41.7%)
    code, doc = recommend(run, "Mucogel 20 mL qds")
    assert code == 4
    assert "1,300.8 mg a day" in doc["withheld"]["reason"]
    sources = {s for w in doc["withheld"]["by"] for s in w["sources"]}
    assert "smpc-mucogel" in sources


def test_one_spoon_of_asilone_lowers_the_ceiling(run: RunFn) -> None:
    doc = run(
        "recommend", "--goal", "migraine", "--age", "40", "--med", "Asilone 5 mL", "--json"
    ).ok_doc()
    assert doc["ceiling"]["mg"] == pytest.approx(307.8)  # 350 less 42.2 mg (70 mg MgO x 60.3%)
    assert "smpc-uk-magnesium-antacids" in doc["ceiling"]["sources"]


def test_kolanticon_and_mucaine_are_counted(run: RunFn) -> None:
    # Kolanticon 10 mL every 4 hours: 12 doses of 5 mL x 60.3 mg (100 mg MgO x 60.3%)
    code, kolanticon = recommend(run, "Kolanticon 10 mL q4h")
    assert code == 4 and "723.6 mg a day" in kolanticon["withheld"]["reason"]
    # Mucaine 10 mL four times a day: 8 doses of 5 mL x 40.9 mg (98 mg hydroxide x 41.7%)
    mucaine = run(
        "recommend", "--goal", "migraine", "--age", "40", "--med", "Mucaine 10 mL qid", "--json"
    ).ok_doc()
    assert mucaine["ceiling"]["mg"] == pytest.approx(22.8)
