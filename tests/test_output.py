"""Output that never fails for reasons outside the program: encodings, closed or full streams,
files that must not be written, and every terminal width."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import RunFn, planning

PLAN = ("plan", "--goal", "migraine", "--age", "40", "--sex", "female")
COMMANDS = [
    ("foods",),
    ("sources",),
    ("medications",),
    ("formulations",),
    ("recommend", "--goal", "migraine"),
    ("cautions", "--med", "furosemde", "--med", "levothyroxine"),
    PLAN,
]


def cli(
    *args: str,
    env: dict[str, str] | None = None,
    stdout: int | object = subprocess.PIPE,
    before: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """The real program in a child process, as a shell would start it."""
    full = {k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "magadvise", *args],
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        env=full,
        preexec_fn=before,
        check=False,
    )


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "ascii"])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_any_output_encoding_degrades_instead_of_failing(
    encoding: str, args: tuple[str, ...]
) -> None:
    done = cli(*args, env={"PYTHONIOENCODING": encoding})
    assert done.returncode in (0, 3), done.stderr
    assert b"Traceback" not in done.stderr and b"internal error" not in done.stderr
    text = done.stdout.decode(encoding)  # every byte is in the encoding asked for
    if args[0] in ("recommend", "cautions", "foods"):
        assert "General information, not medical advice." in " ".join(text.split())
    if encoding == "ascii" and args[0] == "foods":
        assert "########" in text  # the bar chart, in ASCII
    if args[0] == "cautions":
        assert "furosemde was NOT recognised" in " ".join(text.replace("|", " ").split())


def test_a_c_locale_without_utf8_still_prints() -> None:
    done = cli(
        "sources", env={"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    )
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.decode("ascii").replace("|", " ").split())
    assert "Zidverc-Trajkovic J" in text  # "ć" degraded to its letter, not dropped


def test_closed_stdout_is_one_line_and_exit_74() -> None:
    done = cli("goals", stdout=None, before=lambda: os.close(1))
    assert done.returncode == 74
    assert done.stderr == b"magadvise: error: cannot write the output: standard output is closed\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("args", [("goals",), ("sources", "--json"), ("foods",)])
def test_full_stdout_is_one_line_and_exit_74(args: tuple[str, ...]) -> None:
    with Path("/dev/full").open("wb") as full:
        done = cli(*args, stdout=full)
    assert done.returncode == 74
    assert done.stderr == b"magadvise: error: cannot write the output: No space left on device\n"


def small_files() -> None:
    """In the child: files may hold at most 100 bytes (a full disk, as far as it can tell)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))


def warm_cache() -> None:
    """Write the parse cache first: on a full disk, magadvise also says it cannot write that."""
    assert cli("goals").returncode == 0


def test_stdout_into_a_file_on_a_full_disk(tmp_path: Path) -> None:
    warm_cache()
    with (tmp_path / "out.txt").open("wb") as target:
        done = cli("sources", stdout=target, before=small_files)
    assert done.returncode == 74
    assert done.stderr == b"magadvise: error: cannot write the output: File too large\n"


def test_plan_output_on_a_full_disk_is_74_and_keeps_the_old_file(tmp_path: Path) -> None:
    warm_cache()
    target = tmp_path / "plan.md"
    target.write_text("old\n", encoding="utf-8")
    done = cli(*PLAN, "--format", "markdown", "-o", str(target), "--force", before=small_files)
    assert done.returncode == 74, done.stderr
    assert done.stderr == f"magadvise: error: cannot write {target}: File too large\n".encode()
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.md"]


def test_closed_pipe_with_unbuffered_python_is_141() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "magadvise", "sources"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None and process.stderr is not None
    os.read(process.stdout.fileno(), 10)
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait() == 141
    assert err == b""


def test_ctrl_c_is_130(run: RunFn, monkeypatch: pytest.MonkeyPatch) -> None:
    from magadvise.rules import load

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(load, "load_rules", interrupted)
    assert run("goals").code == 130


def alnum(text: str) -> Counter[str]:
    return Counter(c for c in text if c.isalnum())


@pytest.mark.parametrize(
    "args",
    [
        ("recommend", "--goal", "constipation"),
        ("cautions", "--med", "furosemde", "--med", "levothyroxine", "-c", "heart block"),
        ("medications",),
        ("sources",),
        ("foods",),
        ("intake", "--age", "40", "--sex", "female"),
        ("dose", "citrate", "500", "--goal", "migraine", "--age", "40"),
        ("conditions",),
        ("plan", "--goal", "migraine", "--age", "40", "--sex", "female", "--med", "cipro"),
    ],
    ids=lambda a: a[0],
)
def test_every_width_prints_everything(run: RunFn, args: tuple[str, ...]) -> None:
    wide = run(*args, env={"COLUMNS": "300"})
    for columns in (0, 1, 4, 20, 39, 45, 50, 56, 60, 64, 72, 80, 100):
        narrow = run(*args, env={"COLUMNS": str(columns)})
        assert narrow.code == wide.code
        assert not alnum(wide.out) - alnum(narrow.out), f"lost at {columns} columns"
        assert "…" not in narrow.out


@pytest.mark.parametrize("columns", ["0", "1", "2", "3", "4"])
def test_not_assessed_survives_a_zero_width_terminal(run: RunFn, columns: str) -> None:
    result = run("cautions", "--med", "furosemde", env={"COLUMNS": columns})
    assert result.code == 3
    assert "furosemde was NOT recognised and was NOT checked" in result.flat
    assert "Did you mean furosemide?" in result.flat


@pytest.mark.parametrize("columns", ["50", "55", "60"])
def test_narrow_terminal_stacks_the_table(run: RunFn, columns: str) -> None:
    result = run("recommend", "--goal", "constipation", env={"COLUMNS": columns})
    assert result.code == 0
    assert "Form: 1. oxide" in result.out
    assert "  Mg/day: 905 mg" in result.out
    assert "Why: The only form here with a placebo-controlled" in result.flat
    wide = run("recommend", "--goal", "constipation")
    assert "Form: 1. oxide" not in wide.out  # 80 columns: the table


def test_plan_output_dash_and_dev_stdout_are_stdout(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    dash = run(*planning(*PLAN, "--format", "json", "--output", "-"))
    assert dash.code == 0, dash.err
    assert dash.json()
    assert list(tmp_path.iterdir()) == []
    dev = cli(*planning(*PLAN, "--json", "--output", "/dev/stdout"))
    assert dev.returncode == 0, dev.stderr
    assert dev.stdout.decode() == dash.out


def test_plan_json_is_format_json(run: RunFn) -> None:
    assert run(*planning(*PLAN, "--json")).out == run(*planning(*PLAN, "--format", "json")).out
    both = run(*planning(*PLAN, "--json", "--format", "markdown"))
    assert both.code == 2
    assert "--json and --format markdown ask for two formats" in both.err


def test_plan_output_refuses_a_symlink_fifo_or_device(run: RunFn, tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("mine\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target, what in ((link, "is a symbolic link"), (fifo, "is not a regular file")):
        for extra in ((), ("--force",)):
            result = run(*planning(*PLAN, "--format", "markdown", "-o", str(target), *extra))
            assert result.code == 2
            assert result.err.startswith(f"magadvise: error: {target} {what}")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "mine\n"
    device = run(*planning(*PLAN, "-o", "/dev/null"))
    assert device.code == 2 and "is not a regular file" in device.err


@pytest.mark.parametrize("command", [("rules", "init"), (*PLAN, "--output")])
def test_a_file_name_over_255_bytes_is_a_clear_error(
    run: RunFn, tmp_path: Path, command: tuple[str, ...]
) -> None:
    name = str(tmp_path / ("é" * 130))
    result = run(*command, name)
    assert result.code == 2
    assert result.err == (
        "magadvise: error: the file name is 260 bytes long; this file system allows at most "
        "255: choose a shorter name\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_name_the_file_system_takes_is_written(run: RunFn, tmp_path: Path) -> None:
    target = tmp_path / ("p" * 250)  # the temporary file's name must not push it over
    assert run("rules", "init", "--layered", str(target)).code == 0
    assert target.read_text(encoding="utf-8").startswith("# Local magadvise rules")


@pytest.mark.parametrize(
    "args",
    [
        ("dose", "glycinate", "500"),
        ("intake", "--age", "40", "--sex", "female"),
        ("foods", "--top", "3"),
        ("foods", "--target", "--age", "40", "--sex", "female", "--food", "almonds"),
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_every_advice_output_carries_the_disclaimer(run: RunFn, args: tuple[str, ...]) -> None:
    table = run(*args)
    assert table.code == 0, table.err
    assert "General information, not medical advice." in table.flat
    doc = run(*args, "--json").ok_doc()
    assert doc["disclaimer"].startswith("General information, not medical advice.")
