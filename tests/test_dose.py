"""`magadvise dose`: compound <-> elemental arithmetic, variants, the upper level, goal ranges."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import DATA, RunFn
from conftest import planning as rules


def dose_json(run: RunFn, *args: str) -> dict[str, Any]:
    return run(*rules("dose", *args, "--json")).ok_doc()


def test_compound_to_elemental_shows_the_number_and_where_the_percent_comes_from(
    run: RunFn,
) -> None:
    result = run(*rules("dose", "glycinate", "500"))
    assert result.code == 0, result.err
    assert "500 mg" in result.out
    assert "70.5 mg" in result.out  # 500 x 14.1%
    assert "14.1% magnesium by weight" in result.out
    assert "bisglycinate, test value" in result.out  # the elemental_basis
    assert "Test source" in result.out and "Magnesium fact sheet" in result.out  # its sources
    assert "read as the compound" in result.out


def test_elemental_to_compound(run: RunFn) -> None:
    doc = dose_json(run, "citrate", "--elemental", "200")
    amount = doc["amount"]
    assert amount["given"] == "elemental"
    assert amount["compound_mg_per_day"] == pytest.approx(1769.912, abs=0.001)
    assert amount["elemental_mg_per_day"] == 200
    result = run(*rules("dose", "citrate", "--elemental", "200"))
    assert "1,769.9 mg" in result.out


@pytest.mark.parametrize(
    ("form", "elemental"), [("citrate", 200), ("glycinate", 70.5), ("oxide", 350), ("MgO", 1)]
)
def test_round_trip_elemental_compound_elemental(run: RunFn, form: str, elemental: float) -> None:
    compound = dose_json(run, form, "--elemental", str(elemental))["amount"]["compound_mg_per_day"]
    back = dose_json(run, form, str(compound))["amount"]["elemental_mg_per_day"]
    assert back == pytest.approx(elemental, abs=0.001)


def test_round_trip_through_the_printed_value_stays_within_rounding(run: RunFn) -> None:
    # A person copies the printed 1,769.9 mg back in: they get 200 mg, as printed.
    result = run(*rules("dose", "citrate", "1769.9"))
    assert "200 mg" in result.out


def test_variant_uses_its_own_percentage_and_sources(run: RunFn) -> None:
    doc = dose_json(run, "chloride", "1000", "--variant", "hexahydrate")
    amount = doc["amount"]
    assert amount["variant"] == "hexahydrate"
    assert amount["elemental_percent"] == 12
    assert amount["elemental_mg_per_day"] == 120
    assert amount["percent_sources"] == ["s2"]
    assert "The usual flakes." in amount["percent_basis"]
    plain = dose_json(run, "chloride", "1000")["amount"]
    assert plain["elemental_mg_per_day"] == 255  # anhydrous, 25.5%


def test_variant_by_display_name_any_case(run: RunFn) -> None:
    doc = dose_json(run, "chloride", "100", "--variant", "MAGNESIUM CHLORIDE HEXAHYDRATE")
    assert doc["amount"]["variant"] == "hexahydrate"


def test_the_forms_own_hydrate_named_as_a_variant_uses_the_form(run: RunFn) -> None:
    doc = dose_json(run, "chloride", "100", "--variant", "anhydrous")
    assert doc["amount"]["variant"] is None
    assert doc["amount"]["elemental_percent"] == 25.5


def test_unknown_variant_is_a_usage_error_with_suggestions(run: RunFn) -> None:
    result = run(*rules("dose", "chloride", "100", "--variant", "hexahydrat"))
    assert result.code == 2
    assert "unknown variant 'hexahydrat'" in result.err
    assert "did you mean 'hexahydrate'" in result.err
    result = run(*rules("dose", "glycinate", "100", "--variant", "x"))
    assert result.code == 2
    assert "has no variants" in result.err


def test_label_per_capsule_times_capsules(run: RunFn) -> None:
    doc = dose_json(run, "glycinate", "--per-capsule", "500", "--capsules", "3")
    amount = doc["amount"]
    assert amount["units_per_day"] == 3
    assert amount["elemental_mg_per_unit"] == pytest.approx(70.5)
    assert amount["elemental_mg_per_day"] == pytest.approx(211.5)
    assert amount["compound_mg_per_day"] == 1500
    result = run(*rules("dose", "glycinate", "--per-capsule", "500", "--capsules", "3"))
    assert "per day (3 units)" in result.out
    assert "211.5 mg" in result.out


def test_label_elemental_per_capsule(run: RunFn) -> None:
    doc = dose_json(run, "glycinate", "--elemental-per-capsule", "100", "--capsules", "2")
    assert doc["amount"]["elemental_mg_per_day"] == 200
    assert doc["amount"]["compound_mg_per_unit"] == pytest.approx(709.22, abs=0.01)


@pytest.mark.parametrize(
    "args",
    [
        ("glycinate",),
        ("glycinate", "500", "--elemental", "100"),
        ("glycinate", "500", "--capsules", "2"),
        ("glycinate", "--per-capsule", "500", "--capsules", "0"),
        ("glycinate", "0"),
    ],
)
def test_amount_errors_are_usage_errors(run: RunFn, args: tuple[str, ...]) -> None:
    result = run(*rules("dose", *args))
    assert result.code == 2
    assert result.out == ""


def test_unknown_form_suggests(run: RunFn) -> None:
    result = run(*rules("dose", "glycinat", "500"))
    assert result.code == 2
    assert "unknown formulation 'glycinat'" in result.err
    assert "glycinate" in result.err


@pytest.mark.parametrize(
    ("elemental", "status"), [("349.9", "below"), ("350", "at"), ("350.1", "above")]
)
def test_upper_level_below_at_above(run: RunFn, elemental: str, status: str) -> None:
    doc = dose_json(run, "citrate", "--elemental", elemental, "--age", "30")
    check = doc["check"]
    assert check["status"] == status
    assert check["upper_limit"]["mg"] == 350
    assert check["supervised"] is False


def test_above_upper_level_is_said_loudly_and_food_is_excluded(run: RunFn) -> None:
    result = run(*rules("dose", "citrate", "--elemental", "400", "--age", "30"))
    assert result.code == 0
    assert "400 mg/day is ABOVE the upper level for supplements (350 mg/day)" in result.out
    assert "does not count toward this upper level" in result.out
    assert "not food or water" in result.out  # the rules' upper_limit_note


def test_at_upper_level(run: RunFn) -> None:
    result = run(*rules("dose", "citrate", "--elemental", "350", "--age", "30"))
    assert "350 mg/day is at the upper level for supplements (350 mg/day)." in result.out


def test_upper_level_follows_age_band(run: RunFn) -> None:
    """Below 9 the band's upper level (65 mg at 1-3, 110 mg at 4-8) is named and no amount is
    judged for the child (exit 4); from 9 the amount is compared with 350 mg."""
    for age, band in (("3.99", "ages 1-3 years is 65 mg/day"), ("4", "ages 4-8 years is 110 mg")):
        result = run(*rules("dose", "citrate", "--elemental", "100", "--age", age, "--json"))
        assert result.code == 4, result.err
        doc = result.json()
        assert isinstance(doc, dict) and doc["go_ahead"] is False
        assert band in doc["withheld"]["by"][0]["basis"]
    child = dose_json(run, "citrate", "--elemental", "100", "--age", "9")["check"]
    assert child["status"] == "below" and child["upper_limit"]["mg"] == 350


def test_no_age_compares_with_the_open_ended_band_and_says_so(run: RunFn) -> None:
    doc = dose_json(run, "citrate", "--elemental", "100")
    assert doc["check"]["upper_limit"]["age_assumed"] is True
    assert doc["check"]["upper_limit"]["mg"] == 350
    result = run(*rules("dose", "citrate", "--elemental", "100"))
    assert "No --age given: compared with the level for ages 9+ years" in result.out


def test_infant_gets_no_supplement_dose(run: RunFn) -> None:
    result = run(*rules("dose", "citrate", "--elemental", "10", "--age", "0.5", "--json"))
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["go_ahead"] is False and doc["complete"] is False
    assert [w["id"] for w in doc["withheld"]["by"]] == ["age-under-1"]
    assert "paediatrician" in doc["withheld"]["reason"]
    assert doc["amount"] is None and doc["check"] is None


def test_above_upper_level_for_migraine_is_supervised_not_an_error(run: RunFn) -> None:
    result = run(
        *rules("dose", "citrate", "--elemental", "600", "--age", "40", "--goal", "migraine")
    )
    assert result.code == 0, result.err
    assert "above the upper level for supplements (350 mg/day), but within" in result.out
    assert "only under a clinician's supervision" in result.out
    assert "ABOVE" not in result.out
    doc = dose_json(run, "citrate", "--elemental", "600", "--age", "40", "--goal", "migraine")
    assert doc["check"]["status"] == "supervise"
    assert doc["check"]["supervised"] is True
    assert doc["check"]["goal"]["status"] == "within"
    assert doc["check"]["goal"]["note"] == "Above the UL."


def test_above_the_goals_range_is_not_supervised(run: RunFn) -> None:
    doc = dose_json(run, "citrate", "--elemental", "700", "--age", "40", "--goal", "migraine")
    assert doc["check"]["status"] == "above"
    assert doc["check"]["goal"]["status"] == "above"


def test_goal_without_evidence_of_benefit_does_not_excuse_the_upper_level(run: RunFn) -> None:
    doc = dose_json(run, "citrate", "--elemental", "600", "--goal", "cramps", "--age", "40")
    assert doc["check"]["status"] == "above"
    assert any("does not show a benefit" in m for m in doc["check"]["messages"])


def test_goal_range_below_and_other_form(run: RunFn) -> None:
    doc = dose_json(run, "glycinate", "500", "--goal", "migraine")
    goal = doc["check"]["goal"]
    assert goal["status"] == "below"
    assert goal["form_recommended"] is False
    assert goal["formulation"] == "citrate"
    within = dose_json(run, "glycinate", "--elemental", "300", "--goal", "sleep")["check"]["goal"]
    assert within["status"] == "within" and within["form_recommended"] is True


def test_no_intake_section_cannot_check_but_still_converts(run: RunFn) -> None:
    result = run("--rules", str(DATA / "mini.yaml"), "dose", "citrate", "--elemental", "200")
    assert result.code == 0, result.err
    assert "1,769.9 mg" in result.out
    assert "no upper-level table" in result.out


def test_a_child_above_their_upper_level_is_never_just_supervised(run: RunFn) -> None:
    doc = dose_json(run, "citrate", "--elemental", "600", "--age", "10", "--goal", "migraine")
    assert doc["check"]["status"] == "above"
    assert doc["check"]["upper_limit"]["mg"] == 350
    assert any("a child's dose needs a doctor" in m for m in doc["check"]["messages"])


@pytest.mark.parametrize("amount", ["inf", "1e308", "-5", "0"])
def test_absurd_amounts_are_usage_errors_not_crashes(run: RunFn, amount: str) -> None:
    result = run(*rules("dose", "glycinate", "--elemental", amount))
    assert result.code == 2
    assert "internal error" not in result.err
