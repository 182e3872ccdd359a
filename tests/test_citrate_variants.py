"""Magnesium citrate on the shipped rules: which salt the arithmetic assumes, and its variants.

Products sold as magnesium citrate are trimagnesium dicitrate (USP 'Magnesium Citrate',
C12H10Mg3O14, MW 451.11). Anhydrous it is 16.2% magnesium (3 x 24.305 / 451.11); the
nonahydrate (MW 613.25) is 11.9%; the 1:1 salt MgC6H6O7 (MW 214.41) is 11.3%.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

PLAN = ("plan", "--goal", "migraine", "--age", "40", "--sex", "female")


def dose_json(run: RunFn, *args: str) -> dict[str, Any]:
    return run("dose", "citrate", *args, "--json").ok_doc()


def test_dose_reads_a_citrate_salt_weight_as_anhydrous_trimagnesium_dicitrate(run: RunFn) -> None:
    amount = dose_json(run, "1000")["amount"]
    assert amount["variant"] is None
    assert amount["elemental_percent"] == 16.2
    assert amount["elemental_mg_per_day"] == pytest.approx(162.0)
    assert "anhydrous trimagnesium dicitrate" in amount["percent_basis"]
    assert "usp-magnesium-citrate" in amount["percent_sources"]


def test_dose_table_names_the_salt_and_the_other_variants(run: RunFn) -> None:
    out = run("dose", "citrate", "1000").out
    assert "162 mg" in out
    assert "anhydrous trimagnesium dicitrate" in out
    assert "Other salts of this form: nonahydrate 11.9%, one-to-one 11.3%" in " ".join(out.split())


@pytest.mark.parametrize(
    ("variant", "percent", "elemental"), [("nonahydrate", 11.9, 119.0), ("one-to-one", 11.3, 113.0)]
)
def test_dose_with_a_variant_uses_its_percentage(
    run: RunFn, variant: str, percent: float, elemental: float
) -> None:
    amount = dose_json(run, "1000", "--variant", variant)["amount"]
    assert amount["variant"] == variant
    assert amount["elemental_percent"] == percent
    assert amount["elemental_mg_per_day"] == pytest.approx(elemental)
    assert (
        "Other salts of this form" not in run("dose", "citrate", "1000", "--variant", variant).out
    )


def test_dose_elemental_to_salt_weight_uses_the_anhydrous_salt(run: RunFn) -> None:
    amount = dose_json(run, "--elemental", "200")["amount"]
    assert amount["compound_mg_per_day"] == pytest.approx(200 / 0.162)
    assert "1,234.6 mg" in run("dose", "citrate", "--elemental", "200").out


def test_the_old_one_to_one_figure_is_a_named_variant_not_a_guess(run: RunFn) -> None:
    result = run("dose", "citrate", "1000", "--variant", "1:1")
    assert result.code == 2
    assert "one-to-one" in result.err


def test_plan_names_the_compound_reading_of_a_citrate_product_at_16_2_percent(run: RunFn) -> None:
    result = run(*PLAN, "--product", "citrate 1000mg", "--format", "json")
    product = result.ok_doc()["product"]
    assert product["variant"] is None
    # Read as elemental (the safer reading); the compound reading is 16.2%: 162 mg a unit.
    assert (product["elemental_mg_per_unit"], product["elemental_assumed"]) == (1000.0, True)
    assert "--elemental-per-unit 162.0" in result.err
    markdown = run(*PLAN, "--product", "citrate 1000mg", "--format", "markdown").out
    assert "If 1,000 mg is the magnesium citrate (at 16.2% magnesium" in markdown
    assert "about 162 mg elemental magnesium per unit" in markdown


def test_plan_with_the_nonahydrate_variant(run: RunFn) -> None:
    args = (*PLAN, "--product", "citrate 1000mg", "--variant", "nonahydrate")
    assert "--elemental-per-unit 119.0" in run(*args, "--format", "json").err
    given = (*PLAN, "--product", "citrate", "--variant", "nonahydrate")
    product = run(*given, "--elemental-per-unit", "119", "--format", "json").ok_doc()["product"]
    assert product["variant"] == "nonahydrate"
    assert product["elemental_mg_per_unit"] == pytest.approx(119.0)
    assert product["units_per_day"] == 5
    assert product["elemental_mg_per_day"] == pytest.approx(595.0)


def test_plan_daily_target_as_salt_weight_says_which_salt(run: RunFn) -> None:
    target = run(*PLAN, "--format", "json").ok_doc()["daily_target"]
    assert target["elemental_percent"] == 16.2
    assert target["compound_min_mg"] == pytest.approx(600 / 0.162, abs=0.01)
    assert "anhydrous trimagnesium dicitrate" in target["percent_basis"]
    markdown = run(*PLAN, "--format", "markdown").out
    assert "3,703.7 mg of Magnesium citrate at 16.2% magnesium: anhydrous trimagnesium" in markdown
