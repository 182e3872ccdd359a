"""`dose --med` reads a listed magnesium product as `recommend` and `plan` do: text on its line
that nothing reads (``xyz``, ``500 mg`` beside Mag-Ox 400) makes its amount not known and
withholds the dose (exit 4), never a total that leaves it out; a volume in ``cc`` or ``mls`` is
read as mL, a range of volumes at its high end, and a dose in mg beside a product of known
strength as that many units (``Mag-Ox 400 800 mg``: 2 tablets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn

UNKNOWN = "listed-magnesium-amount-unknown"


@pytest.mark.parametrize(
    "med",
    [
        "milk of magnesia 30 xyz",
        "Mag-Ox 400 500 mg daily",  # 1.25 tablets: not known
        "Rolaids 300 mg",  # no figure on a Rolaids label divides it
        "Slow-Mag 143 mg 2 tabs daily",  # each tablet 143 mg, or 2 tablets 143 mg: not known
        "MOM 1200 mg 30 mL",  # the dose, or what the 30 mL holds? not known
        "Slow-Mag 3 tablets (143 mg) daily",  # 143 mg is 2 tablets, not 3: not known
    ],
)
def test_dose_withholds_beside_a_magnesium_product_not_read(run: RunFn, med: str) -> None:
    result = run("dose", "glycinate", "500", "--med", med, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 4, result.out
    assert doc["go_ahead"] is False and doc["check"] is None and doc["amount"] is None
    assert UNKNOWN in [w["id"] for w in doc["withheld"]["by"]]
    table = run("dose", "glycinate", "500", "--med", med)
    assert table.code == 4 and "below the upper level" not in table.flat


@pytest.mark.parametrize(
    ("med", "total"),
    [
        ("Mag-Ox 400 1 daily", 311.8),
        ("Milk of magnesia 30 mL at night", 1070.5),
        ("MOM 30cc qhs", 1070.5),  # 30 mL of milk of magnesia: 1,000 mg
        ("Milk of magnesia 30 mls nocte", 1070.5),
        ("Milk of magnesia 30-60 ml at night", 2070.5),  # the range's high end, 60 mL
        ("Lactulose 15 mL", 70.5),  # no magnesium: the glycinate alone
        ("Mag-Ox 400 800 mg daily", 553.1),  # 800 mg is 2 tablets of 400 mg: 482.6 mg
        ("Mag-Ox 400 800mg bid", 1035.7),  # 4 tablets a day
        ("Slow-Mag 143 mg daily", 213.5),  # 2 tablets of 71.5 mg magnesium
        ("Mag-Tab SR 168 mg bid", 406.5),  # 2 caplets of 84 mg, twice a day: 336 mg
        ("Rolaids 400 mg", 266.5),  # 2 tablets of 200 mg magnesium hydroxide, at 98 mg each
        ("Rolaids 1350 mg", 266.5),  # 2 of 675 mg calcium carbonate (10 of 135 mg is above 7)
        ("Phillips Chewable Tablets 622 mg", 329.7),  # 2 of 311 mg magnesium hydroxide
        ("Doan's 1160 mg", 146.5),  # 2 caplets of 580 mg magnesium salicylate
        ("Rolaids 1000 mg", 168.5),  # a label's strength (Ultra Strength): one tablet
        ("Slow-Mag 64 mg", 142.0),  # the older tablet's strength: one tablet
        ("Pepcid Complete 10 mg", 139.3),  # its famotidine: one tablet
        ("milk of magnesia 4800 mg qhs", 2070.5),  # 60 mL of 400 mg Mg(OH)2 per 5 mL
        ("MOM 1200 mg", 570.5),  # 15 mL: 500 mg of magnesium
        ("milk of magnesia 1000 mg", 1070.5),  # 12.5 mL of Mg(OH)2, or 1,000 mg elemental
        ("MOM 2400mg/30mL qhs", 1070.5),  # a strength per volume: the 30 mL dose
        ("Slow-Mag 2 tablets (143 mg) daily", 213.5),  # the count's mg: 2 tablets, not 4
        ("Slow-Mag 1 tab (71.5 mg) bid", 213.5),  # each tablet's mg: 2 tablets a day
        ("Mag-Ox 400 2 tabs 800 mg daily", 553.1),  # 2 tablets, not 4
        ("magnesium chloride 535 MG", 142.0),  # Slow-Mag's older tablet (64 mg), at 71.5 mg
        ("magnesium chloride 535 mg 2 tabs tid", 499.5),  # 6 tablets, not 3,210 mg
    ],
)
def test_dose_still_counts_a_product_read_in_full(run: RunFn, med: str, total: float) -> None:
    result = run("dose", "glycinate", "500", "--med", med, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 0, result.out
    assert doc["check"]["total_elemental_mg"] == total
    assert doc["check"]["status"] == ("below" if total < 350 else "above")
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    "med",
    ["Tylenol 160mg/5cc", "Motrin 100mg/5cc", "Tylenol 160mg/5mls",
     "paracetamol 120mg/5mls 5mls qds", "acetaminophen 160mg per teaspoon"],
)  # fmt: skip
def test_children_strength_in_cc_mls_or_teaspoon_needs_an_age(run: RunFn, med: str) -> None:
    result = run("recommend", "--goal", "constipation", "--med", med, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 4, result.out
    assert [w["id"] for w in doc["withheld"]["by"]] == ["children-product-needs-age"]
    assert doc["unassessed"] == []


def test_a_dose_in_mg_is_said_to_be_counted_in_tablets(run: RunFn) -> None:
    result = run("dose", "glycinate", "500", "--med", "Mag-Ox 400 800 mg daily")
    assert result.code == 0
    assert "800 mg written a dose: 2 tablets of 400 mg counted" in result.flat
    held = run("recommend", "--goal", "migraine", "--med", "Mag-Ox 400 800 mg daily", "--json")
    doc = held.json()
    assert isinstance(doc, dict)
    assert held.code == 4  # 482.6 mg a day already taken: above the upper level
    assert "482.6 mg a day" in doc["withheld"]["reason"]


@pytest.mark.parametrize(
    ("line", "ceiling"),
    [
        ("Slow-Mag 143 mg daily", 207),  # 2 tablets, 143 mg: 350 - 143 left
        ("Mag-Tab SR 168 mg bid", 14),  # 4 caplets, 336 mg
        ("Rolaids 400 mg", 154),  # 2 tablets at 98 mg
    ],
)
def test_a_list_line_counts_mg_written_in_units(
    run: RunFn, tmp_path: Path, line: str, ceiling: float
) -> None:
    listed = tmp_path / "list.txt"
    listed.write_text(line + "\n", encoding="utf-8")
    result = run("recommend", "--goal", "migraine", "--meds-from", str(listed), "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["ceiling"]["mg"] == ceiling, doc["ceiling"]
    assert f"about {350 - ceiling:g} mg/day" in doc["ceiling"]["why"]


@pytest.mark.parametrize(
    ("med", "said"),
    [
        ("Slow-Mag 143 mg daily", "143 mg written a dose: 2 tablets of 71.5 mg elemental"),
        ("Rolaids 400 mg", "400 mg written a dose: 2 chewable tablets of 200 mg (on its label)"),
        ("Pepcid Complete 1600 mg", "2 chewable tablets of 800 mg (on its label)"),  # not 160
        ("Slow-Mag 448 mg", "7 tablets of 64 mg (on its label) counted, the higher of its "
         "readings (4 tablets of 112 mg (on its label))"),
    ],
)  # fmt: skip
def test_mg_written_is_said_with_the_figure_it_divides(run: RunFn, med: str, said: str) -> None:
    result = run("dose", "glycinate", "500", "--med", med)
    assert result.code == 0, result.out
    assert said in result.flat, result.out


def test_a_labels_strength_is_no_dose(run: RunFn) -> None:
    result = run("dose", "glycinate", "500", "--med", "Slow-Mag 64 mg")
    assert result.code == 0 and "written a dose" not in result.flat


def test_an_mg_beside_milk_of_magnesia_is_said_in_ml(run: RunFn) -> None:
    result = run("dose", "glycinate", "500", "--med", "milk of magnesia 4800 mg qhs")
    assert "4800 mg written a dose: 60 mL at 400 mg per 5 mL on its label counted" in result.flat
    ambiguous = run("dose", "glycinate", "500", "--med", "milk of magnesia 1000 mg")
    assert "30 mL counted, the mg read as elemental magnesium" in ambiguous.flat
