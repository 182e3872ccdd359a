"""Nesting is bounded at 64 levels below the root, with or without anchors in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RunFn

DEEP = "nested deeper than 64 levels"


@pytest.mark.parametrize("anchor", ["", "x: &a 1\ny: *a\n"], ids=["plain", "with-anchor"])
@pytest.mark.parametrize("open_, close", [("[", "]"), ("{k: ", "}")], ids=["lists", "maps"])
def test_64_levels_are_read_and_65_are_refused(
    run: RunFn, tmp_path: Path, anchor: str, open_: str, close: str
) -> None:
    for levels, refused in ((64, False), (65, True)):
        path = tmp_path / f"deep-{levels}.yaml"
        value = "1" if close == "}" else ""
        path.write_text(f"{anchor}a: {open_ * levels}{value}{close * levels}\n", encoding="utf-8")
        result = run("--rules", str(path), "rules", "validate")
        assert result.code != 0  # never valid rules either way
        assert (DEEP in result.err + result.out) is refused, (levels, result.err)
