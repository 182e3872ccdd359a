"""Heart block run together or misspelled withholds as the two words do; a grade does not.

Before, ``Heartblock``, ``Complete heartblock`` and ``Hart blok`` on a list, and a record's
Condition written ``Heartblock``, showed a full dose (exit 3), where ``Heart block`` withheld; so
did ``AVblock``, ``Complete AVblock`` and ``Geart block`` (a slipped first letter);
and ``Grade 2 reflux`` withheld as a near miss of heart block (its ``high grade AV block``),
``Urinal at night`` as a near miss of Nutrineal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn, recommend_list, withheld_ids

MEDICINE = "Amlodipine 5 mg daily"


@pytest.mark.parametrize(
    "line", ["Heartblock", "Complete heartblock", "heartblock", "Hart blok", "Heart-block"]
)
def test_heart_block_run_together_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", MEDICINE, line)
    assert code == 4 and doc["go_ahead"] is False
    assert withheld_ids(doc)


def test_a_records_heartblock_withholds(run: RunFn, tmp_path: Path) -> None:
    condition = {"resourceType": "Condition", "id": "c1", "code": {"text": "Heartblock"},
                 "subject": {"reference": "Patient/p1"}}  # fmt: skip
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, condition))
    assert code == 4 and doc["go_ahead"] is False


@pytest.mark.parametrize(
    "line", ["Grade 1 haemorrhoids", "Grade 2 reflux", "Grade 2 tear", "Grade 1 fatty liver"]
)
def test_a_grade_of_another_condition_is_no_heart_block(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", MEDICINE, line)
    assert code in (0, 3) and withheld_ids(doc) == [] and doc["go_ahead"] is True


@pytest.mark.parametrize("line", ["2nd degree heart block", "Mobitz II", "high grade av blok"])
def test_a_heart_blocks_grade_still_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", MEDICINE, line)
    assert code == 4 and doc["go_ahead"] is False


@pytest.mark.parametrize(
    ("line", "code"), [("Urinal at night", (0, 3)), ("Nutrneal at night", (4,))]
)
def test_a_plain_word_at_night_is_no_misspelt_medicine(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, code: tuple[int, ...]
) -> None:
    got, _ = recommend_list(run, tmp_path, monkeypatch, "constipation", MEDICINE, line)
    assert got in code


@pytest.mark.parametrize(
    "line",
    ["AVblock", "Complete AVblock", "1st degree AVblock", "Avblock 1st degree", "AV-block",
     "Geart block", "Jeart block", "Eart block", "Complete geart block"],
)  # fmt: skip
def test_av_block_run_together_and_a_slipped_heart_withhold(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    """``AVblock`` as one word, and ``heart`` with its first letter dropped or on the key
    beside it when ``block`` follows (``Geart block``), are heart block."""
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", MEDICINE, line)
    assert code == 4 and doc["go_ahead"] is False
    assert {"record-not-read", "heart-block"} & set(withheld_ids(doc))


@pytest.mark.parametrize("text", ["AVblock", "Complete AVblock", "Geart block"])
def test_a_records_avblock_withholds(run: RunFn, tmp_path: Path, text: str) -> None:
    condition = {"resourceType": "Condition", "id": "c1", "code": {"text": text},
                 "subject": {"reference": "Patient/p1"}}  # fmt: skip
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, condition))
    assert code == 4 and doc["go_ahead"] is False


@pytest.mark.parametrize("line", ["Geary", "Ears blocked", "Geart", "Avalanche"])
def test_words_only_like_heart_or_av_block_keep_the_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", MEDICINE, line)
    assert code in (0, 3) and withheld_ids(doc) == [] and doc["go_ahead"] is True
