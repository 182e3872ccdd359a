"""Magnesium already taken above the ceiling by itself: no dose, and the intake itself reviewed.

A listed product that reaches the supplement upper level (IOM 1997) withholds any further dose;
one that passes it also asks for the current intake to be reviewed (blood magnesium, kidney
function: high blood magnesium followed magnesium oxide above 1,000 mg a day, s61a, s61b).
"""

from __future__ import annotations

from pathlib import Path

from conftest import RunFn

OVER_UL = ("--goal", "constipation", "--age", "82", "--sex", "f")
REVIEW = "above the supplement upper level (UL) for ages 9+ years (350 mg/day) by itself"


def test_intake_above_the_upper_level_is_sent_for_review(run: RunFn) -> None:
    table = run("plan", *OVER_UL, "--med", "Mag-Ox 400 1 tab bid")  # 482.6 mg a day
    assert table.code == 4, table.err
    assert REVIEW in table.flat
    assert "check your blood magnesium and kidney function" in table.flat
    assert "Do not add a magnesium supplement to it:" in table.flat  # one product: "it"
    assert "only a doctor or pharmacist who knows you can decide" in table.flat
    alert = run("plan", *OVER_UL, "--med", "Mag-Ox 400 1 tab bid", "--json").json()
    assert isinstance(alert, dict)
    first = alert["alerts"][0]
    assert first["id"] == "listed-magnesium" and REVIEW in first["advice"]
    assert {"s61a", "s61b"} <= set(first["sources"])
    shown = run("recommend", *OVER_UL[:4], "--med", "Mag-Ox 400 1 tab bid")
    assert shown.code == 4 and REVIEW in shown.flat


def test_two_products_are_them_and_a_young_child_gets_the_childs_limit(run: RunFn) -> None:
    both = run("plan", *OVER_UL, "--med", "Mag-Ox 400", "--med", "milk of magnesia")
    assert both.code == 4, both.err
    assert "Do not add a magnesium supplement to them:" in both.flat
    child = run("plan", "--goal", "constipation", "--age", "3", "--sex", "m", "--med", "Mag-Ox 400")
    assert child.code == 4, child.err
    assert "above the supplement upper level (UL) for ages 1-3 years (65 mg/day)" in child.flat


def test_intake_under_the_upper_level_is_not_sent_for_review(run: RunFn) -> None:
    under = ("--goal", "sleep", *OVER_UL[2:])  # a supplement form stays at what is left
    table = run("plan", *under, "--med", "Mag-Ox 400")  # 241.3 mg: 108.7 mg left
    assert table.code == 0, table.err
    assert "by itself" not in table.flat and "Daily target: 108.7 mg" in table.flat


P1 = [  # a 72-year-old's list: 2,000 mg a day of antacid and laxative, and a multivitamin
    "Metformin 500mg 1 tab po bid with meals",
    "Lasix 40mg qam",
    "Omeprazole 20mg daily before breakfast",
    "Mylanta 2 tbsp prn heartburn",
    "Milk of Magnesia 30 ml qhs prn constipation",
    "Centrum Silver 1 tab daily",
]
AT_LEAST = "You already take at least 2,000.2 mg/day of elemental magnesium"
PLUS = "plus Centrum Silver (1 tab daily) of unknown amount"


def test_a_product_of_unknown_amount_does_not_hide_a_known_excess(
    run: RunFn, tmp_path: Path
) -> None:
    meds = tmp_path / "meds.txt"
    meds.write_text("\n".join(P1) + "\n")
    for command in (("recommend",), ("plan", "--sex", "f")):
        args = (*command, "--goal", "migraine", "--age", "72", "--meds-from", str(meds))
        table = run(*args)
        assert table.code == 4, table.err
        assert AT_LEAST in table.flat and PLUS in table.flat
        assert "check your blood magnesium and kidney function" in table.flat
        assert "Centrum Silver (1 tab daily) (amount not known)" in table.flat  # still named
        doc = run(*args, "--json").json()
        assert isinstance(doc, dict)
        held = doc["withheld"]["by"] if "withheld" in doc else doc["alerts"]
        ids = [w["id"] for w in held]
        assert ids[:2] == ["listed-magnesium", "listed-magnesium-amount-unknown"]
        assert {"s61a", "s61b"} <= set(held[0]["sources"])


def test_dose_names_the_known_excess_beside_a_product_of_unknown_amount(run: RunFn) -> None:
    both = ("--med", "Mag-Ox 400 2 tabs bid", "--med", "Centrum Silver")
    table = run("dose", "oxide", "400", "--age", "72", *both)
    assert table.code == 4, table.err
    assert "at least 965.2 mg/day" in table.flat and "plus Centrum Silver of unknown" in table.flat
    assert REVIEW in table.flat


def test_a_condition_that_withholds_keeps_the_review_of_a_known_excess(run: RunFn) -> None:
    args = ("recommend", "--goal", "migraine", "--age", "70", "--condition", "ckd")
    over = run(*args, "--med", "Mag-Ox 400 2 tabs bid")  # 965.2 mg a day
    assert over.code == 4, over.err
    assert REVIEW in over.flat and "about 965.2 mg/day" in over.flat
    under = run(*args, "--med", "Mag-Ox 400")  # 241.3 mg: under the limit, the condition alone
    assert under.code == 4 and "by itself" not in under.flat
