"""Children's products and a child's alerts: a product labelled only for children, listed
without --age, is never counted against the adult level (the dose is withheld and --age asked
for); an alert about a child speaks of the child and their doctor, not of "you" or older
people; a brand is counted from its own label, never as another product's (Uro-Mag is not
Mag-Ox 400)."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

PEDIA_LAX = "Pedia-Lax Chewable Tablets 2 daily"


def _doc(run: RunFn, *args: str, code: int) -> dict[str, Any]:
    result = run(*args, "--json")
    assert result.code == code, (result.out, result.err)
    doc = result.json()
    assert isinstance(doc, dict)
    return doc


@pytest.mark.parametrize(
    "args",
    [
        ("dose", "glycinate", "50", "--med", PEDIA_LAX),
        ("dose", "glycinate", "--elemental", "5", "--med", PEDIA_LAX),
        ("recommend", "--goal", "sleep", "--med", "Pedia-Lax Chewable Tablets 1 daily"),
        ("recommend", "--goal", "constipation", "--med", "Children's Oral Saline Laxative 1 daily"),
    ],
)
def test_childrens_product_without_age_withholds_and_asks_for_it(
    run: RunFn, args: tuple[str, ...]
) -> None:
    doc = _doc(run, *args, code=4)
    held = [w for w in doc["withheld"]["by"] if w["id"] == "children-product-needs-age"]
    assert held, doc["withheld"]
    assert "labelled only for children under 12" in held[0]["name"]
    assert "label-pedia-lax-chewable" in held[0]["sources"]
    assert "--age" in doc["withheld"]["reason"]


def test_childrens_product_table_names_the_reason(run: RunFn) -> None:
    result = run("dose", "glycinate", "50", "--med", PEDIA_LAX)
    assert result.code == 4
    assert "NO DOSE ADVISED" in result.out
    assert "ages 9+" not in result.out and "7 mg" not in result.out
    assert "Give the child's age with --age" in result.flat


def test_childrens_product_with_age_uses_the_childs_level(run: RunFn) -> None:
    doc = _doc(run, "dose", "glycinate", "50", "--age", "10", "--med", "Pedia-Lax Chewable 1 daily",
               code=0)  # fmt: skip
    assert doc["go_ahead"] is True
    assert [o["elemental_mg"] for o in doc["check"]["other_magnesium"]] == [170]
    assert doc["check"]["upper_limit"]["mg"] == 350


def test_adult_product_without_age_is_unchanged(run: RunFn) -> None:
    doc = _doc(run, "dose", "glycinate", "50", "--med", "Mag-Ox 400", code=0)
    assert doc["go_ahead"] is True


@pytest.mark.parametrize(
    "args",
    [
        ("recommend", "--goal", "constipation", "--age", "8"),
        ("dose", "glycinate", "50", "--age", "8"),
        ("plan", "--goal", "sleep", "--age", "8", "--sex", "F"),
    ],
)
def test_a_childs_alert_speaks_of_the_child(run: RunFn, args: tuple[str, ...]) -> None:
    """Pedia-Lax at 8 is above the 110 mg level by itself: reviewed by the child's doctor,
    with no word of older people or of adult reports."""
    result = run(*args, "--med", "Pedia-Lax chewable 2 tablets daily")
    assert result.code == 4
    flat = result.flat
    assert "older people" not in flat
    assert "What you already take" not in flat and "You already take" not in flat
    assert "The child already takes about 340 mg/day" in flat
    assert "have it reviewed by the child's doctor" in flat


def test_an_adults_alert_keeps_its_words(run: RunFn) -> None:
    result = run("dose", "glycinate", "50", "--age", "40", "--med", "Mag-Ox 400 2 tabs bid")
    assert result.code == 4
    assert "What you already take is above" in result.flat
    assert "older people" in result.flat


@pytest.mark.parametrize(
    "med", ["Uro-Mag", "Uro-Mag 2 caps daily", "Mag-200", "magnesium oxide tablet"]
)
def test_other_magnesium_oxide_products_are_not_mag_ox_400(run: RunFn, med: str) -> None:
    """No label gives their strength: not counted as Mag-Ox 400 (241.3 mg), amount not known."""
    doc = _doc(run, "dose", "glycinate", "100", "--med", med, code=4)
    [held] = doc["withheld"]["by"]
    assert held["id"] == "listed-magnesium-amount-unknown"
    result = run("dose", "glycinate", "100", "--med", med)
    assert "241.3" not in result.out


def test_uro_mag_is_its_own_product(run: RunFn) -> None:
    entry = run("cautions", "--med", "Uro-Mag", "--json").json()
    assert isinstance(entry, dict)
    [caution] = entry["cautions"]
    assert caution["medication"] == "uro-mag"
    assert "140 mg capsules" in caution["name"]


@pytest.mark.parametrize("med", ["Mag-Ox 400", "magnesium oxide 400 mg", "Magox"])
def test_mag_ox_400_still_counted(run: RunFn, med: str) -> None:
    doc = _doc(run, "dose", "glycinate", "100", "--med", med, code=0)
    assert [o["elemental_mg"] for o in doc["check"]["other_magnesium"]] == [241.3]
