"""Magnesium already taken above the ceiling by itself: no dose, and the intake itself reviewed.

A listed product that reaches the supplement upper level (IOM 1997) withholds any further dose;
one that passes it also asks for the current intake to be reviewed (blood magnesium, kidney
function: high blood magnesium followed magnesium oxide above 1,000 mg a day, s61a, s61b).
"""

from __future__ import annotations

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
    table = run("plan", *OVER_UL, "--med", "Mag-Ox 400")  # 241.3 mg: 108.7 mg left
    assert table.code == 0, table.err
    assert "by itself" not in table.flat and "Daily target: 108.7 mg" in table.flat
