"""Codes a list writes beyond the dotted or four-character ICD-10 codes: three-character
categories, the rest of the pregnancy chapter, and ICD-9-CM.

Before, ``N19``, ``N18``, ``I44``, ``G70``, ``Z33``, ``O21`` (three-character categories),
``O99.280`` and ``O9A.211`` (pregnancy-chapter codes past O77), and ``585.6`` or ``403.91``
(ICD-9-CM) on a line of their own were shown as a medicine not assessed beside an adult dose
(exit 3). A category is read the safer way (``N18`` unstaged as ``CKD`` unstaged), any code of
the pregnancy chapter caps as pregnancy and says when it may be of a pregnancy ended, and an
ICD-9-CM code alone on a line or after its label counts its condition.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn, recommend_list, withheld_ids

MEDS = ("Magnesium glycinate 200mg", "Lisinopril 10mg")


def _read_as(doc: dict[str, Any]) -> list[str]:
    return [f["read_as"] for f in doc["from_record"]]


def _between(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> tuple[int, dict[str, Any]]:
    """``recommend --goal migraine`` for ``line`` between a magnesium and an ACE inhibitor."""
    return recommend_list(run, tmp_path, monkeypatch, "migraine", MEDS[0], line, MEDS[1])


@pytest.mark.parametrize(
    ("line", "withheld"),
    [("N19", "severe-kidney-disease"), ("N18", "kidney-disease"), ("N17", "kidney-disease"),
     ("I12", "kidney-disease"), ("I44", "heart-block"), ("I45", "heart-block"),
     ("G70", "myasthenia-gravis"), ("I50", "heart-failure"), ("ICD-10: N18", "kidney-disease"),
     ("Amlodipine 5mg - N19", "severe-kidney-disease"), ("585.6", "severe-kidney-disease"),
     ("403.91", "kidney-disease"), ("V42.0", "kidney-disease"), ("V45.11", "dialysis"),
     ("V4511", "dialysis"), ("ICD-9: 586", "severe-kidney-disease"),
     ("ICD9-CM 585", "kidney-disease"), ("426.11", "heart-block"), ("426.0", "heart-block"),
     ("358.00", "myasthenia-gravis"), ("428.0", "heart-failure")],
)  # fmt: skip
def test_a_withholding_category_or_icd9_code_counts_its_condition(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, withheld: str
) -> None:
    code, doc = _between(run, tmp_path, monkeypatch, line)
    assert code == 4 and withheld in withheld_ids(doc)
    assert doc["unassessed"] == [] and doc["ceiling"] is None
    assert all(g["recommendations"] == [] for g in doc["goals"])


def test_an_unstaged_category_is_read_as_ckd_unstaged_is(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, coded = recommend_list(run, tmp_path, monkeypatch, "migraine", "N18")
    _, written = recommend_list(run, tmp_path, monkeypatch, "migraine", "CKD")
    assert withheld_ids(coded) == withheld_ids(written) == ["kidney-disease"]


@pytest.mark.parametrize(
    "line", ["Z33", "Z35", "Z36", "Z3A", "O21", "O09", "V22.2", "Folic acid 400mcg - O21"]
)
def test_a_pregnancy_category_caps_the_dose(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = _between(run, tmp_path, monkeypatch, line)
    assert code == 0 and withheld_ids(doc) == [] and doc["unassessed"] == []
    assert doc["ceiling"]["mg"] == 150  # 350 mg/day for pregnancy, less the 200 mg taken
    assert "Pregnancy" in doc["ceiling"]["why"]
    [read] = _read_as(doc)
    assert read.endswith("counted as 'Pregnancy'")  # a pregnancy going on: nothing more said


@pytest.mark.parametrize(
    ("line", "said"),
    [("O99.280", "a condition complicating pregnancy, childbirth or the puerperium"),
     ("O9A.211", "a condition complicating pregnancy, childbirth or the puerperium"),
     ("O80", "delivery"), ("O85", "the puerperium"), ("O90.89", "the puerperium"),
     ("O03.9", "a pregnancy with abortive outcome"), ("O99.285", "complicating pregnancy"),
     ("650.0", "pregnancy, labour and delivery"), ("674.54", "the puerperium")],
)  # fmt: skip
def test_a_code_of_childbirth_or_the_puerperium_caps_and_says_so(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, said: str
) -> None:
    code, doc = _between(run, tmp_path, monkeypatch, line)
    assert code == 0 and withheld_ids(doc) == [] and doc["unassessed"] == []
    assert doc["ceiling"]["mg"] == 150
    [read] = _read_as(doc)
    assert read.startswith(f"{line}: counted as 'Pregnancy' ({line} is a code of")
    assert said in read and "it may not mean a pregnancy now" in read


def test_the_text_output_says_what_the_code_was_read_as(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "list.txt").write_text("O80\n", encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "200")
    result = run("recommend", "--goal", "migraine", "--meds-from", str(tmp_path / "list.txt"))
    assert result.code == 0
    assert "O80 is a code of delivery, ICD-10 O80-O84; it may not mean a pregnancy now" in (
        result.flat
    )


@pytest.mark.parametrize("line", ["586", "403", "426"])
def test_a_bare_number_alone_is_not_counted_but_withholds_when_a_kidney_or_conduction_code(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = _between(run, tmp_path, monkeypatch, line)
    assert code == 4 and withheld_ids(doc) == ["record-not-read"]
    assert _read_as(doc) == []


@pytest.mark.parametrize(
    "line",
    ["Vitamin B12 1000mcg", "CoQ10 100mg", "E45 cream", "Fish oil 1000mg", "Metformin 500",
     "Calcium 600mg + D3 400 IU", "ICD-10 I10"],
)  # fmt: skip
def test_a_name_or_number_shaped_like_a_code_is_no_condition(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    _, doc = recommend_list(run, tmp_path, monkeypatch, "migraine", line)
    assert withheld_ids(doc) == [] and _read_as(doc) == []


def _coded(system: str, code: str) -> dict[str, Any]:
    return {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
            "code": {"coding": [{"system": system, "code": code}]}}  # fmt: skip


@pytest.mark.parametrize(
    ("system", "code", "withheld"),
    [("http://hl7.org/fhir/sid/icd-10-cm", "N18", ["kidney-disease"]),
     ("http://hl7.org/fhir/sid/icd-10-cm", "G70", ["myasthenia-gravis"]),
     ("http://hl7.org/fhir/sid/icd-9-cm", "426.11", ["heart-block"]),
     ("http://hl7.org/fhir/sid/icd-9-cm", "358.00", ["myasthenia-gravis"])],
)  # fmt: skip
def test_a_record_reads_the_same_categories_and_icd9_codes(
    run: RunFn, tmp_path: Path, system: str, code: str, withheld: list[str]
) -> None:
    found, doc = recommend_json(
        run, bundle_file(tmp_path, PATIENT, _coded(system, code), AMLODIPINE)
    )
    assert found == 4
    assert [w["id"] for w in (doc["withheld"] or {}).get("by", [])] == withheld


@pytest.mark.parametrize(
    ("line", "condition", "code"),
    [("Folic acid 400mcg - Z33.1", "pregnancy", "Z33.1"),
     ("Folic acid 400mcg Z3A.20", "pregnancy", "Z3A.20"),
     ("Aspirin 81mg - N18.30", "kidney-disease", "N18.30"),
     ("Aspirin 81mg - I44.2", "heart-block", "I44.2")],
)  # fmt: skip
def test_a_dotted_code_after_a_medicine_is_read_whole_not_left_as_a_name(
    run: RunFn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    line: str,
    condition: str,
    code: str,
) -> None:
    _, doc = _between(run, tmp_path, monkeypatch, line)
    assert [c["id"] for c in doc["conditions"]] == [condition]
    assert doc["unassessed"] == []  # not "Z33." as a medicine not assessed
    assert any(r.startswith(f"{code}: counted as") for r in _read_as(doc))


@pytest.mark.parametrize(
    ("line", "withheld"),
    [("Amlodipine 5mg - 585.6", "severe-kidney-disease"),
     ("585.6 ciprofloxacin", "severe-kidney-disease"),
     ("Amlodipine 5mg [403.91]", "kidney-disease"),
     ("Digoxin 125mcg 426.11", "heart-block"),
     ("Furosemide 40mg - 428.0", "heart-failure"),
     ("Amlodipine 5mg - 358.00", "myasthenia-gravis")],
)  # fmt: skip
def test_an_icd9_code_among_a_medicines_words_counts_its_condition(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, withheld: str
) -> None:
    code, doc = _between(run, tmp_path, monkeypatch, line)
    assert code == 4
    assert withheld_ids(doc) == [withheld]


def test_a_strength_with_its_unit_is_no_icd9_code(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, doc = _between(run, tmp_path, monkeypatch, "Lithium 562.5 mg")
    assert doc["conditions"] == []


@pytest.mark.parametrize(
    ("line", "withheld"),
    [("Amlodipine 5mg,585.6", "severe-kidney-disease"),
     ("Amlodipine 5mg - 585.6.", "severe-kidney-disease"),
     ("Amlodipine 5mg - 585.6 tabs changed", "severe-kidney-disease"),
     ("Furosemide 40mg 428.0 last echo", "heart-failure"),
     ("Digoxin 62.5mcg - 426.0 gp review", "heart-block")],
)  # fmt: skip
def test_punctuation_or_a_word_after_an_icd9_code_does_not_hide_it(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, withheld: str
) -> None:
    code, doc = _between(run, tmp_path, monkeypatch, line)
    assert code == 4
    assert withheld in withheld_ids(doc)
