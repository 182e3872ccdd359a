"""A route comes only from route words and dose forms, never from what a medicine is for.

A patient writes the reason beside an oral antibiotic ("for ear infection", "(eye
infection)", "nasal sinus infection"); read as a route it would mark the quinolone or
tetracycline caution "does not apply" and drop the timing plan. An ambiguous line takes the
safer reading, by mouth, and says so.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn

REASONS = [
    ("cipro 500 bid x7d ear", "fluoroquinolone-ciprofloxacin"),
    ("Cipro 500mg twice a day (ear infection)", "fluoroquinolone-ciprofloxacin"),
    ("cipro 500 bid for ear infection", "fluoroquinolone-ciprofloxacin"),
    ("Levaquin 500 - nasal sinus infection", "fluoroquinolone"),
    ("moxifloxacin 400 mg for eye", "fluoroquinolone-moxifloxacin"),
    ("Levaquin 750 mg for ear", "fluoroquinolone"),
    ("ofloxacin 400 bid for ear", "fluoroquinolone-ofloxacin"),
    ("doxycycline 100 mg bid for eye infection", "tetracycline"),
    ("doxycycline 100 mg bid for the eye", "tetracycline"),
    ("minocycline 100 mg (eye infection)", "tetracycline"),
    ("cipro 500 mg otic", "fluoroquinolone-ciprofloxacin"),
]


def caution(run: RunFn, typed: str) -> dict[str, Any]:
    doc = run("cautions", "--json", "--med", typed).ok_doc()  # exit 0: nothing left unassessed
    [only] = doc["cautions"]
    assert isinstance(only, dict)
    only["timing"] = doc["timing"]
    return only


@pytest.mark.parametrize(("typed", "klass"), REASONS)
def test_a_reason_is_never_a_route_and_the_caution_applies(
    run: RunFn, typed: str, klass: str
) -> None:
    found = caution(run, typed)
    assert found["read_as"]["route"] == "oral"
    [shown] = [c for c in found["classes"] if c["id"] == klass]
    assert shown["applies"] is True
    assert shown["not_applicable_because"] is None
    assert found["severity"] is not None
    assert [c["classes"] for c in found["timing"]["constraints"]] == [[klass]]


def test_the_reason_is_kept_as_a_direction(run: RunFn) -> None:
    found = caution(run, "Cipro 500mg twice a day (ear infection)")
    assert "for ear infection" in found["read_as"]["directions"]
    assert found["read_as"]["route_note"] is None


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("cipro 500 bid x7d ear", "'ear' alone does not say how it is taken"),
        ("cipro 500 mg otic", "a strength of 500 mg is a dose by mouth"),
    ],
)
def test_an_ambiguous_line_is_read_as_by_mouth_and_says_so(
    run: RunFn, typed: str, said: str
) -> None:
    found = caution(run, typed)
    assert said in found["read_as"]["route_note"]
    assert "read as by mouth, the safer reading" in found["read_as"]["route_note"]
    table = run("cautions", "--med", typed)
    assert table.code == 0
    assert said in table.flat
    assert "does not apply to this route" not in table.flat


def test_recommend_keeps_the_timing_plan_for_an_antibiotic_with_its_reason(run: RunFn) -> None:
    result = run("recommend", "--goal", "migraine", "--age", "40", "--med", "cipro 500 bid x7d ear")
    assert result.code == 0
    assert "Daily timing plan" in result.flat
    assert "at least 6 h before or 2 h after ciprofloxacin" in result.flat


@pytest.mark.parametrize(
    ("typed", "route"),
    [
        ("cipro eye drops", "eye"),
        ("ofloxacin drops ear", "ear"),
        ("ofloxacin 5 gtts in the ear bid", "ear"),
        ("ciprofloxacin 0.3% 1 drop in the left eye", "eye"),
        ("erythromycin ointment apply to eye", "eye"),
        ("ciprofloxacin otic", "ear"),
    ],
)
def test_route_words_and_local_forms_still_give_the_route(
    run: RunFn, typed: str, route: str
) -> None:
    found = caution(run, typed)
    assert (found["read_as"]["route"], found["read_as"]["route_stated"]) == (route, True)
    assert found["read_as"]["route_note"] is None
