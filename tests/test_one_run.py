"""A first call from the command line keeps the parsed documents for the exit to free.

The console script ends with ``os._exit``; the rules loader then keeps the node trees and
freezes them out of the cycle collector (``load_rules(..., ends_with_exit=True)``). These tests
check that this changes nothing a user sees: the same answers as ``--no-cache`` and as the
cached second call, and the collector left running for whatever the process does next.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from magadvise.rules.load import load_rules

ROOT = Path(__file__).parent.parent
Formulary = tuple[Path, dict[str, Any], dict[str, list[str]]]


def _console(cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "MAGADVISE_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "magadvise", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_first_call_from_the_console_answers_as_the_cache_and_a_fresh_parse(
    formulary: Callable[[str, int], Formulary], tmp_path: Path
) -> None:
    path, _data, sample = formulary("clustered", 2000)
    meds = [arg for name in sample["names"][:5] for arg in ("--med", name)]
    typo = ["--med", sample["typos"][0]]
    args = ["--rules", str(path), "cautions", *meds, *typo, "--json"]
    first = _console(tmp_path / "cache", *args)  # parses, validates, writes the cache
    second = _console(tmp_path / "cache", *args)  # reads the cache
    fresh = _console(tmp_path / "other", "--no-cache", *args)
    assert first.returncode == second.returncode == fresh.returncode == 3, first.stderr
    assert first.stderr == second.stderr == fresh.stderr == ""
    assert json.loads(first.stdout) == json.loads(second.stdout) == json.loads(fresh.stdout)
    assert list((tmp_path / "cache").iterdir())  # the first call did write the cache


def test_the_collector_runs_again_after_a_kept_parse() -> None:
    rules_file = ROOT / "tests" / "data" / "mini.yaml"
    assert gc.isenabled()
    try:
        kept = load_rules(str(rules_file), use_cache=False, ends_with_exit=True)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # what was alive is out of the collector's scans
    finally:
        gc.unfreeze()
    plain = load_rules(str(rules_file), use_cache=False)
    assert kept.data == plain.data
    assert dict(kept.medications.names) == dict(plain.medications.names)


def test_a_run_from_the_console_still_collects_cyclic_garbage() -> None:
    """The console run raises the young-generation threshold, never turns the collector off:
    a run that builds many reference cycles (a huge record) still has them freed."""
    code = (
        "import gc, magadvise.app as app\n"
        "app.collect_less()\n"
        "class Node: pass\n"
        "before = gc.get_stats()[0]['collections']\n"
        "for _ in range(300_000):\n"
        "    node = Node(); node.me = node\n"
        "print(gc.isenabled(), gc.get_stats()[0]['collections'] - before)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    enabled, collections = done.stdout.split()
    assert enabled == "True"
    assert int(collections) >= 2
