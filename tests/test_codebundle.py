"""magadvise's own modules served from one file in the cache folder (magadvise.codebundle):
never a stale module, never another installation's, nothing from a damaged or shared file."""

from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EDITED = "render/jsonout.py"  # on the path of every --json run
MARK = '\n_plain = dumps\ndumps = lambda payload: _plain(payload) + "EDITED\\n"  # noqa: E731\n'


def install_copy(where: Path) -> Path:
    """A copy of the package's sources (a second installation) under ``where``."""
    shutil.copytree(ROOT / "src" / "magadvise", where / "magadvise",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    return where


def run(package: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MAGADVISE_CACHE_DIR=str(cache), PYTHONPATH=str(package))
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__: only the bundle can serve old code
    return subprocess.run(
        [sys.executable, "-c", "from magadvise.cli import main; main()", *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


ARGS = ("cautions", "--med", "furosemide", "--json")


def bundles(cache: Path) -> list[Path]:
    return sorted(cache.glob("code-*.bin"))


def same_size_edit(text: str) -> str:
    """The module's text, its JSON ending in ``E`` and one character fewer in a comment."""
    edited = text.replace('return text + "\\n"', 'return text + "E\\n"', 1)
    edited = edited.replace("; these it would", ";these it would", 1)
    assert edited != text and len(edited) == len(text)
    return edited


def test_an_edited_module_is_run_as_edited(tmp_path: Path) -> None:
    package, cache = install_copy(tmp_path / "one"), tmp_path / "cache"
    first = run(package, cache, *ARGS)
    assert first.returncode == 0, first.stderr
    assert bundles(cache), "the run kept its modules"
    assert run(package, cache, *ARGS).stdout == first.stdout
    source = package / "magadvise" / EDITED
    original = source.read_text(encoding="utf-8")
    status = source.stat()
    source.write_text(original + MARK, encoding="utf-8")
    os.utime(source, ns=(status.st_atime_ns, status.st_mtime_ns))  # same time, other size
    assert run(package, cache, *ARGS).stdout.endswith("EDITED\n")
    assert run(package, cache, *ARGS).stdout.endswith("EDITED\n"), "the new code is kept"
    source.write_text(same_size_edit(original), encoding="utf-8")
    os.utime(source, ns=(status.st_atime_ns, status.st_mtime_ns + 10**9))  # a later edit
    assert run(package, cache, *ARGS).stdout.endswith("}E\n")
    source.write_text(original, encoding="utf-8")
    os.utime(source, ns=(status.st_atime_ns, status.st_mtime_ns + 2 * 10**9))
    assert run(package, cache, *ARGS).stdout == first.stdout


def test_another_installation_never_runs_this_ones_modules(tmp_path: Path) -> None:
    one, other = install_copy(tmp_path / "one"), install_copy(tmp_path / "other")
    cache = tmp_path / "cache"
    (other / "magadvise" / EDITED).write_text(
        (other / "magadvise" / EDITED).read_text(encoding="utf-8") + MARK, encoding="utf-8"
    )
    for _ in range(2):
        assert not run(one, cache, *ARGS).stdout.endswith("EDITED\n")
        assert run(other, cache, *ARGS).stdout.endswith("EDITED\n")
    assert len(bundles(cache)) == 2, "one file per installation"


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign"])
def test_a_damaged_bundle_is_ignored_and_rewritten(tmp_path: Path, damage: str) -> None:
    package, cache = install_copy(tmp_path / "one"), tmp_path / "cache"
    first = run(package, cache, *ARGS)
    (path,) = bundles(cache)
    raw = path.read_bytes()
    form = len(b"magadvise-code 2\n")
    length = int(raw[form + 8 : form + 16], 16)
    index = marshal.loads(raw[form + 16 : form + 16 + length])
    codes = form + 16 + length  # where the modules' code starts
    if damage == "flip":  # one bit, in the code of a module every --json run imports
        at = codes + index["magadvise.render.jsonout"][4] + 40
        raw = raw[:at] + bytes([raw[at] ^ 0x04]) + raw[at + 1 :]
    elif damage == "truncate":  # the index, and no code at all
        raw = raw[:codes]
    else:
        raw = b"magadvise-code 0\n" + raw[form:]
    path.write_bytes(raw)
    again = run(package, cache, *ARGS)
    assert (again.returncode, again.stdout, again.stderr) == (0, first.stdout, first.stderr)
    assert path.read_bytes() != raw, "written afresh"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_bundle_in_a_folder_others_can_write_is_never_run(tmp_path: Path) -> None:
    """A planted bundle (code that is not the source's, under the source's size and time) runs
    in a private folder, as a planted __pycache__ would, and never in one others can write."""
    package, cache = install_copy(tmp_path / "one"), tmp_path / "cache"
    source = package / "magadvise" / EDITED
    original, status = source.read_text(encoding="utf-8"), source.stat()
    source.write_text(same_size_edit(original), encoding="utf-8")
    os.utime(source, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert run(package, cache, *ARGS).stdout.endswith("}E\n")  # kept under size and time
    source.write_text(original, encoding="utf-8")
    os.utime(source, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert run(package, cache, *ARGS).stdout.endswith("}E\n"), "the plant is served"
    cache.chmod(0o777)
    try:
        assert run(package, cache, *ARGS).stdout.endswith("}\n")
    finally:
        cache.chmod(0o700)
