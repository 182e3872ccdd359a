"""Words on a typed list that look like a pregnancy and are not one (advice.not_pregnancy), and
the true pregnancies beside them that keep their cap."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import RunFn

LAXATIVE = "Miralax 8.5 g daily"


def _listed(run: RunFn, tmp_path: Path, *lines: str) -> tuple[int, dict[str, Any]]:
    """(exit code, JSON) of ``recommend --goal constipation`` for a list of ``lines``."""
    meds = tmp_path / "meds.txt"
    meds.write_text("\n".join((LAXATIVE, *lines)) + "\n", encoding="utf-8")
    args = ("recommend", "--goal", "constipation", "--meds-from", str(meds), "--json")
    result = run(*args)
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


def _capped(doc: dict[str, Any]) -> bool:
    return doc["ceiling"] is not None and doc["ceiling"]["why"] == "Pregnancy"


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("B12 1000 mcg IM monthly, due date 12/15/26", "due date 12/15/26"),
        ("Depo-Provera 150 mg IM, due date 2/20/27", "due date 2/20/27"),
        ("Shingrix dose 2 due date 3/1/27", "due date 3/1/27"),
    ],
)
def test_a_next_dose_due_date_on_a_medicines_line_is_not_a_pregnancy(
    run: RunFn, tmp_path: Path, line: str, shown: str
) -> None:
    code, doc = _listed(run, tmp_path, line)
    assert code == 0
    assert not _capped(doc)
    assert "pregnancy" not in {c["id"] for c in doc["conditions"]}
    assert [i["input"] for i in doc["ignored"]] == [shown]
    assert "next dose" in doc["ignored"][0]["reason"]


def test_an_implants_due_date_in_brackets_is_its_next_dose(run: RunFn, tmp_path: Path) -> None:
    """Zoladex stays not assessed (only the drug vocabulary knows it), without a pregnancy."""
    code, doc = _listed(run, tmp_path, "Zoladex 10.8 mg q12wk (due date 1/3/27)")
    assert code == 3
    assert not _capped(doc)
    assert [i["input"] for i in doc["ignored"]] == ["due date 1/3/27"]


def test_an_insulins_dose_split_is_not_weeks_of_a_pregnancy(run: RunFn, tmp_path: Path) -> None:
    code, doc = _listed(run, tmp_path, "Lantus 40 units, Humalog 12/40")
    assert code == 0
    assert not _capped(doc)
    assert doc["unassessed"] == []


@pytest.mark.parametrize(
    "line", ["Pregnancy: no", "Pregnant: N", "Not pregnant", "not pregnant", "non-pregnant"]
)
def test_a_line_that_says_not_pregnant_gives_no_cap_and_is_not_unread(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    code, doc = _listed(run, tmp_path, line)
    assert code == 0
    assert not _capped(doc)
    assert doc["unassessed"] == []
    assert [i["input"] for i in doc["ignored"]] == [line]


def test_cautions_shows_not_pregnant_and_a_next_dose_as_ignored(run: RunFn, tmp_path: Path) -> None:
    meds = tmp_path / "meds.txt"
    meds.write_text("B12 1000 mcg IM monthly, due date 12/15/26\nNot pregnant\n", "utf-8")
    result = run("cautions", "--meds-from", str(meds))
    assert result.code == 0
    assert "Ignored, not checked: due date 12/15/26" in result.flat
    assert "Pregnancy" not in result.out


@pytest.mark.parametrize(
    "line",
    [
        # a due date alone, or said to be a pregnancy's, or beside a pregnancy word
        "due date 3/1/27", "EDD 3/1/27", "EDC 3/1/27", "due date: 3/1/27 (pregnant)",
        "B12 1000 mcg IM monthly, due date 12/15/26 (pregnant)",
        "Prenatal vitamin daily, due date 3/1/27", "Prolia 60 mg, due date 3/1/27",
        # beside a medicine taken daily, or an injection or vaccine given in pregnancy
        "Lovenox 40 mg SC daily, due date 3/1/27", "Rhogam IM, due date 3/1/27",
        "Flu vaccine, due date 3/1/27",
        # weeks of a pregnancy, beside a strength (an insulin's too) or the obstetric count
        "28/40", "levothyroxine 100mcg 28/40", "G2P1 28/40", "Lantus 20 units 28/40",
        # a test is not a plain no (early tests miss a pregnancy); nor a negation mid-line
        "pregnancy test negative", "Pregnancy: neg", "Not pregnant - on phenelzine",
    ],
)  # fmt: skip
def test_a_true_pregnancy_beside_these_wordings_keeps_its_cap(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    _, doc = _listed(run, tmp_path, line)
    assert _capped(doc)
    assert doc["ceiling"]["mg"] == 350
    assert doc["ignored"] == []


def test_a_negation_written_after_a_medicine_keeps_the_cap(run: RunFn) -> None:
    """Only a whole line that says it is read as not pregnant; in a line's part it stays."""
    doc = run("recommend", "--goal", "constipation", "--med", "Miralax, not pregnant", "--json")
    found = doc.json()
    assert isinstance(found, dict)
    assert _capped(found)


def test_a_combinations_strength_stays_no_pregnancy(run: RunFn, tmp_path: Path) -> None:
    code, doc = _listed(run, tmp_path, "Vytorin 10/40")
    assert code == 0
    assert not _capped(doc)
