"""AV conduction slowed or delayed, however written, is heart block: the dose is withheld.

Before, ``Delayed A-V conduction`` (``A-V`` with its hyphen), ``Slow AV conduction`` and
``First degree AV delay`` on a list showed a full adult dose with the line NOT ASSESSED
(exit 3); ``AV conduction delay`` withheld only as a text not read. The PR interval (the AV
conduction time) over 200 ms is first-degree AV block (2018 ACC/AHA/HRS bradycardia guideline).
A medicine's slow or delayed release is no heart block.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import condition_json

from conftest import RunFn, recommend_list, withheld_ids

MEDICINES = ("Magnesium glycinate 200mg", "Lisinopril 10mg")


@pytest.mark.parametrize(
    "line",
    ["Delayed A-V conduction", "Slow AV conduction", "Slowed AV conduction",
     "First degree AV delay", "1st degree AV delay", "AV conduction delay",
     "A-V conduction delay", "Atrioventricular conduction delay",
     "Delayed atrioventricular conduction", "PR prolonged"],
)  # fmt: skip
def test_av_conduction_delayed_withholds_as_heart_block(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(
        run, tmp_path, monkeypatch, "migraine", MEDICINES[0], line, MEDICINES[1]
    )
    assert code == 4 and doc["go_ahead"] is False
    assert withheld_ids(doc) == ["heart-block"]
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    "line", ["Delayed release omeprazole 20mg", "Slow K 600mg", "Delayed gastric emptying"]
)
def test_a_slow_or_delayed_medicine_or_other_delay_is_no_heart_block(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(
        run, tmp_path, monkeypatch, "migraine", MEDICINES[0], line, MEDICINES[1]
    )
    assert code in (0, 3) and withheld_ids(doc) == []


@pytest.mark.parametrize("text", ["No slow AV conduction", "No first degree AV delay"])
def test_a_records_av_delay_not_read_withholds(run: RunFn, tmp_path: Path, text: str) -> None:
    code, doc = condition_json(run, tmp_path, text)
    assert code == 4 and withheld_ids(doc) == ["record-not-read"]
    assert "heart block" in doc["skipped"][0]["reason"]
