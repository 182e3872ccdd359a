"""The parts a typed name is read into, as `cautions --json` shows them under ``read_as``."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn


def read_as(run: RunFn, typed: str) -> dict[str, Any]:
    result = run("cautions", "--json", "--med", typed)
    doc = result.json()
    assert isinstance(doc, dict)
    entries = doc["cautions"] + doc["unassessed"]
    reading = entries[0]["read_as"]
    assert isinstance(reading, dict)
    return reading


def ingredients(reading: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(i["name"], i["strength"]) for i in reading["ingredients"]]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("enalapril maleate 1 MG/ML Oral Solution [Epaned]", [("enalapril maleate", "1 mg/mL")]),
        ("Lisinopril/HCTZ 20-12.5", [("Lisinopril", "20"), ("HCTZ", "12.5")]),
        ("valsartan/HCTZ 160/12.5 mg", [("valsartan", "160 mg"), ("HCTZ", "12.5 mg")]),
        (
            "Acetaminophen 325 MG / oxyCODONE Hydrochloride 5 MG Oral Tablet [Percocet]",
            [("Acetaminophen", "325 mg"), ("oxyCODONE Hydrochloride", "5 mg")],
        ),
        ("levothyroxine 50 µg", [("levothyroxine", "50 mcg")]),
        ("ketoconazole 2% cream", [("ketoconazole", "2 %")]),
        ("tobramycin 300 mg/5 mL", [("tobramycin", "300 mg/5 mL")]),
        ("furosemide 20 mEq", [("furosemide", "20 mEq")]),
        ("gentamicin 80 units", [("gentamicin", "80 units")]),
        ("amlodipine", [("amlodipine", None)]),
    ],
)
def test_strengths_and_combinations(run: RunFn, typed: str, expected: list[Any]) -> None:
    assert ingredients(read_as(run, typed)) == expected


def test_rxnorm_branded_drug(run: RunFn) -> None:
    reading = read_as(run, "24 HR metoprolol succinate 50 MG Extended Release Oral Tablet [Toprol]")
    assert ingredients(reading) == [("metoprolol succinate", "50 mg")]
    assert reading["release"] == "extended release"
    assert reading["dose_form"] == "tablet"
    assert (reading["route"], reading["route_stated"]) == ("oral", True)
    assert reading["brand"] == "Toprol"


def test_pack_prefix_and_inhaler(run: RunFn) -> None:
    reading = read_as(run, "NDA020983 200 ACTUAT tobramycin 0.09 MG/ACTUAT Metered Dose Inhaler")
    assert reading["pack"] == "NDA020983 200 actuation"
    assert ingredients(reading) == [("tobramycin", "0.09 mg/actuation")]
    assert (reading["dose_form"], reading["route"]) == ("metered dose inhaler", "inhaled")


@pytest.mark.parametrize(
    ("typed", "frequency"),
    [
        ("Fosamax 70 mg weekly", ["once a week"]),
        ("Synthroid qam", ["every morning"]),
        ("Boniva monthly", ["once a month"]),
        ("lorazepam 1 mg as needed at bedtime", ["as needed", "at bedtime"]),
        ("furosemide 40 mg b.i.d.", ["twice a day"]),
        ("alprazolam PRN", ["as needed"]),
    ],
)
def test_frequencies(run: RunFn, typed: str, frequency: list[str]) -> None:
    assert read_as(run, typed)["frequency"] == frequency


@pytest.mark.parametrize(
    ("typed", "route", "stated"),
    [
        ("levothyroxine", "oral", False),
        ("doxycycline 100 mg IV", "injection", True),
        ("gentamicin 80 mg IM", "injection", True),
        ("insulin glargine subcutaneous", "injection", True),
        ("furosemide Prefilled Syringe", "injection", True),
        ("tobramycin nebulised", "inhaled", True),
        ("ciprofloxacin 0.3% eye drops", "eye", True),
        ("ketoconazole cream", "topical", True),
        ("fentanyl 25 mcg/hr patch", "topical", True),
        ("tobramycin oral inhalation", "inhaled", True),
        ("minocycline oral", "oral", True),
    ],
)
def test_routes(run: RunFn, typed: str, route: str, stated: bool) -> None:
    reading = read_as(run, typed)
    assert (reading["route"], reading["route_stated"]) == (route, stated)


def test_brand_and_other_name(run: RunFn) -> None:
    reading = read_as(run, "Synthroid (levothyroxine) 100 mcg")
    assert reading["also_named"] == ["levothyroxine"]
    assert ingredients(reading) == [("Synthroid", "100 mcg")]


def test_table_shows_how_the_name_was_read(run: RunFn) -> None:
    result = run("cautions", "--med", "losartan potassium 50 MG Oral Tablet [Cozaar]")
    assert result.code == 0, result.err
    assert "Read as: losartan potassium 50 mg; tablet; by mouth; brand Cozaar" in result.flat


@pytest.mark.parametrize("typed", ["Tylenol PM", "Advil PM", "Claritin D", "Allegra-D"])
def test_a_suffix_that_adds_an_ingredient_is_never_read_away(run: RunFn, typed: str) -> None:
    """`PM` (diphenhydramine) and `D` (pseudoephedrine) are not frequencies or release forms."""
    doc = run("cautions", "--json", "--med", typed).json()
    assert isinstance(doc, dict)
    assert doc["complete"] is False or any(len(m["ingredients"]) > 1 for m in doc["cautions"]), doc[
        "cautions"
    ]
