"""Tetracycline spacing takes the longest interval its sources give: 6 h before (NIH ODS)."""

from __future__ import annotations

from conftest import RunFn


def test_the_class_spaces_magnesium_six_hours_before_and_cites_ods(run: RunFn) -> None:
    doc = run("cautions", "--json", "--med", "doxycycline 100 bid").ok_doc()
    (klass,) = doc["cautions"][0]["classes"]
    assert klass["id"] == "tetracycline"
    spacing = klass["spacing"]
    assert (spacing["magnesium_before_h"], spacing["magnesium_after_h"]) == (6, 4)
    assert "ods-magnesium-hp" in klass["sources"]
    assert "dailymed-tetracycline-labels" in klass["sources"]
    assert "6 hours before or 4 hours after" in klass["advice"]
    assert "sources disagree" in klass["advice"]
    (constraint,) = doc["timing"]["constraints"]
    assert (constraint["magnesium_before_h"], constraint["magnesium_after_h"]) == (6, 4)


def test_the_plan_offers_no_time_within_six_hours_before_a_dose(run: RunFn) -> None:
    # doses at 08:00 and 20:00: magnesium from 12:00 (4 h after) to 14:00 (6 h before 20:00)
    doc = run(
        "cautions", "--json", "--med", "minocycline 100 mg", "--at", "minocycline=08:00,20:00"
    ).ok_doc()
    assert doc["timing"]["windows"] == [{"from": "12:00", "to": "14:00"}]


def test_the_table_says_which_sources_disagree(run: RunFn) -> None:
    result = run("cautions", "--med", "tetracycline 500 mg qid")
    assert result.code == 0
    assert "at least 6 hours before or 4 hours after" in result.flat
    assert "NIH Office of Dietary Supplements" in result.flat
