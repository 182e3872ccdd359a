"""A condition misspelt on a list or in a record is not passed over beside a dose.

Before, ``CDK stage 4``, ``chronic kidny disease``, ``hemodyalisis MWF``, ``myasthnia`` or
``heart blok`` on a list (or as a record's Condition) was only NOT ASSESSED, and citrate 600 mg
was printed (exit 3); ``pregant`` lost the 350 mg pregnancy cap; so too ``HIVAN``, ``FSGS``,
``APKD`` and a kidney word's first letter slipped (``Tenal failure``, ``Lidney disease``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json
from test_list_asides import advice, ceiling

from conftest import RunFn

NEAR = "looks-like-condition"


@pytest.mark.parametrize(
    ("line", "meant"),
    [
        ("CDK stage 4", "ckd stage 4"),
        ("chronic kidny disease", "chronic kidney disease"),
        ("hemodyalisis MWF", "hemodialysis mwf"),
        ("myasthnia", "myasthenia"),
        ("heart blok", "heart block"),
        ("ERSD", "esrd"),
    ],
)
def test_a_misspelt_condition_on_a_list_withholds_the_dose(
    run: RunFn, tmp_path: Path, line: str, meant: str
) -> None:
    meds = tmp_path / "meds.txt"
    meds.write_text(f"Lisinopril 10mg daily\nFurosemide 40mg bd\n{line}\n")
    code, held, doc = advice(run, "--meds-from", str(meds))
    assert code == 4 and held == [NEAR]
    name = doc["withheld"]["by"][0]["name"]
    assert f"'{line}'" in name and f"looks like '{meant}'" in name and "meds.txt:3" in name
    assert [g["recommendations"] for g in doc["goals"]] == [[]]
    assert line in [u["input"] for u in doc["unassessed"]]  # still not assessed as a medicine


@pytest.mark.parametrize(
    "line",
    [
        "Prolonged AV conduction",
        "Prolonged P-R interval",
        "UPT positive",
        "HCG positive",
        "Delayed AV conductoin",
    ],
)
def test_a_word_of_a_conditions_phrase_alone_still_withholds(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    """A first-degree heart block or a positive pregnancy test written in other words: the
    phrase's ordinary words (prolonged, positive) are still near misses alone, the safer
    reading."""
    meds = tmp_path / "meds.txt"
    meds.write_text(f"Lisinopril 10mg daily\n{line}\n")
    code, held, _ = advice(run, "--meds-from", str(meds))
    assert code == 4 and held in ([NEAR], ["heart-block"])  # as written, the condition itself


def test_a_misspelt_condition_typed_with_med_or_as_a_reason_withholds(run: RunFn) -> None:
    code, held, _ = advice(run, "--med", "CDK stage 4")
    assert code == 4 and held == [NEAR]
    code, held, _ = advice(run, "--med", "Lasix 40mg for heart failur")
    assert code == 4 and held == [NEAR]


def test_a_misspelt_pregnancy_caps_the_dose(run: RunFn, tmp_path: Path) -> None:
    meds = tmp_path / "meds.txt"
    meds.write_text("Levothyroxine 100mcg qam\npregant\n")
    code, held, doc = advice(run, "--meds-from", str(meds))
    assert code == 3 and held == [] and ceiling(doc) == 350
    read = [f["read_as"] for f in doc["from_record"] if f["condition"] == "pregnancy"]
    assert read and "looks like 'pregnant'" in read[0]
    assert "pregant" in [u["input"] for u in doc["unassessed"]]


def _condition(text: str) -> dict[str, Any]:
    return {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
            "code": {"text": text}}  # fmt: skip


@pytest.mark.parametrize("text", ["CDK stage 4", "hemodyalisis", "pregant", "myasthnia"])
def test_a_misspelt_condition_in_a_record_withholds_the_dose(
    run: RunFn, tmp_path: Path, text: str
) -> None:
    path = bundle_file(tmp_path, PATIENT, _condition(text), AMLODIPINE)
    code, doc = recommend_json(run, path)
    assert code == 4 and [b["id"] for b in doc["withheld"]["by"]] == [NEAR]
    assert "looks like" in doc["skipped"][0]["reason"]


@pytest.mark.parametrize(
    "line",
    [
        "Kineret 100mg",  # anakinra: not known, and not near a condition's word
        "Pradaxa 150mg bd",
        "Myrbetriq 25mg",
        "Graves disease",  # not myasthenia gravis
        "Creatine 5g",  # a supplement, not creatinine
        "CDK 4/6 inhibitor",  # a cancer medicine's class, not CKD
        "Sidney Smith MD",  # rhymes with kidney
        "PAD",  # peripheral arterial disease, not APD
        "heart rate 60",
        "gabapentin 300mg for neuropathy",  # not nephropathy
        "optic neuritis",  # not nephritis
        "Neurology clinic",  # not nephrology
        "Hypomagnesemia",  # low magnesium, not high
        "rental",  # an English word one letter from renal (and near Renagel)
        "Regal",  # an English word one letter from renal (and near RAL, raltegravir)
        # ordinary words of a condition's phrase, alone or misspelt, are not the condition
        "Intermittent claudication",  # not intermittent peritoneal dialysis
        "Nocturnal cramps",  # not nocturnal haemodialysis
        "Automated",
        "Delayed gastric emptying",  # not delayed AV conduction
    ],
)
def test_names_only_a_little_like_a_condition_keep_the_dose(run: RunFn, line: str) -> None:
    code, held, doc = advice(run, "--med", line)
    assert code in (0, 3, 4) and NEAR not in held and ceiling(doc) is None
    assert held in ([], ["listed-magnesium-amount-unknown"])  # "Hypomagnesemia": a magnesium word


@pytest.mark.parametrize(
    "lines",
    [
        ["rental", "Mag-Ox 400"],
        ["Regal", "Mag-Ox 400"],
        ["kidney beans", "Mag-Ox 400"],  # a food, not kidney wording
    ],
)
def test_english_words_on_a_list_do_not_withhold(
    run: RunFn, tmp_path: Path, lines: list[str]
) -> None:
    listed = tmp_path / "list.txt"
    listed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, held, doc = advice(run, "--meds-from", str(listed))
    assert code in (0, 3) and held == [], doc["withheld"]
    assert ceiling(doc) is not None  # Mag-Ox 400 is still counted


@pytest.mark.parametrize(
    "lines",
    [
        ["CDK stage 4"],
        ["chronic kidny disease"],
        ["hemodyalisis"],
        ["myasthnia"],
        ["heart blok"],
        ["No CKD"],  # a negation is not read: still withheld
        ["kidney beans, CKD 4"],  # the rest of the line is still read
    ],
)
def test_true_slips_on_a_list_still_withhold(run: RunFn, tmp_path: Path, lines: list[str]) -> None:
    listed = tmp_path / "list.txt"
    listed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, held, _ = advice(run, "--meds-from", str(listed))
    assert code == 4 and held


@pytest.mark.parametrize(
    "lines",
    [
        ["HIVAN"], ["HIVAN", "Biktarvy"], ["FSGS"], ["APKD"], ["ARPKD"], ["MCD"],
        ["Minimal change disease"], ["MGN"], ["MPGN"], ["RPGN"], ["ATN"], ["AKD"],
        ["CKD-MBD"], ["IgAN"], ["ADPKD"], ["AKI"],
        # a kidney word's first letter dropped or on the key beside it, the next word saying so
        ["Tenal failure"], ["Enal failure"], ["Eenal failure"], ["Lidney failure"],
        ["Idney failure"], ["Jidney disease"], ["Oidney transplant"],
    ],
)  # fmt: skip
def test_kidney_abbreviations_and_slipped_kidney_words_withhold(
    run: RunFn, tmp_path: Path, lines: list[str]
) -> None:
    code, held = _on_a_list(run, tmp_path, *lines)
    assert code == 4 and held  # not read ("HIVAN"), or read as a kidney disease ("AKI")


@pytest.mark.parametrize("text", ["HIVAN", "FSGS", "Tenal failure", "Lidney disease"])
def test_a_records_kidney_abbreviation_or_slip_withholds(
    run: RunFn, tmp_path: Path, text: str
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, _condition(text)))
    assert code == 4 and doc["go_ahead"] is False


@pytest.mark.parametrize(
    "line", ["Rental car", "Dental check-up", "Sidney", "Sidney disease", "Penal", "Tenal"]
)
def test_words_like_a_slipped_kidney_word_keep_the_dose(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    """Only a slip whose next word makes the phrase is read: ``Sidney`` (s is not beside k),
    ``rental`` and ``dental`` (a letter more), a slip alone (``Tenal``) keep the dose."""
    code, held = _on_a_list(run, tmp_path, line)
    assert code in (0, 3) and held == []


def _on_a_list(run: RunFn, tmp_path: Path, *lines: str) -> tuple[int, list[str]]:
    """(exit code, the withholders' ids) for a list of ``lines``."""
    listed = tmp_path / "list.txt"
    listed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, held, _ = advice(run, "--meds-from", str(listed))
    return code, held
