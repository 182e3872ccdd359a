"""The README documents what the program does: every command, every exit code, the two commands."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from magadvise import errors
from magadvise.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _command_paths() -> list[str]:
    group = typer.main.get_command(app)
    names: list[str] = []
    for name, command in getattr(group, "commands", {}).items():
        names.append(name)
        names.extend(f"{name} {sub}" for sub in getattr(command, "commands", {}))
    return names


def test_every_command_is_documented() -> None:
    missing = [name for name in _command_paths() if f"magadvise {name}" not in README]
    assert missing == []


def test_exit_codes_table_matches_the_code() -> None:
    for code in (
        errors.EXIT_OK,
        errors.EXIT_RULES,
        errors.EXIT_USAGE,
        errors.EXIT_UNASSESSED,
        errors.EXIT_INTERNAL,
        errors.EXIT_IOERR,
        errors.EXIT_INTERRUPTED,
        errors.EXIT_PIPE,
    ):
        assert re.search(rf"^\| {code} \| ", README, re.MULTILINE), code


def test_ci_reads_install_and_test_commands_from_the_readme() -> None:
    venv = "python3 -m venv .venv && . .venv/bin/activate && "
    install = f"{venv}pip install . && magadvise recommend --goal migraine"
    assert f"<!-- ci:install -->\n```sh\n{install}\n```" in README
    assert f'<!-- ci:test -->\n```sh\n{venv}pip install ".[test]" && pytest\n```' in README
