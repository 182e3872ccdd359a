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
        ("Shingrix dose 2 due date 3/1/27", "dose 2 due date 3/1/27"),
        ("Shingrix 2nd dose due 3/1/27", "2nd dose due 3/1/27"),
        ("Prolia 60 mg, refill due date 3/1/27", "refill due date 3/1/27"),
        ("B12 1000 mcg IM monthly, next due date 12/15/26", "next due date 12/15/26"),
        ("Prolia 60 mg, due date for next dose 3/1/27", "due date for next dose 3/1/27"),
    ],
)
def test_a_due_date_said_to_be_a_next_dose_is_not_a_pregnancy(
    run: RunFn, tmp_path: Path, line: str, shown: str
) -> None:
    code, doc = _listed(run, tmp_path, line)
    assert code == 0
    assert not _capped(doc)
    assert "pregnancy" not in {c["id"] for c in doc["conditions"]}
    assert [i["input"] for i in doc["ignored"]] == [shown]
    assert "next dose" in doc["ignored"][0]["reason"]


@pytest.mark.parametrize(
    "line",
    [
        # injections a pregnancy is given: no list of them is complete
        "Lantus 10 units SC nocte, due date 4/1/27",
        "Levemir 8 units SC at night (due date 4/1/27)",
        "Humalog sliding scale SC, due date 4/1/27",
        "Innohep 4500 units SC once a day, due date 4/1/27",
        "Inhixa 40mg SC nocte, due date 4/1/27",
        "Arixtra 2.5 mg SC, due date 4/1/27",
        "D-Gam 1500 IU IM, due date 4/1/27",
        "Rh immune globulin 300 mcg IM, due date 4/1/27",
        "MICRhoGAM 50 mcg IM, due date 4/1/27",
        "Celestone Soluspan 12 mg IM q24h x2, due date 2/1/27",
        "Dexamethasone 6 mg IM q12h x4, due date 1/20/27",
        "Ferinject 1000 mg IV infusion, due date 3/1/27",
        # an injection word or an interval alone no longer says it (a false cap: the safe side)
        "B12 1000 mcg IM monthly, due date 12/15/26",
        "Depo-Provera 150 mg IM, due date 2/20/27",
        "Zoladex 10.8 mg q12wk (due date 1/3/27)",
        # a comma ends the next dose's words; a pregnancy word beside them keeps the cap
        "Tdap booster, due date 4/10/27", "Shingrix dose 2 due date 3/1/27 (pregnant)",
    ],
)  # fmt: skip
def test_a_due_date_beside_an_injection_stays_a_pregnancys(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    """The due date was read as the medicine's next dose (exit 0, the full dose) whenever the
    line had an injection word and no medicine of a list of those given in pregnancy."""
    _, doc = _listed(run, tmp_path, line)
    assert _capped(doc)
    assert doc["ceiling"]["mg"] == 350
    assert doc["ignored"] == []


def test_a_due_date_beside_an_injection_keeps_the_cap_in_med_and_dose(run: RunFn) -> None:
    line = "Lantus 10 units SC nocte, due date 4/1/27"
    found = run("recommend", "--goal", "constipation", "--med", line, "--json").json()
    assert isinstance(found, dict)
    assert _capped(found)
    steroid = "Celestone Soluspan 12 mg IM, due date 2/1/27"
    checked = run("dose", "glycinate", "500", "--med", steroid, "--json").json()
    assert isinstance(checked, dict)
    assert checked["ceiling"]["mg"] == 350


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("Boostrix IM 28/40", "28/40"),
        ("Whooping cough vaccine 28/40", "28/40"),
        ("Abrysvo RSV vaccine 32/40", "32/40"),
        ("Flu vaccine given 28/40", "28/40"),
        ("Tdap vaccine given, due date 4/10/27", "due date 4/10/27"),
        ("Tdap 0.5 mL IM - due date 4/10/27", "due date 4/10/27"),
        ("Repevax vaccine, due date 3/1/27", "due date 3/1/27"),
    ],
)
def test_weeks_or_a_due_date_on_a_vaccines_line_are_a_pregnancy(
    run: RunFn, tmp_path: Path, line: str, shown: str
) -> None:
    """A maternal vaccine's line was NOT ASSESSED whole, the pregnancy in it never read."""
    _, doc = _listed(run, tmp_path, line)
    assert _capped(doc)
    assert shown in [f["input"] for f in doc["from_record"]]


@pytest.mark.parametrize(
    ("line", "insulin"),
    [
        ("NovoRapid 32/40", "NovoRapid"),
        ("insulin 36/40", "insulin"),
        ("Lantus 40 units, Humalog 12/40", "Humalog"),
    ],
)
def test_weeks_after_an_insulin_keep_the_cap_and_say_they_may_be_its_doses(
    run: RunFn, tmp_path: Path, line: str, insulin: str
) -> None:
    """Read as the insulin's doses morning and evening (no cap, nothing said); a pregnancy on
    insulin (gestational diabetes) is common."""
    code, doc = _listed(run, tmp_path, line)
    assert code == 0
    assert _capped(doc)
    said = [f["input"] for f in doc["from_record"]]
    assert any(f"after {insulin} (its doses, or weeks of a pregnancy)" in s for s in said)


@pytest.mark.parametrize("line", ["Vytorin 10/40", "Caduet 10/40", "Azor 10/40", "Xyzzy 20/40",
                                  "Bisoprolol 5 mg (BP 120/40)"])  # fmt: skip
def test_a_combinations_strength_or_other_number_over_40_is_no_pregnancy(
    run: RunFn, tmp_path: Path, line: str
) -> None:
    _, doc = _listed(run, tmp_path, line)
    assert not _capped(doc)


def test_pregnancy_no_then_breastfeeding_is_breastfeeding_only(run: RunFn, tmp_path: Path) -> None:
    """It was capped as a pregnancy (the same 350 mg), labelled Pregnancy."""
    code, doc = _listed(run, tmp_path, "Pregnancy: no (breastfeeding)")
    assert code == 0
    assert doc["ceiling"]["why"] == "Breastfeeding"
    assert "pregnancy" not in {c["id"] for c in doc["conditions"]}


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
    meds.write_text("B12 1000 mcg IM monthly, refill due 12/15/26\nNot pregnant\n", "utf-8")
    result = run("cautions", "--meds-from", str(meds))
    assert result.code == 0
    assert "Ignored, not checked: refill due 12/15/26" in result.flat
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
        "Flu vaccine, due date 3/1/27", "Metformin 500 mg bd, due date 3/1/27",
        # weeks of a pregnancy, beside a strength (an insulin's too) or the obstetric count
        "28/40", "levothyroxine 100mcg 28/40", "G2P1 28/40", "Lantus 20 units 28/40",
        "Humalog 4 units tds 32/40",
        # 20 weeks (the anomaly scan) after a medicine's dose, no eye word: aspirin for
        # pre-eclampsia (it was read as a visual acuity, and the cap lost)
        "Aspirin 150 mg nocte - 20/40", "aspirin 150 mg nocte 20+2/40",
        "labetalol 100 mg bd 20/40",
        # weeks and days, written so only of a gestation (the weeks were not read)
        "Betamethasone 12 mg IM - 29+3 weeks", "labetalol 200 mg bd (32+1 wks)",
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
