"""Names and choices as people type them: curly quotes, a "magnesium" prefix, any case."""

from __future__ import annotations

import pytest

from conftest import RunFn


@pytest.mark.parametrize("typed", ["can’t sleep", "can‘t sleep", "Can`t Sleep", "can't sleep"])
def test_curly_apostrophes_name_the_same_goal(run: RunFn, typed: str) -> None:
    result = run("recommend", "--goal", typed, "--json")
    assert [g["id"] for g in result.ok_doc()["goals"]] == ["sleep"]


@pytest.mark.parametrize("typed", ["magnesium glycinate", "Magnesium Glycinate", "glycinate"])
def test_a_form_with_its_magnesium_prefix(run: RunFn, typed: str) -> None:
    assert run("formulations", typed, "--json").ok_doc()["id"] == "glycinate"


def test_dose_of_a_form_with_its_magnesium_prefix(run: RunFn) -> None:
    typed = run("dose", "magnesium sulfate", "500", "--json").ok_doc()
    assert typed == run("dose", "sulfate", "500", "--json").ok_doc()


def test_the_prefix_alone_is_still_unknown(run: RunFn) -> None:
    result = run("formulations", "magnesium")
    assert result.code == 2
    assert result.err.startswith("magadvise: error: unknown formulation 'magnesium'")


@pytest.mark.parametrize("sex", ["F", "f", "Female", "FEMALE", "fem"])
def test_sex_in_any_case_or_abbreviated(run: RunFn, sex: str) -> None:
    doc = run("intake", "--age", "40", "--sex", sex, "--json").ok_doc()
    assert doc["person"]["sex"] == "female"


def test_an_unknown_sex_is_a_usage_error(run: RunFn) -> None:
    result = run("intake", "--age", "40", "--sex", "x")
    assert result.code == 2
    assert result.err == "magadvise: error: --sex must be female or male, not 'x'\n"


@pytest.mark.parametrize("fmt", ["HTML", "Html", "MARKDOWN", "Json"])
def test_plan_format_in_any_case(run: RunFn, fmt: str) -> None:
    args = ("plan", "--goal", "migraine", "--age", "40", "--sex", "female")
    result = run(*args, "--format", fmt)
    assert result.code == 0, result.err
    assert result.out == run(*args, "--format", fmt.lower()).out
