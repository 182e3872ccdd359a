"""A plain list's weight line (``Wt 16 kg``) is the person's weight, never a medicine not
assessed (advice.listed_weight, medlist.weight_line). A child's weight (under 40 kg) or a weight
that cannot be read, listed without --age, withholds the dose (exit 4,
``child-weight-needs-age``); with a child's age the age decides, and with an adult's (18 or
more) a child's weight withholds too (``child-weight-adult-age``): the two cannot both be right.
An adult's weight is only read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

HELD = "child-weight-needs-age"
ADULT_AGE = "child-weight-adult-age"


def _recommend(run: RunFn, tmp_path: Path, text: str, *more: str) -> tuple[int, list[str], Any]:
    path = tmp_path / "list.txt"
    path.write_text(text + "\n", encoding="utf-8")
    result = run("recommend", "--goal", "migraine", "--meds-from", str(path), "--json", *more)
    doc = result.json()
    assert isinstance(doc, dict), result.err
    held = doc["withheld"]["by"] if doc["withheld"] else []
    return result.code, [w["id"] for w in held], doc


@pytest.mark.parametrize(
    ("line", "kg"),
    [
        ("Wt 16 kg", "16 kg"), ("Weight: 16 kg", "16 kg"), ("Wt: 35 lb", "15.9 kg"),
        ("wt 16kg (2026-11-01)", "16 kg"), ("Weight = 39.5 kg", "39.5 kg"),
        ("Wt 35 lbs", "15.9 kg"),
        ("Weight: 16", "7.3 kg"),  # no unit: read in pounds, the lighter reading
        ("Wgt 16 kg", "16 kg"), ("Pt wt 16 kg", "16 kg"), ("Current weight: 16 kg", "16 kg"),
        ("Weight (kg): 16", "16 kg"), ("Ht 105 cm Wt 16 kg", "16 kg"), ("16 kg", "16 kg"),
        ("Wt. 16kg", "16 kg"), ("weight 35 lbs", "15.9 kg"), ("BW 16 kg", "16 kg"),
        ("Ht 105 cm, Wt 16 kg, BMI 14.5", "16 kg"), ("Pt weighs 35 lbs", "15.9 kg"),
        ("Weight in kg: 16", "16 kg"), ("35 lb", "15.9 kg"), ("Weight 16,5 kg", "16.5 kg"),
    ],
)  # fmt: skip
def test_a_childs_weight_withholds_without_an_age(
    run: RunFn, tmp_path: Path, line: str, kg: str
) -> None:
    code, held, doc = _recommend(run, tmp_path, line)
    assert (code, held) == (4, [HELD]), doc["withheld"]
    assert f"'{line}'" in doc["withheld"]["by"][0]["name"]
    assert f"{kg}, under 40 kg" in doc["withheld"]["by"][0]["name"]
    assert doc["unassessed"] == []
    aged, held, doc = _recommend(run, tmp_path, line, "--age", "12")
    assert (aged, held) == (0, [])  # a child's age decides
    assert [f["input"] for f in doc["from_record"]] == [line]
    aged, held, doc = _recommend(run, tmp_path, line, "--age", "35")
    assert (aged, held) == (4, [ADULT_AGE])  # an adult's age and a child's weight
    assert f"a weight of {kg} ('{line}'" in doc["withheld"]["by"][0]["name"]


@pytest.mark.parametrize(
    "line",
    ["Weight 70 kg", "Body weight = 72.5 kg", "Wt: 154 lb", "Wt 70 kg", "Weight: 180 lb",
     "Current weight: 82 kg", "70 kg", "Pt is 70 kg"],
)  # fmt: skip
def test_an_adults_weight_is_read_not_left_unassessed(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    code, held, doc = _recommend(run, tmp_path, line)
    assert (code, held) == (0, [])
    assert doc["unassessed"] == [] and doc["complete"] is True
    [fact] = doc["from_record"]
    assert fact["input"] == line and "written on the list" in fact["read_as"]


@pytest.mark.parametrize(
    "line",
    ["Weight: sixteen", "Weight (kg): 2 st", "Weight: ?", "Ht 105 cm Wt ?", "Weight (kg): 35 lb",
     "BW: sixteen", "approx 16 kg", "weighs about 35 lb"],
)  # fmt: skip
def test_a_weight_not_read_withholds_without_an_age_and_is_never_passed_over(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    code, held, doc = _recommend(run, tmp_path, line)
    assert (code, held) == (4, [HELD])
    assert "not read" in doc["withheld"]["by"][0]["name"]
    aged, held, doc = _recommend(run, tmp_path, line, "--age", "35")
    assert (aged, held) == (3, [])  # with an age: shown as not read, the result not complete
    assert [s["input"] for s in doc["skipped"]] == [line] and doc["complete"] is False


def test_a_childs_age_on_the_list_decides_beside_a_childs_weight(
    run: RunFn, tmp_path: Path
) -> None:
    code, held, _ = _recommend(run, tmp_path, "Age: 12\nWt 16 kg")
    assert (code, held) == (0, [])


@pytest.mark.parametrize(
    ("text", "more", "age"),
    [
        ("Miralax 8.5 g daily\n[Pt is 45]\nWt 16 kg", (), "45 (written on the list, "),
        ("Age: 45\nWeight: 16 kg", (), "45 (written on the list, "),
        ("Pt is 45\nWt 35 lb", (), "45 (written on the list, "),
        ("Age: 45, Wt 16 kg", (), "45 (written on the list, "),
        ("DOB 1980-01-01\nWt 16 kg", (), "46 (from the date of birth on the list, "),
        ("Wt 16 kg", ("--age", "45"), "45 (--age)"),
        ("Miralax 8.5 g daily\nWt 16 kg", ("--age", "18"), "18 (--age)"),
        ("amoxicillin 400 mg bid (16 kg)", ("--age", "45"), "45 (--age)"),
    ],
)
def test_an_adults_age_beside_a_childs_weight_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, more: tuple[str, ...],
    age: str
) -> None:  # fmt: skip
    # A child's list carrying a parent's age, or a typo: the adult dose was given (exit 0).
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796083200")  # 2026-12-01
    code, held, doc = _recommend(run, tmp_path, text, *more)
    assert (code, held) == (4, [ADULT_AGE]), doc["withheld"]
    name = doc["withheld"]["by"][0]["name"]
    assert name.startswith("the list gives a weight of 1") and f"but the age is {age}" in name
    assert "our judgement" in doc["withheld"]["by"][0]["basis"]
    assert "Check which is right" in doc["withheld"]["reason"]
    assert doc["goals"][0]["recommendations"] == []
    child, held, _ = _recommend(run, tmp_path, text, *more, "--age", "4")
    assert child == 4 and ADULT_AGE not in held  # the child's age, the younger, decides


@pytest.mark.parametrize(
    ("text", "more"),
    [("Age: 45\nWt 70 kg", ()), ("Wt 16 kg", ("--age", "17")), ("Weight: 180 lb", ("--age", "45"))],
)
def test_an_adults_weight_or_a_minors_age_keeps_the_dose(
    run: RunFn, tmp_path: Path, text: str, more: tuple[str, ...]
) -> None:
    code, held, _ = _recommend(run, tmp_path, text, *more)
    assert (code, held) == (0, [])


def test_a_typed_childs_weight_beside_an_adults_age_withholds(run: RunFn) -> None:
    for command in (("recommend", "--goal", "migraine"), ("dose", "glycinate", "200")):
        result = run(*command, "--med", "Wt 16 kg", "--age", "45", "--json")
        doc = result.json()
        assert isinstance(doc, dict)
        assert result.code == 4 and doc["go_ahead"] is False
        assert [w["id"] for w in doc["withheld"]["by"]] == [ADULT_AGE]


def test_a_product_named_for_weight_is_still_a_medicine(run: RunFn, tmp_path: Path) -> None:
    code, held, doc = _recommend(run, tmp_path, "Weight loss tablets")
    assert code == 3 and HELD not in held
    assert [u["input"] for u in doc["unassessed"]] == ["Weight loss tablets"]


@pytest.mark.parametrize(
    "line",
    [
        "Metformin 500 mg 16 kg",
        "enoxaparin 1 mg/kg",
        "BW 3/12",
        "BW q3 months",
        "Pt is 6 ft",
        "Epsom salt 1 lb bag",
    ],
)
def test_a_number_in_kg_or_a_bw_that_is_not_a_weight_line_is_not_read_as_a_weight(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    _, held, doc = _recommend(run, tmp_path, line)
    assert HELD not in held and doc["from_record"] == []


@pytest.mark.parametrize(
    "line",
    ["amoxicillin 400 mg bid (16 kg)", "ibuprofen 160 mg q6h prn (16 kg)",
     "Miralax 8.5 g daily [16 kg]", "ibuprofen 100 mg - 16 kg", "omeprazole 10 mg daily (wt 16 kg)",
     "Miralax 4 g daily, age 4", "Miralax 4 g daily (18 mo)"],
)  # fmt: skip
def test_a_childs_weight_or_age_beside_a_medicine_withholds(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    code, held, doc = _recommend(run, tmp_path, line)
    assert code == 4 and held, doc["withheld"]
    assert doc["goals"][0]["recommendations"] == [] or all(
        r.get("dose") is None for r in doc["goals"][0]["recommendations"]
    )
    typed = run("recommend", "--goal", "migraine", "--med", line, "--json")
    assert typed.code == 4, typed.out
    aged, held, _ = _recommend(run, tmp_path, line, "--age", "35")
    assert aged == 4  # the younger age decides, or an adult's age beside a child's weight
    assert held == ([ADULT_AGE] if "kg" in line else ["age-young-child"]), held


@pytest.mark.parametrize(
    "line",
    ["amoxicillin 500 mg tid (70 kg)", "gentamicin 5 mg/kg daily",
     "metformin 500 mg (for diabetes)", "tramadol 50 mg (max 400 mg/day)",
     "Lasix 40 mg (lost 16 kg)"],
)  # fmt: skip
def test_a_medicine_line_without_a_childs_weight_keeps_the_dose(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    code, held, _ = _recommend(run, tmp_path, line)
    assert code in (0, 3) and held == []
