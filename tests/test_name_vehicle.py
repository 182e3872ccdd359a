"""An injection's oil vehicle is not part of its name: ``Progesterone in oil`` was NOT ASSESSED
as a whole line, so a pregnancy's progesterone (and its due date) went unread (exit 3, the full
dose shown)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn


@pytest.mark.parametrize(
    ("typed", "medication"),
    [
        ("Progesterone in oil 50 mg/mL", "progesterone"),
        ("progesterone in sesame oil 50 mg/mL 1 mL IM daily", "progesterone"),
        ("testosterone cypionate in cottonseed oil 200 mg/mL IM q2wk", "testosterone"),
        ("estradiol valerate in oil 10 mg/mL", "estradiol"),
    ],
)
def test_a_medicine_in_oil_is_read_as_the_medicine(run: RunFn, typed: str, medication: str) -> None:
    doc = run("cautions", "--med", typed, "--json").ok_doc()
    assert [c["medication"] for c in doc["cautions"]] == [medication]


@pytest.mark.parametrize(("typed", "medication"), [("fish oil 1000 mg", "fish-oil"),
                                                  ("cod liver oil", "cod-liver-oil")])  # fmt: skip
def test_an_oil_that_is_the_medicine_keeps_its_name(
    run: RunFn, typed: str, medication: str
) -> None:
    doc = run("cautions", "--med", typed, "--json").ok_doc()
    assert [c["medication"] for c in doc["cautions"]] == [medication]


def test_progesterone_in_oil_with_a_due_date_caps_the_dose_as_pregnancy(
    run: RunFn, tmp_path: Path
) -> None:
    path = tmp_path / "meds.txt"
    path.write_text("Progesterone in oil 1 mL IM, due date 3/1/27\n", encoding="utf-8")
    doc = run("recommend", "--goal", "migraine", "--meds-from", str(path), "--json").ok_doc()
    assert doc["ceiling"]["mg"] == 350
    assert "pregnancy" in {c["id"] for c in doc["conditions"]}
