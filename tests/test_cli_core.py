"""Every core command and error path, through the CLI as a user runs it (small rules file)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from magadvise import __version__

from conftest import DATA, RunFn, mini


def test_version(run: RunFn) -> None:
    result = run("--version")
    assert result.code == 0
    assert result.out == f"magadvise {__version__}\n"


def test_no_arguments_shows_help(run: RunFn) -> None:
    result = run()
    assert result.code in (0, 2)
    assert "recommend" in result.out + result.err


def test_goals_json(run: RunFn) -> None:
    result = run(*mini("goals", "--json"))
    assert result.code == 0
    assert result.json() == {
        "goals": [
            {
                "id": "migraine",
                "name": "Migraine prevention",
                "aliases": ["migraines"],
                "evidence": "moderate",
                "finding": "benefit",
            }
        ]
    }


def test_goals_table(run: RunFn) -> None:
    result = run(*mini("goals"))
    assert result.code == 0
    assert "migraine" in result.out
    assert "Migraine prevention" in result.out


def test_formulations_table_and_json(run: RunFn) -> None:
    table = run(*mini("formulations"))
    assert table.code == 0
    assert "Magnesium oxide" in table.out
    assert "60.3" in table.out
    doc = run(*mini("formulations", "--json")).json()
    assert isinstance(doc, dict)
    ids = [f["id"] for f in doc["formulations"]]
    assert ids == ["citrate", "oxide"]
    assert doc["formulations"][1]["elemental_percent"] == 60.3


def test_one_formulation_by_alias(run: RunFn) -> None:
    result = run(*mini("formulations", "MgO", "--json"))
    assert result.code == 0
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["id"] == "oxide"
    detail = run(*mini("formulations", "oxide"))
    assert "Absorption" in detail.out and "Sources: s1" in detail.out


def test_unknown_formulation_exits_2_with_suggestion(run: RunFn) -> None:
    result = run(*mini("formulations", "citrat", "--json"))
    assert result.code == 2
    assert result.out == ""
    assert "unknown formulation 'citrat'" in result.err
    assert "did you mean 'citrate'?" in result.err


def test_unknown_goal_exits_2_with_suggestion(run: RunFn) -> None:
    result = run(*mini("recommend", "--goal", "migrane", "--json"))
    assert result.code == 2
    assert result.out == ""
    assert "unknown goal 'migrane'" in result.err
    assert "did you mean 'migraine'?" in result.err
    assert "Traceback" not in result.err


def test_goal_names_are_forgiving(run: RunFn) -> None:
    for typed in (
        "migraine",
        "MIGRAINE",
        " Migraine ",
        "migraines",
        "Migraine_Prevention",
        "migraine-prevention",
    ):
        result = run(*mini("recommend", "--goal", typed, "--json"))
        assert result.code == 0, typed


def test_recommend_table_has_advice_cautions_and_disclaimer(run: RunFn) -> None:
    result = run(*mini("recommend", "--goal", "migraine", "--med", "Lasix"))
    assert result.code == 0
    out = result.out
    assert "Cautions for your medicines" in out
    assert out.index("Loop diuretics") < out.index("Migraine prevention")
    assert "Magnesium citrate" in out or "citrate" in out
    assert "not medical advice" in out


def test_recommend_json_with_medicines(run: RunFn) -> None:
    result = run(
        *mini(
            "recommend",
            "--goal",
            "migraine",
            "--med",
            "furosemide",
            "--med",
            "nosuchdrug",
            "--json",
        )
    )
    assert result.code == 3
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["cautions"][0]["medication"] == "furosemide"
    assert doc["cautions"][0]["classes"][0]["id"] == "loop-diuretic"
    assert doc["unassessed"][0]["input"] == "nosuchdrug"
    assert doc["disclaimer"]


def test_cautions_needs_a_medicine(run: RunFn) -> None:
    result = run(*mini("cautions"))
    assert result.code == 2
    assert "--med" in result.err


def test_cautions_json_shape(run: RunFn) -> None:
    result = run(*mini("cautions", "--med", "Lasix", "--med", "lisinopril", "--json"))
    assert result.code == 0
    doc = result.json()
    assert isinstance(doc, dict)
    first = doc["cautions"][0]
    assert {"input", "medication", "classes"} <= first.keys()
    assert first["input"] == "Lasix"
    klass = first["classes"][0]
    assert {"id", "name", "severity", "effect", "advice", "sources"} <= klass.keys()
    assert doc["unassessed"] == []
    assert "not medical advice" in doc["disclaimer"]


def test_cautions_table_names_unassessed_loudly(run: RunFn) -> None:
    result = run(*mini("cautions", "--med", "Lasx"))
    assert result.code == 3
    assert "Lasx was NOT recognised and was NOT checked" in result.out
    assert "Did you mean Lasix?" in result.out
    assert "does not mean safe" in result.out


def test_unknown_condition_is_a_usage_error(run: RunFn) -> None:
    result = run(*mini("cautions", "--med", "lasix", "--condition", "kidny disease"))
    assert result.code == 2
    assert "unknown condition" in result.err


def test_sources_command(run: RunFn) -> None:
    result = run(*mini("sources", "--json"))
    assert result.code == 0
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["sources"][0]["id"] == "s1"
    one = run(*mini("sources", "s1"))
    assert "Test source" in one.out


def test_rules_env_var(run: RunFn) -> None:
    result = run("goals", "--json", env={"MAGADVISE_RULES": str(DATA / "mini.yaml")})
    assert result.code == 0
    doc = result.json()
    assert isinstance(doc, dict)
    assert [g["id"] for g in doc["goals"]] == ["migraine"]


def test_missing_rules_file_exits_1(run: RunFn, tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    result = run("--rules", str(missing), "goals", "--json")
    assert result.code == 1
    assert result.out == ""
    assert f"{missing}: no such file" in result.err


def test_yaml_syntax_error_names_file_and_line(run: RunFn, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nsources: [unclosed\n")
    result = run("--rules", str(bad), "goals")
    assert result.code == 1
    assert f"{bad}:3:1: YAML syntax" in result.err


def test_validation_error_names_file_line_and_what(run: RunFn, tmp_path: Path) -> None:
    text = (
        (DATA / "mini.yaml")
        .read_text()
        .replace(
            'classes: [loop-diuretic]\n    brands: ["Lasix"]',
            'classes: [loop-diuretc]\n    brands: ["Lasix"]',
        )
    )
    bad = tmp_path / "typo.yaml"
    bad.write_text(text)
    result = run("--rules", str(bad), "cautions", "--med", "lasix", "--json")
    assert result.code == 1
    assert result.out == ""
    line = text.splitlines().index("    classes: [loop-diuretc]") + 1
    assert (
        f"{bad}:{line}:15: medications.furosemide.classes[0]: unknown medication class "
        "'loop-diuretc' (did you mean 'loop-diuretic'?)"
    ) in result.err


def test_markup_in_input_prints_literally(run: RunFn) -> None:
    result = run(*mini("cautions", "--med", "[bold]x[/bold]", "--med", "[/x]"))
    assert result.code == 3
    assert "[bold]x[/bold] was NOT recognised" in result.out
    assert "[/x] was NOT recognised" in result.out


def test_control_characters_are_escaped(run: RunFn) -> None:
    result = run(*mini("cautions", "--med", "\x1b[31mred"))
    assert result.code == 3
    assert "\x1b" not in result.out
    assert "\\x1b[31mred" in result.out
    err = run(*mini("recommend", "--goal", "\x1b[2Jboom"))
    assert err.code == 2
    assert "\x1b" not in err.err


def test_python_dash_m(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "magadvise", "--rules", str(DATA / "mini.yaml"), "goals", "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert '"migraine"' in done.stdout


@pytest.mark.parametrize("args", [("sources", "--json"), ("sources",)])  # both > 64 KiB
def test_closed_pipe_is_not_reported_as_success(args: tuple[str, ...]) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    process = subprocess.Popen(
        [sys.executable, "-m", "magadvise", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    os.read(process.stdout.fileno(), 10)
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait() == 141
    assert "Traceback" not in err
