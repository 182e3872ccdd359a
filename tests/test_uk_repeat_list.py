"""A UK repeat-prescription list as GP systems print it: dm+d names and their directions.

Before, ``One To Be Taken Each Day``, ``capsules one daily``, ``sugar free``, ``CFC free``, a
flavour (``Laxido Orange``) and plural forms (``oral powder sachets``) were each named NOT
ASSESSED (exit 3) beside real medicines, and ``CFC free`` was taken for a misspelt condition
(``CCF``, heart failure) that withheld the dose.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

REPEATS = """Repeat medications
Amlodipine 5mg tablets - One To Be Taken Each Day - 28 tablet
Ramipril 10mg capsules one daily
Adcal-D3 chewable tablets 1500mg/400unit - two daily
Laxido orange oral powder sachets sugar free - 1-3 sachets daily
Co-codamol 30mg/500mg tablets - TWO tablets up to FOUR times a day when required
Alendronic acid 70mg tablets - ONE tablet weekly on the same day, 30 mins before breakfast
Bendroflumethiazide 2.5mg tablets one each morning
Salbutamol 100micrograms/dose inhaler CFC free - 2 puffs when required
Lansoprazole 30mg orodispersible tablets sugar free - one daily
Paracetamol 500mg tablets - one or two to be taken four times a day when required
"""


def _doc(run: RunFn, tmp_path: Path) -> tuple[int, dict[str, Any]]:
    path = tmp_path / "repeats.txt"
    path.write_text(REPEATS, encoding="utf-8")
    result = run("cautions", "--meds-from", str(path), "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


def test_a_repeat_list_has_no_false_unknowns(run: RunFn, tmp_path: Path) -> None:
    code, doc = _doc(run, tmp_path)
    assert (code, doc["unassessed"], doc["skipped"]) == (0, [], [])
    assert sorted(c["medication"] for c in doc["cautions"]) == sorted([
        "amlodipine", "ramipril", "calcium-vitamin-d", "polyethylene-glycol-3350",
        "acetaminophen-codeine", "alendronate", "bendroflumethiazide", "albuterol",
        "lansoprazole", "acetaminophen",
    ])  # fmt: skip


def test_its_directions_are_read_as_written(run: RunFn, tmp_path: Path) -> None:
    read = {c["medication"]: c["read_as"] for c in _doc(run, tmp_path)[1]["cautions"]}
    assert (read["amlodipine"]["frequency"], read["amlodipine"]["directions"]) == (
        ["once a day"],
        ["1 dose"],
    )
    assert read["calcium-vitamin-d"]["directions"] == ["2 doses"]  # two a day: two dose times'
    assert read["acetaminophen"]["directions"] == ["2 doses"]  # "one or two": the most
    assert "on the same day each week" in read["alendronate"]["directions"]
    assert read["lansoprazole"]["dose_form"] == "orally disintegrating tablet"
    assert read["polyethylene-glycol-3350"]["directions"][:2] == ["orange flavour", "sugar free"]
    assert read["albuterol"]["route"] == "inhaled"


@pytest.mark.parametrize(
    ("typed", "medication"),
    [  # brands that hold a flavour word are found whole, as the rules spell them
        ("Rennie Peppermint 2 tablets prn", "rennie"),
        ("Emergen-C Super Orange daily", "emergen-c"),
        ("Natural Calm 2 tsp at night", "magnesium-supplement"),
        ("Peppermint oil capsules", "peppermint-oil"),
        ("Milk of Magnesia Mint", "milk-of-magnesia"),
    ],
)
def test_a_flavour_in_a_brand_name_is_not_dropped(run: RunFn, typed: str, medication: str) -> None:
    result = run("cautions", "--med", typed, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert [c["medication"] for c in doc["cautions"]] == [medication]


def test_a_count_at_the_start_of_a_name_stays_the_name(run: RunFn) -> None:
    """``One A Day`` is a multivitamin with magnesium, not "1 dose once a day"."""
    result = run("recommend", "--goal", "migraine", "--med", "One A Day Women's", "--json")
    doc = result.json()
    assert isinstance(doc, dict) and doc["go_ahead"] is False
    assert "One A Day" in doc["withheld"]["by"][0]["name"]


@pytest.mark.parametrize(
    ("typed", "medication", "route"),
    [  # a device's name is its dose form: the medicine is inhaled (or melts on the tongue)
        ("Symbicort Turbuhaler 200/6", "budesonide-formoterol", "inhaled"),
        ("Pulmicort Turbuhaler", "budesonide", "inhaled"),
        ("Seretide 250 Accuhaler", "fluticasone-salmeterol", "inhaled"),
        ("Salamol Easi-Breathe", "albuterol", "inhaled"),
        ("Eklira Genuair", "aclidinium", "inhaled"),
        ("Zofran wafer", "ondansetron", "oral"),
    ],
)
def test_a_device_name_is_read_as_its_dose_form(
    run: RunFn, typed: str, medication: str, route: str
) -> None:
    result = run("cautions", "--med", typed, "--json")
    doc = result.json()
    assert isinstance(doc, dict) and doc["unassessed"] == []
    [caution] = doc["cautions"]
    assert (caution["medication"], caution["read_as"]["route"]) == (medication, route)


@pytest.mark.parametrize(
    ("typed", "left_mg"),
    [  # the count is read, so the magnesium already taken is counted and the rest advised
        ("Mag-Ox 400 one daily", 108.7),  # 241.3 mg a tablet (its Drug Facts)
        ("Slow-Mag one twice daily", 207.0),  # 71.5 mg a tablet, twice
    ],
)
def test_a_count_written_in_words_after_a_brand_is_counted(
    run: RunFn, typed: str, left_mg: float
) -> None:
    result = run("recommend", "--goal", "migraine", "--med", typed, "--json")
    doc = result.json()
    assert isinstance(doc, dict) and result.code == 0, result.err
    assert doc["ceiling"]["mg"] == left_mg
