"""UK release abbreviations (``MR``, ``m/r``, ``M/R``, ``retard``) are release words.

Before: ``Doxycycline MR 40mg od`` and ``Nitrofurantoin MR 100mg bd`` were NOT ASSESSED as
whole lines, so the MAJOR tetracycline caution, the nitrofurantoin spacing and the timing plan
were lost while a dose was printed (exit 3). "MR" is how UK prescriptions and dm+d names write
modified release; the caution of the medicine does not depend on its release.
"""

from __future__ import annotations

import pytest

from conftest import RunFn, single_caution


@pytest.mark.parametrize(
    ("typed", "medication", "severity"),
    [
        ("Doxycycline MR 40mg od", "doxycycline", "major"),
        ("Nitrofurantoin MR 100mg bd", "nitrofurantoin", "moderate"),
        ("nitrofurantoin m/r 100mg", "nitrofurantoin", "moderate"),
        ("Nitrofurantoin M/R 100mg bd", "nitrofurantoin", "moderate"),
        ("Nifedipine MR 30mg", "nifedipine", "minor"),
        ("Carbamazepine retard 200mg", "carbamazepine", "none"),
        ("doxycycline 100 mg SR", "doxycycline", "major"),
        ("ciprofloxacin XL 1g", "ciprofloxacin", "moderate"),
    ],
)
def test_a_release_abbreviation_keeps_the_medicine_and_its_caution(
    run: RunFn, typed: str, medication: str, severity: str
) -> None:
    entry = single_caution(run, typed)
    assert (entry["medication"], entry["severity"]) == (medication, severity)
    assert entry["read_as"]["release"] == "extended release"


def test_the_timing_plan_keeps_both_mr_medicines(run: RunFn) -> None:
    args = ["recommend", "--goal", "sleep", "--age", "40", "--json"]
    args += ["--med", "Doxycycline MR 40mg od", "--med", "Nitrofurantoin MR 100mg bd"]
    doc = run(*args).ok_doc()
    assert doc["unassessed"] == []
    summary = doc["timing"]["summary"]
    assert "6 h before or 4 h after doxycycline" in summary
    assert "4 h before or 4 h after nitrofurantoin" in summary


@pytest.mark.parametrize(
    ("typed", "route"),
    [("doxycycline 100 mg bid topical", "topical"), ("doxycycline 100 mg nasal", "nasal")],
)
def test_a_nasal_or_topical_word_with_a_tablet_strength_keeps_the_oral_caution(
    run: RunFn, typed: str, route: str
) -> None:
    entry = single_caution(run, typed)
    assert (entry["medication"], entry["severity"]) == ("doxycycline", "major")
    assert entry["read_as"]["route"] == "oral"
    assert (
        f"not a {route} form: read as by mouth, the safer reading"
        in (entry["read_as"]["route_note"])
    )


@pytest.mark.parametrize(
    ("typed", "route"),
    [
        ("clindamycin 1% gel topical", "topical"),
        ("lidocaine 700 mg patch", "topical"),
        ("fluticasone 50 mcg nasal", "nasal"),
        ("metronidazole 500 mg vaginal", "vaginal"),
    ],
)
def test_a_local_strength_or_form_keeps_its_route(run: RunFn, typed: str, route: str) -> None:
    entry = single_caution(run, typed)
    assert entry["read_as"]["route"] == route
    assert entry["read_as"]["route_note"] is None
