"""Conditions that withhold every dose, on the shipped rules, in every command and format.

A withheld dose is never silently dropped: the alert comes first, no form, mg/day or units
are shown, the JSON says ``go_ahead: false`` with who withheld it, and the exit code is 4.
"""

from __future__ import annotations

import re

import pytest

from conftest import Run, RunFn

WITHHOLDING = {
    "ckd": "kidney-disease",
    "kidney disease": "kidney-disease",
    "dialysis": "dialysis",
    "egfr below 30": "severe-kidney-disease",
    "hypermagnesemia": "hypermagnesemia",
    "heart block": "heart-block",
    "myasthenia gravis": "myasthenia-gravis",
}
PERSON = ("--age", "70", "--sex", "male")
MG_A_DAY = re.compile(r"\d[\d,.]* mg(/day| elemental magnesium a day)")


def _doc(result: Run) -> dict[str, object]:
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    return doc


def _withheld_json(doc: dict[str, object], condition_id: str) -> None:
    assert doc["go_ahead"] is False
    assert doc["complete"] is False
    withheld = doc["withheld"]
    assert isinstance(withheld, dict)
    assert condition_id in [w["id"] for w in withheld["by"]]
    assert "No magnesium dose is advised" in withheld["reason"]


@pytest.mark.parametrize(("typed", "condition_id"), sorted(WITHHOLDING.items()))
def test_recommend_withholds(run: RunFn, typed: str, condition_id: str) -> None:
    table = run("recommend", "--goal", "constipation", "--condition", typed)
    assert table.code == 4, table.err
    assert table.flat.startswith("NO DOSE ADVISED"), table.flat[:80]
    assert "No dose is shown" in table.flat
    assert "Mg/day" not in table.out and not MG_A_DAY.search(table.out)
    assert "Daily timing plan" not in table.out
    doc = _doc(run("recommend", "--goal", "constipation", "--condition", typed, "--json"))
    _withheld_json(doc, condition_id)
    goals = doc["goals"]
    assert isinstance(goals, list) and goals[0]["recommendations"] == []


@pytest.mark.parametrize("typed", ["ckd", "dialysis", "hypermagnesemia"])
def test_dose_with_a_goal_withholds(run: RunFn, typed: str) -> None:
    args = ("dose", "oxide", "1000", "--goal", "constipation", "--condition", typed)
    table = run(*args)
    assert table.code == 4, table.err
    assert table.flat.startswith("NO DOSE ADVISED")
    assert "Elemental Mg" not in table.out and "per day" not in table.out
    doc = _doc(run(*args, "--json"))
    _withheld_json(doc, WITHHOLDING[typed])
    assert doc["amount"] is None and doc["check"] is None


@pytest.mark.parametrize("typed", ["ckd", "dialysis", "hypermagnesemia"])
def test_plan_withholds_in_every_format(run: RunFn, typed: str) -> None:
    base = ("plan", "--goal", "constipation", "--condition", typed, *PERSON)
    product = ("--product", "oxide 400mg")
    table = run(*base, *product)
    assert table.code == 4, table.err
    titles = [line for line in table.out.splitlines() if line.startswith(("┏", "╭"))]
    assert "NO DOSE ADVISED" in titles[0], titles
    for absent in ("Recommended form", "Daily target", "units a day", "How much"):
        assert absent not in table.out
    assert "no dose advised" in table.err

    markdown = run(*base, *product, "--format", "markdown")
    assert markdown.code == 4
    sections = re.findall(r"^## (.+)$", markdown.out, re.MULTILINE)
    assert sections[0] == "⚠ NO DOSE ADVISED: read this first"
    assert "Recommended form" not in sections and "How much" not in sections
    assert "units a day" not in markdown.out

    html = run(*base, *product, "--format", "html")
    assert html.code == 4
    first = re.search(r'<section class="(\w+)"[^>]*><h2>([^<]+)</h2>', html.out)
    assert first is not None
    assert first.groups() == ("alert", "⚠ NO DOSE ADVISED: read this first")
    assert "Daily target" not in html.out

    doc = _doc(run(*base, *product, "--format", "json"))
    _withheld_json(doc, WITHHOLDING[typed])
    assert doc["recommended"] is None and doc["daily_target"] is None and doc["check"] is None
    product_doc = doc["product"]
    assert isinstance(product_doc, dict) and product_doc["units_per_day"] is None
    assert doc["food_ideas"] == [] and doc["food"] is None


def test_withheld_wins_over_unassessed_but_both_are_said(run: RunFn) -> None:
    args = ("plan", "--goal", "constipation", "--condition", "ckd", *PERSON, "--med", "zzqx")
    result = run(*args, "--format", "json")
    doc = _doc(result)
    assert [u["input"] for u in doc["unassessed"]] == ["zzqx"]
    assert "NOT checked: zzqx" in result.err and "no dose advised" in result.err
    table = run("recommend", "--goal", "migraine", "--condition", "dialysis", "--med", "zzqx")
    assert table.code == 4
    assert "NOT ASSESSED" in table.out


def test_caution_conditions_keep_the_dose_and_show_the_warning(run: RunFn) -> None:
    doc = run("recommend", "--goal", "migraine", "--condition", "low blood pressure", "--json")
    body = doc.ok_doc()
    assert body["go_ahead"] is True and body["withheld"] is None
    assert body["goals"][0]["recommendations"][0]["dose"]["max_mg"] == 600
    assert any("Low blood pressure" in n for n in body["dose_notes"])


def test_every_shipped_condition_declares_its_dosing(run: RunFn) -> None:
    schema = run("rules", "schema").json()
    assert isinstance(schema, dict)
    text = str(schema)
    assert "withhold" in text and "'cap'" in text and "caution" in text
    listed = run("conditions", "--json").ok_doc()
    ids = {c["id"] for c in listed["conditions"]}
    assert set(WITHHOLDING.values()) <= ids


@pytest.mark.parametrize("typed", ["ckd4", "CKD 4", "stage 4 ckd", "ckd 5", "CKD stage IV"])
def test_everyday_ways_of_writing_severe_ckd_reach_the_severe_entry(run: RunFn, typed: str) -> None:
    result = run("recommend", "--goal", "cramps", "--condition", typed, "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert [c["id"] for c in doc["conditions"]] == ["severe-kidney-disease"]
