"""Children's medicines named by a child-only brand or wording: no dose without an age, and the
medicine itself is read.

Before: ``Calpol 5ml`` and ``Calpol`` (UK paracetamol for children) with no ``--age`` gave exit 0
and adult laxative doses; ``Children's Motrin 7.5 mL`` and ``Children's Claritin 5 mL`` were
withheld as magnesium through the suggestion "children's multivitamin" (the right stop for the
wrong reason), and ``Infants' Tylenol`` was NOT ASSESSED.
"""

from __future__ import annotations

import pytest

from conftest import RunFn

CONSTIPATION = ("recommend", "--goal", "constipation")


@pytest.mark.parametrize(
    "line",
    [
        "Calpol 5ml",
        "Calpol",
        "Calpol Six Plus 5ml",
        "Calprofen 5ml",
        "Nurofen for Children 5ml",
        "Children's Motrin 7.5 mL",
        "Children's Claritin 5 mL",
        "Infants' Tylenol 1.25 mL",
        "Junior Strength Advil",
        "Paediatric Movicol 1 sachet",
        "Dimetapp",  # the US children's brompheniramine liquids
        "Dimetapp Cold and Cough 10 mL",
    ],
)
def test_a_child_only_product_without_an_age_gets_no_dose(run: RunFn, line: str) -> None:
    result = run(*CONSTIPATION, "--med", line, "--json")
    assert result.code == 4
    doc = result.json()
    assert isinstance(doc, dict)
    ids = [b["id"] for b in doc["withheld"]["by"]]
    assert "children-product-needs-age" in ids
    assert "listed-magnesium-amount-unknown" not in ids  # not read as a children's multivitamin
    assert doc["go_ahead"] is False


@pytest.mark.parametrize(
    ("line", "medication"),
    [
        ("Children's Motrin 7.5 mL", "ibuprofen"),
        ("Children's Claritin 5 mL", "loratadine"),
        ("Infants' Tylenol 1.25 mL", "acetaminophen"),
        ("Children's Zyrtec 5 mL", "cetirizine"),
        ("Junior Strength Advil", "ibuprofen"),
    ],
)
def test_the_childrens_wording_is_left_out_of_the_medicines_name(
    run: RunFn, line: str, medication: str
) -> None:
    doc = run("cautions", "--med", line, "--json").json()
    assert isinstance(doc, dict)
    assert [c["medication"] for c in doc["cautions"]] == [medication]
    assert doc["unassessed"] == []


def test_with_the_age_a_child_only_product_is_read_for_that_age(run: RunFn) -> None:
    result = run(*CONSTIPATION, "--age", "7", "--med", "Calpol 5ml", "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert "children-product-needs-age" not in [b["id"] for b in doc["withheld"]["by"]]


def test_a_childrens_multivitamin_is_still_itself(run: RunFn) -> None:
    doc = run("cautions", "--med", "Children's multivitamin", "--json").json()
    assert isinstance(doc, dict)
    assert doc["cautions"][0]["medication"] == "multivitamin"
