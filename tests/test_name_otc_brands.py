"""OTC brands with a product-line suffix are read with every ingredient, or not assessed."""

from __future__ import annotations

import pytest

from conftest import RunFn, cautions_json


@pytest.mark.parametrize(
    ("typed", "contains"),
    [
        ("Tylenol PM", ["acetaminophen", "diphenhydramine"]),
        ("Tylenol PM Extra Strength 2 caplets at bedtime", ["acetaminophen", "diphenhydramine"]),
        ("Advil PM", ["ibuprofen", "diphenhydramine"]),
        ("Motrin PM", ["ibuprofen", "diphenhydramine"]),
        ("Aleve PM", ["naproxen", "diphenhydramine"]),
        ("Robitussin DM", ["dextromethorphan", "guaifenesin"]),
        ("Mucinex DM", ["dextromethorphan", "guaifenesin"]),
        ("Mucinex-DM", ["dextromethorphan", "guaifenesin"]),
        ("Excedrin Migraine", ["acetaminophen", "aspirin", "caffeine"]),
        ("Children's Tylenol", ["acetaminophen"]),
        ("Tylenol Arthritis", ["acetaminophen"]),
        ("Tylenol 8 HR", ["acetaminophen"]),
        ("Zyrtec-D", ["cetirizine", "pseudoephedrine"]),
        ("Allegra-D", ["fexofenadine", "pseudoephedrine"]),
        ("Claritin-D", ["loratadine", "pseudoephedrine"]),
        ("Claritin D 12 hour", ["loratadine", "pseudoephedrine"]),
        ("Mucinex D", ["guaifenesin", "pseudoephedrine"]),
    ],
)
def test_a_combination_brand_is_read_with_every_ingredient(
    run: RunFn, typed: str, contains: list[str]
) -> None:
    code, doc = cautions_json(run, typed)
    assert code == 0
    assert doc["unassessed"] == []
    [entry] = doc["cautions"]
    assert sorted(entry["ingredients"]) == sorted(contains)


@pytest.mark.parametrize(
    "typed",
    [
        "NyQuil",
        "DayQuil",
        "Tylenol Sinus",
        "Tylenol Cold & Flu",
        "Excedrin PM",
    ],
)
def test_a_combination_brand_with_an_unreviewed_ingredient_is_not_assessed(
    run: RunFn, typed: str
) -> None:
    code, doc = cautions_json(run, typed)
    assert code == 3
    assert doc["cautions"] == []  # never its reviewed ingredient alone, reported as complete
    assert [u["input"] for u in doc["unassessed"]] == [typed]
