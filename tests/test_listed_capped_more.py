"""More pregnancy and breastfeeding wordings on a list cap the dose at 350 mg a day.

Before (review rv23 A7): ``Booked for CS``, ``Scheduled C-section``, ``ICP`` (intrahepatic
cholestasis of pregnancy), ``Placenta praevia``, ``Expecting``, ``Mum-to-be``, ``EBM``
(expressed breast milk), ICD-10 ``Z39.1`` and ICD-9-CM ``V24.1`` (a lactating mother) on a list
showed the 600 mg migraine dose, above the 350 mg cap of pregnancy and breastfeeding (exit 3).
The intracranial pressure (``Raised ICP``) and other words beside them keep the dose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn, recommend_list

LISINOPRIL = "Lisinopril 10mg"


@pytest.mark.parametrize(
    ("line", "condition"),
    [
        ("Booked for CS", "pregnancy"),
        ("Scheduled C-section", "pregnancy"),
        ("ICP", "pregnancy"),
        ("ICP - ursodeoxycholic acid 500mg", "pregnancy"),
        ("Placenta praevia", "pregnancy"),
        ("Placenta previa", "pregnancy"),
        ("Expecting", "pregnancy"),
        ("Mum-to-be", "pregnancy"),
        ("EBM", "breastfeeding"),
        ("Z39.1", "breastfeeding"),
        ("V24.1", "breastfeeding"),
    ],
)
def test_a_wording_caps_the_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, condition: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "migraine", line, LISINOPRIL)
    assert code in (0, 3)
    assert [c["id"] for c in doc["conditions"]] == [condition]
    assert doc["ceiling"]["mg"] == 350
    table = run("recommend", "--goal", "migraine", "--meds-from", str(tmp_path / "list.txt"))
    assert "350 mg" in table.flat
    assert "citrate 350 mg" in table.flat


@pytest.mark.parametrize(
    "line",
    ["Raised ICP", "Acetazolamide 250mg for raised ICP", "Expecting results", "Booked for CT"],
)
def test_other_words_keep_the_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "migraine", line, LISINOPRIL)
    assert code in (0, 3)
    assert doc["conditions"] == [] and doc["ceiling"] is None
