"""Start-up stays light: what a warm run imports, and options checked without pydantic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, RunFn

ROOT = Path(__file__).resolve().parent.parent
HEAVY = (
    "yaml",
    "pydantic",
    "rich",
    "magadvise.rules.validate",
    "magadvise.rules.schema",
    "magadvise.rules.kinds",
    "magadvise.rules.spec",
    "magadvise.rules.layers",
    "magadvise.advice.cautions",
    "magadvise.advice.kidney_number",  # a compiled pattern: only when a condition is given
    "importlib.resources",
    "rapidfuzz",
)


def imported_by(*args: str) -> set[str]:
    """The heavy modules a fresh process imports to run ``magadvise ARGS`` (cache warmed first)."""
    script = (
        "import atexit, json, sys\n"
        f"sys.argv = ['magadvise', *{list(args)!r}]\n"
        "def report():\n"
        f"    heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "    sys.stderr.write('HEAVY=' + json.dumps(heavy) + '\\n')\n"
        "atexit.register(report)  # magadvise runs exit hooks, then skips the teardown\n"
        "from magadvise.cli import main\n"
        "main()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
        )
    line = next(x for x in done.stderr.splitlines() if x.startswith("HEAVY="))
    return set(json.loads(line.removeprefix("HEAVY=")))


def test_warm_json_needs_no_yaml_validation_rich_or_pydantic() -> None:
    assert imported_by("recommend", "--goal", "migraine", "--json") == set()
    rules = str(DATA / "mini.yaml")
    cautions = imported_by("--rules", rules, "cautions", "--med", "lasix", "--json")
    assert cautions == {"magadvise.advice.cautions"}


def test_a_name_near_no_medicine_is_not_ranked_by_rapidfuzz() -> None:
    """Spinraza shares too few letters with any name for "did you mean": no rapidfuzz import;
    a misspelling near one (furosmide) is ranked by it."""
    unknown = imported_by("cautions", "--med", "Spinraza", "--json")
    assert "rapidfuzz" not in unknown
    assert "rapidfuzz" in imported_by("cautions", "--med", "furosmide", "--json")


def test_warm_table_imports_rich_only_to_draw() -> None:
    assert imported_by("recommend", "--goal", "migraine") == {"rich"}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("200", "Input should be less than or equal to 130"),
        ("-5", "Input should be greater than or equal to 0"),
        ("abc", "Input should be a valid number, unable to parse string as a number"),
        ("nan", "Input should be a finite number"),
    ],
)
def test_option_values_are_still_checked(run: RunFn, value: str, message: str) -> None:
    result = run("--rules", str(DATA / "mini.yaml"), "cautions", "--age", value, "--json")
    assert result.code == 2
    assert f"Invalid value for '--age': {message}" in result.err


def test_good_option_values_pass(run: RunFn) -> None:
    result = run("--rules", str(DATA / "mini.yaml"), "cautions", "--age", " 70.5", "--json")
    assert result.code == 0, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert [c["id"] for c in doc["conditions"]] == ["older-adult"]


def test_every_command_is_mapped_to_the_module_that_defines_it() -> None:
    from typer.main import get_command_name

    from magadvise.cli import COMMANDS, app

    found = {
        command.name or get_command_name(command.callback.__name__): command.callback.__module__
        for command in app.registered_commands
        if command.callback is not None
    }
    found.update({group.name: "magadvise.commands.rules" for group in app.registered_groups})
    assert {name: f"magadvise.commands.{module}" for name, module in COMMANDS.items()} == found


def test_a_run_imports_only_its_own_command_module() -> None:
    script = (
        "import sys; sys.argv = ['magadvise', 'goals', '--json']\n"
        "import atexit\n"
        "atexit.register(lambda: sys.stderr.write('MODULES=' + ','.join(sorted(\n"
        "    m for m in sys.modules if m.startswith('magadvise.commands.'))) + '\\n'))\n"
        "from magadvise.cli import main\n"
        "main()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES="))
    assert line == "MODULES=magadvise.commands.catalog,magadvise.commands.options"
