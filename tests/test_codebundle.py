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


@pytest.mark.parametrize("compiled", [False, True], ids=["sources", "with-pycache"])
def test_an_edited_module_is_run_as_edited(tmp_path: Path, compiled: bool) -> None:
    """Also when the installation's ``__pycache__`` files were written before the edit (and
    are not rewritten): a stale one is never taken for the module's code."""
    package, cache = install_copy(tmp_path / "one"), tmp_path / "cache"
    if compiled:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
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
    form = len(b"magadvise-code 3\n")
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


LOADERS = (
    "import atexit, sys\n"
    "names = ('typer.main', 'json.decoder', 'magadvise.render.jsonout')\n"
    "def kind(loader): return (loader if isinstance(loader, type) else type(loader)).__name__\n"
    "atexit.register(lambda: sys.stderr.write(' '.join(\n"
    "    kind(sys.modules[n].__spec__.loader) for n in names)))\n"
    "from magadvise.cli import main\n"
    "main()\n"
)


def loaders(package: Path, cache: Path, *extra: Path) -> tuple[str, list[str]]:
    """The output of a --json run, and what loaded Typer's, the standard library's and
    magadvise's modules in it; ``extra`` folders are put on ``sys.path``."""
    path = os.pathsep.join(str(folder) for folder in (package, *extra))
    env = dict(os.environ, MAGADVISE_CACHE_DIR=str(cache), PYTHONPATH=path)
    done = subprocess.run(
        [sys.executable, "-c", LOADERS, *ARGS], capture_output=True, text=True, env=env,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr.split()


def test_dependencies_are_served_only_under_the_search_path_they_were_found_under(
    tmp_path: Path,
) -> None:
    package, cache = install_copy(tmp_path / "one"), tmp_path / "cache"
    first, loaded = loaders(package, cache)
    assert loaded == ["SourceFileLoader"] * 3
    again, loaded = loaders(package, cache)
    assert (again, loaded) == (first, ["BundleLoader"] * 3), "Typer, json and magadvise served"
    other = tmp_path / "other"
    other.mkdir()
    moved, loaded = loaders(package, cache, other)  # a folder more to search: as usual
    assert (moved, loaded) == (first, ["SourceFileLoader", "SourceFileLoader", "BundleLoader"])


def test_a_module_outside_the_standard_and_site_folders_is_never_kept(tmp_path: Path) -> None:
    """A module imported from another folder on ``sys.path`` (``PYTHONPATH``) is imported as
    usual on every run, never recorded."""
    cache, extra = tmp_path / "cache", tmp_path / "extra"
    extra.mkdir()
    (extra / "extra_probe.py").write_text("VALUE = 1\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from magadvise import codebundle\n"
        "from magadvise.rules.cachedir import cache_dir\n"
        "codebundle.install(cache_dir())\n"
        "import extra_probe\n"
        "sys.stderr.write(type(extra_probe.__spec__.loader).__name__)\n"
        "from magadvise.cli import main\n"
        "main()\n"
    )
    env = dict(os.environ, MAGADVISE_CACHE_DIR=str(cache), PYTHONPATH=str(extra))
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", script, *ARGS], capture_output=True,
                              text=True, env=env, timeout=120)  # fmt: skip
        assert (done.returncode, done.stderr) == (0, "SourceFileLoader")
    (path,) = bundles(cache)
    raw = path.read_bytes()
    form = len(b"magadvise-code 3\n")
    index = marshal.loads(raw[form + 16 : form + 16 + int(raw[form + 8 : form + 16], 16)])
    assert "typer.main" in index and "magadvise.render.jsonout" in index
    assert "extra_probe" not in index


SERVED = (
    "import inspect, pkgutil, sys\n"
    "from importlib.resources import files\n"
    "from magadvise import codebundle\n"
    "from magadvise.rules.cachedir import cache_dir\n"
    "codebundle.install(cache_dir())\n"
    "import magadvise.render.jsonout as module\n"
    "print(type(module.__spec__.loader).__name__)\n"
    "print(inspect.getsourcefile(module.dumps))\n"
    "print(inspect.getsource(module.dumps).splitlines()[0])\n"
    "print(files('magadvise.render').joinpath('jsonout.py').read_text(encoding='utf-8')[:9])\n"
    "print(pkgutil.get_data('magadvise.render', 'jsonout.py')[:9].decode())\n"
)


def test_a_served_module_is_its_source_files_for_inspect_and_package_data(
    tmp_path: Path,
) -> None:
    """Also in a copy of an installation whose ``__pycache__`` files were written where it was
    before (``cp -a``, a moved folder): its code names the file it is in now."""
    before = install_copy(tmp_path / "before")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(before)], check=True)
    package = tmp_path / "now"
    shutil.copytree(before, package)  # times kept: the __pycache__ files are current
    shutil.rmtree(before)
    env = dict(os.environ, MAGADVISE_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(package))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    source = package / "magadvise" / EDITED
    seen = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", SERVED], capture_output=True, text=True,
                              env=env, timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
        seen.append(done.stdout.splitlines())
    assert seen[0][0] == "SourceFileLoader" and seen[1][0] == "BundleLoader"
    assert seen[1][1:] == seen[0][1:] == [str(source), "def dumps(payload: object) -> str:",
                                          '"""JSON t', '"""JSON t']  # fmt: skip


def test_a_module_in_the_first_folder_is_imported_as_python_would(tmp_path: Path) -> None:
    """``python -m magadvise`` in a folder holding a ``textwrap.py`` runs that file, with the
    bundle as without it; in another folder the bundle's modules are still served."""
    package, cache = install_copy(tmp_path / "one"), tmp_path / "cache"
    plain, shadowing = tmp_path / "plain", tmp_path / "shadowing"
    plain.mkdir()
    shadowing.mkdir()
    (shadowing / "textwrap.py").write_text("raise SystemExit('the local textwrap')\n")
    env = dict(os.environ, MAGADVISE_CACHE_DIR=str(cache), PYTHONPATH=str(package))

    def run_in(folder: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "magadvise", *ARGS], capture_output=True,
                              text=True, env=env, cwd=folder, timeout=120)  # fmt: skip

    first = run_in(plain)
    assert first.returncode == 0, first.stderr
    path = bundles(cache)[0]
    written = path.stat().st_mtime_ns
    for _ in range(2):
        local = run_in(shadowing)
        assert (local.returncode, local.stderr) == (1, "the local textwrap\n")
    assert run_in(plain).stdout == first.stdout
    assert path.stat().st_mtime_ns == written, "no folder makes the bundle be written again"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_in_the_bundles_place_does_not_stop_the_run(tmp_path: Path) -> None:
    package, cache = install_copy(tmp_path / "one"), tmp_path / "cache"
    first = run(package, cache, *ARGS)
    (path,) = bundles(cache)
    path.unlink()
    os.mkfifo(path)
    again = run(package, cache, *ARGS)  # the run's timeout fails the test if it waits
    assert (again.returncode, again.stdout) == (0, first.stdout)


def test_a_module_put_in_a_folder_searched_first_is_imported(tmp_path: Path) -> None:
    """A folder on ``sys.path`` that gains a ``textwrap.py`` (or a package installed into a
    site folder searched before the one a module was found in) is searched again: its module is
    imported, as Python would, not the one the bundle recorded."""
    package, cache, extra = install_copy(tmp_path / "one"), tmp_path / "cache", tmp_path / "extra"
    extra.mkdir()
    env = dict(os.environ, MAGADVISE_CACHE_DIR=str(cache))
    env["PYTHONPATH"] = os.pathsep.join((str(package), str(extra)))
    command = [sys.executable, "-c", "from magadvise.cli import main; main()", *ARGS]
    for _ in range(2):
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
    (extra / "textwrap.py").write_text("raise SystemExit('the local textwrap')\n")
    for _ in range(2):
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        assert (done.returncode, done.stderr) == (1, "the local textwrap\n")
