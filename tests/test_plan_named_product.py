"""``plan --product`` takes a product the rules count by its name, like a form and amount.

``Mag-Ox 400`` is magnesium oxide, 241.3 mg of elemental magnesium a tablet (its label);
``Slow-Mag`` magnesium chloride, 71.5 mg a tablet. A liquid (``Milk of Magnesia``) is read as
its form, and the label amount of its dose is offered as ``--elemental-per-unit``. A product of
several active ingredients is refused with a clear error; a misspelt name gets "did you mean"
among the magnesium products too. Never a traceback, never a silent guess.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

PLAN = ("plan", "--goal", "constipation", "--age", "40", "--sex", "female")


def _product(run: RunFn, text: str, *extra: str) -> tuple[dict[str, Any], str]:
    result = run(*PLAN, "--product", text, "--json", *extra)
    product = result.ok_doc()["product"]
    assert isinstance(product, dict)
    return product, result.err


@pytest.mark.parametrize(
    ("text", "form", "medication", "per_unit", "unit"),
    [
        ("Mag-Ox 400", "oxide", "mag-ox-400", 241.3, "tablet"),
        ("Mag Ox", "oxide", "mag-ox-400", 241.3, "tablet"),
        ("Slow-Mag", "chloride", "slow-mag", 71.5, "tablet"),
        ("Mag-Tab SR", "lactate", "mag-tab-sr", 84, "caplet"),
    ],
)
def test_a_tablet_product_is_read_as_its_form_and_label_amount(
    run: RunFn, text: str, form: str, medication: str, per_unit: float, unit: str
) -> None:
    product, err = _product(run, text)
    assert (product["formulation"], product["read_as"]) == (form, "elemental")
    assert product["elemental_mg_per_unit"] == per_unit
    assert product["units_per_day"] is not None
    named = product["named_product"]
    assert (named["medication"], named["elemental_mg"], named["unit"]) == (
        medication,
        per_unit,
        unit,
    )
    assert named["counted_per_unit"] is True and named["sources"]
    assert "--product was read as" in err and "from its label" in err


def test_a_form_and_amount_is_read_as_elemental_the_reading_with_fewer_units(run: RunFn) -> None:
    product, err = _product(run, "oxide 400mg")
    assert (product["read_as"], product["per_unit_mg"]) == ("elemental", 400)
    assert product["elemental_assumed"] is True
    # The other reading (400 mg of the oxide, 60.3%) is named with the option that gives it.
    assert "--elemental-per-unit 241.2" in err
    assert product["named_product"] is None


def test_a_liquid_is_its_form_with_the_label_dose_offered(run: RunFn) -> None:
    product, err = _product(run, "Milk of Magnesia")
    assert (product["formulation"], product["read_as"]) == ("hydroxide", "no amount given")
    assert product["named_product"]["unit"] == "30 mL laxative dose"
    assert product["named_product"]["counted_per_unit"] is False
    assert "1,000 mg of elemental magnesium a 30 mL laxative dose" in err
    assert "--elemental-per-unit 1000" in err


def test_the_elemental_amount_given_wins_over_the_label(run: RunFn) -> None:
    product, _ = _product(run, "Mag-Ox 400", "--elemental-per-unit", "200")
    assert (product["read_as"], product["elemental_mg_per_unit"]) == ("elemental", 200)


@pytest.mark.parametrize("text", ["Rolaids", "Maalox"])
def test_a_product_of_several_ingredients_is_refused_clearly(run: RunFn, text: str) -> None:
    result = run(*PLAN, "--product", text)
    assert result.code == 2
    assert result.out == ""
    assert f"--product '{text}' is" in result.err
    assert "not one magnesium form with a labelled amount" in result.err
    assert "Traceback" not in result.err


def test_a_misspelt_product_gets_did_you_mean_among_products(run: RunFn) -> None:
    result = run(*PLAN, "--product", "Mag Oxx 400", "--json")
    assert result.code == 2
    assert result.out == ""
    assert "unknown formulation 'Mag Oxx'" in result.err
    assert "did you mean 'Mag-Ox'" in result.err
    assert "Traceback" not in result.err
