"""The parse cache: hits, content-keyed misses, layers, damage of every kind, races, opt-outs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from magadvise.rules import cache, load, shards
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
    return isinstance(rules.medications.names, shards.NameIndex)


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any YAML read fail, so a test proves the cache answered."""

    def refuse(path: Path) -> None:
        raise AssertionError(f"parsed {path} although the cache should have answered")

    monkeypatch.setattr(load, "read_layers", refuse)


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
        body = body.replace(b"Migraine prevention", b"Migraine PREVENTION", 1)
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
    for shard in [*entry.glob("m-*.json"), *entry.glob("n-*.json")]:
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
        assert result.err == ""


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
    layers = [(str(rules_file), rules_file.read_bytes())]
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


def test_leftovers_of_killed_writers_are_swept(rules_file: Path) -> None:
    load_rules(str(rules_file))
    parent = entry_of(rules_file).parent
    stale, recent = parent / ".tmp-killed", parent / ".tmp-writing"
    for folder in (stale, recent):
        folder.mkdir()
        (folder / "m-0.json").write_text("{}")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    rules_file.write_text(rules_file.read_text() + "\n", encoding="utf-8")
    load_rules(str(rules_file))  # a miss: rewrites the entry, sweeps on the way out
    assert not stale.exists()
    assert recent.exists()
