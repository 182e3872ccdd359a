"""The medication name index: normalized names sorted, cut into chunks, found by binary search.

A formulary's names cluster however they like (coded ids that all start ``rx``, thousands of
names starting ``ca``), so the index is not split by first letters: rows ``(name, id,
spelling)`` are sorted by name and cut into chunks of at most ``CHUNK`` rows, and the first
name of each chunk says which one chunk can hold a name (``bisect``). An exact lookup reads one
chunk, a completion reads the chunks its prefix spans, whatever the spelling of the names.

"Did you mean" reads the same way. A single typo (a letter wrong, missing, extra, or two letters
swapped) leaves either the first or the last half of the name intact, so the candidates are the
names sharing the first half (the forward index, near where the typo sorts) and the names
sharing the last half (a second index sorted by the reversed name). At most ``WINDOW`` chunks
are read on each side, those nearest where the typo sorts (where the names sharing the longest
start or end are), so ten typos in 100,000 names cost ten times two small reads, not ten scans
of every name. A name with a typo in each half may get no suggestion; it is still reported as
not assessed, never guessed.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping
from operator import itemgetter
from typing import Any

from magadvise.rules.names import entry_names, normalize

CHUNK = 256
NEIGHBOURS = 128  # names read on each side of where a typo sorts, in each index
_END = "\U0010ffff"

# A chunk is three columns: names, ids, and spellings (empty where the name is spelt as is);
# the reverse index's chunks have one, the reversed names (a typo's neighbours are only names).
# Columns, not rows: built with list comprehensions and read by json without a list per name.
Chunk = list[list[str]]


def claim(
    id: str, raw: dict[str, Any], owner: dict[str, str], spellings: list[str]
) -> list[tuple[str, str]]:
    """Record an entry's names (first entry wins); return (name, owner) for names already taken.

    ``owner`` maps each normalized name to the id that claimed it; ``spellings`` gets, for each
    name added to ``owner`` (in the same order), how the rules write it: the display name,
    brands and aliases come before the id, so ``Lasix`` is kept rather than ``lasix``. Each name
    is normalized once, here, for validation and the index alike (one pass over a formulary's
    names on every first call: no generator, no set unless two entries clash).
    """
    texts = entry_names(id, raw)
    texts[0] = id.replace("-", " ")
    texts.append(texts.pop(0))
    taken: list[tuple[str, str]] = []
    for text in texts:
        key = normalize(text)
        first = owner.get(key)
        if first is None:
            if key:
                owner[key] = id
                spellings.append(text)
        elif first != id and (key, first) not in taken:
            taken.append((key, first))
    return taken


class Sorted:
    """Sorted names in chunks: ``bounds`` holds each chunk's first name, ``load`` reads one."""

    def __init__(self, bounds: list[str], load: Callable[[int], Chunk]) -> None:
        self.bounds = bounds
        self.load = load

    def _chunk_of(self, key: str) -> int:
        return max(0, bisect_right(self.bounds, key) - 1)

    def find(self, key: str) -> str | None:
        """The id for ``key``, or None."""
        found = self.spelled(key)
        return found[0] if found is not None else None

    def spelled(self, key: str) -> tuple[str, str] | None:
        """(id, the name as the rules write it) for ``key``, or None: one chunk read."""
        if not self.bounds:
            return None
        names, ids, spellings = self.load(self._chunk_of(key))
        at = bisect_left(names, key)
        if at == len(names) or names[at] != key:
            return None
        return ids[at], (spellings[at] if spellings else "") or key

    def around(self, start: str, near: str, count: int) -> list[str]:
        """Names starting with ``start``: up to ``count`` on each side of where ``near`` sorts
        (reading the chunk it sorts into, and a neighbouring one only where the run goes on),
        in sorted order (so that ranking ties fall the same way whatever the chunk size)."""
        if not self.bounds:
            return []
        number = self._chunk_of(near)
        rows = middle = self.load(number)[0]
        at = bisect_left(rows, near)
        before: list[str] = []
        chunk, cut = number, at
        while True:  # backwards: the run of names with the start, ending just before ``near``
            first = bisect_left(rows, start, 0, cut)
            before += reversed(rows[max(first, cut - (count - len(before))) : cut])
            if first > 0 or len(before) >= count or chunk == 0:
                break
            chunk -= 1
            rows = self.load(chunk)[0]
            cut = len(rows)
        after: list[str] = []
        chunk, rows = number, middle
        while True:  # forwards: from ``near`` on, while names have the start
            last = bisect_left(rows, start + _END, at)
            after += rows[at : min(last, at + count - len(after))]
            if last < len(rows) or len(after) >= count or chunk + 1 == len(self.bounds):
                break
            chunk += 1
            rows, at = self.load(chunk)[0], 0
        return before[::-1] + after

    def prefixed(self, start: str) -> Iterator[tuple[str, str, str]]:
        """(name, id, spelling) for names starting with ``start``, in order (chunks are read
        as the names are asked for)."""
        if not self.bounds:
            return
        low, high = self._chunk_of(start), self._chunk_of(start + _END)
        for number in range(low, high + 1):
            names, ids, spellings = self.load(number)
            at = bisect_left(names, start)
            while at < len(names) and names[at].startswith(start):
                yield names[at], ids[at], (spellings[at] if spellings else "") or names[at]
                at += 1


def chunks(columns: Chunk) -> Callable[[int], Chunk]:
    """Chunk ``n`` of sorted columns (names, ids, spellings), cut on demand; a spelling that is
    the name itself is left empty."""

    def load(number: int) -> Chunk:
        cut = slice(number * CHUNK, (number + 1) * CHUNK)
        if len(columns) == 1:  # the reverse index: names only
            return [columns[0][cut]]
        names, ids, spellings = columns[0][cut], columns[1][cut], columns[2][cut]
        if not spellings:
            return [names, ids, []]
        shown = [text if text != name else "" for text, name in zip(spellings, names, strict=True)]
        return [names, ids, shown]

    return load


class Names(Mapping[str, str]):
    """Normalized name -> medication id, with completion and "did you mean" through the index.

    ``owner`` is the mapping itself (a dict built while validating, or the cache's reader);
    ``forward`` and ``reverse`` make the sorted indexes when first needed.
    """

    def __init__(
        self,
        owner: Mapping[str, str],
        forward: Callable[[], Sorted],
        reverse: Callable[[], Sorted],
    ) -> None:
        self._owner = owner
        self._make_forward = forward
        self._make_reverse = reverse
        self._forward: Sorted | None = None
        self._reverse: Sorted | None = None

    def forward(self) -> Sorted:
        if self._forward is None:
            self._forward = self._make_forward()
        return self._forward

    def reverse(self) -> Sorted:
        if self._reverse is None:
            self._reverse = self._make_reverse()
        return self._reverse

    def __getitem__(self, key: str) -> str:
        return self._owner[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._owner)

    def __len__(self) -> int:
        return len(self._owner)

    def starting_with(self, start: str, limit: int | None = None) -> list[tuple[str, str]]:
        """(name as the rules write it, id) for names starting with ``start``, in name order;
        at most ``limit`` of them."""
        out: list[tuple[str, str]] = []
        for _name, id, shown in self.forward().prefixed(start):
            if limit is not None and len(out) >= limit:
                break
            out.append((shown, id))
        return out

    def spelled(self, key: str) -> tuple[str, str] | None:
        """(id, the name as the rules write it: ``Lasix`` for ``lasix``) for ``key``, or None.

        The spelling is the entry's first of display name, brands, aliases and id (hyphens as
        spaces) that normalizes to ``key``: no medication is read to show it.
        """
        return self.forward().spelled(key)

    def near(self, key: str) -> list[str]:
        """Names that share the first or the last half of ``key``: where a typo's match is."""
        if not key:
            return []
        half = max(1, (len(key) - 1) // 2)
        found = self.forward().around(key[:half], key, NEIGHBOURS)
        backwards = key[::-1]
        found += [
            name[::-1] for name in self.reverse().around(backwards[:half], backwards, NEIGHBOURS)
        ]
        return list(dict.fromkeys(found))


class MemoryNames(Names):
    """The index over names validated in this run; sorted only when completion, a typo or the
    cache writer first asks (and then once)."""

    def __init__(self, owner: dict[str, str], spellings: list[str] | None) -> None:
        super().__init__(owner, self._forward_index, self._reverse_index)
        self.owner = owner
        self.spelt = spellings is not None  # else every name is shown as its key
        self.spellings = spellings if spellings is not None else list(owner)
        self._sorted: dict[bool, Chunk] = {}

    def spelled(self, key: str) -> tuple[str, str] | None:
        """As ``Names.spelled``; None when this index was built without the spellings."""
        return super().spelled(key) if self.spelt else None

    def sorted_columns(self, reverse: bool) -> Chunk:
        """Names (or reversed names), ids and spellings (forward only), sorted by name; once.

        Sorted as positions, then gathered: no name is hashed or looked up again.
        """
        if reverse not in self._sorted:
            if reverse:  # names only: "did you mean" reads names, never an id
                self._sorted[reverse] = [sorted([key[::-1] for key in self.owner])]
                return self._sorted[reverse]
            names = list(self.owner)
            order = sorted(range(len(names)), key=names.__getitem__)
            gather = itemgetter(*order) if len(order) > 1 else lambda items: tuple(items)
            spellings = list(gather(self.spellings))
            columns = [list(gather(names)), list(gather(list(self.owner.values()))), spellings]
            self._sorted[reverse] = columns
        return self._sorted[reverse]

    def chunk_loader(self, reverse: bool) -> Callable[[int], Chunk]:
        """What ``Sorted`` reads: chunk n of the forward or reverse index."""
        return chunks(self.sorted_columns(reverse))

    def _forward_index(self) -> Sorted:
        return Sorted(self.sorted_columns(False)[0][::CHUNK], self.chunk_loader(False))

    def _reverse_index(self) -> Sorted:
        return Sorted(self.sorted_columns(True)[0][::CHUNK], self.chunk_loader(True))


def in_memory(owner: dict[str, str], spellings: list[str]) -> MemoryNames:
    """The index over names validated in this run (``spellings`` in ``owner``'s order)."""
    return MemoryNames(owner, spellings if len(spellings) == len(owner) else None)
