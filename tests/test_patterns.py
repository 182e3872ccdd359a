"""Compiled patterns kept between runs (magadvise.patterns): the same answers, never a wrong
pattern, nothing kept where the cache cannot be trusted, nothing with --no-cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from magadvise import patterns

pytestmark = pytest.mark.skipif(not patterns.supported(), reason="this Python is not supported")

LIST = "\n".join(
    [
        "Fosamax 70 mg weekly",
        "Lisinopril/HCTZ 20-12.5",
        "metformin 500 bid",
        "Mag-Ox 400 one daily",
        "cipro 500 mg bid",
        "Pregnant, 28 weeks",
        "Mg level 1.2 mmol/L",
    ]
)


def magadvise(cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MAGADVISE_CACHE_DIR=str(cache), NO_COLOR="1", COLUMNS="100")
    code = "from magadvise.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120
    )


def stored(cache: Path) -> list[Path]:
    return sorted(cache.glob("patterns-*.bin"))


@pytest.fixture
def med_list(tmp_path: Path) -> Path:
    path = tmp_path / "meds.txt"
    path.write_text(LIST, encoding="utf-8")
    return path


def list_args(med_list: Path) -> tuple[str, ...]:
    return ("cautions", "--meds-from", str(med_list), "--json")


def test_a_warm_run_answers_as_the_first_and_as_a_run_without_the_cache(
    tmp_path: Path, med_list: Path
) -> None:
    cache, args = tmp_path / "cache", list_args(med_list)
    first = magadvise(cache, *args)
    assert [p.name for p in stored(cache)], "the first run keeps its compiled patterns"
    warm = magadvise(cache, *args)
    fresh = magadvise(tmp_path / "other", "--no-cache", *args)
    assert first.returncode == warm.returncode == fresh.returncode
    assert first.stdout == warm.stdout == fresh.stdout
    assert '"magnesium' in warm.stdout  # the list was read, not refused
    assert not stored(tmp_path / "other"), "--no-cache keeps nothing"


def test_every_kept_pattern_is_the_pattern_re_compiles(tmp_path: Path, med_list: Path) -> None:
    cache = tmp_path / "cache"
    magadvise(cache, *list_args(med_list))
    magadvise(cache, "recommend", "--goal", "migraine")
    check = """
import re, sys
from magadvise import patterns
original = re._compiler.compile
from magadvise.rules.cachedir import cache_dir
assert patterns.install(cache_dir())
kept = dict(patterns._store)
assert len(kept) > 100, len(kept)
served = re._compiler.compile
for (text, flags) in kept:
    mine, theirs = served(text, flags), original(text, flags)
    assert (mine.pattern, mine.flags, mine.groups, mine.groupindex) == (
        theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex), text
    for sample in ("Mag-Ox 400 mg bid", "28+3 weeks", "eGFR 25", "x2 tds", "", "ÄÖ 5 mL"):
        a, b = mine.search(sample), theirs.search(sample)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
print(len(kept))
"""
    env = dict(os.environ, MAGADVISE_CACHE_DIR=str(cache))
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 100


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage"])
def test_a_damaged_pattern_file_is_ignored_and_replaced(
    tmp_path: Path, med_list: Path, damage: str
) -> None:
    cache, args = tmp_path / "cache", list_args(med_list)
    first = magadvise(cache, *args)
    (path,) = stored(cache)
    raw = path.read_bytes()
    if damage == "flip":
        middle = len(raw) // 2
        raw = raw[:middle] + bytes([raw[middle] ^ 0x10]) + raw[middle + 1 :]
    elif damage == "truncate":
        raw = raw[: len(raw) // 3]
    else:
        raw = b"\x00\xff" * 50
    path.write_bytes(raw)
    again = magadvise(cache, *args)
    assert again.returncode == first.returncode
    assert again.stdout == first.stdout
    assert again.stderr == first.stderr
    assert path.read_bytes() != raw, "the damaged file was written afresh"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_pattern_file_in_a_folder_others_can_write_is_not_read(
    tmp_path: Path, med_list: Path
) -> None:
    cache, args = tmp_path / "cache", list_args(med_list)
    first = magadvise(cache, *args)
    (path,) = stored(cache)
    path.write_bytes(b"not read")
    cache.chmod(0o777)
    try:
        again = magadvise(cache, *args)
        assert again.stdout == first.stdout
        assert path.read_bytes() == b"not read", "nothing is written there either"
    finally:
        cache.chmod(0o700)
