"""One medicine entered twice under two names is kept under both and flagged."""

from __future__ import annotations

from typing import Any

from conftest import RunFn


def doc_for(run: RunFn, *meds: str) -> dict[str, Any]:
    args = ["cautions", "--json"]
    for med in meds:
        args += ["--med", med]
    return run(*args).ok_doc()


def test_brand_and_generic_are_both_kept_and_flagged(run: RunFn) -> None:
    doc = doc_for(run, "Synthroid", "levothyroxine")
    rows = {m["input"]: m for m in doc["cautions"]}
    assert set(rows) == {"Synthroid", "levothyroxine"}
    assert rows["Synthroid"]["duplicates"] == [
        {"input": "levothyroxine", "shared": ["levothyroxine"], "source": None}
    ]
    assert rows["levothyroxine"]["duplicates"][0]["input"] == "Synthroid"
    assert [c["medication"] for c in doc["timing"]["constraints"]] == ["levothyroxine"]


def test_an_ingredient_inside_a_combination_is_a_duplicate(run: RunFn) -> None:
    doc = doc_for(run, "HCTZ", "Zestoretic", "furosemide")
    rows = {m["input"]: m for m in doc["cautions"]}
    assert rows["HCTZ"]["duplicates"][0]["input"] == "Zestoretic"
    assert rows["HCTZ"]["duplicates"][0]["shared"] == ["hydrochlorothiazide"]
    assert rows["Zestoretic"]["duplicates"][0]["input"] == "HCTZ"
    assert rows["furosemide"]["duplicates"] == []


def test_different_medicines_of_one_class_are_not_duplicates(run: RunFn) -> None:
    doc = doc_for(run, "furosemide", "bumetanide")
    assert all(m["duplicates"] == [] for m in doc["cautions"])


def test_the_table_flags_it(run: RunFn) -> None:
    result = run("cautions", "--med", "Synthroid", "--med", "levothyroxine")
    assert result.code == 0
    assert result.flat.count("Possible double prescription") == 2
    assert "also entered as 'levothyroxine', both contain levothyroxine" in result.flat


def test_the_plan_flags_it(run: RunFn) -> None:
    args = ("plan", "--goal", "migraine", "--age", "40", "--sex", "female", "--med", "HCTZ")
    args = (*args, "--med", "Zestoretic")
    doc = run(*args, "--format", "json").ok_doc()
    assert {m["input"] for m in doc["cautions"] if m["duplicates"]} == {"HCTZ", "Zestoretic"}
    assert any("double prescription" in line for line in doc["ask_a_clinician"])
    markdown = run(*args, "--format", "markdown")
    assert "Possible double prescription" in markdown.out
