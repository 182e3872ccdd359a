"""Dialysis, heart block and myasthenia gravis in the spellings lists and records use.

Before, each of these printed a full dose (exit 3, citrate 600 mg for migraine), or withheld for
the wrong reason: dialysis written ``IPD``, ``HHD``, ``hemo 3x week``, or as a peritoneal
dialysis solution of another maker (``Staysafe balance 1.5% 2L qds``, ``bicaVera 1.5%``,
``Gambrosol trio``); first-degree heart block written as its ECG finding (``PR 280 ms``, ``long
PR interval``); myasthenia written ``MGFA class II``; ``MG (ocular)`` and ``MuSK+ MG`` withheld
as magnesium already taken; ``(CHB, HD)`` beside tenofovir as heart block, HD unnamed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json
from test_dialysis_block_words import _condition, held_by

from conftest import RunFn


@pytest.mark.parametrize(
    "line",
    [
        "PD (peritoneal)",
        "PD - nocturnal",
        "IPD",
        "HHD",
        "hemo 3x week",
        "haemo TTS",
        "Ultrabag 2.5%",
        "Balance 1.5% 2L",
        "Stay Safe 1.5% 2L x4",
        "Staysafe balance 1.5% 2L qds",
        "Fresenius Balance 2.3% glucose 2L",
        "bicaVera 1.5%",
        "Gambrosol trio",
        "Tenofovir 300 mg daily (CHB, HD)",  # CHB beside tenofovir: hepatitis B; HD: dialysis
        "Pramipexole 0.125 mg (RLS, HD)",
        "Heparin 5000 units with HD",
        "Parsabiv 5 mg IV with HD",
        "HomeChoice cycler",  # a PD cycler
        "Sleep-safe cycler",
        "on KRT",  # kidney replacement therapy, KDIGO's name for dialysis
    ],
)
def test_dialysis_spellings_withhold_as_dialysis(run: RunFn, tmp_path: Path, line: str) -> None:
    code, held = held_by(run, tmp_path, line)
    assert code == 4 and "dialysis" in held
    assert "record-not-read" not in held and "heart-block" not in held


@pytest.mark.parametrize(
    "line",
    ["2nd° HB", "1AVB", "PR prolongation", "long PR interval", "prolonged PR", "PR 280 ms",
     "Metoprolol 25 mg bd (PR 240 ms)", "PR interval 220", "PR 0.24 s", "2:1 block", "Mobitz 2"],
)  # fmt: skip
def test_heart_block_as_its_ecg_finding_withholds(run: RunFn, tmp_path: Path, line: str) -> None:
    assert held_by(run, tmp_path, line) == (4, ["heart-block"])


@pytest.mark.parametrize(
    "line",
    ["Azathioprine 50 mg bd (MG - ocular)", "oMG", "seropositive MG", "MGFA class II",
     "MG (ocular)", "MuSK+ MG", "AChR+ MG", "anti-AChR+", "MG crisis"],
)  # fmt: skip
def test_myasthenia_spellings_withhold_as_myasthenia(run: RunFn, tmp_path: Path, line: str) -> None:
    assert held_by(run, tmp_path, line) == (4, ["myasthenia-gravis"])


@pytest.mark.parametrize(
    "line", ["Pyridostigmine 60 mg - MG", "Mestinon 60 mg qds (MG)", "Efgartigimod (MG)"]
)
def test_mg_beside_a_medicine_for_it_is_the_disease(run: RunFn, tmp_path: Path, line: str) -> None:
    code, held = held_by(run, tmp_path, line)
    assert code == 4 and "myasthenia-gravis" in held
    assert "listed-magnesium-amount-unknown" not in held  # not magnesium already taken


@pytest.mark.parametrize(
    "line",
    ["Paracetamol 1 g PR", "Diclofenac 100 mg PR", "Balance", "Balance exercises daily",
     "Sinemet 25/100 tid (PD)", "Tenofovir 300 mg (HIV/CHB)"],
)  # fmt: skip
def test_the_same_letters_elsewhere_do_not_withhold(run: RunFn, tmp_path: Path, line: str) -> None:
    assert held_by(run, tmp_path, line)[1] == []


def test_a_normal_pr_interval_and_milligrams_beside_ocular_are_no_condition(
    run: RunFn, tmp_path: Path
) -> None:
    assert "heart-block" not in held_by(run, tmp_path, "PR 160 ms")[1]
    assert "heart-block" not in held_by(run, tmp_path, "PR 0.16 s")[1]
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
        ("PD (peritoneal)", "dialysis"),
        ("HHD", "dialysis"),
        ("Hypotension secondary to HD", "dialysis"),
    ],
)
def test_a_record_condition_says_it_the_same_way(
    run: RunFn, tmp_path: Path, text: str, withholder: str
) -> None:
    path = bundle_file(tmp_path, PATIENT, AMLODIPINE, _condition(text))
    code, doc = recommend_json(run, path)
    assert code == 4 and [b["id"] for b in doc["withheld"]["by"]] == [withholder]


def test_hd_beside_huntington_is_not_dialysis(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, PATIENT, AMLODIPINE, _condition("Huntington's disease (HD)"))
    _, doc = recommend_json(run, path)
    assert "dialysis" not in [b["id"] for b in (doc["withheld"] or {"by": []})["by"]]
