"""Kidney diseases named with no stage withhold as kidney disease of unknown stage; ``PD``
beside a dialysis word one letter off is peritoneal dialysis.

Before, ``Alport syndrome`` (hereditary nephritis: GeneReviews, Kashtan) showed a full adult
dose with the line NOT ASSESSED (exit 3), and so did ``Automatted PD`` (automated peritoneal
dialysis misspelt), where ``Automated PD`` withheld; ``Lupus nephritis`` and ``Nephrotic
syndrome`` withheld only as texts not read. The words of these names alone are no kidney disease
(``Lupus``, ``Polycystic ovaries``, ``Familial hypercholesterolaemia``), nor ``PD`` beside
Parkinson's medicine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import condition_json

from conftest import RunFn, recommend_list, withheld_ids

MEDICINES = ("Magnesium glycinate 200mg", "Lisinopril 10mg")


@pytest.mark.parametrize(
    ("line", "condition"),
    [("Alport syndrome", "kidney-disease"), ("Alport's syndrome", "kidney-disease"),
     ("Hereditary nephritis", "kidney-disease"), ("Lupus nephritis", "kidney-disease"),
     ("Nephrotic syndrome", "kidney-disease"), ("Polycystic kidneys", "kidney-disease"),
     ("ADPKD", "kidney-disease"), ("Thin basement membrane nephropathy", "kidney-disease"),
     ("Automatted PD", "dialysis"), ("Automted PD", "dialysis"), ("Nocturnl PD", "dialysis")],
)  # fmt: skip
def test_a_named_kidney_disease_or_misspelt_dialysis_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, condition: str
) -> None:
    code, doc = recommend_list(
        run, tmp_path, monkeypatch, "migraine", MEDICINES[0], line, MEDICINES[1]
    )
    assert code == 4 and doc["go_ahead"] is False
    assert withheld_ids(doc) == [condition]
    assert doc["unassessed"] == [] and doc["skipped"] == []


@pytest.mark.parametrize(
    "line",
    ["Lupus", "Polycystic ovaries", "Polycystic ovary syndrome", "Familial hypercholesterolaemia",
     "Hereditary spherocytosis", "Parkinson's disease (PD)"],
)  # fmt: skip
def test_a_word_of_their_names_alone_is_no_kidney_disease(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(
        run, tmp_path, monkeypatch, "migraine", MEDICINES[0], line, MEDICINES[1]
    )
    assert code in (0, 3) and withheld_ids(doc) == []


def test_a_records_alport_not_read_withholds(run: RunFn, tmp_path: Path) -> None:
    code, doc = condition_json(run, tmp_path, "No Alport syndrome")
    assert code == 4 and withheld_ids(doc) == ["record-not-read"]


@pytest.mark.parametrize("line", ["Goodpasture syndrome", "Goodpasture's disease"])
def test_goodpasture_withholds_as_a_kidney_text_not_read(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(
        run, tmp_path, monkeypatch, "migraine", MEDICINES[0], line, MEDICINES[1]
    )
    assert code == 4 and withheld_ids(doc) == ["record-not-read"]
    assert "kidney" in doc["skipped"][0]["reason"]


def test_the_kidney_basis_cites_genereviews_for_alport(run: RunFn) -> None:
    shown = run("rules", "export")
    assert shown.code == 0
    assert "[genereviews-alport]" in shown.out and "NBK1207" in shown.out
