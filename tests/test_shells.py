"""Completion through the real bash, zsh and fish: what each shell inserts reads back whole.

Each test loads the script magadvise generates for the shell, runs its completion function the
way the shell does on TAB, and checks that the candidate, once on the command line, is the
name itself (``can't-sleep``, ``Mg(OH)2``). A shell that is not installed is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAM = Path(sys.executable).parent / "magadvise"
pytestmark = pytest.mark.skipif(not PROGRAM.exists(), reason="no magadvise script beside Python")


def shell(name: str, code: str, *args: str) -> list[str]:
    """Run ``code`` in the shell ``name`` with magadvise on PATH; its output lines."""
    exe = shutil.which(name)
    if exe is None:
        pytest.skip(f"{name} is not installed")
    env = {**os.environ, "PATH": f"{PROGRAM.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    flags = ["-f"] if name == "zsh" else (["--no-config"] if name == "fish" else ["--norc"])
    done = subprocess.run(
        [exe, *flags, "-c", code, *([] if name == "fish" else [name]), *args],  # $0 for sh-likes
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout.splitlines()


BASH = """
source <(_MAGADVISE_COMPLETE=source_bash magadvise)
COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
_magadvise_completion magadvise
for candidate in "${COMPREPLY[@]}"; do
  eval "set -- $candidate"   # the word as bash reads it from the command line
  printf '%s\\t%s\\n' "$candidate" "$1"
done
"""


@pytest.mark.parametrize(
    ("words", "inserted", "read"),
    [
        (("recommend", "--goal", "can"), "can\\'t-sleep", "can't-sleep"),
        (("formulations", "Mg("), "Mg\\(OH\\)2", "Mg(OH)2"),
        (("recommend", "--goal", "mig"), "migraine", "migraine"),
    ],
)
def test_bash_inserts_words_it_reads_back(words: tuple[str, ...], inserted: str, read: str) -> None:
    lines = shell("bash", BASH, "magadvise", *words)
    assert f"{inserted}\t{read}" in lines


def test_bash_candidate_is_a_goal_magadvise_knows() -> None:
    line = shell("bash", BASH, "magadvise", "recommend", "--goal", "can")[0]
    word = line.split("\t")[1]
    done = subprocess.run(
        [str(PROGRAM), "recommend", "--goal", word, "--json"], capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr


ZSH = """
_arguments() {  # what compsys does with the list: split each item into value and help
  local spec=$1 inner; inner=${${spec#*\\(\\(}%\\)\\)}
  local -a items; eval "items=( $inner )"
  local item; for item in $items; do print -r -- "${${item%%:*}//\\\\/}"; done
}
compdef() { : }
source <(_MAGADVISE_COMPLETE=source_zsh magadvise)
words=("$@"); CURRENT=$#
_magadvise_completion
"""


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (("recommend", "--goal", "can"), "can't sleep"),
        (("formulations", "Mg("), "Mg(OH)2"),
        (("recommend", "--goal", "mig"), "migraine"),
    ],
)
def test_zsh_gets_the_name_itself(words: tuple[str, ...], value: str) -> None:
    assert value in shell("zsh", ZSH, "magadvise", *words)


FISH = """
eval (env _MAGADVISE_COMPLETE=source_fish magadvise | string collect)
complete -C "$argv"
"""


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("magadvise recommend --goal can", "can't sleep"),
        ("magadvise formulations Mg", "Mg(OH)2"),  # fish reads a typed "(" as a command
    ],
)
def test_fish_gets_the_name_itself(line: str, value: str) -> None:
    candidates = [entry.split("\t")[0] for entry in shell("fish", FISH, line)]
    assert value in candidates
