"""Wordings on a list that mean pregnancy cap the dose; wordings that hold a condition's word
without meaning it (contraception, pre-conception, kidney stones) are not read as the condition.

Before, ``ondansetron for morning sickness`` did not cap the dose; ``Norethindrone (prevent
pregnancy)`` was read as a pregnancy and as a prenatal vitamin with magnesium (no dose);
``folic acid (pre-pregnancy)`` was capped; ``tamsulosin 0.4 for kidney stone`` was withheld as
kidney wording not read.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

MIGRAINE = ("recommend", "--goal", "migraine")


def advice(run: RunFn, *args: str) -> tuple[int, list[str], dict[str, Any]]:
    """(exit code, the withholders' ids, the JSON document) of ``recommend --json``."""
    result = run(*MIGRAINE, *args, "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    held = doc["withheld"] or {"by": []}
    return result.code, [b["id"] for b in held["by"]], doc


def ceiling(doc: dict[str, Any]) -> float | None:
    return doc["ceiling"]["mg"] if doc["ceiling"] else None


@pytest.mark.parametrize(
    "line",
    [
        "ondansetron for morning sickness",
        "ondansetron 4mg (for morning sickness)",
        "Zofran for hyperemesis",
        "ondansetron for NVP",
        # a reason in brackets, its closing bracket not part of it
        "ondansetron (for HG)",
        "Zofran [for hyperemesis]",
        # a reason in brackets with no "for"
        "ondansetron 4 mg prn (HG)",
        "Zofran (hyperemesis)",
        "ondansetron 4 mg (morning sickness)",
    ],
)
def test_a_reason_that_means_pregnancy_caps_the_dose(run: RunFn, line: str) -> None:
    code, held, doc = advice(run, "--med", line)
    assert code == 0 and held == [] and ceiling(doc) == 350
    assert "pregnancy" in [f["condition"] for f in doc["from_record"]]
    assert "ondansetron" in [c["medication"] for c in doc["cautions"]]


@pytest.mark.parametrize(
    ("line", "medication"),
    [
        ("Norethindrone (prevent pregnancy)", "norethindrone"),
        ("folic acid (pre-pregnancy)", "folic-acid"),
        ("tamsulosin 0.4 for kidney stone", "tamsulosin"),
        ("Flomax 0.4mg (for kidney stones)", "tamsulosin"),
    ],
)
def test_contraception_preconception_and_kidney_stones_are_not_conditions(
    run: RunFn, line: str, medication: str
) -> None:
    code, held, doc = advice(run, "--med", line)
    assert (code, held, ceiling(doc), doc["from_record"]) == (0, [], None, [])
    assert medication in [c["medication"] for c in doc["cautions"]]


def test_the_rest_of_such_a_line_is_still_read(run: RunFn) -> None:
    _, held, _ = advice(run, "--med", "Norethindrone (prevent pregnancy), CKD 4")
    assert held == ["severe-kidney-disease"]
    _, held, _ = advice(run, "--med", "tamsulosin for kidney stones, hold before HD")
    assert held == ["dialysis"]  # HD: haemodialysis
