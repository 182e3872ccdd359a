"""Hostile input: unreadable, odd or oversized files, and text that tries to drive the terminal."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import DATA, RunFn

MINI = DATA / "mini.yaml"

LOUD = """\
extends: {base}
medication_classes:
  loud-class:
    name: "[red]Loud[/red] class \\e[31m"
    group: other
    direction: other
    severity: major
    severity_basis: "[/]"
    effect: "Clears the screen \\e[2J and sets the title \\e]0;pwned\\a"
    advice: "[link=https://example.org]click[/link] \\x9b31m"
    sources: [s1]
medications:
  markup-drug:
    name: "[bold]x[/bold]"
    classes: [loud-class]
    brands: ["[/x]"]
    aliases: ["red\\e[31malert", "rtl\\u202eevil"]
"""


@pytest.fixture
def loud(tmp_path: Path) -> Path:
    path = tmp_path / "loud.yaml"
    path.write_text(LOUD.format(base=MINI), encoding="utf-8")
    return path


def no_raw_controls(text: str) -> None:
    for char in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert char not in text


def test_markup_and_controls_print_literally_in_tables(run: RunFn, loud: Path) -> None:
    listing = run("--rules", str(loud), "medications")
    assert listing.code == 0, listing.err
    no_raw_controls(listing.out)
    flat = " ".join(listing.out.split())
    assert "[bold]x[/bold]" in flat
    assert "[/x]" in flat
    assert "red\\x1b[31malert" in flat
    caution = run("--rules", str(loud), "cautions", "--med", "[/x]")
    assert caution.code == 0, caution.err
    no_raw_controls(caution.out)
    flat = " ".join(caution.out.split())
    for literal in (
        "[red]Loud[/red] class \\x1b[31m",
        "[/]",
        "\\x1b[2J",
        "[link=https://example.org]",
    ):
        assert literal in flat


def test_markup_and_controls_are_exact_in_json(run: RunFn, loud: Path) -> None:
    result = run("--rules", str(loud), "cautions", "--med", "[/x]", "--json")
    assert result.code == 0, result.err
    no_raw_controls(result.out)
    doc = json.loads(result.out)
    caution = doc["cautions"][0]
    assert caution["classes"][0]["name"] == "[red]Loud[/red] class \x1b[31m"
    assert caution["classes"][0]["advice"] == "[link=https://example.org]click[/link] \x9b31m"


def test_unknown_names_with_markup_are_echoed_literally(run: RunFn) -> None:
    result = run("--rules", str(MINI), "cautions", "--med", "[bold]nope[/bold]\x1b[2J")
    assert result.code == 3
    no_raw_controls(result.out + result.err)
    assert "[bold]nope[/bold]" in result.out + result.err


def test_validate_escapes_controls_in_problems(run: RunFn, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(f'extends: {MINI}\n"evil\\e[2J[bold]": 1\n', encoding="utf-8")
    result = run("rules", "validate", str(bad))
    assert result.code == 1
    no_raw_controls(result.out)
    assert "unknown key 'evil\\x1b[2J[bold]' in rules file" in result.out


def test_missing_file_and_directory(run: RunFn, tmp_path: Path) -> None:
    gone = run("--rules", str(tmp_path / "gone.yaml"), "goals")
    assert (gone.code, gone.out) == (1, "")
    assert gone.err == f"magadvise: error: {tmp_path}/gone.yaml: no such file\n"
    folder = run("--rules", str(tmp_path), "goals")
    assert folder.err == f"magadvise: error: {tmp_path}: is a directory, not a rules file\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_no_read_permission(run: RunFn, tmp_path: Path) -> None:
    locked = tmp_path / "locked.yaml"
    locked.write_bytes(MINI.read_bytes())
    locked.chmod(0)
    result = run("rules", "validate", str(locked))
    assert result.out == f"{locked}: permission denied: cannot read the file\n"


def test_no_read_permission_simulated(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.yaml"
    locked.write_bytes(MINI.read_bytes())
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refuse)
    result = run("rules", "validate", str(locked))
    assert result.code == 1
    assert result.out == f"{locked}: permission denied: cannot read the file\n"


def test_a_fifo_is_refused_without_hanging(run: RunFn, tmp_path: Path) -> None:
    fifo = tmp_path / "rules.fifo"
    os.mkfifo(fifo)
    result = run("--rules", str(fifo), "goals")
    assert result.code == 1
    assert result.err == (
        f"magadvise: error: {fifo}: is not a regular file (a device, pipe or socket): "
        "save the rules to a file\n"
    )


def test_a_file_over_the_size_cap_is_refused_before_reading(run: RunFn, tmp_path: Path) -> None:
    from magadvise.rules.rulesfile import MAX_BYTES

    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(MAX_BYTES + 1)
    result = run("rules", "validate", str(huge))
    assert result.code == 1
    assert result.out == (
        f"{huge}: file is {MAX_BYTES + 1:,} bytes; rules files are limited to {MAX_BYTES:,} bytes\n"
    )


def test_size_cap_applies_to_a_file_that_grows_while_read(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("magadvise.rules.rulesfile.MAX_BYTES", 100)
    small = tmp_path / "small.yaml"
    small.write_bytes(MINI.read_bytes())
    result = run("rules", "validate", str(small))
    assert result.code == 1
    assert "rules files are limited to 100 bytes" in result.out


def test_merge_keys_may_be_overridden_without_a_duplicate_error(run: RunFn, tmp_path: Path) -> None:
    merged = tmp_path / "merged.yaml"
    merged.write_text(
        f"extends: {MINI}\n"
        "medications:\n"
        "  torsemide: &loop\n"
        "    classes: [loop-diuretic]\n"
        "    brands: [Demadex]\n"
        "  ethacrynic-acid:\n"
        "    <<: *loop\n"
        "    brands: [Edecrin]\n",
        encoding="utf-8",
    )
    assert run("rules", "validate", str(merged)).code == 0
    found = run("--rules", str(merged), "cautions", "--med", "Edecrin", "--json")
    assert found.code == 0, found.err


def test_every_escaped_control_character_is_unprintable() -> None:
    """clean() skips the pattern for printable text: that is only right if no character the
    pattern escapes counts as printable."""
    import re

    from magadvise.render.words import _CONTROL, clean

    pattern = re.compile(_CONTROL)
    assert not [c for c in map(chr, range(0x110000)) if pattern.match(c) and c.isprintable()]
    assert clean("a\x1b[31mb\u202ec") == "a\\x1b[31mb\\u202ec"


@pytest.mark.parametrize("char", ["\x7f", "\x9b", "\u202e", "\u2028"])
def test_json_output_escapes_raw_controls_in_typed_names(run: RunFn, char: str) -> None:
    """A DEL or C1 control, a bidi override or a line separator typed in a name is escaped in
    --json output (whether or not the rest of the document is plain ASCII)."""
    result = run("cautions", "--med", f"xyz{char}abc", "--json")
    assert result.code == 3
    assert char not in result.out
    assert f"\\u{ord(char):04x}" in result.out
    result.json()
