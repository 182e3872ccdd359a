"""Dialysis access and heart rhythm devices on a list or in a record withhold the dose.

Before, ``Fistula L arm`` beside ``Amlodipine 5 mg daily`` was only NOT ASSESSED and a full
magnesium dose was shown (exit 3), though a fistula in the arm is haemodialysis access; so were
``AVG``, ``L RC fistula``, ``no BP L arm`` and a pacemaker or implanted defibrillator (``PPM``,
``ICD in situ``, ``CRT-D``), which is most often fitted for heart block, and ``Trialysis`` or
``Tenkhoff catheter`` (dialysis catheters), and ``Tenckoff``, ``Tenchkoff`` or ``PD tube``. A
fistula of another kind (``anal fistula``, ``Seton for fistula``, which withheld before) and an
ICD code (``ICD-10 I10``) stand beside the dose.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn, recommend_list, withheld_ids

MEDICINE = "Amlodipine 5 mg daily"


def skipped_said(doc: dict[str, object], name: str) -> str:
    """The reason the list's entry ``name`` was skipped for."""
    skipped = doc["skipped"]
    assert isinstance(skipped, list)
    [said] = [s["reason"] for s in skipped if s["input"] == name]
    assert isinstance(said, str)
    return said


def beside_medicine(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> tuple[int, dict[str, Any]]:
    """``recommend --goal constipation`` for a list of :data:`MEDICINE` and ``line``."""
    return recommend_list(run, tmp_path, monkeypatch, "constipation", MEDICINE, line)


def on_record(run: RunFn, tmp_path: Path, text: str) -> tuple[int, dict[str, Any]]:
    """``recommend`` for a record of a Patient, amlodipine and a Condition written ``text``."""
    condition = {"resourceType": "Condition", "id": "c1", "code": {"text": text},
                 "subject": {"reference": "Patient/p1"}}  # fmt: skip
    return recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, condition))


ACCESS = [
    "Fistula L arm", "L arm fistula", "fistula R forearm", "AVF", "AV fistula",
    "arteriovenous fistula", "AV graft", "AVG", "L arm AVG", "brachiocephalic fistula",
    "radiocephalic fistula", "L RC fistula", "brachiobasilic fistula", "PermCath", "perm cath",
    "vascath", "Tesio line", "tunnelled dialysis line", "tunneled dialysis catheter",
    "tunnelled cuffed HD catheter", "Tenckhoff catheter", "PD catheter",
    "No BP or bloods L arm (fistula)", "fistulogram", "fistuloplasty L arm", "Permacath",
    "Perma-cath", "Perma cath", "Permacath R IJ", "Access: Permacath R IJ",
    "Permacath removed 2019 after transplant", "HemoSplit catheter", "peritoneal catheter",
    "PD exit site care", "Buttonhole needling L arm", "Trialysis", "Trialysis line",
    "Tenkhoff catheter",
]  # fmt: skip


@pytest.mark.parametrize("line", ACCESS)
def test_dialysis_access_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = beside_medicine(run, tmp_path, monkeypatch, line)
    assert code == 4 and "record-not-read" in withheld_ids(doc)
    assert doc["go_ahead"] is False


@pytest.mark.parametrize(
    "line", ["Fistula L arm", "AVG", "L RC fistula", "brachiocephalic fistula"]
)
def test_dialysis_access_says_what_it_read(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = beside_medicine(run, tmp_path, monkeypatch, line)
    assert code == 4
    assert "may name dialysis access" in skipped_said(doc, line)
    assert "dialysis" in " ".join(b["basis"] for b in doc["withheld"]["by"])


@pytest.mark.parametrize(
    "line",
    ["Fistula", "no BP L arm", "No BP or IV L arm", "Left arm - no BP/venepuncture",
     "Avoid L arm for BP", "Right arm: no cannula, no BP", "No BP/bloods left arm",
     "thrill present L arm", "bruit L forearm", "tunnelled line", "Tunneled catheter R chest"],
)  # fmt: skip
def test_fistula_of_no_kind_withholds_and_says_to_ask(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = beside_medicine(run, tmp_path, monkeypatch, line)
    assert code == 4 and "record-not-read" in withheld_ids(doc)
    said = skipped_said(doc, line)
    assert "may be dialysis access" in said and "ask the clinician" in said


@pytest.mark.parametrize(
    "line",
    ["anal fistula", "perianal fistula", "fistula-in-ano", "rectovaginal fistula",
     "Crohn's fistula", "Dural AV fistula", "Coronary AV fistula", "Tunnelled line for TPN",
     "Tunnelled central line (Hickman) for chemo", "Tunneled line for antibiotics"],
)  # fmt: skip
def test_fistula_of_another_kind_is_not_dialysis(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = beside_medicine(run, tmp_path, monkeypatch, line)
    assert code == 3 and withheld_ids(doc) == []  # named as not assessed, as before
    assert doc["go_ahead"] is True


DEVICES = [
    "Pacemaker", "PPM", "PPM in situ", "permanent pacemaker", "dual chamber pacemaker", "ICD",
    "ICD in situ", "AICD", "implantable defibrillator", "implantable cardioverter defibrillator",
    "CRT-D", "CRT-P", "S-ICD",
]  # fmt: skip


@pytest.mark.parametrize("line", DEVICES)
def test_heart_rhythm_device_withholds_as_conduction(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = beside_medicine(run, tmp_path, monkeypatch, line)
    assert code == 4 and "record-not-read" in withheld_ids(doc)
    said = skipped_said(doc, line)
    assert "heart block" in said and "our judgement" in said
    assert "conduction" in " ".join(b["basis"] for b in doc["withheld"]["by"])


@pytest.mark.parametrize("line", ["ICD-10 I10", "ICD10 code I10", "avg BP 130/80"])
def test_codes_and_averages_are_no_device_or_access(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = beside_medicine(run, tmp_path, monkeypatch, line)
    assert withheld_ids(doc) == [] and doc["go_ahead"] is True
    assert code == 3


def test_a_medicine_alone_still_gets_the_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", MEDICINE)
    assert code == 0 and withheld_ids(doc) == [] and doc["go_ahead"] is True


@pytest.mark.parametrize("text", ["Fistula L arm", "L RC fistula", "AVG", "PPM in situ", "CRT-D"])
def test_record_condition_reads_the_same_words(run: RunFn, tmp_path: Path, text: str) -> None:
    code, doc = on_record(run, tmp_path, text)
    assert code == 4 and "record-not-read" in withheld_ids(doc)


@pytest.mark.parametrize("text", ["Anal fistula", "ICD-10 I10"])
def test_record_condition_of_another_kind_stands_beside_the_dose(
    run: RunFn, tmp_path: Path, text: str
) -> None:
    code, doc = on_record(run, tmp_path, text)
    assert code == 3 and doc["withheld"] is None


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Metronidazole 400 mg tds for fistula", "may be dialysis access"),
        ("Heparin lock for PermCath", "may name dialysis access"),
        ("Bisoprolol 2.5 mg daily for PPM", "pacemaker or implanted defibrillator"),
    ],
)
def test_a_reason_naming_access_or_a_device_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, said: str
) -> None:
    code, doc = beside_medicine(run, tmp_path, monkeypatch, line)
    assert code == 4 and "record-not-read" in withheld_ids(doc)
    assert said in " ".join(s["reason"] for s in doc["skipped"])


@pytest.mark.parametrize(
    "line",
    ["Lymphoedema R arm - no BP (mastectomy)", "Avoid lifting with L arm", "carotid bruit",
     "L arm pain - no improvement"],
)  # fmt: skip
def test_other_arm_and_bruit_wordings_are_not_access(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    _code, doc = beside_medicine(run, tmp_path, monkeypatch, line)
    assert "record-not-read" not in withheld_ids(doc)
    assert "dialysis" not in " ".join(s["reason"] for s in doc["skipped"])


@pytest.mark.parametrize("text", ["Permacath", "BiV ICD", "Defib in situ", "SSS"])
def test_record_condition_reads_more_access_and_device_words(
    run: RunFn, tmp_path: Path, text: str
) -> None:
    code, doc = on_record(run, tmp_path, text)
    assert code == 4 and "record-not-read" in withheld_ids(doc)


@pytest.mark.parametrize(
    ("line", "said"),
    [("AVF", "very likely on dialysis"), ("Tesio line", "very likely on dialysis"),
     ("PPM", "our judgement"), ("Fistula", "ask the clinician which it is")],
)  # fmt: skip
def test_what_withholds_says_what_it_read(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, said: str
) -> None:
    code, doc = beside_medicine(run, tmp_path, monkeypatch, line)
    assert code == 4
    assert said in " ".join(b["basis"] for b in doc["withheld"]["by"])


@pytest.mark.parametrize(
    "line",
    ["Tenckoff catheter", "Tenchkoff", "Tenckhof catheter", "Tenkoff catheter", "Tenkhof",
     "PD tube"],
)  # fmt: skip
def test_tenckhoff_misspelt_and_a_pd_tube_withhold_as_dialysis(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = beside_medicine(run, tmp_path, monkeypatch, line)
    assert code == 4 and "record-not-read" in withheld_ids(doc)
    assert "very likely on dialysis" in skipped_said(doc, line)


@pytest.mark.parametrize("text", ["Tenckoff catheter", "Tenchkoff"])
def test_a_records_misspelt_tenckhoff_withholds(run: RunFn, tmp_path: Path, text: str) -> None:
    code, doc = on_record(run, tmp_path, text)
    assert code == 4 and "record-not-read" in withheld_ids(doc)


@pytest.mark.parametrize(
    "line", ["Seton for fistula", "Seton", "NG tube", "Tenth of June", "Tube feeding"]
)
def test_a_seton_fistula_and_other_tubes_keep_the_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    """A seton is put only through an anal fistula: its line names the fistula's kind."""
    code, doc = beside_medicine(run, tmp_path, monkeypatch, line)
    assert code in (0, 3) and withheld_ids(doc) == [] and doc["go_ahead"] is True
