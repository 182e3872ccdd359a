"""The cached medication names: the sorted name index read chunk by chunk (see nameindex)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

from magadvise.rules.nameindex import CHUNK, Chunk, Names, Sorted, in_memory
from magadvise.rules.shards import NAMES, Entry, Miss, bounds_of, pack_of

T = TypeVar("T")


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
        self._chunks: dict[tuple[str, int], Chunk] = {}
        self._fallback: Names | None = None
        self._index = Names(_Owner(self), self._sorted("forward"), self._sorted("reverse"))

    def _sorted(self, side: str) -> Callable[[], Sorted]:
        def make() -> Sorted:
            firsts = self._entry.load(bounds_of(side))
            pack = pack_of(side)
            if not isinstance(firsts, list) or len(firsts) != self._entry.parts(pack):
                raise Miss(side)
            return Sorted(firsts, lambda number: self._chunk(pack, number, firsts))

        return make

    def _chunk(self, pack: str, number: int, firsts: list[str]) -> Chunk:
        """Chunk ``number``, only if it starts with the name the bounds give for it and holds
        as many names as the index cut into it (all ``CHUNK`` but the last)."""
        known = self._chunks.get((pack, number))
        if known is not None:
            return known
        columns = self._entry.part(pack, number)
        size = min(CHUNK, self._count - number * CHUNK)  # every chunk is full but the last
        if (
            not isinstance(columns, list)
            or len(columns) != (1 if pack == pack_of("reverse") else 3)
            or not all(isinstance(column, list) for column in columns)
            or len(columns[0]) != size
            or columns[0][:1] != firsts[number : number + 1]
            or (len(columns) == 3 and len(columns[1]) != len(columns[0]))
            or (len(columns) == 3 and len(columns[2]) not in (0, len(columns[0])))
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
