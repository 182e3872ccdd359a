"""Heart rhythm device wordings, AV node ablation and sick sinus abbreviations withhold.

Before, ``BiV ICD``, ``CRT device``, ``Defibrillator``, ``PM in situ``, ``Micra``, a pacing wire,
``AV nodal ablation`` (complete heart block by design: NICE NG196) and ``SSS``/``SND`` showed a
full dose (exit 3), as did ``PPM 2019`` (a year after it), ``Pace maker``, ``Pacmaker`` and a
paced rhythm (``Paced rhythm``, ``V-paced``), while ``Duraphat 5000 ppm
toothpaste`` (parts per million of fluoride) and ``Gastric pacemaker`` withheld as a heart device.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn, recommend_list, withheld_ids

MEDICINE = "Amlodipine 5 mg daily"

DEVICES = [
    "BiV ICD", "BiV-ICD", "Biventricular ICD", "CRT", "CRT device", "Devices: CRT device (2020)",
    "Device: BiV ICD", "Defibrillator", "Defib in situ", "cardioverter-defibrillator in situ",
    "PM in situ", "leadless pacemaker", "Temporary pacing wire", "pacing wire",
    # a year or date after ppm is a pacemaker's, not parts per million
    "PPM 2019", "ppm 2019", "PPM inserted 2019", "PPM since 2019", "PPM (DDD) 2015",
    "PPM - DDD 2015", "PPM: Medtronic Azure 2021", "PPM 15/03/2019", "PPM 2019; avg BP 130/80",
    # a pacemaker misspelt or spaced, and a paced rhythm
    "Pace maker", "Pacmaker", "pace maker fitted 2019", "Peacemaker fitted", "pacemker",
    "Paced rhythm", "V-paced on ECG", "Paced", "Pacing box", "PM: dual chamber",
    "Biventricular pacing",
    # its first letter dropped or typed on the key beside it
    "Oacemaker", "Acemaker", "Oacemaker fitted 2019",
]  # fmt: skip


@pytest.mark.parametrize("line", DEVICES)
def test_device_wordings_withhold_as_conduction(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", MEDICINE, line)
    assert code == 4 and "record-not-read" in withheld_ids(doc)
    said = " ".join(s["reason"] for s in doc["skipped"])
    assert "pacemaker or implanted defibrillator" in said


@pytest.mark.parametrize("line", ["AV nodal ablation", "AVN ablation 2022", "pace and ablate 2021"])
def test_av_node_ablation_withholds_as_heart_block(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", MEDICINE, line)
    assert code == 4 and "record-not-read" in withheld_ids(doc)
    assert "complete heart block" in " ".join(s["reason"] for s in doc["skipped"])


@pytest.mark.parametrize("line", ["SSS", "SND"])
def test_sick_sinus_abbreviations_withhold(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", MEDICINE, line)
    assert code == 4 and "record-not-read" in withheld_ids(doc)
    assert "conduction" in " ".join(b["basis"] for b in doc["withheld"]["by"])


@pytest.mark.parametrize(
    "lines",
    [
        ("Duraphat 5000 ppm toothpaste",),
        ("Sodium fluoride 5000ppm toothpaste use at night",),
        ("Omeprazole 20 mg od", "Duraphat 5000 ppm toothpaste"),
        ("1450 ppm fluoride",),
        ("Gastric pacemaker",),
        ("Sacral nerve stimulator",),
        ("Phrenic nerve pacing",),
        ("Zopiclone 7.5 mg PM",),
        ("post-ablation",),
        ("CRT < 2 sec",),
        ("pace of life",),
        ("at own pace",),
        ("Self-paced walking",),
        ("Paced breathing",),
        ("Spacer device",),
        ("Lacemaker",),  # a maker of lace: l beside p, but a word of its own
        ("Ace bandage",),
    ],
)
def test_parts_per_million_and_other_stimulators_are_no_heart_device(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: tuple[str, ...]
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", MEDICINE, *lines)
    assert code in (0, 3) and withheld_ids(doc) == [] and doc["go_ahead"] is True
