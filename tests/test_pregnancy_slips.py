"""Typing slips of pregnant and pregnancy are read as a pregnancy: the 350 mg/day cap.

Before, a pregnancy word with its first letter dropped (``Regnant``, ``Regnancy 30 weeks``) or
typed on the key beside it (``Oregnant``) was only NOT ASSESSED on a list, and the full dose was
printed with no pregnancy cap (exit 3); ``Pregnacy`` withheld the dose as "did you mean
Pregnacare, which contains magnesium?" without saying it may be the word pregnancy. Real
medicines and words near them (Pregnyl, Pregnacare, Prednisone, pregabalin, Regaine, remnant)
are not a pregnancy, nor are the ordinary words of morning sickness alone (``Travel sickness
tablets``, ``every morningg``), which counted a pregnancy before. Words of a delivery date or
a threatened miscarriage alone keep counting one (the safer reading: ``Planned delivery 39
weeks``, ``Threatened m/c``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, bundle_file, recommend_json

from conftest import RunFn, recommend_list, withheld_ids

SLIPS = [
    "morning sicknes", "Hyperemsis",  # a phrase with a word misspelt, a distinctive word
    # the first letter dropped or typed on a key beside it: not read before
    "Regnant", "regnant 20 weeks", "Regnancy", "Regnancy 30 weeks", "Oregnant", "Lregnancy",
    "Currently regnant", "Regnant, on folic acid",
    # a letter dropped, doubled, swapped or replaced: still read
    "Pregnat 20 weeks", "Pregnat", "pregant", "pregnent", "Prengant", "Prgenant", "Pregnnat",
    "Pregnantt", "Ppregnant", "Rpegnant", "Pregnamt", "Prgnant", "Pregancy", "Prenancy",
    "Pregnency", "Pregnanacy 16 weeks", "Pregnacny", "Pregnancu",
    "Threatened miscariage", "Threatened m/c",  # an ongoing pregnancy (see below)
    # a delivery date's words: the cap, whatever else such a line may mean
    "Expected date of delivery 03/2027", "Planned delivery 39 weeks", "Awaiting delivery",
    "Delivery due 03/2027", "estimated due dte",
]  # fmt: skip

NOT_PREGNANCY = [
    "Pregnyl 5000 units", "Pregnacare", "Prednisone 5mg", "Prednisolone 5 mg",
    "pregabalin 75mg bd", "Regaine foam", "Pregnenolone 25mg", "Pregaday 1 daily", "Remnant",
    "Stagnant", "Poignant", "Repugnant", "Regent", "Regular", "Tenant", "Dormant", "Malignant",
    "Reglan 10mg", "Progynova 2mg", "Not pregnant",
    # ordinary words of a pregnancy's phrases (morning sickness, estimated date of delivery)
    "Travel sickness tablets", "Travel sicknes tablets", "Omeprazole 20mg every morningg",
    "Morning",
    # a past miscarriage or abortion: no pregnancy now
    "Hx miscarriage 2019", "Miscarriage", "Abortion 2015", "C-section 2019",
    # the ordinary words of antenatal care's wordings alone
    "Dental appointment", "Planned surgery", "Elective knee replacement", "Bloods due",
    "CT scan", "Ultrasound scan", "Week 2 of antibiotics",
]  # fmt: skip


def _pregnancy_read(doc: dict[str, Any]) -> list[str]:
    """What each pregnancy counted from the list was read as."""
    return [f["read_as"] for f in doc["from_record"] if f["condition"] == "pregnancy"]


def _cautions(run: RunFn, tmp_path: Path, *lines: str) -> tuple[int, dict[str, Any]]:
    path = tmp_path / "cautions.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("cautions", "--json", "--meds-from", str(path))
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


@pytest.mark.parametrize("slip", SLIPS)
def test_a_slip_of_pregnancy_caps_the_dose_beside_real_medicines(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slip: str
) -> None:
    lines = ("Levothyroxine 100mcg qam", slip, "Folic acid 400mcg daily")
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", *lines)
    assert code == 3 and withheld_ids(doc) == []
    assert doc["ceiling"] == {"mg": 350, "why": "Pregnancy", "sources": ["s1b", "s1c"]}
    read = _pregnancy_read(doc)
    assert read and "counted as 'Pregnancy'" in read[0] and "the safer reading" in read[0]
    code, caution = _cautions(run, tmp_path, *lines)
    [pregnancy] = [c for c in caution["conditions"] if c["id"] == "pregnancy"]
    assert code == 3 and pregnancy["dosing"]["max_mg"] == 350


@pytest.mark.parametrize("line", ["Threatened miscarriage", "threatened abortion 8/40"])
def test_a_threatened_miscarriage_is_a_pregnancy(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", "Amlodipine 5mg", line)
    assert code == 0 and doc["ceiling"] == {
        "mg": 350,
        "why": "Pregnancy",
        "sources": ["s1b", "s1c"],
    }


@pytest.mark.parametrize("slip", ["Pregnacy", "pregnacy 20 wks", "Pregnanc"])
def test_a_slip_that_may_be_pregnancare_says_it_may_be_the_word_pregnancy(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slip: str
) -> None:
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", slip)
    assert code == 4 and withheld_ids(doc) == ["listed-magnesium-amount-unknown"]
    said = doc["withheld"]["by"][0]["name"]
    assert "it may be 'pregnancy" in said and "misspelt, counted as Pregnancy" in said
    assert "350 mg/day cap, or Pregnacare, which contains magnesium" in said
    assert doc["ceiling"]["mg"] == 350 and _pregnancy_read(doc)


@pytest.mark.parametrize("line", NOT_PREGNANCY)
def test_names_and_words_near_pregnancy_are_not_a_pregnancy(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    lines = ("Omeprazole 20 mg od", line)
    code, doc = recommend_list(run, tmp_path, monkeypatch, "constipation", *lines)
    assert code in (0, 3, 4) and doc["ceiling"] is None and not _pregnancy_read(doc)
    assert "looks-like-condition" not in withheld_ids(doc)
    _, caution = _cautions(run, tmp_path, *lines)
    assert "pregnancy" not in [c["id"] for c in caution["conditions"]]


@pytest.mark.parametrize("typed", ["Regnant", "Oregnant 20 weeks", "Regnancy"])
def test_a_slip_typed_with_med_caps_the_dose(run: RunFn, typed: str) -> None:
    result = run("recommend", "--goal", "constipation", "--med", typed, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 3 and doc["ceiling"]["mg"] == 350 and _pregnancy_read(doc)


@pytest.mark.parametrize("text", ["Regnant", "Regnancy"])
def test_a_slip_as_a_records_condition_withholds_as_a_near_miss(
    run: RunFn, tmp_path: Path, text: str
) -> None:
    patient = {"resourceType": "Patient", "id": "p1", "birthDate": "1995-01-01"}
    condition = {"resourceType": "Condition", "id": "c1", "code": {"text": text},
                 "subject": {"reference": "Patient/p1"}}  # fmt: skip
    code, doc = recommend_json(run, bundle_file(tmp_path, patient, condition, AMLODIPINE))
    assert code == 4 and withheld_ids(doc) == ["looks-like-condition"]
    assert "looks like 'pregnan" in doc["skipped"][0]["reason"]
