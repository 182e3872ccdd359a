"""ICD-10 codes typed on a list count the conditions a record's codes do: a pregnancy's the cap.

Before, an ICD-10 pregnancy code typed on a list (``Z33.1``, ``Z3400``, ``O20.0``), dotted or
not, gave the full dose with no cap (exit 3), though the same code in a FHIR Condition's coding
was capped at 350 mg/day. The withholding codes a record's table maps (``G70.0``, ``I44.2``,
``N18.4``) now count their condition too, and a vitamin's strength is no code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn, recommend_list, withheld_ids

PREGNANCY_CODES = [
    "Z33.1", "Z331", "Z34.00", "Z3400", "O20.0", "O200", "O26.89", "O099", "Z3A.12", "Z3A20",
    "ICD-10: Z34.00", "Pregnancy Z33.1", "Folic acid 400mcg - Z33.1", "Ondansetron 4mg (O21.0)",
]  # fmt: skip


@pytest.mark.parametrize("line", PREGNANCY_CODES)
def test_a_typed_pregnancy_code_caps_the_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", line)
    assert code in (0, 3) and withheld_ids(doc) == []
    assert doc["ceiling"]["mg"] == 350 and doc["ceiling"]["why"] == "Pregnancy"
    assert "pregnancy" in [f["condition"] for f in doc["from_record"]]


@pytest.mark.parametrize(
    ("line", "withheld"),
    [("G70.0", "myasthenia-gravis"), ("G700", "myasthenia-gravis"), ("I44.2", "heart-block"),
     ("I442", "heart-block"), ("I45.0", "heart-block"), ("N18.4", "severe-kidney-disease"),
     ("N184", "severe-kidney-disease"), ("Z992", "dialysis"), ("E83.41", "hypermagnesemia")],
)  # fmt: skip
def test_a_typed_withholding_code_counts_its_condition(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, withheld: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", "Amlodipine 5 mg", line)
    assert code == 4 and withheld in withheld_ids(doc)


@pytest.mark.parametrize(
    "line", ["E400", "C1000", "Vit E400 IU", "D3 5000 IU", "B12 1000mcg", "ICD-10 I10", "E1000 IU"]
)
def test_a_vitamin_strength_is_no_condition(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", line)
    assert code in (0, 3) and withheld_ids(doc) == [] and doc["ceiling"] is None
    assert [f["condition"] for f in doc["from_record"]] == []
