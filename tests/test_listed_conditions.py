"""A condition written on a medication list, or typed with ``--med``, counts as ``--condition``.

Before: ``CKD stage 4``, ``ESRD on dialysis``, ``myasthenia gravis``, ``heart block``, ``eGFR
22`` or ``pregnant`` on a list were NOT ASSESSED medicines; the condition never counted and a
full dose was printed (exit 3), or (``heart failure``, ``CKD``) the line was ignored as "a
condition or reason". Now each is read by the ``--condition`` matcher, gates the dose as
``--condition`` does, and is shown "From the list", never as a medicine not assessed. A
medicine's name is still read first, and an unknown word beside a condition stays NOT ASSESSED.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn

SLEEP = ("recommend", "--goal", "sleep", "--age", "40")

WITHHELD = [
    ("CKD stage 4", ["severe-kidney-disease"]),
    ("ESRD on dialysis", ["severe-kidney-disease", "dialysis"]),
    ("dialysis MWF", ["dialysis"]),
    ("kidney disease", ["kidney-disease"]),
    ("myasthenia gravis", ["myasthenia-gravis"]),
    ("heart block", ["heart-block"]),
    ("eGFR 22", ["severe-kidney-disease"]),
    ("heart failure", ["heart-failure"]),
    ("CKD", ["kidney-disease"]),
    # abbreviations: diabetic kidney disease, IgA nephropathy, peritoneal dialysis, heart block
    ("DKD", ["kidney-disease"]),
    ("IgAN", ["kidney-disease"]),
    ("on PD", ["dialysis"]),
    ("2nd degree HB", ["heart-block"]),
    ("AVB", ["heart-block"]),
    ("1st degree AV block", ["heart-block"]),
]


@pytest.mark.parametrize(("typed", "ids"), WITHHELD)
def test_a_condition_typed_as_med_withholds_as_the_condition_would(
    run: RunFn, typed: str, ids: list[str]
) -> None:
    as_med = run(*SLEEP, "--med", typed, "--json")
    as_condition = run(*SLEEP, "--condition", typed, "--json")
    assert (as_med.code, as_condition.code) == (4, 4)
    doc, want = as_med.json(), as_condition.json()
    assert isinstance(doc, dict) and isinstance(want, dict)
    assert [b["id"] for b in doc["withheld"]["by"]] == [b["id"] for b in want["withheld"]["by"]]
    assert sorted(c["id"] for c in doc["conditions"]) == sorted(ids)
    assert doc["unassessed"] == [] and doc["ignored"] == []
    assert [f["condition"] for f in doc["from_record"]] == ids
    assert {f["input"] for f in doc["from_record"]} == {typed}
    assert doc["from_record"][0]["source"]["file"] == "--med"


def test_a_condition_line_in_a_list_file_withholds_and_is_shown_from_the_list(
    run: RunFn, tmp_path: Path
) -> None:
    meds = tmp_path / "meds.txt"
    meds.write_text("Lisinopril 10 mg daily\nCKD stage 4\n", encoding="utf-8")
    table = run(*SLEEP, "--meds-from", str(meds))
    assert table.code == 4
    assert "FROM THE LIST" in table.flat
    assert "From the list: CKD stage 4: counted as 'Severe kidney disease" in table.flat
    assert "NOT assessed" not in table.flat and "NOT recognised" not in table.flat
    doc = run(*SLEEP, "--meds-from", str(meds), "--json").json()
    assert isinstance(doc, dict)
    assert doc["goals"][0]["recommendations"] == []
    [fact] = doc["from_record"]
    assert fact["source"] == {"file": str(meds), "line": 2, "resource": None}
    assert [c["medication"] for c in doc["cautions"]] == ["lisinopril"]


def test_pregnant_on_a_list_caps_the_laxative_dose(run: RunFn, tmp_path: Path) -> None:
    meds = tmp_path / "meds.txt"
    meds.write_text("Sertraline 50mg\npregnant\n", encoding="utf-8")
    args = ("recommend", "--goal", "constipation", "--age", "30", "--meds-from", str(meds))
    doc = run(*args, "--json").ok_doc()
    assert doc["ceiling"]["mg"] == 350
    assert [c["id"] for c in doc["conditions"]] == ["pregnancy"]
    assert doc["unassessed"] == []
    doses = [r["dose"]["max_mg"] for g in doc["goals"] for r in g["recommendations"]]
    assert doses and max(doses) <= 350


def test_a_condition_after_a_medicine_on_one_line_keeps_its_stage(run: RunFn) -> None:
    doc = run(*SLEEP, "--med", "Lisinopril, CKD stage 4", "--json").json()
    assert isinstance(doc, dict)
    assert [b["id"] for b in doc["withheld"]["by"]] == ["severe-kidney-disease"]
    assert [f["input"] for f in doc["from_record"]] == ["CKD stage 4"]
    assert [c["medication"] for c in doc["cautions"]] == ["lisinopril"]


def test_a_medicine_for_a_condition_stays_the_medicine_and_the_condition_counts(
    run: RunFn,
) -> None:
    result = run(*SLEEP, "--med", "Digoxin for heart failure", "--json")
    assert result.code == 4  # heart failure withholds the dose
    doc = result.json()
    assert isinstance(doc, dict)
    assert [c["medication"] for c in doc["cautions"]] == ["digoxin"]
    assert doc["unassessed"] == []
    assert [(f["input"], f["condition"]) for f in doc["from_record"]] == [
        ("for heart failure", "heart-failure")
    ]


def test_an_unknown_word_beside_a_condition_stays_not_assessed(run: RunFn) -> None:
    result = run(*SLEEP, "--med", "Xyzzy for heart failure", "--json")
    assert result.code == 4  # heart failure counts: no dose
    doc = result.json()
    assert isinstance(doc, dict)
    assert [u["input"] for u in doc["unassessed"]] == ["Xyzzy for heart failure"]
    assert [c["id"] for c in doc["conditions"]] == ["heart-failure"]


def test_cautions_shows_a_listed_condition_as_a_condition(run: RunFn) -> None:
    result = run("cautions", "--med", "myasthenia gravis", "--med", "ciprofloxacin 500 mg bid")
    assert result.code == 0, result.err
    assert "From the list: myasthenia gravis: counted as 'Myasthenia gravis' (--med)" in (
        result.flat
    )
    assert "not recognised" not in result.flat


@pytest.mark.parametrize(
    "line",
    ["Zofran 4mg for HG", "Procardia for preterm labor", "EDD 2027-03-01", "third trimester",
     "2nd trimester", "Preg 20/40", "PREG",
     # weeks of a pregnancy alone (not 20/40, a visual acuity too), gestational age, due dates,
     # hyperemesis gravidarum (HG) alone or as what a medicine is taken for, a baby expected
     "12/40", "28/40", "28+3/40", "GA 20+3", "due date 2027-04-10", "due date 4/10/27",
     "EDC 4/10/27", "expecting baby in April", "HG", "ondansetron prn HG",
     # Makena: licensed only to lower the risk of preterm birth in a pregnancy
     "Makena"],
)  # fmt: skip
def test_pregnancy_as_lists_write_it_caps_the_dose(run: RunFn, line: str) -> None:
    doc = run("recommend", "--goal", "migraine", "--age", "30", "--med", line, "--json").ok_doc()
    assert doc["ceiling"]["mg"] == 350
    assert "pregnancy" in {c["id"] for c in doc["conditions"]}
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    "line",
    ["20/40 vision", "20/40", "Vytorin 10/40", "Caduet 10/40", "10/40 mg Vytorin",
     "hydroxyprogesterone caproate",
     "Sinemet 25/100 for PD", "Refill due 4/10/27"],
)  # fmt: skip
def test_a_strength_an_acuity_or_a_generic_with_other_uses_is_not_a_pregnancy(
    run: RunFn, line: str
) -> None:
    """``20/40`` may be a visual acuity, ``10/40`` a combination's strength; hydroxyprogesterone
    caproate (not the brand Makena) also treats uterine bleeding and endometrial cancer."""
    result = run("recommend", "--goal", "migraine", "--age", "30", "--med", line, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert "pregnancy" not in {c["id"] for c in doc["conditions"]}
    assert doc["ceiling"] is None or doc["ceiling"]["mg"] != 350


@pytest.mark.parametrize(
    "line",
    ["metoprolol 25 mg bid (AF, 1st deg HB)", "metoprolol 25 mg bid (AF, 2nd deg. HB)",
     "3rd deg AV block", "1st deg AVB",
     # the wordings read before, which the shortened ones now match
     "metoprolol 25 mg bid (AF, 1st degree AVB)", "metoprolol 25 mg bid (AF, 2nd degree HB)"],
)  # fmt: skip
def test_a_heart_block_grade_written_deg_withholds_as_degree_does(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    """Before: ``1st deg HB`` was not read (exit 3, 600 mg) while ``1st degree AVB`` withheld."""
    meds = tmp_path / "meds.txt"
    meds.write_text(f"{line}\n", encoding="utf-8")
    result = run("recommend", "--goal", "migraine", "--meds-from", str(meds), "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert result.code == 4
    assert "heart-block" in [b["id"] for b in doc["withheld"]["by"]]
    assert doc["goals"][0]["recommendations"] == []
