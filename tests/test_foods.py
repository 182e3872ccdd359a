"""`magadvise foods`: sorting, filters, % Daily Value, the bar chart, and a day toward a target."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn
from conftest import planning as rules


def foods(run: RunFn, *args: str) -> dict[str, Any]:
    return run(*rules("foods", *args, "--json")).ok_doc()


def ids(doc: dict[str, Any]) -> list[str]:
    return [f["id"] for f in doc["foods"]]


def test_sorted_by_mg_most_first_with_percent_dv(run: RunFn) -> None:
    doc = foods(run)
    assert ids(doc) == ["pumpkin-seeds", "almonds", "spinach", "yogurt", "banana", "salmon"]
    assert doc["foods"][0]["percent_dv"] == pytest.approx(37.143, abs=0.001)  # 156 / 420
    assert doc["daily_value_mg"] == 420


def test_sort_by_name(run: RunFn) -> None:
    doc = foods(run, "--sort", "name")
    assert ids(doc) == ["almonds", "banana", "pumpkin-seeds", "salmon", "spinach", "yogurt"]


def test_vegan_and_top(run: RunFn) -> None:
    doc = foods(run, "--vegan", "--top", "2")
    assert ids(doc) == ["pumpkin-seeds", "almonds"]
    assert doc["matching"] == 4
    assert all(f["vegan"] for f in foods(run, "--vegan")["foods"])


def test_table_has_mg_percent_and_a_bar(run: RunFn) -> None:
    result = run(*rules("foods", "--top", "3"))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    pumpkin = next(line for line in lines if line.startswith("Pumpkin seeds"))
    spinach = next(line for line in lines if line.startswith("Spinach"))
    assert "156" in pumpkin and "37%" in pumpkin
    assert pumpkin.count("█") > spinach.count("█") > 0
    assert "Showing 3 of 6" in result.out
    assert "420 mg Daily Value" in result.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--sort", "fat"), "--sort must be one of mg, name"),
        (("--top", "0"), "--top must be at least 1"),
        (("--target",), "--target needs the foods of a typical day"),
        (("--target", "--food", "almonds"), "--target needs --age"),
        (("--food", "almonds", "--vegan"), "do not apply with --food"),
        (("--age", "30"), "go with --target"),
        (("--food", "almond butter"), "unknown food 'almond butter'"),
        (("--food", "almonds x0"), "more than 0"),
    ],
)
def test_usage_errors(run: RunFn, args: tuple[str, ...], message: str) -> None:
    result = run(*rules("foods", *args))
    assert result.code == 2
    assert message in result.err


def test_target_shows_how_far_a_day_gets(run: RunFn) -> None:
    args = ("--target", "--age", "52", "--sex", "female", "--food", "pumpkin-seeds")
    result = run(*rules("foods", *args, "--food", "almonds x2", "--food", "Banana"))
    assert result.code == 0, result.err
    assert "Your target: 320 mg/day (RDA, female, 51+ years)" in result.out
    assert "348" in result.out  # 156 + 2 x 80 + 32
    assert "109%" in result.out
    assert "meet the target from food alone" in result.out
    assert "not toward the upper level" in result.out


def test_target_gap_and_json(run: RunFn) -> None:
    doc = foods(run, "--target", "--age", "30", "--sex", "male", "--food", "spinach*2")
    assert doc["target_mg"] == 400
    assert doc["total_mg"] == 156
    assert doc["gap_mg"] == 244
    assert doc["percent_of_target"] == 39
    assert doc["portions"] == [
        {
            "id": "spinach",
            "name": "Spinach, boiled",
            "serving": "1/2 cup",
            "servings": 2.0,
            "mg": 156,
        }
    ]
    result = run(
        *rules("foods", "--target", "--age", "30", "--sex", "male", "--food", "spinach x2")
    )
    assert "244 mg short of the target" in result.out


def test_same_food_twice_adds_up_and_names_are_forgiving(run: RunFn) -> None:
    doc = foods(run, "--food", "ALMONDS, DRY ROASTED", "--food", "almonds x0.5")
    assert doc["portions"][0]["servings"] == 1.5
    assert doc["total_mg"] == 120
    assert doc["target_mg"] is None


def test_target_needs_sex_where_the_table_differs(run: RunFn) -> None:
    result = run(*rules("foods", "--target", "--age", "30", "--food", "almonds"))
    assert result.code == 2
    assert "give --sex" in result.err
    child = foods(run, "--target", "--age", "6", "--food", "almonds")
    assert child["target_mg"] == 130


def test_pregnant_target(run: RunFn) -> None:
    doc = foods(run, "--target", "--age", "25", "--pregnant", "--food", "almonds")
    assert doc["target_mg"] == 350
