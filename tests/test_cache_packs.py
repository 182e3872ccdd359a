"""Pack indexes that the header vouches for but that do not describe their pack never change
an answer: the CLI falls back to the rules file and says the same as ``--no-cache``.

The header's digest catches an index damaged on disk; these tests go further and re-vouch the
damaged index in the header (as a bug in the writer would), so that what is checked is the
reader's own defence: the size of each slot, offsets and lengths inside the pack, each part's
digest, the number of chunks the bounds promise, and the names each chunk holds.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from magadvise.rules import cache, shards

from conftest import RunFn

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"
SHIPPED = ROOT / "data" / "rules.yaml"
TYPED = ("Lisinopril/HCTZ 20-12.5", "furosemid", "Cipro", "Restasis", "Tums", "zzqxv")


def _entry(rules: Path) -> Path:
    root = cache.cache_dir()
    assert root is not None
    return cache.entry_dir(root, str(rules.absolute()))


def _revouch(entry: Path, name: str, raw: bytes) -> None:
    """Write ``raw`` as file ``name`` and record its digest in the entry's header."""
    (entry / name).write_bytes(raw)
    core = entry / cache.CORE
    head, _, body = core.read_bytes().partition(b"\n")
    header = json.loads(head)
    header["files"][name] = shards.digest(raw)
    core.write_bytes(json.dumps(header).encode() + b"\n" + body)


def _beyond(index: bytes) -> bytes:
    return (10**9).to_bytes(4, "little") + index[4:]


def _too_long(index: bytes) -> bytes:
    return index[:4] + (10**9).to_bytes(4, "little") + index[8:]


def _shifted(index: bytes) -> bytes:  # every part read one byte late, with its own digest
    return b"".join(
        (int.from_bytes(index[at : at + 4], "little") + 1).to_bytes(4, "little")
        + index[at + 4 : at + shards.SLOT]
        for at in range(0, len(index), shards.SLOT)
    )


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda index: b"",
    "not-a-multiple-of-24": lambda index: index + b"\0",
    "one-slot-short": lambda index: index[: -shards.SLOT],
    "offset-beyond-the-pack": _beyond,
    "length-beyond-the-pack": _too_long,
    "shifted": _shifted,
    "slots-reversed": lambda index: b"".join(
        index[at : at + shards.SLOT] for at in range(len(index) - shards.SLOT, -1, -shards.SLOT)
    ),
}


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("packs") / "rules.yaml"
    shutil.copyfile(SHIPPED, path)
    return path


_AFRESH: dict[Path, list[tuple[int, str, str]]] = {}


@pytest.fixture
def expected(run: RunFn, rules: Path) -> list[tuple[int, str, str]]:
    """What magadvise says with the rules parsed afresh (asked once per module)."""
    if rules not in _AFRESH:
        found = _answers(run, rules, "--no-cache")
        assert found[0][0] == 3 and "furosemide" in found[0][1]  # zzqxv is not assessed
        _AFRESH[rules] = found
    return _AFRESH[rules]


def _answers(run: RunFn, rules: Path, *cache_option: str) -> list[tuple[int, str, str]]:
    base = ("--rules", str(rules), *cache_option)
    typed = [arg for name in TYPED for arg in ("--med", name)]
    calls = [
        ("cautions", "--json", *typed),
        ("cautions", "--json", "--meds-from", str(EXAMPLES / "fhir-bundle.json")),
        ("recommend", "--json", "--goal", "migrane", "--med", "Lasix"),
        ("sources", "--json"),
    ]
    return [(found.code, found.out, found.err) for found in (run(*base, *c) for c in calls)]


@pytest.mark.parametrize("pack", ["medications", "forward", "reverse", "sources"])
@pytest.mark.parametrize("how", sorted(DAMAGE))
def test_an_index_that_does_not_fit_its_pack_never_changes_an_answer(
    run: RunFn, rules: Path, expected: list[tuple[int, str, str]], pack: str, how: str
) -> None:
    _answers(run, rules)  # writes the cache
    entry = _entry(rules)
    index = shards.index_of(f"{pack}.pack")
    _revouch(entry, index, DAMAGE[how]((entry / index).read_bytes()))
    assert _answers(run, rules) == expected


def test_two_packs_with_swapped_indexes_never_change_an_answer(
    run: RunFn, rules: Path, expected: list[tuple[int, str, str]]
) -> None:
    _answers(run, rules)
    entry = _entry(rules)
    first, second = shards.index_of("forward.pack"), shards.index_of("reverse.pack")
    one, two = (entry / first).read_bytes(), (entry / second).read_bytes()
    _revouch(entry, first, two)
    _revouch(entry, second, one)
    assert _answers(run, rules) == expected


def _rewrite_parts(entry: Path, pack: str, change: Callable[[list[list[str]]], object]) -> None:
    """Rewrite every part of a name pack through ``change``, with a correct index for the new
    pack, both vouched for in the header (a writer bug, not damage on disk)."""
    index = (entry / shards.index_of(pack)).read_bytes()
    raw = (entry / pack).read_bytes()
    parts = []
    for at in range(0, len(index), shards.SLOT):
        offset = int.from_bytes(index[at : at + 4], "little")
        length = int.from_bytes(index[at + 4 : at + 8], "little")
        parts.append(json.dumps(change(json.loads(raw[offset : offset + length]))).encode())
    offsets = [sum(len(p) for p in parts[:n]) for n in range(len(parts))]
    (entry / pack).write_bytes(b"".join(parts))  # a pack's parts are vouched for by its index
    slots = b"".join(shards.slot(at, part) for at, part in zip(offsets, parts, strict=True))
    _revouch(entry, shards.index_of(pack), slots)


@pytest.mark.parametrize("keep", [slice(-1), slice(1)], ids=["last-name-dropped", "first-only"])
@pytest.mark.parametrize("pack", ["forward.pack", "reverse.pack"])
def test_name_chunks_that_lost_names_never_change_an_answer(
    run: RunFn, rules: Path, expected: list[tuple[int, str, str]], pack: str, keep: slice
) -> None:
    _answers(run, rules)
    entry = _entry(rules)
    _rewrite_parts(entry, pack, lambda columns: [column[keep] for column in columns])
    assert _answers(run, rules) == expected


def test_a_first_call_removes_older_cache_formats(run: RunFn, rules: Path) -> None:
    root = cache.cache_dir()
    assert root is not None
    older, newer = root / f"{cache.FOLDER}{cache.FORMAT - 1}", root / f"{cache.FOLDER}99"
    for folder in (older, newer):
        (folder / "entry").mkdir(parents=True)
    _answers(run, rules)  # writes an entry of the current format
    assert not older.exists() and (newer / "entry").exists()  # a newer magadvise's: kept
    assert cache.versioned(root).is_dir()
