"""The parse cache: hits, content-keyed misses, layers, damage of every kind, races, opt-outs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from magadvise.rules import cache, layers, shardnames, shards
from magadvise.rules.load import load_rules

from conftest import DATA, RunFn

MINI = DATA / "mini.yaml"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def rules_file(tmp_path: Path) -> Path:
    """A private copy of the small rules file, free to edit."""
    path = tmp_path / "rules.yaml"
    path.write_bytes(MINI.read_bytes())
    return path


def entry_of(path: Path) -> Path:
    root = cache.cache_dir()
    assert root is not None
    return cache.entry_dir(root, str(path.absolute()))


def is_cached(rules: object) -> bool:
    """True when the rules came from the cache (its sharded name index), not from YAML."""
    return isinstance(rules.medications.names, shardnames.NameIndex)


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any YAML read fail, so a test proves the cache answered."""

    def refuse(path: Path) -> None:
        raise AssertionError(f"parsed {path} although the cache should have answered")

    monkeypatch.setattr(layers, "read_layers", refuse)


def same_size_same_mtime(path: Path, old: str, new: str) -> None:
    """Edit a file without changing its size or modification time: only content can tell."""
    assert len(old) == len(new)
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert path.stat().st_mtime_ns == before.st_mtime_ns


def test_miss_then_hit_without_parsing(rules_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_rules(str(rules_file))
    assert not is_cached(first)
    assert (entry_of(rules_file) / cache.CORE).is_file()
    no_parsing(monkeypatch)
    second = load_rules(str(rules_file))
    assert is_cached(second)
    assert second.goals["migraine"] == first.goals["migraine"]
    assert second.medications.find("Lasix") == first.medications.find("Lasix")


def test_cached_sections_behave_like_parsed_ones(rules_file: Path) -> None:
    fresh = load_rules(str(rules_file), use_cache=False)
    load_rules(str(rules_file))
    cached = load_rules(str(rules_file))
    assert is_cached(cached)
    for name in ("sources", "formulations", "goals", "classes", "medications", "conditions"):
        a, b = getattr(fresh, name), getattr(cached, name)
        assert len(a) == len(b)
        assert list(a) == list(b)
        assert a.ids() == b.ids()
        assert list(a.names) == list(b.names)
        assert dict(a.names) == dict(b.names)
        for id in a.ids():
            assert id in b
            assert b.get(id) == a[id] == b[id]
        assert "no-such-id" not in b
        assert b.get("no-such-id") is None
    assert cached.medications.find("  ZESTORETIC ") == fresh.medications.find("zestoretic")
    assert cached.medications.find("nothing like it") is None
    assert cached.origin == fresh.origin
    assert cached.data.get("intake") == fresh.data.get("intake")


def test_edited_file_is_never_served_stale(rules_file: Path) -> None:
    load_rules(str(rules_file))
    assert load_rules(str(rules_file)).goals["migraine"].name == "Migraine prevention"
    same_size_same_mtime(rules_file, "Migraine prevention", "Migraine preventiom")
    edited = load_rules(str(rules_file))
    assert not is_cached(edited)
    assert edited.goals["migraine"].name == "Migraine preventiom"
    assert load_rules(str(rules_file)).goals["migraine"].name == "Migraine preventiom"


def test_a_changed_layer_invalidates(tmp_path: Path) -> None:
    base = tmp_path / "base.yaml"
    base.write_bytes(MINI.read_bytes())
    top = tmp_path / "top.yaml"
    top.write_text(
        "schema_version: 1\nextends: base.yaml\nmedications:\n"
        "  torsemide:\n    classes: [loop-diuretic]\n    brands: [Soaanz]\n",
        encoding="utf-8",
    )
    load_rules(str(top))
    cached = load_rules(str(top))
    assert is_cached(cached)
    assert cached.medications.find("Soaanz") is not None
    fresh = load_rules(str(top), use_cache=False)
    assert cached.origins == fresh.origins
    assert cached.origins["sources"] == str(base)
    same_size_same_mtime(base, '"Lasix"', '"Lisix"')
    after = load_rules(str(top))
    assert not is_cached(after)
    assert after.medications.find("Lisix") is not None
    assert after.medications.find("Lasix") is None


def test_versions_are_part_of_the_key(rules_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_rules(str(rules_file))
    assert is_cached(load_rules(str(rules_file)))
    monkeypatch.setattr(cache, "__version__", "999.0")
    assert not is_cached(load_rules(str(rules_file)))
    monkeypatch.setattr(cache, "SCHEMA_VERSION", 999)
    assert not is_cached(load_rules(str(rules_file)))


def _damage_core(entry: Path, how: str) -> None:
    core = entry / cache.CORE
    raw = core.read_bytes()
    if how == "truncated":
        core.write_bytes(raw[: len(raw) // 2])
    elif how == "empty":
        core.write_bytes(b"")
    elif how == "flipped":  # valid JSON, a different value: only the digest can tell
        head, _, body = raw.partition(b"\n")
        assert b'"migraine"' in body  # the goals' file order is in the core
        body = body.replace(b'"migraine"', b'"migrainE"', 1)
        core.write_bytes(head + b"\n" + body)
    elif how == "garbage":
        core.write_bytes(os.urandom(512))
    elif how == "foreign":
        core.write_text('{"magic": "somebody-else", "format": 1}\n{"data": {}}')
    elif how == "wrong-shape":  # a header that vouches for a body of the wrong shape
        header = json.loads(raw.partition(b"\n")[0])
        body = b'{"data": [], "names": {}, "sharded": null}'
        header["body"] = shards.digest(body)
        core.write_bytes(json.dumps(header).encode() + b"\n" + body)
    elif how == "directory":
        core.unlink()
        core.mkdir()
    else:  # pragma: no cover
        raise AssertionError(how)


@pytest.mark.parametrize(
    "how", ["truncated", "empty", "flipped", "garbage", "foreign", "wrong-shape", "directory"]
)
def test_a_damaged_entry_is_ignored_and_rebuilt(rules_file: Path, how: str) -> None:
    load_rules(str(rules_file))
    _damage_core(entry_of(rules_file), how)
    rules = load_rules(str(rules_file))
    assert not is_cached(rules)
    assert rules.goals["migraine"].name == "Migraine prevention"
    rebuilt = load_rules(str(rules_file))
    assert is_cached(rebuilt)
    assert rebuilt.goals["migraine"].name == "Migraine prevention"


@pytest.mark.parametrize("how", ["flipped", "missing", "garbage"])
def test_a_damaged_shard_falls_back_to_the_file(rules_file: Path, how: str) -> None:
    load_rules(str(rules_file))
    entry = entry_of(rules_file)
    damaged = [*entry.glob("*.pack"), *entry.glob("*.pack.index")]
    assert damaged, "the entry has no pack files to damage"
    for shard in damaged:
        if how == "missing":
            shard.unlink()
        elif how == "garbage":
            shard.write_bytes(b"\xff\xfe not json")
        else:
            shard.write_bytes(shard.read_bytes().replace(b"furosemide", b"furosemidX"))
    rules = load_rules(str(rules_file))
    assert is_cached(rules)  # the core was fine; the shards are checked when read
    found = rules.medications.find("Lasix")
    assert found is not None and found.id == "furosemide"
    assert "furosemide" in rules.medications
    assert len(list(rules.medications)) == len(rules.medications) == 7
    assert rules.goals["migraine"].name == "Migraine prevention"  # every section falls back
    assert rules.classes["loop-diuretic"].severity == rules.classes.raw("loop-diuretic")["severity"]
    assert [source.id for source in rules.sources] == ["s1"]


def test_damaged_cache_never_changes_what_the_cli_says(run: RunFn, rules_file: Path) -> None:
    args = ("--rules", str(rules_file), "cautions", "--med", "lasix", "--json")
    expected = run(*args)  # parses, and caches
    assert expected.code == 0
    for how in ("truncated", "flipped", "foreign"):
        _damage_core(entry_of(rules_file), how)
        again = run(*args)
        assert (again.code, again.out, again.err) == (0, expected.out, "")


def test_an_unwritable_cache_is_not_fatal(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("MAGADVISE_CACHE_DIR", str(blocker / "cache"))
    for _ in range(2):
        result = run("--rules", str(MINI), "recommend", "--goal", "migraine", "--json")
        assert result.code == 0, result.err
        assert result.json()  # stdout is the answer, and nothing else
        lines = result.err.splitlines()
        assert len(lines) == 1, result.err  # said once, on stderr
        assert lines[0].startswith("magadvise: warning: cannot write the parse cache in ")
        assert "Not a directory" in lines[0]


def test_no_cache_bypasses_reading_and_writing(run: RunFn, rules_file: Path) -> None:
    root = cache.cache_dir()
    assert root is not None
    result = run("--no-cache", "--rules", str(rules_file), "goals", "--json")
    assert result.code == 0
    assert not root.exists() or not any(root.rglob("core.json"))
    run("--rules", str(rules_file), "goals", "--json")
    _damage_core(entry_of(rules_file), "flipped")
    entry = entry_of(rules_file)
    before = (entry / cache.CORE).read_bytes()
    bypassed = run("--no-cache", "--rules", str(rules_file), "goals", "--json")
    assert bypassed.code == 0
    assert (entry / cache.CORE).read_bytes() == before  # neither read nor repaired


def test_cache_dir_setting_and_platform_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAGADVISE_CACHE_DIR", str(tmp_path / "mine"))
    assert cache.cache_dir() == tmp_path / "mine"
    load_rules(str(MINI))
    assert any((tmp_path / "mine").rglob("core.json"))
    monkeypatch.delenv("MAGADVISE_CACHE_DIR")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "magadvise"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "magadvise"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert cache.cache_dir() == tmp_path / "home" / "Library" / "Caches" / "magadvise"


def test_concurrent_writers_in_threads_leave_a_valid_entry(rules_file: Path) -> None:
    rules = load_rules(str(rules_file), use_cache=False)
    checked, stamp = time.time_ns(), cache.stamp(str(rules_file))
    layers = [(str(rules_file), rules_file.read_bytes(), stamp, checked)]
    start = threading.Barrier(8)

    def writer() -> None:
        start.wait()
        for _ in range(5):
            cache.write(rules_file, layers, rules)

    threads = [threading.Thread(target=writer) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cached = load_rules(str(rules_file))
    assert is_cached(cached)
    assert dict(cached.medications.names) == dict(rules.medications.names)
    leftovers = [p.name for p in entry_of(rules_file).parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_concurrent_processes_leave_a_valid_entry(rules_file: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    script = (
        "import sys; from magadvise.rules.load import load_rules; "
        "r = load_rules(sys.argv[1]); print(r.medications.find('Lasix').id)"
    )
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(rules_file)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert out == "furosemide\n"
    cached = load_rules(str(rules_file))
    assert is_cached(cached)
    assert cached.medications.find("Lasix") is not None


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", ""])
    process.wait()
    return process.pid


def test_leftovers_of_killed_writers_are_swept_on_start(rules_file: Path) -> None:
    load_rules(str(rules_file))
    parent = entry_of(rules_file).parent
    dead = parent / f".tmp-{_dead_pid()}-abc"  # its writer was killed (SIGKILL cannot be caught)
    writing = parent / f".tmp-{os.getpid()}-xyz"  # a live writer: never touched
    old = parent / ".tmp-killed"  # no process id, but over an hour old
    recent = parent / ".tmp-writing"
    for folder in (dead, writing, old, recent):
        folder.mkdir()
        (folder / "m-0.json").write_text("{}")
    os.utime(old, (1_000_000_000, 1_000_000_000))
    assert is_cached(load_rules(str(rules_file)))  # a hit: the start-up sweep still runs
    assert not dead.exists()
    assert not old.exists()
    assert writing.exists()
    assert recent.exists()


def test_cache_folders_are_private(rules_file: Path) -> None:
    load_rules(str(rules_file))
    root = cache.cache_dir()
    assert root is not None
    for folder in (root, entry_of(rules_file).parent, entry_of(rules_file)):
        assert folder.stat().st_mode & 0o777 == 0o700, folder


def test_a_new_cache_folder_and_its_parents_are_made_private(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "made" / "for" / "cache"
    monkeypatch.setenv("MAGADVISE_CACHE_DIR", str(root))
    assert run("--rules", str(MINI), "goals", "--json").code == 0
    for folder in (tmp_path / "made", tmp_path / "made" / "for", root):
        assert folder.stat().st_mode & 0o777 == 0o700, folder


@pytest.mark.parametrize("mode", [0o770, 0o707, 0o777, 0o1777])
def test_a_cache_folder_others_can_write_is_refused(
    run: RunFn, rules_file: Path, mode: int
) -> None:
    args = ("--rules", str(rules_file), "cautions", "--med", "Lasix", "--json")
    expected = run(*args)
    assert expected.code == 0
    root = cache.cache_dir()
    assert root is not None
    entry = entry_of(rules_file)
    core = (entry / cache.CORE).read_bytes()
    root.chmod(mode)
    for _ in range(2):
        result = run(*args)
        assert (result.code, result.out) == (0, expected.out)
        lines = result.err.splitlines()
        assert len(lines) == 1, result.err
        assert lines[0].startswith("magadvise: warning: not using the parse cache in ")
        assert "can be written by other users" in lines[0]
    assert (entry / cache.CORE).read_bytes() == core  # neither read nor rewritten


def test_a_cache_folder_owned_by_another_user_is_refused(
    run: RunFn, rules_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ("--rules", str(rules_file), "goals", "--json")
    expected = run(*args)
    me = os.getuid()
    monkeypatch.setattr(os, "getuid", lambda: me + 1)  # the folder is now someone else's
    result = run(*args)
    assert (result.code, result.out) == (0, expected.out)
    assert result.err.count("\n") == 1
    assert "is owned by another user" in result.err


def test_completion_never_prints_the_cache_warning(
    rules_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_completion import bash

    load_rules(str(rules_file))
    root = cache.cache_dir()
    assert root is not None
    root.chmod(0o777)
    assert bash(f"magadvise --rules {rules_file} cautions --med lasi") == ["lasix"]


@pytest.mark.parametrize("home", ["", "relative/home"])
def test_an_empty_or_relative_home_never_means_the_root_folder(
    monkeypatch: pytest.MonkeyPatch, home: str
) -> None:
    import pwd

    monkeypatch.delenv("MAGADVISE_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", home)
    found = cache.cache_dir()
    assert found != Path("/.cache/magadvise")
    account = pwd.getpwuid(os.getuid()).pw_dir
    if account.strip("/"):
        assert found == Path(account) / ".cache" / "magadvise"
    else:
        assert found is None


def test_a_warm_hit_compares_the_file_status_instead_of_hashing(
    rules_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "RACY_NS", 0)  # the file counts as settled at once
    load_rules(str(rules_file))

    def refuse(name: str) -> bytes:
        raise AssertionError(f"read {name} although its status had not changed")

    monkeypatch.setattr(cache, "read_source", refuse)
    assert is_cached(load_rules(str(rules_file)))


def test_a_file_changed_just_before_caching_is_hashed(
    rules_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_rules(str(rules_file))  # the file was written a moment ago: its status is not trusted
    hashed: list[str] = []
    real = cache.read_source

    def counting(name: str) -> bytes:
        hashed.append(name)
        return real(name)

    monkeypatch.setattr(cache, "read_source", counting)
    assert is_cached(load_rules(str(rules_file)))
    assert hashed == [str(rules_file.absolute())]


# A first call whose cache writer pauses 20 ms before each file: the write lasts long enough
# for a signal to land in it however fast the machine, or however slow the test's polling.
# It starts with SIGHUP at its default, as from a terminal: under ``nohup`` (SIGHUP ignored,
# and magadvise rightly keeps it so) the test would otherwise check nothing.
_SLOW_WRITER = """
import signal, sys, time
signal.signal(signal.SIGHUP, signal.SIG_DFL)
from magadvise.rules import packing
put = packing.Staging.put
def slow(self, *args, **kwargs):
    time.sleep(0.02)
    return put(self, *args, **kwargs)
packing.Staging.put = slow
from magadvise.rules.load import load_rules
load_rules(sys.argv[1])
"""


def _writer(path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, str(path)], env=env)


def _signal_mid_write(path: Path, signum: int) -> tuple[int, Path]:
    """Start a first call on ``path`` and send ``signum`` once its staging folder exists."""
    root = cache.cache_dir()
    assert root is not None
    folder = cache.versioned(root)
    process = _writer(path)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if folder.is_dir() and any(p.name.startswith(".tmp-") for p in folder.iterdir()):
            process.send_signal(signum)
            break
        time.sleep(0.001)
    return process.wait(timeout=120), folder


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_signal_during_a_cache_write_leaves_no_staging_folder(
    name: str, formulary: Callable[[str, int], Any]
) -> None:
    import signal

    signum = getattr(signal, name)
    path = formulary("realistic", 20_000)[0]
    code, folder = _signal_mid_write(path, signum)
    assert code == -signum  # it still ends as the signal asks
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


def test_a_sigkill_during_a_cache_write_is_swept_on_the_next_start(
    rules_file: Path, formulary: Callable[[str, int], Any]
) -> None:
    import signal

    path = formulary("realistic", 20_000)[0]
    code, folder = _signal_mid_write(path, signal.SIGKILL)
    assert code == -signal.SIGKILL
    assert any(p.name.startswith(".tmp-") for p in folder.iterdir())  # nothing could clean up
    load_rules(str(rules_file))  # any later start, here for another file
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("damage", [False, True])
def test_combination_products_are_found_from_the_cache(run: RunFn, damage: bool) -> None:
    """A combination typed as its ingredients is the product, whether the index comes from the
    cache or (damaged) from the rules parsed afresh; never a scan of every medicine."""
    fresh = load_rules(None)
    assert not is_cached(fresh)
    expected = fresh.combination(["hydrochlorothiazide", "lisinopril"])
    assert expected is not None
    cached = load_rules(None)
    assert is_cached(cached)
    if damage:
        stored = next(cache.cache_dir().rglob(cache.COMBINATIONS))  # type: ignore[union-attr]
        stored.write_text('{"hydrochlorothiazide+lisinopril": "furosemide"}')
        cached = load_rules(None)
    assert cached.combination(["lisinopril", "hydrochlorothiazide"]) == expected
    doc = run("cautions", "--med", "Lisinopril/HCTZ 20-12.5", "--json").json()
    assert isinstance(doc, dict)
    assert [c["medication"] for c in doc["cautions"]] == [expected]


def test_rxnorm_codes_are_read_from_the_cache_as_parsed() -> None:
    """The RxCUI index a coded record is matched by is the same from the cache as from the
    file, and reading it from the cache builds no medicine."""
    fresh = load_rules(None)
    assert not is_cached(fresh)
    cached = load_rules(None)
    assert is_cached(cached)
    assert dict(cached.rxnorm_codes) == dict(fresh.rxnorm_codes)
    assert cached.rxnorm_codes  # the shipped rules carry codes
    assert cached.medications._built == {}  # no medicine was built to answer
