"""Magnesium the person already takes (listed with --med) counts against their ceiling.

When the listed products reach or pass the supplement upper level for the age (or a
condition's cap), no extra dose is advised (exit 4, an alert first); when they use part of
it, the target fills only what is left, and the output says so. A goal clinicians give
(``self_care: false``) gets no supplement dose in `recommend`, at any age.
"""

from __future__ import annotations

import re

import pytest

from conftest import RunFn

MAG_OX = ("--med", "Mag-Ox 400")  # 241.3 mg elemental magnesium per tablet (its label)
MG_A_DAY = re.compile(r"\d[\d,.]* mg(/day|\*| elemental magnesium a day)")
OVER = [
    ("--goal", "migraine", "--age", "3", "--sex", "m", *MAG_OX),
    (
        "--goal", "constipation", "--age", "30", "--sex", "f", "--condition", "pregnancy",
        *MAG_OX, "--med", "milk of magnesia",
    ),
]  # fmt: skip


@pytest.mark.parametrize("args", OVER)
def test_plan_withholds_when_products_reach_the_ceiling(run: RunFn, args: tuple[str, ...]) -> None:
    table = run("plan", *args)
    assert table.code == 4, table.err
    assert "NO DOSE ADVISED" in table.flat and "Daily target" not in table.flat
    assert "magnesium already taken: Mag-Ox 400 241.3 mg" in table.flat
    assert table.flat.index("NO DOSE ADVISED") < table.flat.index("Cautions")
    doc = run("plan", *args, "--json")
    assert doc.code == 4, doc.err
    data = doc.json()
    assert isinstance(data, dict)
    assert data["go_ahead"] is False and data["complete"] is False
    assert data["daily_target"] is None
    first = data["alerts"][0]
    assert first["id"] == "listed-magnesium" and "241.3 mg" in first["name"]
    assert "at or above" in first["basis"]
    markdown = run("plan", *args, "--format", "markdown")
    assert markdown.code == 4 and "Mag-Ox 400 241.3 mg" in markdown.out


def test_plan_fills_only_what_is_left(run: RunFn) -> None:
    args = ("plan", "--goal", "sleep", "--age", "30", "--sex", "f", *MAG_OX)
    table = run(*args)
    assert table.code == 0, table.err
    assert "Daily target: 108.7 mg" in table.flat  # 350 mg upper level less 241.3 mg
    assert (
        "you already take about 241.3 mg/day of elemental magnesium from Mag-Ox 400; the "
        "supplement upper level (UL) for ages 9+ years is 350 mg/day, so only 108.7 mg/day is left"
    ) in table.flat
    data = run(*args, "--json").ok_doc()
    assert data["go_ahead"] is True
    assert data["daily_target"]["max_mg"] == 108.7 and data["daily_target"]["capped"] is True
    assert data["ceiling"]["mg"] == 108.7 and "already take about 241.3" in data["ceiling"]["why"]


def test_plan_without_products_is_unchanged(run: RunFn) -> None:
    data = run("plan", "--goal", "constipation", "--age", "30", "--sex", "f", "--json").ok_doc()
    assert data["daily_target"]["max_mg"] == 905 and data["ceiling"] is None


def test_dose_counts_products_the_same_way(run: RunFn) -> None:
    args = ("dose", "glycinate", "500", "--goal", "migraine", "--age", "3", *MAG_OX)
    table = run(*args)
    assert table.code == 4, table.err
    assert "NO DOSE ADVISED" in table.flat and "Mag-Ox 400 241.3 mg" in table.flat
    doc = run(*args, "--json")
    assert doc.code == 4
    data = doc.json()
    assert isinstance(data, dict) and data["go_ahead"] is False
    assert data["withheld"]["by"][0]["id"] == "listed-magnesium"
    adult = run("dose", "glycinate", "500", "--age", "30", *MAG_OX, "--json").ok_doc()
    assert adult["go_ahead"] is True and adult["ceiling"]["mg"] == 108.7


@pytest.mark.parametrize("age", [(), ("--age", "12"), ("--age", "40")])
def test_recommend_gives_no_dose_for_a_clinician_goal(run: RunFn, age: tuple[str, ...]) -> None:
    table = run("recommend", "--goal", "acute-migraine-iv", *age)
    assert table.code == 0, table.err
    assert "treatment clinicians give, not a supplement dose" in table.flat
    assert "Mg/day" not in table.out and not MG_A_DAY.search(table.out)
    assert "Capped" not in table.out
    data = run("recommend", "--goal", "acute-migraine-iv", *age, "--json").ok_doc()
    goal = data["goals"][0]
    assert goal["self_care"] is False and goal["recommendations"] == []
    assert "mg elemental magnesium per day" not in str(data)


def test_recommend_counts_listed_products_like_plan(run: RunFn) -> None:
    # No --age: recommend's doses are for adults, so the adult upper level (350 mg) is the ceiling.
    over = run("recommend", "--goal", "migraine", "--med", "Milk of Magnesia 30 mL qhs")
    assert over.code == 4, over.err
    assert "NO DOSE ADVISED" in over.flat and "Mg/day" not in over.out
    assert "Milk of Magnesia (30 mL qhs) 1,000 mg" in over.flat
    data = run("recommend", "--goal", "cramps", *MAG_OX, "--json").ok_doc()
    assert data["go_ahead"] is True and data["ceiling"]["mg"] == 108.7
    doses = [r["dose"]["max_mg"] for g in data["goals"] for r in g["recommendations"]]
    assert doses and max(doses) <= 108.7


@pytest.mark.parametrize("typed", ["Natural Calm", "magnesium glycinate 2 caps qhs"])
@pytest.mark.parametrize("command", ["recommend", "plan"])
def test_magnesium_of_unknown_amount_withholds_the_dose(
    run: RunFn, command: str, typed: str
) -> None:
    args = (command, "--goal", "migraine", "--med", typed, "--med", "lisinopril")
    args += ("--age", "45", "--sex", "f") if command == "plan" else ()
    table = run(*args)
    assert table.code == 4, table.err
    assert "NO DOSE ADVISED" in table.flat and "(amount not known)" in table.flat
    assert "Mg/day" not in table.out and "Daily target" not in table.flat
    doc = run(*args, "--json")
    assert doc.code == 4
    data = doc.json()
    assert isinstance(data, dict) and data["go_ahead"] is False
    held = data["withheld"]["by"] if command == "recommend" else data["alerts"]
    assert any(h["id"] == "listed-magnesium-amount-unknown" for h in held)
