"""A salt shortened after a medicine's name is read spelled out: the medicine resolves outright.

Before: ``Sevelamer carb`` was NOT ASSESSED ("did you mean sevelamer carbonate") and ``Calcium
acetat 667`` / ``Calcium acet 667mg`` were NOT ASSESSED beside a dose (exit 3), although each is
a phosphate binder taken in kidney failure that stops the dose. A shortened salt alone is no
medicine, and ``Mag-Ox`` (a brand) is never read as magnesium oxide's salt word.
"""

from __future__ import annotations

import pytest

from conftest import RunFn

SLEEP = ("recommend", "--goal", "sleep", "--age", "50")


@pytest.mark.parametrize(
    ("line", "withheld"),
    [
        ("Sevelamer carb", "phosphate-binder-kidney"),
        ("Sevelamer carb 800mg tid", "phosphate-binder-kidney"),
        ("Calcium acetat 667", "phosphate-binder-kidney"),
        ("Calcium acet 667mg", "phosphate-binder-kidney"),
        ("Lanthanum carb 500", "lanthanum"),
    ],
)
def test_a_shortened_salt_of_a_binder_resolves_and_withholds(
    run: RunFn, line: str, withheld: str
) -> None:
    result = run(*SLEEP, "--med", line, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    by = [b["id"] for b in doc["withheld"]["by"]]
    assert (result.code, by, doc["unassessed"]) == (4, [withheld], [])


@pytest.mark.parametrize(
    ("line", "medication"),
    [
        ("Sevelamer carb", "sevelamer"),
        ("Calcium acet 667mg", "calcium-acetate"),
        ("Calcium carb 500mg", "calcium-carbonate"),
        # Sodium as pharmacy labels shorten it: levothyroxine keeps its 4-hour spacing
        ("Levothyroxine Na 100 mcg", "levothyroxine"),
        ("levothyroxine sod 88mcg", "levothyroxine"),
        ("Naproxen Na 550mg", "naproxen"),
        ("Diclofenac sod 75mg", "diclofenac"),
        ("Esomeprazole mag 40", "esomeprazole"),  # was a magnesium product of unknown amount
        ("Losartan pot 50mg", "losartan"),
        ("Doxycycline hyc 100mg", "doxycycline"),
    ],
)
def test_the_spelled_out_salt_names_the_medicine(run: RunFn, line: str, medication: str) -> None:
    doc = run("cautions", "--med", line, "--json").json()
    assert isinstance(doc, dict)
    assert [c["medication"] for c in doc["cautions"]] == [medication]


@pytest.mark.parametrize("line", ["sodium polystyrene", "Resonium A 15g"])
def test_a_potassium_binder_by_its_short_name_or_uk_brand_withholds(run: RunFn, line: str) -> None:
    result = run(*SLEEP, "--med", line, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    by = [b["id"] for b in doc["withheld"]["by"]]
    assert (result.code, doc["unassessed"]) == (4, [])
    assert by == ["kidney-check-first-medicine"]


def test_a_lab_value_written_na_is_no_medicine(run: RunFn) -> None:
    result = run("cautions", "--med", "Na 140", "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert (result.code, doc["cautions"], [u["input"] for u in doc["unassessed"]]) == (
        3,
        [],
        ["Na 140"],
    )
