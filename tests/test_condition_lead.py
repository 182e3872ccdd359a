"""A condition written before the medicine taken for it counts, and the medicine is read.

Before: ``HF on Lasix 40mg`` was NOT ASSESSED whole (heart failure not counted, furosemide's
caution lost, a dose printed); ``28/40 on levothyroxine 100mcg`` read the 28 weeks of a
pregnancy as a date (no pregnancy cap: 600 mg for migraine); ``HTN on amlodipine 5mg`` and
``AF on digoxin 125mcg`` were NOT ASSESSED whole (exit 3, digoxin's timing lost); ``PET on
nifedipine`` (PET: pre-eclamptic toxaemia) named PET NOT ASSESSED, with a dose above the pregnancy
cap.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

MIGRAINE = ("recommend", "--goal", "migraine", "--age", "30")


def _doc(run: RunFn, *args: str) -> tuple[int, dict[str, Any]]:
    result = run(*args, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


@pytest.mark.parametrize(
    ("line", "condition", "medication"),
    [
        ("HF on Lasix 40mg", "heart-failure", "furosemide"),
        ("HF: Lasix 40mg", "heart-failure", "furosemide"),
        ("CCF on Lasix 40mg", "heart-failure", "furosemide"),
        ("ESRD on sevelamer 800mg", "severe-kidney-disease", "sevelamer"),
        ("CKD 4 - ciprofloxacin 500mg bid", "severe-kidney-disease", "ciprofloxacin"),
    ],
)
def test_a_gating_condition_before_the_medicine_withholds_and_keeps_the_medicine(
    run: RunFn, line: str, condition: str, medication: str
) -> None:
    code, doc = _doc(run, *MIGRAINE, "--med", line)
    assert code == 4
    assert condition in [b["id"] for b in doc["withheld"]["by"]]
    assert condition in [f["condition"] for f in doc["from_record"]]
    assert doc["unassessed"] == []
    _, cautions = _doc(run, "cautions", "--med", line)
    assert medication in [c["medication"].split("-")[0] for c in cautions["cautions"]]


@pytest.mark.parametrize(
    "line",
    [
        "28/40 on levothyroxine 100mcg",
        "28+3/40 on levothyroxine 100mcg",
        "28+3 weeks on levothyroxine 100mcg",
        "Pregnant on Tivicay 50mg",
        # weeks first need no joint: a strength is not written before the medicine's name
        "28/40 levothyroxine 100mcg",
        "28/40, levothyroxine 100mcg",
        "12+3/40 levothyroxine 100mcg",
        # weeks after the medicine's strength: its strength is already written, with its unit
        "levothyroxine 100mcg 28/40",
        "levothyroxine 100 mcg daily - 28/40",
        "levothyroxine 50 mcg qam 32+3/40",
    ],
)
def test_weeks_of_a_pregnancy_before_the_medicine_cap_the_dose(run: RunFn, line: str) -> None:
    code, doc = _doc(run, *MIGRAINE, "--med", line)
    assert code == 0
    assert doc["ceiling"]["mg"] == 350
    assert [f["condition"] for f in doc["from_record"]] == ["pregnancy"]
    assert doc["unassessed"] == []
    _, cautions = _doc(run, "cautions", "--med", line)
    assert cautions["cautions"] and cautions["timing"] is not None


@pytest.mark.parametrize("line", ["Vytorin 10/40", "Azor 10/40 mg", "Caduet 10/40 daily"])
def test_a_combinations_strength_ending_40_is_not_weeks(run: RunFn, line: str) -> None:
    code, doc = _doc(run, *MIGRAINE, "--med", line)
    assert code == 0
    assert doc["ceiling"] is None and doc["from_record"] == []


@pytest.mark.parametrize(
    ("line", "lead", "medication"),
    [
        ("HTN on amlodipine 5mg", "HTN", "amlodipine"),
        ("AF on digoxin 125mcg", "AF", "digoxin"),
        ("AF - digoxin 125mcg", "AF", "digoxin"),
        ("T2DM on metformin 500mg", "T2DM", "metformin"),
    ],
)
def test_a_condition_the_rules_do_not_gate_on_is_shown_and_the_medicine_read(
    run: RunFn, line: str, lead: str, medication: str
) -> None:
    code, doc = _doc(run, "cautions", "--med", line)
    assert code == 0
    assert [c["medication"] for c in doc["cautions"]] == [medication]
    assert [(i["input"], i["reason"]) for i in doc["ignored"]] == [
        (lead, "a condition or reason, not a medicine")
    ]
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    ("line", "medication"),
    [
        # PET (pre-eclamptic toxaemia) and PIH: pre-eclampsia, a pregnancy; each was NOT
        # ASSESSED with a 600 mg dose (exit 3)
        ("PET on labetalol", "labetalol"),
        ("PET - labetalol 200mg bd", "labetalol"),
        ("PET 34/40: nifedipine MR 20mg", "nifedipine"),
        ("PIH on nifedipine MR 20mg", "nifedipine"),
        ("nifedipine MR 20mg bd for PET", "nifedipine"),
        ("HELLP", None),
        ("pre-eclamptic toxaemia", None),
    ],
)
def test_pre_eclampsia_written_short_caps_the_dose(
    run: RunFn, line: str, medication: str | None
) -> None:
    code, doc = _doc(run, *MIGRAINE, "--med", line)
    assert (code, doc["ceiling"]["mg"]) == (0, 350)
    assert [f["condition"] for f in doc["from_record"]] == ["pregnancy"]
    assert doc["unassessed"] == []
    _, cautions = _doc(run, "cautions", "--med", line)
    assert [c["medication"] for c in cautions["cautions"]] == [medication] * bool(medication)


def test_pre_eclampsia_counts_beside_a_medicine_not_reviewed(run: RunFn) -> None:
    """Methyldopa, not reviewed here (read only by the drug vocabulary), is still a medicine:
    PET before it counts; before, the whole line was NOT ASSESSED and no cap applied."""
    code, doc = _doc(run, *MIGRAINE, "--med", "PET on methyldopa 250mg tds")
    assert (code, doc["ceiling"]["mg"]) == (3, 350)
    assert [f["condition"] for f in doc["from_record"]] == ["pregnancy"]
    assert [u["input"] for u in doc["unassessed"]] == ["methyldopa 250mg tds"]


@pytest.mark.parametrize(
    "line", ["PET scan on labetalol", "PET scan - labetalol", "PET", "PET on Monday"]
)
def test_a_pet_scan_or_a_bare_pet_is_not_a_pregnancy(run: RunFn, line: str) -> None:
    """A bare "PET" may be a scan: it stays NOT ASSESSED, never read as pre-eclampsia."""
    code, doc = _doc(run, *MIGRAINE, "--med", line)
    assert code == 3
    assert doc["from_record"] == []
    said = line if line.endswith("Monday") else line.split(" on ")[0].split(" - ")[0]
    assert [u["input"] for u in doc["unassessed"]] == [said]


@pytest.mark.parametrize("line", ["Lasix on hold", "Vitamin D: 1000 IU"])
def test_a_medicine_before_the_joint_is_read_as_before(run: RunFn, line: str) -> None:
    code, doc = _doc(run, *MIGRAINE, "--med", line)
    assert code == 0
    assert doc["from_record"] == [] and doc["unassessed"] == []


@pytest.mark.parametrize(
    ("line", "lead", "medication"),
    [
        ("HIV on Biktarvy", "HIV", "bictegravir-emtricitabine-tenofovir-alafenamide"),
        ("HIV: Biktarvy", "HIV", "bictegravir-emtricitabine-tenofovir-alafenamide"),
        ("Acne on minocycline", "Acne", "minocycline"),
        ("Malaria prophylaxis: doxycycline 100mg", "Malaria prophylaxis", "doxycycline"),
    ],
)
def test_words_no_list_knows_before_the_joint_stay_unassessed_and_the_medicine_is_read(
    run: RunFn, line: str, lead: str, medication: str
) -> None:
    # Read whole, the line named nothing: the medicine's MAJOR caution was lost with it.
    code, doc = _doc(run, "cautions", "--med", line)
    assert code == 3  # the words before the joint are still named as not assessed
    [caution] = doc["cautions"]
    assert (caution["medication"], caution["severity"]) == (medication, "major")
    assert [u["input"] for u in doc["unassessed"]] == [lead]
    assert doc["timing"] is not None
