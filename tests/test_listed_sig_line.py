"""A line of directions under a magnesium product on a plain list is joined to it and counted.

Epic prints the directions below the name with each dose's total in brackets and each number
in words; other lists label the line; UK charts write the count in Latin (``ii tds``). Slow-Mag
is 71.5 mg a tablet (its label, in the rules); the supplement upper level is 350 mg/day from
age 9 (IOM 1997).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn

SLOW_MAG = "Slow-Mag 71.5 mg tablet"


def recommend(run: RunFn, tmp_path: Path, text: str) -> tuple[int, dict[str, object]]:
    path = tmp_path / "meds.txt"
    path.write_text(text, encoding="utf-8")
    doc = run("recommend", "--goal", "migraine", "--age", "40", "--meds-from", str(path), "--json")
    data = doc.json()
    assert isinstance(data, dict), doc.err
    return doc.code, data


@pytest.mark.parametrize(
    ("sig", "total"),
    [
        ("Take 2 tablets (143 mg total) by mouth 2 (two) times daily.", "286"),
        ("Take 2 tablets by mouth every 12 (twelve) hours", "286"),
        ("Take 1 tablet by mouth every 8 (eight) hours", "214.5"),
        ("Take 1 tablet (71.5 mg total) by mouth 3 (three) times daily.", "214.5"),
        ("Take 4 tablets (286 mg total) by mouth nightly.", "286"),
        ("Chew 2 tablets (143 mg total) 2 (two) times daily.", "286"),
        ("Directions: take two tablets twice a day", "286"),
        ("Instructions: 2 twice daily", "286"),
        ("Take 2 tablets by mouth 2 (two) times daily. Indications: leg cramps", "286"),
    ],
)
def test_the_sig_line_below_is_counted(run: RunFn, tmp_path: Path, sig: str, total: str) -> None:
    code, data = recommend(run, tmp_path, f"{SLOW_MAG}\n{sig}\n")
    assert code == 0, data
    ceiling = data["ceiling"]
    assert isinstance(ceiling, dict)
    assert f"about {total} mg/day" in str(ceiling["why"])
    assert not data.get("unassessed")


@pytest.mark.parametrize("sig", ["ii tds", "Frequency: twice daily\nInstructions: 2 twice daily"])
def test_a_latin_or_labelled_count_reaches_the_upper_level(
    run: RunFn, tmp_path: Path, sig: str
) -> None:
    code, data = recommend(run, tmp_path, f"Magnesium 100mg tablets\n{sig}\n")
    assert code == 4, data  # 600 or 400 mg a day: nothing is left
    withheld = data["withheld"]
    assert isinstance(withheld, dict)
    assert [b["id"] for b in withheld["by"]] == ["listed-magnesium"]


def test_commonly_known_as_is_the_same_medicine(run: RunFn, tmp_path: Path) -> None:
    aka = "Commonly known as: MAG-OX"
    text = f"magnesium oxide 400 MG tablet\n{aka}\nTake 1 tablet by mouth 2 times daily.\n"
    code, data = recommend(run, tmp_path, text)
    assert code == 4, data
    withheld = data["withheld"]
    assert isinstance(withheld, dict)
    basis = [b["basis"] for b in withheld["by"]]
    assert len(basis) == 1 and "about 482.6 mg/day" in basis[0]  # 2 x 241.3 mg, counted once
    assert not data.get("unassessed")
