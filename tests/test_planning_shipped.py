"""Planning commands on the shipped rules: real numbers, plain in a pipe, at most 80 columns."""

from __future__ import annotations

import pytest

from conftest import RunFn

COMMANDS = [
    ("dose", "glycinate", "500"),
    ("dose", "citrate", "--elemental", "600", "--goal", "migraine", "--age", "40"),
    ("dose", "chloride", "--variant", "anhydrous", "--per-capsule", "250", "--capsules", "2"),
    ("intake", "--age", "25", "--sex", "female", "--pregnant"),
    ("foods", "--top", "10"),
    ("foods", "--target", "--age", "52", "--sex", "female", "--food", "almonds x2"),
    (
        "plan",
        "--goal",
        "migraine",
        "--med",
        "levothyroxine",
        "--med",
        "furosemide",
        "--age",
        "52",
        "--sex",
        "female",
        "--product",
        "glycinate 500mg",
    ),
]


@pytest.mark.parametrize("args", COMMANDS)
def test_plain_in_a_pipe_and_80_columns(
    run: RunFn, args: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    result = run(*args)
    assert result.code == 0, result.err
    assert "\x1b" not in result.out
    assert max(len(line) for line in result.out.splitlines()) <= 80


def test_shipped_numbers(run: RunFn) -> None:
    assert "70.5 mg" in run("dose", "glycinate", "500").out
    assert "1,234.6 mg" in run("dose", "citrate", "--elemental", "200").out
    out = run("dose", "citrate", "--elemental", "600", "--goal", "migraine", "--age", "40").out
    assert "only under a clinician's supervision" in out
    assert "350 mg/day" in run("intake", "--age", "25", "--sex", "female", "--pregnant").out
    assert "Pumpkin seeds, roasted" in run("foods", "--top", "1").out


def test_shipped_plan_formats(run: RunFn) -> None:
    base = ("plan", "--goal", "migraine", "--med", "cipro", "--age", "52", "--sex", "female")
    for fmt in ("markdown", "html", "json"):
        result = run(*base, "--format", fmt)
        assert result.code == 0, (fmt, result.err)
        assert "ciprofloxacin" in result.out.lower()
