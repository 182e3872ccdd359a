"""An echo report's heart-failure wordings on a list withhold, as ``LVSD`` and ``EF 30%`` do.

Before (review rv23 A4): ``LV systolic dysfunction``, ``LV dysfunction``, ``Impaired LV
function``, ``Reduced EF``, ``EF 20-25%``, ``EF <35%``, ``DCM``, ``HCM``, ``Cardiac amyloidosis``
and the ICD-9-CM codes ``425.4`` (cardiomyopathy) and ``402.91`` (hypertensive heart disease with
heart failure) on a list were NOT ASSESSED beside the full migraine dose (exit 3), while ``LVSD``
and ``Cardiomyopathy`` withheld it. They now withhold as a text that may name heart failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn

MIGRAINE = ("recommend", "--goal", "migraine", "--age", "50")


def _list(tmp_path: Path, line: str) -> str:
    path = tmp_path / "meds.txt"
    path.write_text(f"{line}\nLisinopril 10mg\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "line",
    [
        "LV systolic dysfunction",
        "LV dysfunction",
        "Mod LV dysfunction",
        "Severe LV impairment",
        "Impaired LV function",
        "Poor LV function",
        "Reduced EF",
        "EF 20-25%",
        "EF <35%",
        "DCM",
        "HCM",
        "HOCM",
        "Cardiac amyloidosis",
        "ATTR-CM",
        "Takotsubo",
        "425.4",
        "402.91",
        "402.11",
    ],
)
def test_an_echo_wording_or_code_withholds(run: RunFn, tmp_path: Path, line: str) -> None:
    meds = _list(tmp_path, line)
    result = run(*MIGRAINE, "--meds-from", meds, "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["go_ahead"] is False
    assert [b["id"] for b in doc["withheld"]["by"]] == ["record-not-read"]
    [skipped] = doc["skipped"]
    assert skipped["input"] == line
    assert "heart failure" in skipped["reason"]
    table = run(*MIGRAINE, "--meds-from", meds)
    assert table.code == 4
    assert "NO DOSE ADVISED" in table.flat


@pytest.mark.parametrize(
    "line",
    [
        "Good LV function",
        "LV function normal",
        "Efavirenz 600mg",
        "Fluticasone HFA 2 puffs bid",
        "402.90",  # hypertensive heart disease without heart failure
    ],
)
def test_a_wording_not_of_a_failing_heart_keeps_the_dose(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    result = run(*MIGRAINE, "--meds-from", _list(tmp_path, line), "--json")
    assert result.code in (0, 3)
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["go_ahead"] is True
    assert doc["withheld"] is None
