"""A caesarean planned or booked on a list is a pregnancy: the supplement cap applies.

Before, ``Planned LSCS``, ``C-section booked``, ``Elective section booked`` and the like showed
a full adult dose with the line NOT ASSESSED (exit 3), where ``Planned caesarean`` counted the
pregnancy (exit 0). LSCS is a lower segment caesarean section, ELCS an elective one, a
category 4 caesarean one at a time to suit the woman and her team. A past caesarean (``C-section
2019``, ``Previous LSCS``) is no pregnancy read, and the new words do not make other lines one
(``Hip replacement booked``, ``Cat 4 flea treatment``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fhirrecord import condition_json

from conftest import RunFn, recommend_list, withheld_ids

MEDICINES = ("Magnesium glycinate 200mg", "Lisinopril 10mg")


@pytest.mark.parametrize(
    "line",
    [
        "Planned LSCS", "LSCS booked", "EL LSCS", "Elective LSCS", "ELCS", "C-section booked",
        "Caesarean booked", "Elective section booked", "Elective section", "CS booked",
        "Cat 4 section", "Cat 4 LSCS", "Category 4 caesarean section", "Booked LSCS",
        "LSCS planned", "C-section planned", "Planned lower segment caesarean section",
    ],
)  # fmt: skip
def test_a_caesarean_planned_or_booked_caps_as_a_pregnancy(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(
        run, tmp_path, monkeypatch, "migraine", MEDICINES[0], line, MEDICINES[1]
    )
    assert code == 0, doc["unassessed"]
    assert [c["id"] for c in doc["conditions"]] == ["pregnancy"]
    assert doc["ceiling"]["mg"] == 150  # 350 mg cap less the 200 mg already taken
    [read] = doc["from_record"]
    assert read["read_as"] == f"{line}: counted as 'Pregnancy'"


@pytest.mark.parametrize(
    "line",
    ["C-section 2019", "Previous LSCS", "Hx LSCS", "Hip replacement booked",
     "Appointment booked", "Cat 4 flea treatment", "Elective hip replacement"],
)  # fmt: skip
def test_a_past_caesarean_or_another_booking_is_no_pregnancy(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    code, doc = recommend_list(
        run, tmp_path, monkeypatch, "migraine", MEDICINES[0], line, MEDICINES[1]
    )
    assert code == 3 and withheld_ids(doc) == []
    assert doc["conditions"] == []
    assert [u["input"] for u in doc["unassessed"]] == [line]


@pytest.mark.parametrize("text", ["Elective section", "CS booked", "ELCS", "Planned LSCS"])
def test_a_records_caesarean_booked_counts_the_pregnancy(
    run: RunFn, tmp_path: Path, text: str
) -> None:
    _, doc = condition_json(run, tmp_path, text)
    assert "pregnancy" in [c["id"] for c in doc["conditions"]]


@pytest.mark.parametrize(
    "text", ["No planned LSCS", "No CS booked", "No cat 4 section", "No LSCS planned"]
)
def test_a_records_caesarean_booked_not_read_withholds(
    run: RunFn, tmp_path: Path, text: str
) -> None:
    code, doc = condition_json(run, tmp_path, text)
    assert code == 4 and withheld_ids(doc) == ["record-not-read"]
    assert "it may name a pregnancy" in doc["skipped"][0]["reason"]


def test_a_records_past_caesarean_is_not_screened(run: RunFn, tmp_path: Path) -> None:
    code, doc = condition_json(run, tmp_path, "LSCS 2019")
    assert code == 3 and withheld_ids(doc) == []
