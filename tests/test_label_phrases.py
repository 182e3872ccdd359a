"""Phrases a pharmacy label or a person writes beside a medicine (between meals, away from food,
on rising, sit upright, do not chew) are read as directions in plain words, never as a medicine
that was not recognised, and never as their opposite ("between meals" is not "with food")."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn, cautions_json

CIPRO = "ciprofloxacin 500 mg twice daily"


def reading(run: RunFn, typed: str) -> dict[str, Any]:
    """The one medicine ``typed`` is read as, with nothing left unassessed (exit 0)."""
    code, doc = cautions_json(run, typed)
    assert doc["unassessed"] == [], [u["input"] for u in doc["unassessed"]]
    assert code == 0 and len(doc["cautions"]) == 1
    read_as: dict[str, Any] = doc["cautions"][0]["read_as"]
    assert [i["name"] for i in read_as["ingredients"]] == ["ciprofloxacin"]
    return read_as


@pytest.mark.parametrize("between", ["between meals", "in between meals"])
def test_between_meals_is_its_own_direction_never_with_food(run: RunFn, between: str) -> None:
    read_as = reading(run, f"{CIPRO} {between}")
    assert read_as["frequency"] == ["twice a day", "between meals"]
    assert read_as["release"] is None


@pytest.mark.parametrize(
    "empty",
    [
        "away from food",
        "away from meals",
        "apart from meals",
        "without food",
        "before the first food of the day",
    ],
)
def test_an_empty_stomach_is_never_read_as_with_food(run: RunFn, empty: str) -> None:
    read_as = reading(run, f"{CIPRO} {empty}")
    assert read_as["frequency"] == ["twice a day", "on an empty stomach"]
    assert read_as["release"] is None


def test_the_reported_line_reads_between_meals_in_plain_words(run: RunFn) -> None:
    result = run("cautions", "--med", f"{CIPRO} between meals")
    assert result.code == 0, result.err
    assert "Read as: ciprofloxacin 500 mg; twice a day; between meals" in result.flat
    assert "NOT ASSESSED" not in result.flat and "with food" not in result.flat


def test_an_hour_before_or_two_after_meals_is_said_in_full(run: RunFn) -> None:
    read_as = reading(run, f"{CIPRO} 1 hour before or 2 hours after meals")
    assert read_as["frequency"] == ["twice a day", "on an empty stomach"]
    assert read_as["directions"] == ["1 hour before or 2 hours after meals"]


@pytest.mark.parametrize(
    ("gap", "frequency", "directions"),
    [
        ("1 hour before meals", ["before meals"], ["1 hour"]),  # never a 1-hour release
        ("half an hour before food", ["before meals"], ["30 minutes"]),
        ("at least 30 minutes before breakfast", ["before breakfast"], ["at least 30 minutes"]),
        ("2 hours before or 4 hours after", [], ["2 hours before or 4 hours after"]),
    ],
)
def test_a_gap_before_or_after_is_a_direction_not_a_release(
    run: RunFn, gap: str, frequency: list[str], directions: list[str]
) -> None:
    read_as = reading(run, f"ciprofloxacin 500 mg {gap}")
    assert read_as["release"] is None
    assert read_as["frequency"] == frequency and read_as["directions"] == directions


@pytest.mark.parametrize(
    ("said", "frequency", "directions"),
    [
        ("on rising", ["every morning"], []),
        ("upon arising", ["every morning"], []),
        ("first thing in the morning", ["every morning"], []),
        ("after breakfast", ["after breakfast"], []),
        ("before dinner", ["before the evening meal"], []),
        ("after supper", ["after the evening meal"], []),
        ("when needed", ["as needed"], []),
        ("if necessary", ["as needed"], []),
        ("with a snack", ["with food"], []),
        ("with or without food", [], ["with or without food"]),
        ("regardless of meals", [], ["with or without food"]),
        ("sit upright for 30 minutes", [], ["stay upright (do not lie down)", "for 30 minutes"]),
        ("do not lie down", [], ["stay upright (do not lie down)"]),
        ("do not chew", [], ["swallow whole"]),
        ("do not break", [], ["swallow whole"]),
        ("chew thoroughly", [], ["chew before swallowing"]),
        ("shake well", [], ["shake well"]),
        ("avoid alcohol", [], ["avoid alcohol"]),
        ("at the same time each day", [], ["at the same time each day"]),
        ("with a full glass of water", [], ["with a full glass of water"]),
        ("with plenty of water", [], ["with a full glass of water"]),
        ("do not crush", [], ["do not crush"]),
        ("swallow whole", [], ["swallow whole"]),
        ("until finished", [], ["until finished"]),
        ("as directed", [], ["as directed"]),
        ("ud", [], ["as directed"]),
        ("prn pain", ["as needed"], ["for pain"]),
        ("if needed", ["as needed"], []),
    ],
)
def test_label_phrases_are_directions(
    run: RunFn, said: str, frequency: list[str], directions: list[str]
) -> None:
    read_as = reading(run, f"ciprofloxacin 500 mg {said}")
    assert read_as["frequency"] == frequency and read_as["directions"] == directions


def test_a_word_after_a_gap_that_is_not_a_direction_is_still_named(run: RunFn) -> None:
    code, doc = cautions_json(run, "ciprofloxacin 500 mg 2 hours before zorblex")
    assert [u["input"] for u in doc["unassessed"]] == ["zorblex"]
    assert code != 0


def test_a_named_meal_moves_the_dose_time(run: RunFn) -> None:
    result = run("cautions", "--med", "levothyroxine 50 mcg after dinner", "--json")
    data = result.json()
    assert isinstance(data, dict), result.err
    assert data["timing"]["constraints"][0]["dose_times"] == ["18:30"]


def test_a_magnesium_product_between_meals_counts_a_dose_between_each_meal(run: RunFn) -> None:
    """Antacid labels write "between meals and at bedtime" for up to four doses a day; a count
    of doses is not written, so the safer reading is taken: one between each of three meals."""
    result = run(
        "recommend", "--goal", "migraine", "--age", "40", "--med", "Slow-Mag 1 tab between meals"
    )
    assert result.code == 0, result.err
    assert "you already take about 214.5 mg/day of elemental magnesium" in result.flat


def test_an_antacid_between_meals_and_at_bedtime_is_four_doses(run: RunFn) -> None:
    result = run(
        "recommend", "--goal", "migraine", "--age", "40",
        "--med", "Mylanta 10 ml between meals and at bedtime", "--json",
    )  # fmt: skip
    assert result.code == 4, result.err  # 4 x 333.4 mg: above the upper level by itself
    assert "1,333.6 mg" in result.out or "1333.6" in result.out


@pytest.mark.parametrize(
    "typed",
    ["Mag-Ox 400 tablet 1 daily", "Mag-Ox 400 100 tablets 1 daily"],
    ids=["name-number", "bottle"],
)
def test_a_number_above_a_dose_before_tablet_is_not_a_count(run: RunFn, typed: str) -> None:
    doc = run("recommend", "--goal", "migraine", "--age", "40", "--med", typed, "--json")
    data = doc.json()
    assert isinstance(data, dict) and doc.code == 0, doc.err
    assert "you already take about 241.3 mg/day" in data["ceiling"]["why"]  # one tablet a day
