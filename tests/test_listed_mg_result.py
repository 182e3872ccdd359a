"""A serum magnesium result written on a list is read as a blood result, not a product.

Before: ``Serum Mg 1.2``, ``Mg level 1.2 mmol/L``, ``Last Mg 1.1 mmol/L`` and a U&E line were NOT
ASSESSED beside the full migraine dose (exit 3), and ``Serum magnesium 1.2 mmol/L`` withheld as a
magnesium *product* of unknown amount. A high result (above 0.95 mmol/L, as a health record's) now
withholds as high blood magnesium; a value with no unit that the unit would decide withholds as
not read; a result that is not high gives no condition; a product's strength stays a product.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn

MIGRAINE = ("recommend", "--goal", "migraine", "--age", "50")


def _ids(doc: object) -> list[str]:
    assert isinstance(doc, dict)
    return [b["id"] for b in (doc.get("withheld") or {}).get("by", [])]


@pytest.mark.parametrize(
    "line",
    [
        "Mg level 1.2 mmol/L",
        "Last Mg 1.1 mmol/L",
        "Serum Mg 1.2 mmol/L 01/11/26",
        "Serum magnesium 1.2 mmol/L",
        "Mg: 2.9 mg/dL",
        "Mg2+ 1.3 mmol/L (high)",
    ],
)
def test_a_high_result_withholds_as_high_blood_magnesium(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    meds = tmp_path / "meds.txt"
    meds.write_text(f"{line}\nLisinopril 10 mg daily\n")
    result = run(*MIGRAINE, "--meds-from", str(meds), "--json")
    assert result.code == 4
    doc = result.json()
    assert _ids(doc) == ["hypermagnesemia"]
    assert isinstance(doc, dict)
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    ("line", "lab"),
    [("Serum Mg 1.2", "Serum Mg 1.2"), ("U&E: Na 138 K 4.1 Cr 90 Mg 1.2", "Mg 1.2")],
)
def test_a_result_with_no_unit_withholds_as_not_read(run: RunFn, line: str, lab: str) -> None:
    result = run(*MIGRAINE, "--med", line, "--med", "Lisinopril 10 mg daily", "--json")
    assert result.code == 4
    doc = result.json()
    assert "record-not-read" in _ids(doc)
    assert isinstance(doc, dict)
    assert lab in [s["input"] for s in doc["skipped"] if s.get("not_read")]


@pytest.mark.parametrize("line", ["Serum Mg 0.8 mmol/L", "Serum Mg 0.6 mmol/L (low)"])
def test_a_result_not_high_gives_the_dose(run: RunFn, line: str) -> None:
    result = run(*MIGRAINE, "--med", line, "--med", "Lisinopril 10 mg daily", "--json")
    assert result.code == 0
    assert _ids(result.json()) == []


@pytest.mark.parametrize("line", ["Magnesium 400 mg daily", "Mg: 400", "Magnesium: 2 daily"])
def test_a_product_strength_or_count_is_still_a_product(run: RunFn, line: str) -> None:
    result = run(*MIGRAINE, "--med", line, "--json")
    assert result.code == 4
    ids = _ids(result.json())
    assert ids and ids[0].startswith("listed-magnesium")
    assert "hypermagnesemia" not in ids and "record-not-read" not in ids
