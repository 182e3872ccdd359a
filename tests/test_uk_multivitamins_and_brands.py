"""UK/EU multivitamins with magnesium, Suflave, more renal vitamins and current brands.

A pharmacist review (2026-12-01) found these names not assessed, with a dose printed beside
them. Berocca (100 mg a tablet, smpc-berocca), Osteocare (150 mg, pil-osteocare) and Forceval
(30 mg, pi-forceval) are counted from their product information; pregnancy and UK
multivitamins whose labels were not read, and the Suflave bowel prep, are magnesium of unknown
amount (no dose beside them); the renal vitamins withhold as Nephrocaps does; Doryx MPC,
Lymepak, Ximino, Ermeza, Thyquidity, Myfenax and Ceptava are read as their generics.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn


def _recommend(run: RunFn, med: str) -> tuple[int, dict[str, Any]]:
    result = run("recommend", "--goal", "constipation", "--age", "30", "--med", med, "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


def _withheld_by(doc: dict[str, Any]) -> list[str]:
    return [w["id"] for w in doc.get("withheld", {}).get("by", [])]


@pytest.mark.parametrize(
    ("med", "counted", "left"),
    [
        ("Berocca 1 daily", "100 mg/day", 250),
        ("Osteocare 2 tabs daily", "300 mg/day", 50),
        ("Forceval 1 daily", "30 mg/day", 320),
    ],
)
def test_a_multivitamin_whose_label_gives_the_magnesium_is_counted(
    run: RunFn, med: str, counted: str, left: float
) -> None:
    code, doc = _recommend(run, med)
    assert code in (0, 4)  # 4: no labelled laxative dose fits what is left (Osteocare)
    assert not doc.get("unassessed")
    assert doc["ceiling"]["mg"] == pytest.approx(left)
    assert f"you already take about {counted} of elemental magnesium" in doc["ceiling"]["why"]
    [goal] = doc["goals"]
    assert all(rec["dose"]["max_mg"] <= left for rec in goal["recommendations"])


@pytest.mark.parametrize(
    "med",
    [
        "Pregnacare Original 1 tab daily",
        "Elevit",
        "Wellwoman",
        "Wellman 1 daily",
        "Perfectil",
        "Sanatogen A-Z Complete",
        "Suflave",
    ],
)
def test_magnesium_of_unknown_amount_withholds(run: RunFn, med: str) -> None:
    code, doc = _recommend(run, med)
    assert code == 4
    assert doc["go_ahead"] is False
    assert all(not goal.get("recommendations") for goal in doc["goals"])
    assert "listed-magnesium-amount-unknown" in _withheld_by(doc)
    assert not doc.get("unassessed")


@pytest.mark.parametrize(
    "med",
    ["Renatabs", "Renaplex-D", "Virt-Caps", "Folbee Plus CZ", "Nephrocaps QT", "Renal vite"],
)
def test_a_renal_vitamin_withholds(run: RunFn, med: str) -> None:
    code, doc = _recommend(run, med)
    assert code == 4
    assert "renal-vitamin" in _withheld_by(doc)
    assert not doc.get("unassessed")


@pytest.mark.parametrize(
    ("med", "generic", "severity"),
    [
        ("Doryx MPC 120mg", "doxycycline", "major"),
        ("Lymepak", "doxycycline", "major"),
        ("Ximino", "minocycline", "major"),
        ("Ermeza", "levothyroxine", "moderate"),
        ("Thyquidity", "levothyroxine", "moderate"),
        ("Myfenax", "mycophenolate", "moderate"),
        ("Ceptava", "mycophenolate", "moderate"),
    ],
)
def test_a_current_brand_gets_its_generic_caution(
    run: RunFn, med: str, generic: str, severity: str
) -> None:
    result = run("cautions", "--med", med, "--json")
    assert result.code == 0, result.err
    doc = result.json()
    assert isinstance(doc, dict) and not doc.get("unassessed")
    [caution] = doc["cautions"]
    assert (caution["name"], caution["severity"]) == (generic, severity)
