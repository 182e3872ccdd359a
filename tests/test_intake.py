"""`magadvise intake`: the reference table's edges, sex, pregnancy and breastfeeding."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import DATA, RunFn
from conftest import planning as rules


def intake(run: RunFn, *args: str) -> dict[str, Any]:
    return run(*rules("intake", *args, "--json")).ok_doc()


@pytest.mark.parametrize(
    ("age", "sex", "mg", "kind", "upper"),
    [
        ("0", "female", 30, "ai", None),
        ("0.49", "female", 30, "ai", None),
        ("0.5", "female", 75, "ai", None),
        ("0.99", "male", 75, "ai", None),
        ("1", "male", 80, "rda", 65),
        ("3.99", "male", 80, "rda", 65),
        ("4", "male", 130, "rda", 110),
        ("8.99", "female", 130, "rda", 110),
        ("9", "female", 240, "rda", 350),
        ("13.99", "male", 240, "rda", 350),
        ("14", "male", 410, "rda", 350),
        ("14", "female", 360, "rda", 350),
        ("18.99", "male", 410, "rda", 350),
        ("19", "male", 400, "rda", 350),
        ("19", "female", 310, "rda", 350),
        ("30.99", "female", 310, "rda", 350),
        ("31", "female", 320, "rda", 350),
        ("50.99", "male", 420, "rda", 350),
        ("51", "male", 420, "rda", 350),
        ("51", "female", 320, "rda", 350),
        ("120", "female", 320, "rda", 350),
    ],
)
def test_table_edges(run: RunFn, age: str, sex: str, mg: int, kind: str, upper: int | None) -> None:
    doc = intake(run, "--age", age, "--sex", sex)
    assert doc["mg"] == mg
    assert doc["kind"] == kind
    assert doc["upper_limit"]["mg"] == upper


def test_text_names_the_value_the_kind_and_the_upper_level(run: RunFn) -> None:
    result = run(*rules("intake", "--age", "25", "--sex", "female"))
    assert result.code == 0, result.err
    assert "Recommended intake: 310 mg/day (RDA, female, 19-30 years)" in result.out
    assert "Upper level: 350 mg/day from supplements and medicines" in result.out
    assert "not food or water" in result.out
    assert "< you" in result.out


def test_infant_upper_level_is_not_established(run: RunFn) -> None:
    result = run(*rules("intake", "--age", "0.3"))
    assert result.code == 0, result.err
    assert "30 mg/day (AI, everyone, 0-6 months)" in result.out
    assert "not established for ages 0-12 months" in result.out


def test_without_sex_both_values_are_shown_where_they_differ(run: RunFn) -> None:
    doc = intake(run, "--age", "40")
    assert doc["mg"] is None
    assert doc["row"]["male"] == 420 and doc["row"]["female"] == 320
    result = run(*rules("intake", "--age", "40"))
    assert "320 mg/day for females and 420 mg/day for males" in result.out
    assert intake(run, "--age", "5")["mg"] == 130  # the same for both: one value


def test_sex_in_any_case(run: RunFn) -> None:
    assert intake(run, "--age", "40", "--sex", "Female")["mg"] == 320


@pytest.mark.parametrize(("age", "mg"), [("14", 400), ("17", 400), ("25", 350), ("50.99", 360)])
def test_pregnancy_where_the_table_has_it(run: RunFn, age: str, mg: int) -> None:
    doc = intake(run, "--age", age, "--pregnant")
    assert doc["mg"] == mg
    assert doc["person"]["sex"] == "female"
    assert doc["person"]["pregnant"] is True


def test_pregnancy_at_17_and_25_differs(run: RunFn) -> None:
    at_17 = run(*rules("intake", "--age", "17", "--sex", "female", "--pregnant"))
    at_25 = run(*rules("intake", "--age", "25", "--sex", "female", "--pregnant"))
    assert "400 mg/day (RDA, pregnant, 14-18 years)" in at_17.out
    assert "350 mg/day (RDA, pregnant, 19-30 years)" in at_25.out


@pytest.mark.parametrize(("age", "mg"), [("16", 360), ("30", 310), ("40", 320)])
def test_breastfeeding(run: RunFn, age: str, mg: int) -> None:
    assert intake(run, "--age", age, "--breastfeeding")["mg"] == mg


@pytest.mark.parametrize("age", ["13.99", "12", "51", "60"])
def test_pregnancy_outside_the_table_is_a_clear_usage_error(run: RunFn, age: str) -> None:
    result = run(*rules("intake", "--age", age, "--pregnant"))
    assert result.code == 2
    assert result.out == ""
    assert f"no value for pregnant people at age {age}" in result.err
    assert "ages 14-50 years" in result.err


def test_male_and_pregnant_is_a_usage_error(run: RunFn) -> None:
    result = run(*rules("intake", "--age", "25", "--sex", "male", "--pregnant"))
    assert result.code == 2
    assert "--pregnant cannot be combined with --sex male" in result.err
    result = run(*rules("intake", "--age", "25", "--sex", "male", "--breastfeeding"))
    assert result.code == 2


def test_pregnant_and_breastfeeding_together_is_refused(run: RunFn) -> None:
    result = run(*rules("intake", "--age", "25", "--pregnant", "--breastfeeding"))
    assert result.code == 2
    assert "not both" in result.err


def test_unknown_sex(run: RunFn) -> None:
    result = run(*rules("intake", "--age", "25", "--sex", "other"))
    assert result.code == 2
    assert "--sex must be female or male" in result.err


def test_rules_without_intake_section_say_so(run: RunFn) -> None:
    result = run("--rules", str(DATA / "mini.yaml"), "intake", "--age", "30")
    assert result.code == 1
    assert "has no 'intake' section" in result.err


def test_json_carries_sources(run: RunFn) -> None:
    doc = intake(run, "--age", "30", "--sex", "male")
    assert [s["id"] for s in doc["sources"]] == ["s2"]
    assert doc["sources"][0]["year"] == 1997
    assert doc["daily_value_mg"] == 420
