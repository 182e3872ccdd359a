"""Shared fixtures: a CLI runner on the real app, an isolated cache, paths to test data."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from magadvise.cli import app

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Run:
    """What a user sees: exit code, stdout and stderr."""

    code: int
    out: str
    err: str

    @property
    def flat(self) -> str:
        """stdout with box drawing removed and whitespace collapsed, for phrase checks."""
        import re

        return " ".join(re.sub(r"[\u2500-\u257f]", " ", self.out).split())

    def json(self) -> object:
        """stdout parsed as JSON (fails the test if it is not)."""
        import json

        return json.loads(self.out)

    def ok_doc(self) -> dict[str, Any]:
        """The JSON object of a run that succeeded (fails the test otherwise)."""
        assert self.code == 0, self.err
        doc = self.json()
        assert isinstance(doc, dict)
        return doc


@pytest.fixture(autouse=True)
def isolated_env(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Each test gets its own cache directory and no stray settings from the caller."""
    monkeypatch.setenv("MAGADVISE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    for name in ("MAGADVISE_RULES", "MAGADVISE_DEBUG", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    yield


@pytest.fixture
def run() -> RunFn:
    """Invoke magadvise with arguments; returns a Run."""
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None) -> Run:
        result = runner.invoke(app, list(args), env=env, catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return invoke


class RunFn:  # pragma: no cover - typing helper only
    def __call__(self, *args: str, env: dict[str, str] | None = None) -> Run: ...


def planning(*extra: str) -> Sequence[str]:
    """Arguments that point magadvise at the planning test rules (intake, foods, variants)."""
    return ("--rules", str(DATA / "plan.yaml"), *extra)


def mini(*extra: str) -> Sequence[str]:
    """Arguments that point magadvise at the small test rules file."""
    return ("--rules", str(DATA / "mini.yaml"), *extra)


def cautions_json(
    run: RunFn, *meds: str, extra: tuple[str, ...] = ()
) -> tuple[int, dict[str, Any]]:
    """Exit code and JSON document of ``cautions --json --med M ...`` (plus ``extra`` args)."""
    args = ["cautions", "--json", *extra]
    for med in meds:
        args += ["--med", med]
    result = run(*args)
    doc = result.json()
    assert isinstance(doc, dict)
    return result.code, doc


EPOCH_2026_12_01 = "1796083200"  # SOURCE_DATE_EPOCH for 2026-12-01 (magadvise.clock)


def recommend_list(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, goal: str, *lines: str
) -> tuple[int, dict[str, Any]]:
    """``recommend --goal GOAL --meds-from`` a list of ``lines``, on 2026-12-01: exit code, JSON."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_2026_12_01)
    path = tmp_path / "list.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("recommend", "--goal", goal, "--meds-from", str(path), "--json")
    doc = result.json()
    assert isinstance(doc, dict), result.err
    return result.code, doc


def withheld_ids(doc: dict[str, Any]) -> list[str]:
    """The ids of what withheld a ``recommend --json`` dose (empty when a dose is given)."""
    return [b["id"] for b in (doc["withheld"] or {}).get("by", [])]


def single_caution(run: RunFn, typed: str) -> dict[str, Any]:
    """The one ``cautions --json`` entry for ``typed``, after checking it was assessed."""
    code, doc = cautions_json(run, typed)
    assert code == 0, doc["unassessed"]
    [entry] = doc["cautions"]
    assert isinstance(entry, dict)
    return entry


def plan_check(run: RunFn, *meds: str) -> dict[str, Any]:
    """The ``check`` of a fixed adult leg-cramps plan (oxide 250 mg), with ``--med`` each med."""
    args = ["plan", "--goal", "leg cramps", "--age", "40", "--sex", "male"]
    args += ["--product", "oxide 250mg", "--format", "json"]
    for med in meds:
        args += ["--med", med]
    check = run(*args).ok_doc()["check"]
    assert isinstance(check, dict)
    return check


Formulary = tuple[Path, dict[str, Any], dict[str, list[str]]]


@pytest.fixture(scope="session")
def formulary(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, int], Formulary]:
    """A generated formulary (benchmarks/make_rules.py) on the small rules, made once a session:
    its file, its data, and ten of its names with a misspelling of each."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_rules", Path(__file__).parent.parent / "benchmarks" / "make_rules.py"
    )
    assert spec is not None and spec.loader is not None
    make_rules = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_rules)
    made: dict[tuple[str, int], Formulary] = {}

    def make(style: str, count: int) -> Formulary:
        if (style, count) not in made:
            text, data = make_rules.make(count=count, base=DATA / "mini.yaml", style=style)
            path = tmp_path_factory.mktemp("formulary") / f"{style}-{count}.yaml"
            path.write_text(text, encoding="utf-8")
            made[style, count] = (path, data, make_rules.sample(data))
        return made[style, count]

    return make
