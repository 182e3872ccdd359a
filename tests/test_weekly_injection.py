"""A dose a week or more apart of a medicine whose tablets are daily is read as the injection.

``Ozempic 0.5 mg weekly`` is the pen, so the oral-semaglutide (Rybelsus) timing rule does not
apply and leaves the timing plan; ``Ozempic`` alone keeps it (the US listing also shows Ozempic
tablets: the safer reading), and so does anything written as a tablet or taken more often.
The same holds for cabotegravir and rilpivirine given monthly or every 2 months.
"""

from __future__ import annotations

import pytest

from conftest import RunFn


def the_class(run: RunFn, typed: str) -> tuple[dict[str, object], dict[str, object]]:
    doc = run("cautions", "--med", typed, "--json").ok_doc()
    assert doc["unassessed"] == []
    [entry] = doc["cautions"]
    [klass] = entry["classes"]
    return doc, {**klass, "route": entry["read_as"]["route"]}


@pytest.mark.parametrize(
    ("typed", "klass"),
    [
        ("Ozempic 0.5 mg weekly", "oral-semaglutide"),
        ("Ozempic 1 mg once a week", "oral-semaglutide"),
        ("Ozempic 1 mg on Sundays", "oral-semaglutide"),
        ("Wegovy 2.4 mg once weekly", "oral-semaglutide"),
        ("semaglutide 0.5 mg q7d", "oral-semaglutide"),
        ("cabotegravir 600 mg every 2 months", "integrase-inhibitor-cabotegravir"),
        ("cabotegravir 600 mg monthly", "integrase-inhibitor-cabotegravir"),
        ("rilpivirine 900 mg every 2 months", "rilpivirine"),
    ],
)
def test_a_weekly_or_monthly_dose_is_the_injection(run: RunFn, typed: str, klass: str) -> None:
    doc, found = the_class(run, typed)
    assert found["id"] == klass
    assert found["route"] == "injection"
    assert found["applies"] is False
    assert "does not pass through the gut" in str(found["not_applicable_because"])
    assert doc["timing"] is None


@pytest.mark.parametrize(
    "typed",
    [
        "Ozempic",
        "Ozempic 4 mg tablet weekly",
        "Ozempic 1 mg twice a week",
        "Rybelsus 7 mg daily",
        "Vocabria 30 mg daily",
        "Edurant 25 mg daily",
    ],
)
def test_a_tablet_or_a_daily_dose_keeps_the_timing_rule(run: RunFn, typed: str) -> None:
    doc, found = the_class(run, typed)
    assert found["applies"] is True
    assert found["route"] == "oral"
    assert doc["timing"] is not None


def test_the_table_says_why_ozempic_weekly_is_not_timed(run: RunFn) -> None:
    result = run("cautions", "--med", "Ozempic 0.5 mg weekly")
    assert result.code == 0
    assert "does not apply to this route" in result.flat
    assert "8 h before or 0.5 h after" not in result.flat


def test_the_medicine_lists_its_weekly_injection_with_sources(run: RunFn) -> None:
    doc = run("medications", "--class", "oral-semaglutide", "--json").ok_doc()
    [med] = doc["medications"]
    weekly = med["weekly_injection"]
    assert weekly is not None and "label-ozempic" in weekly["sources"]
