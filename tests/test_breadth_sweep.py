"""The breadth sweep: every name of tests/data/sweep-names.txt gets its reviewed answer.

The list holds the ClinCalc Top 300 generics with their brands, salts and strengths as patients
type them, common UK primary-care and OTC names, and common misspellings (docs/breadth-sweep.md).
Each name must be assessed and read as its generic; a misspelling must stay not assessed and
suggest the right name; a name still awaiting review must stay not assessed. Answers, not times.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import DATA, RunFn


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("breadth_sweep", DATA / "breadth_sweep.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


SWEEP = _module()
NAMES = SWEEP.read_list()

# Names on `?` lines (not yet reviewed, or a name-reading gap): the count may only shrink.
MOST_PENDING = 85  # 56; 20 left by the 2026-12-01 sweep less amantadine; 11 by the sixth batch


def _runner(run: RunFn) -> Any:
    def invoke(args: Sequence[str]) -> dict[str, Any]:
        result = run(*args)
        assert result.code in (0, 3), result.err
        doc = result.json()
        assert isinstance(doc, dict)
        return doc

    return invoke


def test_every_swept_name_has_its_reviewed_answer(run: RunFn) -> None:
    problems = SWEEP.sweep(NAMES, _runner(run))
    assert [f"{n.typed!r} ({n.generic}): {why}" for n, why in problems] == []


def test_the_list_covers_the_breadth_it_claims() -> None:
    typed = {n.typed for n in NAMES}
    assert len(NAMES) >= 1500
    assert sum(n.misspelt for n in NAMES) >= 60
    assert sum(n.pending for n in NAMES) <= MOST_PENDING
    # the known gaps of 2026-12 and a few of each kind of name
    for name in ["roxadustat", "Injectafer", "Monoferric", "Feraheme", "INFeD", "Triferic"]:
        assert name in typed
    for name in ["Attruby", "edrophonium", "co-amoxiclav", "paracetamol", "Tylenol PM"]:
        assert name in typed


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("metformin: Qwertyzine", "not assessed"),
        ("metformin: Lipitor", "read as ['atorvastatin']"),
        ("~metformin: Glucophage", "misspelling assessed"),
        ("~metformin: Lipitorr", "does not suggest 'metformin'"),
        ("?metformin: metformin", "review it"),
    ],
)
def test_the_sweep_reports_each_kind_of_wrong_answer(
    run: RunFn, tmp_path: Path, line: str, why: str
) -> None:
    listed = tmp_path / "names.txt"
    listed.write_text(f"# one line\n{line}\n", encoding="utf-8")
    [(name, found)] = SWEEP.sweep(SWEEP.read_list(listed), _runner(run))
    assert name.line == 2 and why in found


def test_a_malformed_line_is_named(tmp_path: Path) -> None:
    listed = tmp_path / "names.txt"
    listed.write_text("metformin\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"names\.txt:1: expected 'generic: name, name'"):
        SWEEP.read_list(listed)
