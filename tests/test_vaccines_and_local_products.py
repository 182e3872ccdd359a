"""Vaccines, urea cream and lubricant eye drops on a list are assessed: no interaction with oral
magnesium is listed for them in the rules' sources (checked 2026-12-01), never called safe.

Before: ``Fluzone High-Dose``, ``Shingrix``, ``Prevnar 20``, ``Flu shot``, ``COVID vaccine``,
``Urea cream 10%`` and ``Eye drops - Systane prn`` were NOT ASSESSED (exit 3) although nothing
needs reviewing beside them.
"""

from __future__ import annotations

import pytest

from conftest import RunFn

LINES = [
    ("Fluzone High-Dose", "influenza-vaccine"),
    ("Flu shot", "influenza-vaccine"),
    ("Shingrix", "zoster-vaccine-recombinant"),
    ("Prevnar 20", "pneumococcal-vaccine"),
    ("COVID vaccine", "covid-19-vaccine"),
    ("Urea cream 10%", "urea-topical"),
    ("Eye drops - Systane prn", "lubricant-eye-drops"),
]


@pytest.mark.parametrize(("line", "medication"), LINES)
def test_the_line_is_assessed_with_no_interaction_listed(
    run: RunFn, line: str, medication: str
) -> None:
    doc = run("recommend", "--goal", "sleep", "--age", "50", "--med", line, "--json").ok_doc()
    assert doc["complete"] is True and doc["unassessed"] == []
    [caution] = doc["cautions"]
    assert caution["medication"] == medication
    [klass] = caution["classes"]
    assert (klass["id"], klass["severity"]) == ("no-interaction-listed", "none")
    assert "safe" not in klass["effect"].lower().split()


def test_shingrix_is_read_as_the_injection(run: RunFn) -> None:
    doc = run("cautions", "--med", "Shingrix", "--json").ok_doc()
    assert doc["cautions"][0]["read_as"]["route"] == "injection"
    assert doc["timing"] is None


def test_each_verdict_says_when_it_was_checked(run: RunFn) -> None:
    doc = run("medications", "--json").ok_doc()
    notes = {m["id"]: m["note"] for m in doc["medications"]}
    for _, medication in LINES:
        assert "checked 2026-12-01" in notes[medication]
        assert "safe" not in notes[medication].lower().split()
