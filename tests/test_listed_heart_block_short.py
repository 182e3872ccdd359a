"""Bradycardia shortened, AV dissociation and an AV delay given as a medicine's reason withhold.

Before (review rv23 A6): ``Brady`` and ``AV dissociation`` on a list were NOT ASSESSED beside
the full migraine dose (exit 3), and ``Amlodipine 5mg for AV delay`` showed it with exit 0,
while ``AV delay`` alone withheld. The rules withhold the dose in disorders of cardiac
conduction (bradycardia). ``Dr Brady`` is a name and keeps the dose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn, recommend_list, withheld_ids

LISINOPRIL = "Lisinopril 10mg"


@pytest.mark.parametrize(
    ("line", "by"),
    [
        ("Brady", "record-not-read"),
        ("Sinus brady", "record-not-read"),
        ("AV dissociation", "record-not-read"),
        ("Amlodipine 5mg for AV delay", "heart-block"),
        ("AV delay", "heart-block"),
    ],
)
def test_a_conduction_wording_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, by: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "migraine", line, LISINOPRIL)
    assert code == 4 and doc["go_ahead"] is False
    assert withheld_ids(doc) == [by]
    path = tmp_path / "list.txt"
    table = run("recommend", "--goal", "migraine", "--meds-from", str(path))
    assert table.code == 4
    assert "NO DOSE ADVISED" in table.flat


@pytest.mark.parametrize("line", ["Dr Brady", "GP Dr. Brady", "Bradykinin"])
def test_a_name_keeps_the_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "migraine", line, LISINOPRIL)
    assert code in (0, 3) and withheld_ids(doc) == []
