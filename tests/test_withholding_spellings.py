"""Heart block and myasthenia gravis in the spellings lists and records use.

Before, each of these printed a full dose (exit 3, citrate 600 mg for migraine), or withheld for
the wrong reason: first-degree heart block written as its ECG finding (``PR 280 ms``, ``long PR
interval``); myasthenia written ``MGFA class II``; ``MG (ocular)`` and ``MuSK+ MG`` withheld as
magnesium already taken.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json
from test_dialysis_block_words import _condition, held_by

from conftest import RunFn


@pytest.mark.parametrize(
    "line",
    ["2nd° HB", "1AVB", "PR prolongation", "long PR interval", "prolonged PR", "PR 280 ms",
     "Metoprolol 25 mg bd (PR 240 ms)", "PR interval 220"],
)  # fmt: skip
def test_first_degree_heart_block_as_its_ecg_finding_withholds(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    assert held_by(run, tmp_path, line) == (4, ["heart-block"])


@pytest.mark.parametrize(
    "line",
    ["Azathioprine 50 mg bd (MG - ocular)", "oMG", "seropositive MG", "MGFA class II",
     "MG (ocular)", "MuSK+ MG", "AChR+ MG"],
)  # fmt: skip
def test_myasthenia_spellings_withhold_as_myasthenia(run: RunFn, tmp_path: Path, line: str) -> None:
    assert held_by(run, tmp_path, line) == (4, ["myasthenia-gravis"])


@pytest.mark.parametrize(
    "line",
    ["Paracetamol 1 g PR", "Diclofenac 100 mg PR"],
)  # fmt: skip
def test_the_same_letters_elsewhere_do_not_withhold(run: RunFn, tmp_path: Path, line: str) -> None:
    assert held_by(run, tmp_path, line)[1] == []


def test_a_normal_pr_interval_and_milligrams_beside_ocular_are_no_condition(
    run: RunFn, tmp_path: Path
) -> None:
    assert "heart-block" not in held_by(run, tmp_path, "PR 160 ms")[1]
    held = held_by(run, tmp_path, "Topiramate 25 mg (ocular migraine)")[1]
    assert "myasthenia-gravis" not in held


@pytest.mark.parametrize(
    ("text", "withholder"),
    [
        ("2nd° HB", "heart-block"),
        ("PR prolongation", "heart-block"),
        ("oMG", "myasthenia-gravis"),
        ("MG (ocular)", "myasthenia-gravis"),
        ("MGFA class IIa", "myasthenia-gravis"),
    ],
)
def test_a_record_condition_says_it_the_same_way(
    run: RunFn, tmp_path: Path, text: str, withholder: str
) -> None:
    path = bundle_file(tmp_path, PATIENT, AMLODIPINE, _condition(text))
    code, doc = recommend_json(run, path)
    assert code == 4 and [b["id"] for b in doc["withheld"]["by"]] == [withholder]
