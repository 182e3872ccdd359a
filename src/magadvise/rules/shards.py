"""The cache's shards: checked reads, and the mappings that read sections and names on demand.

A cache entry's header lists the digest of every file in it; each file is checked when first
read. A pack file (many parts one after another: shards of a section, chunks of the name index)
has a binary index beside it, itself checked by the header: for each part, its offset, length
and a 16-byte BLAKE2b digest (``SLOT`` bytes), so a lookup reads the index and the one part it
needs and decodes no table of offsets. A file or part that does not check out makes the mapping
fall back, once and for all, to the rules parsed afresh from the files themselves.
"""

from __future__ import annotations

import json
import os
import stat
import weakref
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

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
SLOT = 24  # bytes per part in a pack's index: offset, length (uint32, little-endian), digest
T = TypeVar("T")
MAX_SOURCE_BYTES = 32 * 1024 * 1024


class Miss(Exception):
    """The cache cannot answer: read the rules file instead."""


def digest(data: bytes) -> str:
    """The content digest stored and checked for every file."""
    return blake2b(data, digest_size=32).hexdigest()


def pack_of(key: str) -> str:
    """The pack file of a section's shards (``medications``) or of one side of the name index
    (``forward``, ``reverse``)."""
    return f"{key}.pack"


def index_of(pack: str) -> str:
    """The name of a pack file's index."""
    return f"{pack}.index"


def slot(offset: int, raw: bytes) -> bytes:
    """One part's entry in a pack's index."""
    return (
        offset.to_bytes(4, "little")
        + len(raw).to_bytes(4, "little")
        + blake2b(raw, digest_size=16).digest()
    )


def names_of(key: str) -> str:
    """The file with a small section's name index."""
    return f"{key}-names.json"


def bounds_of(side: str) -> str:
    """The file with the first name of each chunk of one side of the name index."""
    return f"{side}-bounds.json"


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
        self._indexes: dict[str, bytes] = {}
        self._descriptors: dict[str, int] = {}  # a pack is opened once however many parts are read

    def checked(self, name: str) -> bytes:
        """A file's bytes, if they match the digest the header recorded."""
        expected = self.files.get(name)
        try:
            raw = (self.folder / name).read_bytes()
        except OSError:
            raise Miss(name) from None
        if expected is None or digest(raw) != expected:
            raise Miss(name)
        return raw

    def load(self, name: str) -> Any:
        """A file's JSON, if its bytes match the digest the header recorded."""
        try:
            return json.loads(self.checked(name))
        except ValueError:
            raise Miss(name) from None

    def parts(self, pack: str) -> int:
        """How many parts a pack holds (its index is read and checked once)."""
        return len(self._index(pack)) // SLOT

    def _index(self, pack: str) -> bytes:
        index = self._indexes.get(pack)
        if index is None:
            if self.files.get(pack) != "pack":
                raise Miss(pack)
            index = self._indexes[pack] = self.checked(index_of(pack))
            if len(index) % SLOT:
                raise Miss(pack)
        return index

    def part(self, pack: str, number: int) -> Any:
        """Part ``number`` of a pack file, if its bytes match the digest its index records."""
        index = self._index(pack)
        at = number * SLOT
        if number < 0 or at + SLOT > len(index):
            raise Miss(pack)
        offset = int.from_bytes(index[at : at + 4], "little")
        length = int.from_bytes(index[at + 4 : at + 8], "little")
        try:
            descriptor = self._descriptor(pack)
            os.lseek(descriptor, offset, os.SEEK_SET)
            raw = os.read(descriptor, length)
        except OSError:
            raise Miss(pack) from None
        if len(raw) != length or blake2b(raw, digest_size=16).digest() != index[at + 8 : at + SLOT]:
            raise Miss(pack)
        try:
            return json.loads(raw)
        except ValueError:
            raise Miss(pack) from None

    def _descriptor(self, pack: str) -> int:
        """The pack's file descriptor, opened on first use and closed with this entry."""
        descriptor = self._descriptors.get(pack)
        if descriptor is None:
            flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
            descriptor = self._descriptors[pack] = os.open(self.folder / pack, flags)
            weakref.finalize(self, os.close, descriptor)
        return descriptor

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
    """A section's entries, read shard by shard (by a hash of the id) when first asked for.

    ``order`` is the ids in file order, or None to read it from ``ORDER`` when iterated (the
    medications: a formulary's ids are too many to read on every call). ``shards``: how many
    the writer made. A shard is used only if the pack holds that many and every id in it hashes
    to its place, so an id missing from its shard is missing from the section.
    """

    def __init__(
        self, entry: Entry, key: str, count: int, order: list[str] | None, shards: int
    ) -> None:
        self._entry = entry
        self._key = key
        self._pack = pack_of(key)
        self._count = count
        self._shards = shards
        self._order = order
        self._loaded: dict[int, dict[str, Any]] = {}
        self._fallback: Mapping[str, Any] | None = None

    def _shard(self, id: str) -> dict[str, Any]:
        shards = self._entry.parts(self._pack)
        if not shards or shards != self._shards:
            raise Miss(self._pack)
        number = shard_of(id, shards)
        shard = self._loaded.get(number)
        if shard is None:
            shard = self._entry.part(self._pack, number)
            if not isinstance(shard, dict) or any(shard_of(k, shards) != number for k in shard):
                raise Miss("shard")
            self._loaded[number] = shard
        return shard

    def _fresh(self) -> Mapping[str, Any]:
        if self._fallback is None:
            self._fallback = self._entry.fresh().data.get(self._key, {})
        return self._fallback

    def __getitem__(self, id: str) -> Any:
        if not isinstance(id, str):
            raise KeyError(id)
        if self._fallback is None:
            try:
                return self._shard(id)[id]
            except Miss:
                pass
        return self._fresh()[id]

    def __iter__(self) -> Iterator[str]:
        if self._fallback is None:
            try:
                order = self._order if self._order is not None else self._entry.load(ORDER)
                if isinstance(order, list) and len(order) == self._count:
                    return iter(order)
            except Miss:
                pass
        return iter(self._fresh())

    def __len__(self) -> int:
        return self._count if self._fallback is None else len(self._fallback)


class Stored(Mapping[str, str]):
    """A string mapping kept in one file of the entry (a small section's name index, the
    combination products), read when first asked for; ``fresh`` gives it from the rules parsed
    afresh if the file does not check out."""

    def __init__(
        self, entry: Entry, name: str, fresh: Callable[[Rules], Mapping[str, str]]
    ) -> None:
        self._entry = entry
        self._name = name
        self._fresh = fresh
        self._found: Mapping[str, str] | None = None

    def _get(self) -> Mapping[str, str]:
        if self._found is None:
            try:
                found = self._entry.load(self._name)
                if not isinstance(found, dict):
                    raise Miss(self._name)
                self._found = found
            except Miss:
                self._found = self._fresh(self._entry.fresh())
        return self._found

    def __getitem__(self, key: str) -> str:
        return self._get()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


def shard_of(id: str, shards: int) -> int:
    """Which medication shard holds an id (stable across runs and machines)."""
    return zlib.crc32(id.encode("utf-8", "surrogateescape")) % shards


def discard(folder: Path) -> None:
    """Remove a cache folder, quietly."""
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
