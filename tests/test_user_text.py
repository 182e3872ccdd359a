"""What a user typed comes back in error messages short and exact; empty names are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn

LONG = "migraine" * 500  # 4,000 characters pasted by mistake


@pytest.mark.parametrize(
    "args",
    [
        ("recommend", "--goal", LONG),
        ("dose", LONG, "100"),
        ("sources", LONG),
        ("cautions", "--med", "metformin", "--at", f"{LONG}=08:00"),
        ("cautions", "--med", "metformin", "--format", LONG),
    ],
)
def test_a_long_value_is_clipped_in_the_error(run: RunFn, args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.code == 2
    assert result.out == ""
    assert "(4000 characters)" in result.err or "(4006 characters)" in result.err
    assert len(result.err) < 600
    assert "Traceback" not in result.err


def test_a_blank_value_is_shown_as_blank(run: RunFn) -> None:
    for value in ("", "   "):
        result = run("sources", value)
        assert result.code == 2, value
        assert f"unknown source {value!r}" in result.err
        assert result.out == ""  # never the whole list for an empty id


def test_an_empty_rules_path_is_refused_not_read_as_the_shipped_rules(run: RunFn) -> None:
    result = run("--rules", "", "cautions", "--med", "furosemide")
    assert result.code == 2
    assert "--rules: the path is empty" in result.err
    assert result.out == ""


def test_an_empty_rules_variable_means_unset(run: RunFn) -> None:
    result = run("cautions", "--med", "furosemide", env={"MAGADVISE_RULES": ""})
    assert result.code == 0
    assert "furosemide" in result.out.lower()


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("plan", "--goal", "migraine", "--age", "40", "--output", ""), "--output"),
        (("rules", "init", ""), "PATH"),
    ],
)
def test_an_empty_output_name_is_refused(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], option: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.code == 2
    assert f"{option}: the file name is empty" in result.err
    assert list(tmp_path.iterdir()) == []


def test_at_for_a_medicine_from_a_file_names_the_list_not_the_option(
    run: RunFn, tmp_path: Path
) -> None:
    path = tmp_path / "meds.txt"
    path.write_text("levothyroxine\n", encoding="utf-8")
    result = run("cautions", "--meds-from", str(path), "--at", "cipro=08:00")
    assert result.code == 2
    assert "'cipro' is not one of the medicines listed (levothyroxine)" in result.err
    assert "--med " not in result.err
