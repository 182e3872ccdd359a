"""A brand line's name followed by "Magnesium" is its magnesium product, never the line's iron.

Salus Floradix is an iron tonic (the rules list it as an iron brand); Floradix Magnesium is a
liquid magnesium supplement with no iron, and Spatone Magnesium a magnesium sachet. Their
amount is not in the rules, so, like every other "<brand> Magnesium", no dose is added.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn


def withheld_by(run: RunFn, *args: str) -> tuple[int, list[str]]:
    doc = run("recommend", "--goal", "migraine", "--age", "40", *args, "--json")
    data = doc.json()
    assert isinstance(data, dict), doc.err
    return doc.code, [b["id"] for b in (data.get("withheld") or {}).get("by", [])]


@pytest.mark.parametrize(
    "med", ["Floradix Magnesium liquid 20 mL daily", "Floradix Magnesium", "Spatone Magnesium"]
)
def test_brand_magnesium_withholds_as_amount_unknown(run: RunFn, med: str) -> None:
    assert withheld_by(run, "--med", med) == (4, ["listed-magnesium-amount-unknown"])


def test_in_a_list(run: RunFn, tmp_path: Path) -> None:
    path = tmp_path / "meds.txt"
    path.write_text("Floradix Magnesium\nLisinopril 10 mg daily\n", encoding="utf-8")
    assert withheld_by(run, "--meds-from", str(path)) == (4, ["listed-magnesium-amount-unknown"])


def test_the_iron_tonic_is_still_iron(run: RunFn) -> None:
    table = run("cautions", "--med", "Floradix liquid 20 mL daily")
    assert table.code == 0, table.err
    assert "iron" in table.flat.lower()
