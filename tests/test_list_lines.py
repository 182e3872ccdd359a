"""What a list's line says besides its medicines is read, never passed over beside a dose.

Before, each of these printed a full dose: a condition written as a medicine's reason
(``Losartan 50 mg daily for CKD stage 4``: exit 0, milk of magnesia up to 2 g a day), a medicine
written after a condition (``Pregnant on Tivicay 50mg`` lost dolutegravir's MAJOR caution),
kidney wording no vocabulary knows (``hold before HD``: exit 3), a child's medicine with no age
(``Children's Tylenol 5 mL``: adult laxative doses, exit 0), and a misspelling close to a medicine
that stops the dose (``Renvella``: Renvela, a phosphate binder taken in kidney failure).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import AMLODIPINE, PATIENT, bundle_file, recommend_json

from conftest import RunFn

CONSTIPATION = ("recommend", "--goal", "constipation", "--age", "60")


def withheld_by(run: RunFn, *args: str) -> tuple[int, list[str], dict[str, object]]:
    result = run(*args, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    held = doc["withheld"] or {"by": []}
    return result.code, [b["id"] for b in held["by"]], doc


REASONS = [
    ("Losartan 50 mg daily for CKD stage 4", "losartan", "severe-kidney-disease"),
    ("Lisinopril 10mg daily for CKD", "lisinopril", "kidney-disease"),
    ("Furosemide 40 mg bd for CCF", "furosemide", "heart-failure"),
    ("Furosemide 40mg for heart failure exacerbation", "furosemide", "heart-failure"),
    ("Azathioprine 50mg for MG", "azathioprine", "myasthenia-gravis"),
    ("Amlodipine 5mg for heart block", "amlodipine", "heart-block"),
]


@pytest.mark.parametrize(("typed", "medication", "condition"), REASONS)
def test_a_condition_written_as_the_reason_counts(
    run: RunFn, typed: str, medication: str, condition: str
) -> None:
    code, held, doc = withheld_by(run, *CONSTIPATION, "--med", typed)
    assert code == 4 and condition in held
    assert [g["recommendations"] for g in doc["goals"]] == [[]]  # type: ignore[union-attr]
    assert medication in [c["medication"] for c in doc["cautions"]]  # type: ignore[union-attr]
    assert condition in [f["condition"] for f in doc["from_record"]]  # type: ignore[union-attr]


def test_a_reason_that_names_no_condition_changes_nothing(run: RunFn) -> None:
    code, held, doc = withheld_by(run, *CONSTIPATION, "--med", "doxycycline 100 mg bid for lyme")
    assert (code, held, doc["from_record"], doc["skipped"]) == (0, [], [], [])


@pytest.mark.parametrize(
    ("typed", "medication", "condition"),
    [
        ("Pregnant on Tivicay 50mg", "dolutegravir", "pregnancy"),
        ("CKD 3 - on cipro 500 bid", "ciprofloxacin", "kidney-disease"),
    ],
)
def test_a_medicine_written_after_a_condition_keeps_its_caution(
    run: RunFn, typed: str, medication: str, condition: str
) -> None:
    result = run("cautions", "--med", typed, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert [c["medication"] for c in doc["cautions"]] == [medication]
    assert doc["unassessed"] == []
    assert condition in [c["id"] for c in doc["conditions"]]
    assert doc["timing"] is not None


@pytest.mark.parametrize(
    "typed",
    ["hold before HD", "HD MWF", "creatinine 2.5", "kidney function 40%", "renal dose",
     # the record screen's word test: accents, dialysis inside a word, dialysis access
     "Hämodialyse", "insuffisance rénale", "intradialytic", "diálisis", "AV fistula L arm",
     "arteriovenous graft",
     # abbreviations of renal insufficiency and of renal replacement therapies
     "CRI", "on RRT", "CRRT", "CVVHDF", "HDF 3x weekly",
     # PD alone: peritoneal dialysis, or Parkinson's disease (only "for PD" says which)
     "PD", "PD nightly"],
)  # fmt: skip
def test_kidney_wording_not_read_on_a_list_withholds(run: RunFn, typed: str) -> None:
    code, held, doc = withheld_by(run, *CONSTIPATION, "--med", f"Lisinopril 10 mg daily - {typed}")
    assert code == 4 and "record-not-read" in held
    assert [c["medication"] for c in doc["cautions"]] == ["lisinopril"]  # type: ignore[union-attr]
    assert doc["skipped"] and all(s["not_read"] for s in doc["skipped"])  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "typed",
    ["Urea cream 10%", "Mag-Ox 400 1 tab daily", "Metformin 500 mg bid", "Sinemet 25/100 for PD"],
)
def test_list_words_that_mean_something_else_do_not_withhold(run: RunFn, typed: str) -> None:
    _, held, _ = withheld_by(run, *CONSTIPATION, "--med", typed)
    assert "record-not-read" not in held


@pytest.mark.parametrize("typed", ["Paracetamol 500mg 2 tabs qds", "Oramorph 10mg/5ml 5ml prn"])
def test_an_adults_strength_is_not_a_childs_medicine(run: RunFn, typed: str) -> None:
    _, held, _ = withheld_by(run, "recommend", "--goal", "sleep", "--med", typed)
    assert "children-product-needs-age" not in held


def test_kidney_wording_not_read_is_said_in_the_table(run: RunFn) -> None:
    result = run(*CONSTIPATION, "--med", "hold before HD")
    assert result.code == 4
    assert "the list says 'hold before HD' (--med), which magadvise could not read" in result.flat


def test_kidney_wording_not_read_withholds_in_plan_and_dose(run: RunFn) -> None:
    plan = run("plan", "--goal", "sleep", "--age", "60", "--sex", "male", "--med", "HD MWF")
    dose = run("dose", "oxide", "400", "--med", "HD MWF")
    assert (plan.code, dose.code) == (4, 4)


def test_a_reason_written_on_the_list_gates_dose(run: RunFn) -> None:
    code, held, _ = withheld_by(run, "dose", "oxide", "400", "--med", "Losartan for CKD stage 4")
    assert code == 4 and held == ["severe-kidney-disease"]


@pytest.mark.parametrize(
    "typed",
    ["Children's Tylenol 5 mL", "Calpol Infant 5ml", "Movicol Paediatric 1 sachet",
     "Miralax 17 g for my 4 year old",
     # a children's strength (the brand or word for children not written)
     "Tylenol 160mg/5mL 5mL", "Paracetamol oral suspension 120mg/5ml",
     "Ibuprofen 100mg/5ml 2.5ml tds", "Amoxicillin 125mg/5ml 5ml tds"],
)  # fmt: skip
def test_a_childs_medicine_without_an_age_gets_no_dose(run: RunFn, typed: str) -> None:
    code, held, _ = withheld_by(run, "recommend", "--goal", "constipation", "--med", typed)
    assert code == 4 and held == ["children-product-needs-age"]
    aged, _, _ = withheld_by(run, "recommend", "--goal", "sleep", "--age", "10", "--med", typed)
    assert aged in (0, 3)  # with the child's age, the child's own doses and limits apply


def test_baby_aspirin_is_an_adults_medicine(run: RunFn) -> None:
    _, held, _ = withheld_by(run, "recommend", "--goal", "sleep", "--med", "Baby aspirin 81 mg")
    assert "children-product-needs-age" not in held


@pytest.mark.parametrize(("typed", "meant"), [("Renvella", "Renvela"), ("Isentres", "Isentress")])
def test_a_misspelling_close_to_a_medicine_that_stops_the_dose_withholds(
    run: RunFn, typed: str, meant: str
) -> None:
    code, held, doc = withheld_by(run, *CONSTIPATION, "--med", typed)
    assert code == 4 and held == ["suggested-medicine-withholds"]
    assert f"did you mean {meant}?" in doc["withheld"]["by"][0]["name"]  # type: ignore[index]
    assert [u["input"] for u in doc["unassessed"]] == [typed]  # type: ignore[union-attr]


def test_a_misspelling_of_an_ordinary_medicine_still_gets_its_dose(run: RunFn) -> None:
    code, held, _ = withheld_by(run, *CONSTIPATION, "--med", "furosemde")
    assert code == 3 and held == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Hypotension secondary to HD", "low-blood-pressure"),
        ("Intradialytic hypotension", "low-blood-pressure"),
    ],
)
def test_a_record_condition_read_in_part_keeps_its_kidney_words(
    run: RunFn, tmp_path: Path, text: str, counted: str
) -> None:
    condition = {"resourceType": "Condition", "id": "c1", "code": {"text": text},
                 "subject": {"reference": "Patient/p1"}}  # fmt: skip
    code, doc = recommend_json(run, bundle_file(tmp_path, PATIENT, AMLODIPINE, condition))
    assert code == 4
    assert [b["id"] for b in doc["withheld"]["by"]] == ["record-not-read"]
    assert counted in [c["id"] for c in doc["conditions"]]
    assert any("read in part" in s["reason"] for s in doc["skipped"])
