"""Each ingredient of a combination is looked up; a name matching nothing, in brackets or
beside them, is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("magnesium + vitamin D", {"magnesium-supplement", "cholecalciferol"}),
        (
            "magnesium oxide 400 MG / cholecalciferol 1000 UNT Oral Tablet",
            {"magnesium-supplement", "cholecalciferol"},
        ),
        ("cipro + magnesium", {"ciprofloxacin", "magnesium-supplement"}),
        ("Synthroid with magnesium", {"levothyroxine", "magnesium-supplement"}),
        ("calcium with vitamin D", {"calcium-carbonate", "cholecalciferol"}),
        ("Actonel with Calcium", {"risedronate", "calcium-carbonate"}),
        ("zinc + metformin", {"zinc", "metformin"}),
    ],
)
def test_a_mineral_in_a_combination_is_never_dropped(
    run: RunFn, typed: str, expected: set[str]
) -> None:
    doc = run("cautions", "--json", "--med", typed).ok_doc()
    # By ingredient: "calcium with vitamin D" is also a product of its own (calcium-vitamin-d).
    assert {i for c in doc["cautions"] for i in c["ingredients"]} == expected
    assert doc["unassessed"] == []


def test_magnesium_inside_a_combination_carries_the_kidney_warning(run: RunFn) -> None:
    doc = run("cautions", "--json", "--med", "magnesium + vitamin D").ok_doc()
    magnesium = next(c for c in doc["cautions"] if c["medication"] == "magnesium-supplement")
    assert "magnesium-product" in {k["id"] for k in magnesium["classes"]}


@pytest.mark.parametrize(
    ("typed", "checked", "named"),
    [
        ("Lasix (Xofluzza)", "furosemide", "Xofluzza"),
        ("Synthroid [Ciproo]", "levothyroxine", "Ciproo"),
        # The other way round: the brand gives its cautions, the unknown name is never dropped.
        ("xyzzy (Zestoretic)", "lisinopril-hydrochlorothiazide", "xyzzy"),
        ("xyzzy 20 mg tablet [Toprol]", "metoprolol", "xyzzy"),
        ("zzzunknown [Cozaar]", "losartan", "zzzunknown"),
        ("lisinopril/xyzzy (Zestoretic)", "lisinopril-hydrochlorothiazide", "xyzzy"),
        ("lisinoprl (Zestoretic)", "lisinopril-hydrochlorothiazide", "lisinoprl"),
    ],
)
def test_a_name_either_side_of_brackets_that_matches_nothing_is_not_assessed(
    run: RunFn, typed: str, checked: str, named: str
) -> None:
    result = run("cautions", "--json", "--med", typed)
    assert result.code == 3
    doc = result.json()
    assert isinstance(doc, dict)
    assert [c["medication"] for c in doc["cautions"]] == [checked]
    assert [u["input"] for u in doc["unassessed"]] == [named]


def test_an_unknown_name_before_a_brand_is_shown_as_not_checked(run: RunFn, tmp_path: Path) -> None:
    meds = tmp_path / "meds.txt"
    meds.write_text("xyzzy (Zestoretic)\n", encoding="utf-8")
    result = run("cautions", "--meds-from", str(meds), env={"COLUMNS": "100"})
    assert result.code == 3
    assert "xyzzy was NOT recognised and was NOT checked" in result.flat
    assert "Thiazide" in result.flat


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Alka-Seltzer Plus", "Alka-Seltzer"),  # another product, with more ingredients
        ("Alka-Seltzer Plus 2 tabs q4h prn", "Alka-Seltzer"),
        ("Excedrin Plus", "Excedrin"),
        ("Tylenol with", "Tylenol 3"),  # a name cut off in an export (Tylenol with Codeine)
        ("metformin and", "metformin"),
    ],
)
def test_a_joining_word_with_nothing_after_it_is_never_dropped(
    run: RunFn, typed: str, suggested: str
) -> None:
    result = run("cautions", "--json", "--med", typed)
    assert result.code == 3
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["cautions"] == []
    (item,) = doc["unassessed"]
    assert (item["input"], suggested in item["suggestions"]) == (typed, True)
    table = run("cautions", "--med", typed, env={"COLUMNS": "120"}).flat
    assert f"{typed} was NOT recognised and was NOT checked" in table


def test_plus_between_two_names_still_joins_them(run: RunFn) -> None:
    doc = run("cautions", "--json", "--med", "vitamin D plus calcium").ok_doc()
    assert {i for c in doc["cautions"] for i in c["ingredients"]} == {
        "cholecalciferol",
        "calcium-carbonate",
    }


@pytest.mark.parametrize(
    "typed",
    [
        "Tylenol 3",
        "Tylenol #4",
        "Tylenol No. 3",
        "Tylenol 3 1 tab q6h prn pain",  # directions after the number: still the codeine product
        "Tylenol #4 prn",
    ],
)
def test_tylenol_with_codeine_by_its_number_keeps_the_codeine(run: RunFn, typed: str) -> None:
    doc = run("cautions", "--json", "--med", typed).ok_doc()
    assert [c["ingredients"] for c in doc["cautions"]] == [["acetaminophen", "codeine"]]
