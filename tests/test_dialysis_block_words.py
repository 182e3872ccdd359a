"""PD, heart block and myasthenia as lists and records write them: each withholds the dose.

Before, each of these printed a full dose: ``PD`` beside a dopamine agonist taken for restless
legs was read as Parkinson's (``Ropinirole 0.25 mg nocte (RLS) - PD``: exit 0, the dialysis
withhold lost), ``gMG`` was not myasthenia (``prednisone 10 mg daily for gMG``: exit 0), and a
heart block graded with a degree sign (``3° HB``), peritoneal dialysis written with its own words
(``PD 4 exchanges``, ``PD cycler``) or ``HDx3/wk`` were only left unassessed (exit 3, a dose
shown). ``CHB`` in a bracketed list of infections beside tenofovir (``(HIV/CHB)``) withheld as
heart block; it is hepatitis B there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn

MIGRAINE = ("recommend", "--goal", "migraine", "--age", "60")


def held_by(run: RunFn, tmp_path: Path, *lines: str) -> tuple[int, list[str]]:
    meds = tmp_path / "meds.txt"
    meds.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(*MIGRAINE, "--meds-from", str(meds), "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, [b["id"] for b in (doc["withheld"] or {"by": []})["by"]]


@pytest.mark.parametrize(
    "line",
    [
        "Ropinirole 0.25 mg nocte (RLS) - PD",
        "Ropinirole 0.5 mg nocte for RLS (PD)",
        "Requip 0.25 mg qhs - RLS - PD",
        "Mirapex 0.125 mg qhs (restless legs) PD",
        "Neupro 1 mg patch (RLS) (PD)",
        "Pramipexole 0.125 mg (Willis-Ekbom) (PD)",
        "Ropinirole 0.25mg nocte (PD)",  # once at night: restless legs' schedule
        "Amantadine 100 mg twice weekly (PD)",  # a dialysis schedule
        "Amantadine 100 mg (PD)",
    ],
)
def test_pd_beside_restless_legs_or_amantadine_stays_dialysis(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    code, held = held_by(run, tmp_path, line)
    assert code == 4 and "record-not-read" in held


@pytest.mark.parametrize(
    "line", ["Ropinirole 1 mg tid - PD", "Sinemet 25/100 tid (PD)", "Madopar 125 tds (PD)"]
)
def test_pd_beside_a_parkinsons_regimen_is_still_its_reason(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    assert held_by(run, tmp_path, line) == (0, [])


@pytest.mark.parametrize(
    "line",
    [
        "prednisone 10 mg daily for gMG",
        "gMG",
        "ocular MG",
        "generalised MG",
        "generalized MG",
        "AChR antibody positive",
        "oMG",
        "seropositive MG",
        "pyridostigmine 60 mg tds (oMG)",
    ],
)
def test_myasthenia_written_short_withholds(run: RunFn, tmp_path: Path, line: str) -> None:
    code, held = held_by(run, tmp_path, line)
    assert code == 4 and "myasthenia-gravis" in held


@pytest.mark.parametrize(
    "line",
    [
        "1° HB",
        "2° HB",
        "3° HB",
        "1 deg HB",
        "1deg HB",
        "HB 1st deg",
        "1st dgr HB",
        "bifascicular block",
        "2nd° HB",
        "HB (1st°)",
        "AV block (2nd degree)",
        "1AVB",
        "metoprolol 25 mg bd (1AVB)",
        # still withheld
        "trifascicular block",
        "1st deg HB",
        "complete heart block",
        "CHB",
    ],
)
def test_heart_block_graded_short_withholds(run: RunFn, tmp_path: Path, line: str) -> None:
    assert held_by(run, tmp_path, line) == (4, ["heart-block"])


@pytest.mark.parametrize(
    "lines",
    [
        ["PD 4 exchanges"],
        ["PD x4 exchanges/day"],
        ["PD overnight"],
        ["PD - 4 bags a day"],
        ["PD cycler"],
        ["PD catheter"],
        ["PD 2L x4"],
        ["PD - Baxter"],
        ["Baxter PD solution 2.5%"],
        ["HDx3/wk"],
        ["Sinemet 25/100 tid (PD cycler)"],
        ["Sinemet 25/100 tid", "PD 4 exchanges"],
        ["PD (peritoneal)"],  # "(peritoneal)" had turned the withhold into a dose
        ["PD - nocturnal"],
        ["NIPD"],
        ["APD nightly"],
        ["home haemodialysis 3x/wk"],
        # still withheld
        ["PD"],
        ["on PD"],
        ["PD nightly"],
    ],
)
def test_dialysis_in_its_own_words_withholds(run: RunFn, tmp_path: Path, lines: list[str]) -> None:
    code, held = held_by(run, tmp_path, *lines)
    assert code == 4 and ({"record-not-read", "dialysis"} & set(held))


@pytest.mark.parametrize("line", ["Tenofovir 300 mg (HIV/CHB)", "Biktarvy 1 tab daily (HIV, CHB)"])
def test_chb_among_infections_beside_an_hbv_antiviral_is_hepatitis_b(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    assert held_by(run, tmp_path, line) == (0, [])


@pytest.mark.parametrize(
    "line", ["Entecavir 0.5 mg (CHB) - complete heart block", "Metoprolol 25 mg (HIV/CHB)"]
)
def test_chb_with_heart_block_or_no_antiviral_still_withholds(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    code, held = held_by(run, tmp_path, line)
    assert code == 4 and "heart-block" in held


def _statement(name: str, reason: str) -> dict[str, Any]:
    return {
        "resourceType": "MedicationStatement", "id": "m1", "status": "active",
        "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": {"text": name}, "reasonCode": [{"text": reason}],
    }  # fmt: skip


def _condition(text: str) -> dict[str, Any]:
    return {"resourceType": "Condition", "id": "c1", "code": {"text": text},
            "subject": {"reference": "Patient/p1"}}  # fmt: skip


@pytest.mark.parametrize(
    ("resource", "withholder"),
    [
        (_statement("Prednisone 10 MG Oral Tablet", "gMG"), "myasthenia-gravis"),
        (_condition("3° HB"), "heart-block"),
        (_statement("Amantadine 100 MG Oral Capsule", "PD"), "record-not-read"),
    ],
)
def test_a_record_says_it_the_same_way(
    run: RunFn, tmp_path: Path, resource: dict[str, Any], withholder: str
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, resource))
    assert code == 4 and withholder in [b["id"] for b in doc["withheld"]["by"]]
