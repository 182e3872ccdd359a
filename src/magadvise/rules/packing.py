"""Writing a cache entry's files: compact JSON, each file's digest kept for the entry's header.

Most of what the cache writes is lists of names (the name index: about three per medicine, in
two sorted orders). ``json.dumps`` spends ~400 ns on each string; a list of strings that need no
escaping (no quote, backslash or control character: every ordinary name) is joined directly,
four to five times faster, and decodes to the same list. Anything else goes through ``json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from magadvise.rules.shards import SLOT, digest, index_of, slot

_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f]')


def dump(value: object) -> bytes:
    """Compact UTF-8 JSON of any value (no NaN or infinity)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def strings(values: list[str]) -> str:
    """The JSON array of a list of strings (the same text ``dump`` gives, decoded)."""
    if not values:
        return "[]"
    if _NEEDS_ESCAPE.search("".join(values)) is not None:
        return json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return '["' + '","'.join(values) + '"]'


def columns(value: list[list[str]]) -> bytes:
    """Compact JSON of a list of string lists (a chunk of the name index)."""
    return ("[" + ",".join(map(strings, value)) + "]").encode()


def string_list(value: list[str]) -> bytes:
    """Compact JSON of a list of strings."""
    return strings(value).encode()


class Staging:
    """Files written one by one into the staging folder, each digest kept for the header."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: dict[str, str] = {}

    def put(self, name: str, value: Any, encode: Callable[[Any], bytes] = dump) -> None:
        raw = encode(value)
        (self.folder / name).write_bytes(raw)
        self.files[name] = digest(raw)

    def pack(self, name: str, values: Iterable[Any], encode: Callable[[Any], bytes] = dump) -> int:
        """Write values one after another into one file, and its index (see shards.Pack): for
        each part, its offset, length and digest. Returns the number of parts."""
        index = bytearray()
        offset = 0
        with (self.folder / name).open("wb") as handle:
            for value in values:
                raw = encode(value)
                handle.write(raw)
                index += slot(offset, raw)
                offset += len(raw)
        self.files[name] = "pack"  # its parts are checked one by one, against the index
        self.put(index_of(name), bytes(index), bytes)
        return len(index) // SLOT
