"""The cache's shards: checked reads, and the mappings that read medications and names on demand.

A cache entry's header lists the digest of every file in it; each file is checked when first
read. A file that does not check out makes the mapping fall back, once and for all, to the rules
parsed afresh from the files themselves.
"""

from __future__ import annotations

import json
import stat
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from magadvise.errors import Problem, RulesError

try:  # hashlib.blake2b's own C module: the same function without loading OpenSSL (~2 ms)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - Pythons without it
    from hashlib import blake2b

if TYPE_CHECKING:
    from magadvise.rules.ruleset import Rules

ORDER = "order.json"
NAMES = "names.json"
SHARDED = "medications"
PREFIX = 2
MAX_SOURCE_BYTES = 32 * 1024 * 1024


class Miss(Exception):
    """The cache cannot answer: read the rules file instead."""


def digest(data: bytes) -> str:
    """The content digest stored and checked for every file."""
    return blake2b(data, digest_size=32).hexdigest()


def read_source(name: str) -> bytes:
    """A layer's bytes, only from a regular file of sane size (never block on a pipe)."""
    try:
        file = Path(name)
        info = file.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SOURCE_BYTES:
            raise Miss(name)
        with file.open("rb") as handle:
            return handle.read(MAX_SOURCE_BYTES + 1)
    except OSError:
        raise Miss(name) from None


class Entry:
    """One cache entry being read: files checked against the header before they are used."""

    def __init__(self, folder: Path, option: str, header: dict[str, Any]) -> None:
        self.folder = folder
        self.option = option
        self.files: dict[str, Any] = header["files"]
        self.layers: list[Any] = header["layers"]
        self._fresh: Rules | None = None

    def load(self, name: str) -> Any:
        """A shard's JSON, if its bytes match the digest the header recorded."""
        expected = self.files.get(name)
        try:
            raw = (self.folder / name).read_bytes()
        except OSError:
            raise Miss(name) from None
        if expected is None or digest(raw) != expected:
            raise Miss(name)
        try:
            return json.loads(raw)
        except ValueError:
            raise Miss(name) from None

    def fresh(self) -> Rules:
        """The rules parsed afresh, when a shard turns out bad after the core was read."""
        if self._fresh is None:
            from magadvise.rules.load import load_rules

            rules = load_rules(self.option, use_cache=False)
            try:
                now = [digest(read_source(name)) for name, _ in self.layers]
            except Miss:
                now = []
            if now != [expected for _, expected in self.layers]:
                message = "the rules file changed while magadvise was reading it; run again"
                raise RulesError([Problem(self.option, None, None, message)])
            self._fresh = rules
            discard(self.folder)
        return self._fresh


class Entries(Mapping[str, Any]):
    """The medications, read shard by shard (by a hash of the id) when first asked for."""

    def __init__(self, entry: Entry, count: int, shards: int) -> None:
        self._entry = entry
        self._count = count
        self._shards = shards
        self._loaded: dict[int, dict[str, Any]] = {}
        self._fallback: Mapping[str, Any] | None = None

    def _shard(self, number: int) -> dict[str, Any]:
        shard = self._loaded.get(number)
        if shard is None:
            shard = self._entry.load(f"m-{number}.json")
            if not isinstance(shard, dict):
                raise Miss("shard")
            self._loaded[number] = shard
        return shard

    def _fresh(self) -> Mapping[str, Any]:
        if self._fallback is None:
            self._fallback = self._entry.fresh().data.get(SHARDED, {})
        return self._fallback

    def __getitem__(self, id: str) -> Any:
        if not isinstance(id, str):
            raise KeyError(id)
        if self._fallback is None:
            try:
                return self._shard(shard_of(id, self._shards))[id]
            except Miss:
                pass
        return self._fresh()[id]

    def __iter__(self) -> Iterator[str]:
        if self._fallback is None:
            try:
                order = self._entry.load(ORDER)
                if isinstance(order, list) and len(order) == self._count:
                    return iter(order)
            except Miss:
                pass
        return iter(self._fresh())

    def __len__(self) -> int:
        return self._count if self._fallback is None else len(self._fallback)


class NameIndex(Mapping[str, str]):
    """Normalized name -> medication id, sharded by the name's first letters.

    Prefix shards answer both an exact lookup and a completion of what was typed so far.
    Iteration (for "did you mean") reads every shard and keeps the order of the rules file.
    """

    def __init__(self, entry: Entry, prefixes: dict[str, int], count: int) -> None:
        self._entry = entry
        self._prefixes = prefixes
        self._count = count
        self._loaded: dict[int, dict[str, tuple[Any, Any, Any]]] = {}
        self._keys: list[str] | None = None
        self._fallback: Mapping[str, str] | None = None

    def _shard(self, number: int) -> dict[str, tuple[Any, Any, Any]]:
        shard = self._loaded.get(number)
        if shard is None:
            rows = self._entry.load(f"n-{number}.json")
            try:
                shard = {row[0]: (row[1], row[2], row[3]) for row in rows}
            except (TypeError, IndexError, KeyError):
                raise Miss("names") from None
            self._loaded[number] = shard
        return shard

    def _fresh(self) -> Mapping[str, str]:
        if self._fallback is None:
            self._fallback = self._entry.fresh().medications.names
        return self._fallback

    def __getitem__(self, key: str) -> str:
        if not isinstance(key, str):
            raise KeyError(key)
        if self._fallback is None:
            number = self._prefixes.get(key[:PREFIX])
            if number is None:
                raise KeyError(key)
            try:
                id: str = self._shard(number)[key][0]
                return id
            except Miss:
                pass
        return self._fresh()[key]

    def _rows(self, numbers: list[int]) -> list[tuple[int, str, str, str]]:
        """(position, name, id, display) for the names in these shards, in file order."""
        rows = []
        for number in sorted(set(numbers)):
            for key, (id, display, position) in self._shard(number).items():
                rows.append((position, key, id, display))
        rows.sort()
        return rows

    def __iter__(self) -> Iterator[str]:
        if self._fallback is None:
            if self._keys is None:
                try:
                    keys = self._entry.load(NAMES)  # one read, not every shard
                    if isinstance(keys, list) and len(keys) == self._count:
                        self._keys = keys
                except Miss:
                    pass
            if self._keys is not None:
                return iter(self._keys)
        return iter(self._fresh())

    def __len__(self) -> int:
        return self._count if self._fallback is None else len(self._fallback)

    def starting_with(self, start: str) -> list[tuple[str, str]] | None:
        """(name as the rules write it, id) for normalized names that start so; None if unsure."""
        if self._fallback is not None:
            return None
        wanted = [n for p, n in self._prefixes.items() if p.startswith(start[:PREFIX])]
        try:
            rows = self._rows(wanted)
        except Miss:
            return None
        return [(display, id) for _, key, id, display in rows if key.startswith(start)]


def shard_of(id: str, shards: int) -> int:
    """Which medication shard holds an id (stable across runs and machines)."""
    return zlib.crc32(id.encode("utf-8", "surrogateescape")) % shards


def discard(folder: Path) -> None:
    """Remove a cache folder, quietly."""
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
