"""Magnesium listed in an amount nobody knows withholds the dose, in every command alike.

Cal-Mag, Cal-Mag-Zinc, Emergen-C and multivitamins with minerals contain magnesium in an amount
the rules do not give; a name not recognised whose "did you mean" is a magnesium product may be
one. No dose is added on top of them (exit 4, ``listed-magnesium-amount-unknown``), and the
output says how to give the amount so that it is counted. Products whose label amount is known
(Phillips' Chewable Tablets, Caltrate 600+D3 Plus Minerals) are counted, read as one product.
"""

from __future__ import annotations

import pytest

from conftest import RunFn

UNCOUNTED = "listed-magnesium-amount-unknown"
HOW = "list the magnesium it gives in place of its name"
UNKNOWN = [  # name | directions: the alert brackets the directions after the name
    "Cal-Mag",
    "Cal-Mag-Zinc",
    "Calcium Magnesium Zinc | 3 tablets daily",
    "Emergen-C",
    "Centrum Silver",
    "prenatal vitamin",
    "multivitamin with minerals | 1 tab daily",
    "Flintstones Complete | 1 chewable daily",  # children's multivitamins, by brand
    "SmartyPants Kids | 2 gummies daily",
    "L'il Critters",
    "kids gummy vitamins",
]
COMMANDS = [
    ("plan", "--goal", "constipation", "--age", "6", "--sex", "M"),
    ("recommend", "--goal", "migraine", "--age", "45"),
    ("dose", "citrate", "--elemental", "100", "--age", "6"),
]


@pytest.mark.parametrize("line", UNKNOWN)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_every_command_withholds_beside_magnesium_of_unknown_amount(
    run: RunFn, command: tuple[str, ...], line: str
) -> None:
    name, _, directions = line.partition(" | ")
    med = f"{name} {directions}".strip()
    shown = f"{name} ({directions})" if directions else name
    table = run(*command, "--med", med)
    assert table.code == 4, table.err
    assert "NO DOSE ADVISED" in table.flat and f"{shown} (amount not known)" in table.flat
    assert HOW in table.flat and '"magnesium 250 mg 2 tablets daily"' in table.flat
    assert "Daily target" not in table.flat and "Mg/day" not in table.out
    doc = run(*command, "--med", med, "--json")
    assert doc.code == 4, doc.err
    data = doc.json()
    assert isinstance(data, dict) and data["go_ahead"] is False
    ids = [w["id"] for w in data["withheld"]["by"]] if "withheld" in data else []
    ids += [a["id"] for a in data.get("alerts", [])]
    assert UNCOUNTED in ids


def test_the_amount_given_as_magnesium_is_counted_instead(run: RunFn) -> None:
    typed = ("--med", "magnesium 100 mg 2 tablets daily")
    data = run("recommend", "--goal", "migraine", "--age", "45", *typed, "--json").ok_doc()
    assert data["ceiling"]["mg"] == 150  # 350 mg upper level less 2 x 100 mg
    dose = run("dose", "citrate", "--elemental", "50", "--age", "45", *typed, "--json")
    assert dose.ok_doc()["check"]["total_elemental_mg"] == pytest.approx(250)


@pytest.mark.parametrize(
    ("med", "close"),
    [("Rolaid 2 tabs", "Rolaids"), ("Slow-Magg 1 tab daily", "Slow-Mag")],
)
@pytest.mark.parametrize("command", COMMANDS[:2], ids=lambda c: c[0])
def test_a_misspelt_magnesium_product_withholds(
    run: RunFn, command: tuple[str, ...], med: str, close: str
) -> None:
    table = run(*command, "--med", med)
    assert table.code == 4, table.err
    assert "NOT recognised" in table.flat and "NO DOSE ADVISED" in table.flat
    assert f"did you mean {close}, which contains magnesium?" in table.flat
    assert "Daily target" not in table.flat and "Mg/day" not in table.out


@pytest.mark.parametrize(
    ("med", "why"),
    [
        ("One A Day Women's", "it names One A Day, which contains magnesium"),
        ("prenatal multivitamin daily", ""),
        ("Kirkland Signature Daily Multi", ""),
    ],
)
def test_an_unknown_multivitamin_withholds(run: RunFn, med: str, why: str) -> None:
    table = run("recommend", "--goal", "migraine", "--age", "45", "--med", med)
    assert table.code == 4, table.err
    assert "NOT recognised" in table.flat and "NO DOSE ADVISED" in table.flat
    assert f"{med}{f' (not recognised; {why})' if why else ''} (amount not known)" in table.flat


@pytest.mark.parametrize("med", ["Lasixx", "Tylenol Cold Multi-Symptom"])
def test_an_unknown_name_without_magnesium_still_gets_a_dose(run: RunFn, med: str) -> None:
    table = run("recommend", "--goal", "migraine", "--age", "45", "--med", med)
    assert table.code == 3, table.err
    assert "NOT recognised" in table.flat and "NO DOSE ADVISED" not in table.flat


def test_phillips_chewable_tablets_are_counted_from_their_label(run: RunFn) -> None:
    med = ("--med", "Phillips' Chewable Tablets 2 tabs daily")
    child = run("plan", "--goal", "constipation", "--age", "7", "--sex", "F", *med)
    assert child.code == 4, child.err
    assert "NOT recognised" not in child.flat and "Daily target" not in child.flat
    assert "259.2 mg" in child.flat  # 2 x 311 mg magnesium hydroxide at 41.7%
    adult = run("dose", "citrate", "--elemental", "50", "--age", "40", *med, "--json")
    assert adult.ok_doc()["check"]["total_elemental_mg"] == pytest.approx(309.2)


def test_caltrate_plus_minerals_with_directions_is_one_product(run: RunFn) -> None:
    args = ("plan", "--goal", "muscle-tension", "--age", "10", "--sex", "M")
    table = run(*args, "--med", "Caltrate 600+D3 Plus Minerals bid")
    assert table.code == 0, table.err
    assert "NOT assessed" not in table.flat
    assert "Daily target: 97-250 mg" in table.flat  # 350 mg upper level less 2 x 50 mg


def test_two_products_joined_by_and_are_both_read(run: RunFn) -> None:
    table = run("cautions", "--med", "Slow-Mag and Rolaids")
    assert table.code == 0, table.err
    assert "NOT recognised" not in table.flat
    assert "Slow-Mag = Slow-Mag" in table.flat and "Rolaids = Rolaids" in table.flat
    doc = run(
        "dose", "citrate", "--elemental", "50", "--age", "40", "--med", "Slow-Mag and Rolaids"
    )
    assert doc.code == 0, doc.err
    assert "219.5 mg/day" in doc.flat  # 50 + 71.5 (Slow-Mag) + 98 (Rolaids Ultra Strength)


def test_a_salt_in_brackets_reads_the_amount_as_magnesium(run: RunFn) -> None:
    table = run("cautions", "--med", "magnesium (as oxide) 250 mg daily")
    assert table.code == 0, table.err
    assert "NOT recognised" not in table.flat and "ASA" not in table.flat
    assert "= magnesium oxide supplement (250 mg a dose, read from the name)" in table.flat
    data = run(
        "recommend", "--goal", "migraine", "--age", "45",
        "--med", "magnesium (as oxide) 250 mg daily", "--json",
    ).ok_doc()  # fmt: skip
    assert data["ceiling"]["mg"] == 100  # 350 less 250 mg elemental, as labels give it


@pytest.mark.parametrize(
    "med",
    [
        "Multiple Vitamins-Minerals (THERAPEUTIC MULTIVITAMIN) tablet 1 tab daily",
        "Multiple Vitamins-Minerals",
    ],
)
def test_a_records_multivitamin_name_is_a_multivitamin(run: RunFn, med: str) -> None:
    """Records name a multivitamin with minerals "Multiple Vitamins-Minerals": magnesium of
    unknown amount, never a name not assessed beside a dose."""
    doc = run("recommend", "--goal", "sleep", "--age", "40", "--med", med, "--json").json()
    assert isinstance(doc, dict) and doc["go_ahead"] is False
    assert UNCOUNTED in [w["id"] for w in doc["withheld"]["by"]]
