"""Where a file's status cannot prove its content (Windows: no change time), every warm call
hashes the rules file, so an edit that restores size and modification time is still seen."""

from __future__ import annotations

from pathlib import Path

import pytest

from magadvise.rules import cache, shardnames
from magadvise.rules.load import load_rules

from conftest import DATA


@pytest.fixture
def rules_file(tmp_path: Path) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_bytes((DATA / "mini.yaml").read_bytes())
    return path


def _status_restored_after_edits(monkeypatch: pytest.MonkeyPatch) -> None:
    """What Windows allows: the recorded status comes back after any edit (no change time)."""
    monkeypatch.setattr(cache, "RACY_NS", 0)  # the file counts as settled at once
    recorded: dict[str, list[int]] = {}
    real = cache.stamp

    def restored(name: str) -> list[int]:
        return recorded.setdefault(name, real(name))

    monkeypatch.setattr(cache, "stamp", restored)


@pytest.mark.parametrize("proves", [True, False], ids=["status-trusted", "windows"])
def test_an_edit_behind_a_restored_status_is_seen_only_by_hashing(
    rules_file: Path, monkeypatch: pytest.MonkeyPatch, proves: bool
) -> None:
    monkeypatch.setattr(cache, "STATUS_PROVES_CONTENT", proves)
    _status_restored_after_edits(monkeypatch)
    first = load_rules(str(rules_file))
    assert first.medications.get("bumetanide") is not None
    rules_file.write_text(
        rules_file.read_text(encoding="utf-8").replace("  bumetanide:", "  bumetanidx:"),
        encoding="utf-8",
    )
    warm = load_rules(str(rules_file))
    assert isinstance(warm.medications.names, shardnames.NameIndex) is proves
    # Trusting the status serves the stale entry; hashing (Windows) sees the edit.
    assert (warm.medications.get("bumetanide") is not None) is proves
    assert (warm.medications.get("bumetanidx") is not None) is not proves


def test_without_status_the_cache_is_hashed_but_never_rewritten(
    rules_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "STATUS_PROVES_CONTENT", False)
    monkeypatch.setattr(cache, "RACY_NS", 0)
    load_rules(str(rules_file))
    core = cache.entry_dir(cache.cache_dir() or Path(), str(rules_file.absolute())) / cache.CORE
    before = core.stat().st_mtime_ns, core.read_bytes()
    hashed: list[str] = []
    read = cache.read_source
    monkeypatch.setattr(cache, "read_source", lambda name: hashed.append(name) or read(name))
    for _ in range(2):
        assert isinstance(load_rules(str(rules_file)).medications.names, shardnames.NameIndex)
    assert hashed == [str(rules_file.absolute())] * 2
    assert (core.stat().st_mtime_ns, core.read_bytes()) == before
