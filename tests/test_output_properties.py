"""Property tests over the environment: any width, any output encoding, closed or full output.

The invariant: a documented exit code, no traceback, and a medicine that was not recognised is
named as NOT assessed whatever the width or encoding.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from magadvise.cli import app
from test_properties import BOUNDED

DOCUMENTED = {0, 1, 2, 3, 4, 74, 130, 141}
COMMANDS = [
    ("recommend", "--goal", "constipation", "--med", "furosemde"),
    ("cautions", "--med", "furosemde", "--med", "levothyroxine", "-c", "ckd"),
    ("formulations",),
    ("formulations", "magnesium glycinate"),
    ("goals",),
    ("conditions",),
    ("medications",),
    ("sources",),
    ("foods", "--top", "5"),
    ("intake", "--age", "40", "--sex", "F"),
    ("dose", "citrate", "500", "--goal", "migraine", "--age", "40"),
    ("plan", "--goal", "migraine", "--age", "40", "--sex", "female", "--med", "furosemde"),
    ("rules", "validate"),
    ("--help",),
]
ENCODINGS = ["utf-8", "cp1252", "latin-1", "ascii", "cp437", "utf-16"]


def assert_documented(code: int, err: str) -> None:
    assert code in DOCUMENTED, err
    assert "Traceback" not in err
    assert "internal error" not in err, err


def flat(text: str) -> str:
    return " ".join(text.translate(dict.fromkeys(range(9472, 9600), " ")).replace("|", " ").split())


@BOUNDED
@given(
    command=st.sampled_from(COMMANDS),
    columns=st.integers(min_value=0, max_value=300),
    encoding=st.sampled_from(ENCODINGS),
    json=st.booleans(),
)
def test_any_width_and_encoding_is_a_clear_answer(
    command: tuple[str, ...], columns: int, encoding: str, json: bool
) -> None:
    args = [*command, "--json"] if json and command[0] not in ("--help", "plan") else list(command)
    result = CliRunner(charset=encoding).invoke(
        app, args, env={"COLUMNS": str(columns), "NO_COLOR": "1"}, catch_exceptions=True
    )
    assert_documented(result.exit_code, result.stderr)
    out = result.stdout  # decoded with the encoding it was written in
    if "furosemde" in command and result.exit_code == 3 and not json:
        assert "NOT ASSESSED" in out or "NOT assessed" in out or "not assessed" in out.lower()
        assert "furosemde" in flat(out)


WRITERS = [c for c in COMMANDS if c[0] != "rules"]  # rules validate prints nothing when valid


@BOUNDED
@given(command=st.sampled_from(WRITERS), how=st.sampled_from(["closed", "full"]))
def test_closed_or_full_output_is_74(command: tuple[str, ...], how: str) -> None:
    if how == "full" and not Path("/dev/full").exists():
        return
    with Path("/dev/full" if how == "full" else os.devnull).open("wb") as sink:
        done = subprocess.run(
            [sys.executable, "-m", "magadvise", *command],
            stdout=sink if how == "full" else None,
            stderr=subprocess.PIPE,
            preexec_fn=(lambda: os.close(1)) if how == "closed" else None,
            check=False,
        )
    err = done.stderr.decode("utf-8", "replace")
    assert_documented(done.returncode, err)
    assert done.returncode == 74, err
    assert err.endswith(
        "magadvise: error: cannot write the output: "
        + ("standard output is closed\n" if how == "closed" else "No space left on device\n")
    )
