"""The patient's own age beside a relative's word on a list's line (``Tom, 4 years, brought by
mother``, ``82 yo, wife is carer``) is the patient's: a 4-year-old's list got an adult's dose
(exit 3, 905 mg of oxide), an 82-year-old's was withheld as someone else's age (exit 4). A
relative's age (``Completed by mother, age 34``, ``Age 38 (mother)``) still waits for --age."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn, recommend_list, withheld_ids

_CHILD = "age-young-child"  # the child's age read: a young child's dose is withheld
_NOT_TOLD = "age-not-read"  # whose age is not told: withheld until --age


@pytest.mark.parametrize(
    ("line", "held"),
    [("Tom, 4 years, brought by mother", _CHILD), ("Sam - 6 yrs - lives with nan", _CHILD),
     ("3 y/o, mum gives meds", _CHILD), ("aged 5, dad present", _CHILD),
     ("Tom 4 yrs, with mum", _CHILD), ("4yo boy, brought by father", _CHILD),
     ("18/12, mum present", _CHILD), ("Lily 4y - mum", _CHILD),
     ("Tom, 4 years, lives with foster carer", _CHILD),
     ("DOB 01/02/2021, lives with mum", _CHILD), ("4 years, brought by mother", _CHILD),
     ("Tom (4), mum present", _NOT_TOLD), ("Lily, 4, lives with mum", _NOT_TOLD),
     ("Tom 4 yrs brought in by mum", _NOT_TOLD), ("Age 4 (Dad: 07700 900000)", _NOT_TOLD),
     ("Brought by mother, age 34", _NOT_TOLD), ("Age 34, mum gives Movicol", _NOT_TOLD)],
)  # fmt: skip
def test_a_childs_age_beside_a_parents_word_is_the_childs_or_withholds(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, held: str
) -> None:
    code, doc = recommend_list(
        run, tmp_path, monkeypatch, "constipation", line, "Miralax 8.5 g daily"
    )
    assert code == 4 and doc["go_ahead"] is False
    assert held in withheld_ids(doc), doc["withheld"]
    assert doc["doses_for"] == ("child" if held == _CHILD else "adults")
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    "line",
    ["82 yo, wife is carer", "DOB 1950-01-01 (NOK: son)", "Age 45 (mother of 3)",
     "Age 40 (carer for her mother)", "Age 82 - carer: daughter", "Age 60, husband is NOK"],
)  # fmt: skip
def test_an_adults_own_age_beside_a_family_word_is_used(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(
        run, tmp_path, monkeypatch, "migraine", line, "Sumatriptan 50 mg prn"
    )
    assert code == 0, doc["withheld"]
    assert doc["doses_for"] == "adults" and withheld_ids(doc) == []
    said = [f["read_as"] for f in doc["from_record"]]
    assert said and not any("someone else" in s for s in said)


@pytest.mark.parametrize(
    ("line", "withheld"),
    [("Age 34, mother", True), ("Age 34 (mother of patient)", True),
     ("Age 34, carer for Lily", True),
     # a relative's history says nothing of whose list it is: left a line not assessed
     ("FH: father MI aged 50", False), ("Father died aged 70 (bowel ca)", False),
     ("Husband 2 yrs post MI", False)],
)  # fmt: skip
def test_an_adult_age_that_a_relatives_word_may_label_withholds_but_not_their_history(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, withheld: bool
) -> None:
    code, doc = recommend_list(
        run, tmp_path, monkeypatch, "migraine", line, "Sumatriptan 50 mg prn"
    )
    assert ("age-not-read" in withheld_ids(doc)) is withheld
    assert (code == 4) is withheld and doc["go_ahead"] is not withheld
