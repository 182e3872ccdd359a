"""Pregnancy notes and pregnancy medicines on a typed list: the 350 mg cap is never lost, and a
route or condition word beside them is never taken for a magnesium product."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn


def _listed(run: RunFn, tmp_path: Path, *lines: str) -> tuple[int, dict[str, Any]]:
    """(exit code, JSON) of ``recommend --goal migraine`` for a list of ``lines``."""
    meds = tmp_path / "meds.txt"
    meds.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("recommend", "--goal", "migraine", "--meds-from", str(meds), "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


def _withheld(doc: dict[str, Any]) -> list[str]:
    return [w["id"] for w in (doc["withheld"] or {}).get("by", [])]


def _capped(doc: dict[str, Any]) -> bool:
    return doc["ceiling"] is not None and doc["ceiling"]["mg"] == 350


@pytest.mark.parametrize(
    "line",
    [
        "Utrogestan 200 mg PV nocte",
        "Cyclogest 400 mg PV bd",
        "Crinone 8% gel PV",
        "Metronidazole 400 mg PV",
        "Metronidazole 400 mg per vaginam",
    ],
)
def test_pv_is_read_as_the_vaginal_route(run: RunFn, tmp_path: Path, line: str) -> None:
    """PV (per vaginam) was fuzzy-matched to PNV, a prenatal vitamin, and withheld the dose as
    magnesium already taken in an amount not known."""
    code, doc = _listed(run, tmp_path, line)
    assert code == 0, doc["unassessed"]
    assert _withheld(doc) == []
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    ("line", "capped"),
    [
        ("PV", False),
        ("OM", False),
        ("PO", False),
        ("T2 pregnancy", True),
        ("IVF pregnancy", True),
        ("early pregnancy", True),
        ("Utrogestan 200 mg nocte, viable pregnancy", True),
    ],
)
def test_a_route_or_a_condition_near_a_product_name_does_not_withhold(
    run: RunFn, tmp_path: Path, line: str, capped: bool
) -> None:
    """PV was taken for PNV, OM for MOM (magnesium already taken), PO for EPO (a kidney
    medicine), and 'T2 pregnancy' for Elevit Pregnancy: each withheld the dose (exit 4)."""
    code, doc = _listed(run, tmp_path, line, "Sumatriptan 50 mg prn")
    assert _withheld(doc) == []
    assert code in (0, 3)
    assert _capped(doc) is capped


@pytest.mark.parametrize("line", ["Rolaid", "pregnancy multivitamin", "Renvella"])
def test_a_misspelt_product_still_withholds(run: RunFn, tmp_path: Path, line: str) -> None:
    code, doc = _listed(run, tmp_path, line)
    assert code == 4
    assert _withheld(doc)
