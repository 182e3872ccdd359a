"""Hyphenated brands are one name; a bracketed name never makes a line its own duplicate."""

from __future__ import annotations

import pytest

from conftest import RunFn, cautions_json


@pytest.mark.parametrize(
    ("typed", "medication", "read_as"),
    [
        ("Mag-Ox 400", "mag-ox-400", "Read as: Mag-Ox 400"),
        ("K-Tab 10 mEq", "potassium-chloride", "Read as: K-Tab 10 mEq"),
        ("Klor-Con 20 mEq", "potassium-chloride", "Read as: Klor-Con 20 mEq"),
        ("Co-amoxiclav 625 mg", "amoxicillin-clavulanate", "Read as: Co-amoxiclav 625 mg"),
        ("co-codamol 30/500", "acetaminophen-codeine", "Read as: co-codamol 30/500"),
        ("Mag-Tab SR 2 tabs daily", "mag-tab-sr", "Read as: Mag-Tab; extended release"),
    ],
)
def test_a_hyphenated_brand_is_read_as_one_name(
    run: RunFn, typed: str, medication: str, read_as: str
) -> None:
    code, doc = cautions_json(run, typed)
    assert code == 0
    assert [m["medication"] for m in doc["cautions"]] == [medication]
    assert len(doc["cautions"][0]["read_as"]["ingredients"]) == 1
    assert read_as in run("cautions", "--med", typed).flat


@pytest.mark.parametrize(
    "typed", ["Slow-Mag", "Tri-Sprintec", "K-Dur", "Epi-Pen 0.3 mg", "Vitamin B-12 1000 mcg daily"]
)
def test_other_hyphenated_brands_are_known(run: RunFn, typed: str) -> None:
    code, doc = cautions_json(run, typed)
    assert code == 0
    assert len(doc["cautions"]) == 1
    assert " + " not in run("cautions", "--med", typed).flat


def test_a_combination_written_with_a_hyphen_keeps_its_ingredients(run: RunFn) -> None:
    result = run("cautions", "--med", "lisinopril-HCTZ 20-12.5")
    assert result.code == 0
    assert "Read as: lisinopril 20 + HCTZ 12.5" in result.flat


@pytest.mark.parametrize(
    ("typed", "contains"),
    [
        ("Zyrtec-D", ["cetirizine", "pseudoephedrine"]),
        ("Allegra-D", ["fexofenadine", "pseudoephedrine"]),
        ("Claritin-D", ["loratadine", "pseudoephedrine"]),
        ("Mucinex-D", ["guaifenesin", "pseudoephedrine"]),
        ("Aleve-D", None),  # naproxen + pseudoephedrine: not in the rules as a product
    ],
)
def test_a_d_product_is_never_read_as_its_antihistamine_alone(
    run: RunFn, typed: str, contains: list[str] | None
) -> None:
    code, doc = cautions_json(run, typed)
    if contains is None:
        assert code == 3
        assert doc["cautions"] == []  # not naproxen plus a stray "D"
        assert [u["input"] for u in doc["unassessed"]] == [typed]
    else:
        assert code == 0
        [entry] = doc["cautions"]  # the whole product, never cetirizine plus a stray "D"
        assert entry["ingredients"] == contains


@pytest.mark.parametrize(
    "typed",
    [
        "Zestoretic (lisinopril, metformin)",
        "lisinopril / metformin (Zestoretic)",
        "Hyzaar (losartan, metformin)",
        "Zestoretic (lisinopril)",
        "Percocet [oxycodone]",
    ],
)
def test_one_line_is_never_its_own_duplicate(run: RunFn, typed: str) -> None:
    code, doc = cautions_json(run, typed)
    assert code == 0
    assert all(m["duplicates"] == [] for m in doc["cautions"])
    assert "double prescription" not in run("cautions", "--med", typed).flat


def test_two_lines_with_one_ingredient_are_still_duplicates(run: RunFn) -> None:
    code, doc = cautions_json(run, "Zestoretic (lisinopril, metformin)", "lisinopril 10 mg daily")
    assert code == 0
    flagged = {m["input"]: [d["input"] for d in m["duplicates"]] for m in doc["cautions"]}
    assert flagged["lisinopril 10 mg daily"] == ["Zestoretic (lisinopril, metformin)", "lisinopril"]
    assert flagged["Zestoretic (lisinopril, metformin)"] == ["lisinopril 10 mg daily"]
    assert flagged["metformin"] == []
