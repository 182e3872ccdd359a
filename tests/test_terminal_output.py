"""Terminal output: colour only on a terminal and never with NO_COLOR; readable at 80 columns."""

from __future__ import annotations

import re

import pytest

from conftest import RunFn

COLOUR = re.compile(r"\x1b\[[0-9;]*(?:3[0-9]|9[0-7]|4[0-9]|38;|48;)[0-9;]*m")
COMMANDS = [
    ("recommend", "--goal", "migraine", "--med", "Lasix", "--med", "cipro"),
    ("cautions", "--med", "levothyroxine", "--med", "Biktarvy", "--condition", "ckd"),
    ("formulations",),
    ("formulations", "glycinate"),
    ("goals",),
    ("sources",),
]


@pytest.mark.parametrize("args", COMMANDS)
def test_plain_in_a_pipe(
    run: RunFn, args: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    result = run(*args)
    assert result.code == 0
    assert "\x1b" not in result.out


@pytest.mark.parametrize("args", COMMANDS[:2])
def test_colour_on_a_terminal_unless_no_color(
    run: RunFn, args: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    coloured = run(*args, env={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert COLOUR.search(coloured.out)
    plain = run(*args, env={"FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": "1"})
    assert not COLOUR.search(plain.out)


@pytest.mark.parametrize("args", COMMANDS)
def test_fits_80_columns(run: RunFn, args: tuple[str, ...]) -> None:
    result = run(*args)
    widths = [len(line) for line in result.out.splitlines()]
    assert max(widths) <= 80
