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


@pytest.mark.parametrize(
    "typed", ["Pepcid AC 10mg", "Pepcid AC Maximum Strength 20 mg bid", "Pepcid AC 20 mg at night"]
)
def test_a_brand_word_that_is_also_a_direction_stays_the_brand(run: RunFn, typed: str) -> None:
    # "AC" is also a.c. (before meals); read so, the name left was Pepcid, which may be Pepcid
    # Complete (magnesium hydroxide): flagged as magnesium, and a dose withheld beside it.
    code, doc = cautions_json(run, typed)
    assert code == 0
    [entry] = doc["cautions"]
    assert (entry["medication"], entry["ingredients"]) == ("famotidine", ["famotidine"])
    held = run("recommend", "--goal", "sleep", "--age", "50", "--med", typed, "--json")
    assert held.code == 0, held.err


def test_a_direction_after_an_ambiguous_brand_keeps_it_ambiguous(run: RunFn) -> None:
    _, doc = cautions_json(run, "Pepcid 20 mg ac")
    assert doc["cautions"][0]["medication"] == "pepcid"  # which Pepcid is not said
