"""Heart-failure wordings on a list withhold, as the same entry in a health record does.

Before: ``Cardiomyopathy``, ``NYHA class III``, ``LVSD``, ``Biventricular failure``, ``Reduced
ejection fraction``, ``LVEF 25%``, ``Heartfailure`` and ``Geart failure`` on a list were NOT
ASSESSED beside the full migraine dose (exit 3), while a record's entry with the same text
withheld it: the rules withhold the dose in heart failure (the heart team sets it). A list's
text not read is now screened for heart failure's words as a record's is.
"""

from __future__ import annotations

import pytest

from conftest import RunFn

MIGRAINE = ("recommend", "--goal", "migraine", "--age", "50")


@pytest.mark.parametrize(
    "line",
    [
        "Cardiomyopathy",
        "Dilated cardiomyopathy",
        "NYHA class III",
        "LVSD",
        "HFimpEF",
        "Biventricular failure",
        "Failing heart",
        "Reduced ejection fraction",
        "LVEF 25%",
        "EF 30%",
        "Heartfailure",
        "Geart failure",
        "Jeart failure",
    ],
)
def test_a_heart_failure_wording_not_read_withholds(run: RunFn, line: str) -> None:
    result = run(*MIGRAINE, "--med", line, "--med", "Lisinopril 10 mg daily", "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert [b["id"] for b in doc["withheld"]["by"]] == ["record-not-read"]
    [skipped] = doc["skipped"]
    assert skipped["input"] == line
    assert "heart failure" in skipped["reason"]
    table = run(*MIGRAINE, "--med", line, "--med", "Lisinopril 10 mg daily")
    assert table.code == 4
    assert "NO DOSE ADVISED" in table.flat


@pytest.mark.parametrize("line", ["Fluticasone HFA 2 puffs bid", "Efavirenz 600 mg"])
def test_a_medicine_with_the_same_letters_keeps_the_dose(run: RunFn, line: str) -> None:
    result = run(*MIGRAINE, "--med", line, "--json")
    assert result.code in (0, 3)
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["go_ahead"] is True


@pytest.mark.parametrize(
    "line",
    ["Bisoprolol 2.5mg for LVSD", "Bisoprolol 2.5mg for cardiomyopathy", "Amlodipine 5mg for HCM"],
)
def test_a_heart_failure_wording_as_a_medicines_reason_withholds(run: RunFn, line: str) -> None:
    result = run(*MIGRAINE, "--med", line, "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    assert [b["id"] for b in doc["withheld"]["by"]] == ["record-not-read"]
    assert [s["input"] for s in doc["skipped"]] == [f"for {line.split(' for ')[1]}"]
