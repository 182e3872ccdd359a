"""The cache's shards: checked reads, and the mappings that read medications and names on demand.

A cache entry's header lists the digest of every file in it; each file is checked when first
read. A file that does not check out makes the mapping fall back, once and for all, to the rules
parsed afresh from the files themselves.
"""

from __future__ import annotations

import json
import stat
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from magadvise.errors import Problem, RulesError
from magadvise.rules.nameindex import Chunk, Names, Sorted, in_memory

try:  # hashlib.blake2b's own C module: the same function without loading OpenSSL (~2 ms)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - Pythons without it
    from hashlib import blake2b

if TYPE_CHECKING:
    from magadvise.rules.ruleset import Rules

ORDER = "order.json"
NAMES = "names.json"
BOUNDS = "names-bounds.json"
MEDICATIONS = "medications.pack"
SHARDED = "medications"
T = TypeVar("T")
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

    def part(self, pack: str, where: Any) -> Any:
        """One chunk of a pack file: ``where`` is its [offset, length, digest], as the core or
        the (digest-checked) bounds file recorded it; the bytes must match the digest."""
        if pack not in self.files:
            raise Miss(pack)
        try:
            offset, length, expected = where
            with (self.folder / pack).open("rb") as handle:
                handle.seek(offset)
                raw = handle.read(length)
        except (OSError, TypeError, ValueError):
            raise Miss(pack) from None
        if len(raw) != length or digest(raw) != expected:
            raise Miss(pack)
        try:
            return json.loads(raw)
        except ValueError:
            raise Miss(pack) from None

    def fresh(self) -> Rules:
        """The rules parsed afresh, when a shard turns out bad after the core was read."""
        if self._fresh is None:
            from magadvise.rules.load import load_rules

            rules = load_rules(self.option, use_cache=False)
            try:
                now = [digest(read_source(layer[0])) for layer in self.layers]
            except Miss:
                now = []
            if now != [layer[1] for layer in self.layers]:
                message = "the rules file changed while magadvise was reading it; run again"
                raise RulesError([Problem(self.option, None, None, message)])
            self._fresh = rules
            discard(self.folder)
        return self._fresh


class Entries(Mapping[str, Any]):
    """The medications, read shard by shard (by a hash of the id) when first asked for."""

    def __init__(self, entry: Entry, count: int, parts: list[Any]) -> None:
        self._entry = entry
        self._count = count
        self._parts = parts
        self._shards = len(parts)
        self._loaded: dict[int, dict[str, Any]] = {}
        self._fallback: Mapping[str, Any] | None = None

    def _shard(self, number: int) -> dict[str, Any]:
        shard = self._loaded.get(number)
        if shard is None:
            shard = self._entry.part(MEDICATIONS, self._parts[number])
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
    """Normalized name -> medication id, read from the cache's sorted name chunks on demand.

    An exact lookup reads one chunk (found by binary search over each chunk's first name),
    completion reads the chunks its prefix spans, "did you mean" a few chunks around the typo
    (see nameindex). Iteration keeps the order of the rules file (one read of every name).
    """

    def __init__(self, entry: Entry, count: int) -> None:
        self._entry = entry
        self._count = count
        self._keys: list[str] | None = None
        self._bounds: dict[str, Any] | None = None
        self._chunks: dict[tuple[str, int], Chunk] = {}
        self._fallback: Names | None = None
        self._index = Names(_Owner(self), self._sorted("forward"), self._sorted("reverse"))

    def _sorted(self, side: str) -> Callable[[], Sorted]:
        def make() -> Sorted:
            if self._bounds is None:
                bounds = self._entry.load(BOUNDS)
                if not isinstance(bounds, dict):
                    raise Miss("bounds")
                self._bounds = bounds
            found = self._bounds.get(side)
            firsts, parts = (found.get("firsts"), found.get("parts")) if found else (None, None)
            if not isinstance(firsts, list) or not isinstance(parts, list):
                raise Miss("bounds")
            if len(firsts) != len(parts):
                raise Miss("bounds")
            return Sorted(firsts, lambda number: self._chunk(f"{side}.pack", number, parts))

        return make

    def _chunk(self, pack: str, number: int, parts: list[Any]) -> Chunk:
        known = self._chunks.get((pack, number))
        if known is not None:
            return known
        columns = self._entry.part(pack, parts[number])
        if (
            not isinstance(columns, list)
            or len(columns) != 3
            or not all(isinstance(column, list) for column in columns)
            or len(columns[0]) != len(columns[1])
            or len(columns[2]) not in (0, len(columns[0]))
        ):
            raise Miss(pack)
        self._chunks[pack, number] = columns
        return columns

    def _use(self, ask: Callable[[Names], T]) -> T:
        """Answer from the cache; from the rules parsed afresh if a chunk does not check out."""
        if self._fallback is None:
            try:
                return ask(self._index)
            except (Miss, TypeError, IndexError):
                names = self._entry.fresh().medications.names
                self._fallback = names if isinstance(names, Names) else in_memory(dict(names), [])
        return ask(self._fallback)

    def __getitem__(self, key: str) -> str:
        if not isinstance(key, str):
            raise KeyError(key)
        return self._use(lambda names: names[key])

    def keys_in_order(self) -> list[str]:
        """Every name in file order (one read)."""
        if self._keys is None:
            keys = self._entry.load(NAMES)
            if not isinstance(keys, list) or len(keys) != self._count:
                raise Miss(NAMES)
            self._keys = keys
        return self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._use(lambda names: list(names)))

    def __len__(self) -> int:
        return self._count if self._fallback is None else len(self._fallback)

    def starting_with(self, start: str, limit: int | None = None) -> list[tuple[str, str]]:
        """(name as the rules write it, id) for names that start with ``start``."""
        return self._use(lambda names: names.starting_with(start, limit))

    def spelled(self, key: str) -> tuple[str, str] | None:
        """(id, the name as the rules write it) for ``key`` (see nameindex.Names.spelled)."""
        return self._use(lambda names: names.spelled(key))

    def near(self, key: str) -> list[str]:
        """Names where a misspelling of ``key`` may be found (see nameindex.Names.near)."""
        return self._use(lambda names: names.near(key))


class _Owner(Mapping[str, str]):
    """The cached names as a mapping: lookups through the forward index, iteration in order."""

    def __init__(self, index: NameIndex) -> None:
        self._index = index

    def __getitem__(self, key: str) -> str:
        id = self._index._index.forward().find(key)
        if id is None:
            raise KeyError(key)
        return str(id)

    def __iter__(self) -> Iterator[str]:
        return iter(self._index.keys_in_order())

    def __len__(self) -> int:
        return len(self._index)


def shard_of(id: str, shards: int) -> int:
    """Which medication shard holds an id (stable across runs and machines)."""
    return zlib.crc32(id.encode("utf-8", "surrogateescape")) % shards


def discard(folder: Path) -> None:
    """Remove a cache folder, quietly."""
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
