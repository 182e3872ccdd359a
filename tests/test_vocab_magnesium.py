"""A name only the drug vocabulary knows, as a product with magnesium, withholds the dose.

The vocabulary says what an unreviewed name is (``Kudrox``: aluminum hydroxide and magnesium
hydroxide; ``Alamag``, the same; Clenpiq is now counted from its own rules entry); when that generic
holds magnesium (a magnesium salt, magaldrate), the product is magnesium of unknown amount, as
Cal-Mag is: no dose on top of it (exit 4) in recommend and plan alike, and the output says why.
The brand never gets a dose its generic name does not.
"""

from __future__ import annotations

import pytest

from conftest import RunFn

UNCOUNTED = "listed-magnesium-amount-unknown"
COMMANDS = [
    ("recommend", "--goal", "migraine", "--age", "40"),
    ("plan", "--goal", "migraine", "--age", "40", "--sex", "F"),
]
BRANDS = [
    ("Kudrox 10 mL qid", "aluminum hydroxide and magnesium hydroxide"),
    ("Alamag", "aluminum hydroxide and magnesium hydroxide"),
    ("Almora 500 mg bid", "magnesium gluconate"),  # close to Almogran: held back, yet magnesium
]


def _withheld_by(run: RunFn, command: tuple[str, ...], med: str) -> list[str]:
    result = run(*command, "--med", med, "--json")
    assert result.code == 4, (med, result.err)
    doc = result.json()
    assert isinstance(doc, dict) and doc["go_ahead"] is False
    held = doc["withheld"]["by"] if "withheld" in doc else doc["alerts"]
    return [w["id"] for w in held]


@pytest.mark.parametrize(("med", "generic"), BRANDS)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_brand_the_vocabulary_reads_as_magnesium_withholds(
    run: RunFn, command: tuple[str, ...], med: str, generic: str
) -> None:
    table = run(*command, "--med", med)
    assert table.code == 4, table.err
    assert "NO DOSE ADVISED" in table.flat and "Daily target" not in table.flat
    assert f"(drug vocabulary: {generic}, which contains magnesium)" in table.flat
    assert UNCOUNTED in _withheld_by(run, command, med)


@pytest.mark.parametrize("med", ["Magaldrate", "hydrotalcite", "almasilate 1 g tid"])
def test_an_antacid_whose_generic_does_not_say_magnesium_withholds(run: RunFn, med: str) -> None:
    assert UNCOUNTED in _withheld_by(run, COMMANDS[0], med)


@pytest.mark.parametrize(("med", "generic"), BRANDS)
def test_the_brand_gets_no_dose_its_generic_does_not(run: RunFn, med: str, generic: str) -> None:
    for name in (med, generic):  # the generic's magnesium may be counted: held either way
        assert _withheld_by(run, COMMANDS[0], name)


def test_an_unreviewed_brand_without_magnesium_still_gets_a_dose(run: RunFn) -> None:
    result = run(*COMMANDS[0], "--med", "Fintepla", "--json")  # fenfluramine: not reviewed
    assert result.code == 3, result.err  # not assessed, but nothing says magnesium
    doc = result.json()
    assert isinstance(doc, dict) and doc["go_ahead"] is True
    assert [u["recognised_as"] for u in doc["unassessed"]] == ["fenfluramine"]
