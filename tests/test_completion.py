"""Shell completion through Typer's own machinery: the candidates each shell is given."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from magadvise.cli import app

from conftest import DATA

MINI = str(DATA / "mini.yaml")
ROOT = Path(__file__).resolve().parent.parent


def bash(line: str) -> list[str]:
    """What bash's completion function receives for ``line`` (completing its last word)."""
    words = line.split(" ")
    env = {
        "_MAGADVISE_COMPLETE": "complete_bash",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(words) - 1),
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="magadvise")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return [value for value in result.stdout.split("\n") if value]


def zsh(line: str) -> str:
    env = {"_MAGADVISE_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": line}
    result = CliRunner().invoke(app, [], env=env, prog_name="magadvise")
    assert result.exit_code == 0, result.output
    return result.stdout


def fish(line: str) -> str:
    env = {
        "_MAGADVISE_COMPLETE": "complete_fish",
        "_TYPER_COMPLETE_ARGS": line,
        "_TYPER_COMPLETE_FISH_ACTION": "get-args",
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="magadvise")
    assert result.exit_code == 0, result.output
    return result.stdout


def test_goals() -> None:
    assert bash(f"magadvise --rules {MINI} recommend --goal mi") == ["migraine", "migraines"]
    assert bash(f"magadvise --rules {MINI} recommend -g MIG") == ["MIGraine", "MIGraines"]


def test_formulations_argument() -> None:
    assert bash(f"magadvise --rules {MINI} formulations ci") == ["citrate"]
    assert bash(f"magadvise --rules {MINI} formulations m") == ["mgO"]


def test_medication_names_include_brands_and_aliases() -> None:
    assert bash(f"magadvise --rules {MINI} cautions --med fu") == ["furosemide"]
    assert bash(f"magadvise --rules {MINI} cautions --med la") == ["lasix"]
    assert bash(f"magadvise --rules {MINI} cautions -m Z") == ["Zestoretic", "Zestril"]
    assert bash(f"magadvise --rules {MINI} cautions --med hc") == ["hcTZ"]
    everything = bash(f"magadvise --rules {MINI} recommend --goal migraine --med ")
    assert {"Lasix", "furosemide", "frusemide", "lisinopril/hydrochlorothiazide"} <= set(everything)


def test_conditions() -> None:
    assert bash(f"magadvise --rules {MINI} cautions --condition ck") == ["ckd"]
    assert bash(f"magadvise --rules {MINI} recommend -c kid") == ["kidney-disease"]


def test_rules_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAGADVISE_RULES", MINI)
    assert bash("magadvise cautions --med bum") == ["bumetanide", "bumex"]


def test_spaces_become_hyphens_for_bash_only(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    text = (DATA / "mini.yaml").read_text(encoding="utf-8")
    rules.write_text(text.replace('brands: ["Bumex"]', 'brands: ["Bumex Forte"]'), "utf-8")
    assert bash(f"magadvise --rules {rules} cautions --med bumex") == ["bumex-Forte"]
    assert "bumex Forte" in zsh(f"magadvise --rules {rules} cautions --med bumex")


def test_zsh_and_fish_get_descriptions() -> None:
    out = zsh(f"magadvise --rules {MINI} cautions --med las")
    assert "las" in out and "furosemide" in out
    out = fish(f"magadvise --rules {MINI} recommend --goal mi")
    assert "migraine\tMigraine prevention" in out


@pytest.mark.parametrize(
    "line",
    [
        "magadvise --rules /no/such/file.yaml cautions --med fu",
        f"magadvise --rules {DATA} cautions --med fu",
        "magadvise --rules /dev/null recommend --goal m",
    ],
)
def test_errors_complete_to_nothing(line: str) -> None:
    assert bash(line) == []


def test_broken_rules_complete_to_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema_version: 1\ngoals: [unclosed\n", encoding="utf-8")
    assert bash(f"magadvise --rules {broken} recommend --goal m") == []


def test_command_names_still_complete() -> None:
    assert bash("magadvise reco") == ["recommend"]
    assert "cautions" in bash("magadvise --rules x c")


def test_completion_from_the_console_entry_point() -> None:
    """The real process: the only command built is the one on the line, through the cache."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "_MAGADVISE_COMPLETE": "complete_bash",
        "COMP_WORDS": f"magadvise --rules {MINI} cautions --med zest",
        "COMP_CWORD": "5",
    }
    script = "import sys; sys.argv = ['magadvise']; from magadvise.cli import main; main()"
    for _ in range(2):  # the second answer comes from the cache
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        assert done.stdout.split() == ["zestoretic", "zestril"]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_show_completion_scripts(shell: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = CliRunner().invoke(app, ["--show-completion", shell], prog_name="magadvise")
    assert result.exit_code == 0, result.output
    assert "_MAGADVISE_COMPLETE" in result.stdout
