"""The rules file ships in the package: wheel and editable installs find it from anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.network


@pytest.fixture(scope="module", autouse=True)
def package_index(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Skip, saying why, when the package index (for the build backend) cannot be reached."""
    probe = _run(
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--retries",
        "0",
        "--timeout",
        "10",
        "--dest",
        tmp_path_factory.mktemp("probe"),
        "hatchling",
        cwd=ROOT,
    )
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["no answer"])[-1]
        pytest.skip(f"offline: the package index cannot be reached to build a wheel ({last})")


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAGADVISE_", "PYTHON"))}
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with magadvise's dependencies but not magadvise."""
    where = tmp_path_factory.mktemp("venv") / "env"
    venv.EnvBuilder(with_pip=True).create(where)
    python = where / "bin" / "python"
    deps = _run(
        python, "-m", "pip", "install", "--quiet", "typer", "rich", "PyYAML", "rapidfuzz", cwd=ROOT
    )
    assert deps.returncode == 0, deps.stderr
    return python


def _main_job(python: Path, cwd: Path) -> dict[str, object]:
    script = python.parent / "magadvise"
    done = _run(script, "recommend", "--goal", "migraine", "--json", cwd=cwd)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert isinstance(doc, dict)
    return doc


def test_wheel_install_runs_from_another_directory(fresh_venv: Path, tmp_path: Path) -> None:
    built = _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--quiet",
        "-w",
        tmp_path,
        ROOT,
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stderr
    wheel = next(tmp_path.glob("magadvise-*.whl"))
    listing = _run(sys.executable, "-m", "zipfile", "-l", wheel, cwd=tmp_path).stdout
    assert "magadvise/data/rules.yaml" in listing
    assert "parts/" not in listing
    installed = _run(
        fresh_venv,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--force-reinstall",
        wheel,
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    doc = _main_job(fresh_venv, elsewhere)
    goals = doc["goals"]
    assert isinstance(goals, list) and goals[0]["id"] == "migraine"
    _run(fresh_venv, "-m", "pip", "uninstall", "--yes", "--quiet", "magadvise", cwd=tmp_path)


def test_editable_install_runs_from_another_directory(fresh_venv: Path, tmp_path: Path) -> None:
    installed = _run(
        fresh_venv, "-m", "pip", "install", "--quiet", "--no-deps", "-e", ROOT, cwd=tmp_path
    )
    assert installed.returncode == 0, installed.stderr
    doc = _main_job(fresh_venv, tmp_path)
    goals = doc["goals"]
    assert isinstance(goals, list) and goals[0]["id"] == "migraine"
    _run(fresh_venv, "-m", "pip", "uninstall", "--yes", "--quiet", "magadvise", cwd=tmp_path)
