"""One whole-file cache entry in the cache folder: read only if intact, written atomically.

``read`` and ``write`` keep the compiled text patterns (:mod:`magadvise.patterns`): a file is
its format line, the CRC-32 of its body as eight hex digits, then the body (a ``marshal``
dump), read only from a folder only this user can write
(:func:`magadvise.rules.cachedir.untrusted`), only up to ``limit`` bytes, and only if the format
line and the check value match. ``write_bytes`` writes any such file (the compiled modules of
:mod:`magadvise.codebundle` too, which has a layout of its own) to a staging file, then renames
it into place, so a reader never sees half of it and concurrent writers each leave a whole file.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import zlib
from pathlib import Path
from typing import Any

from magadvise.rules.cachedir import make_private, staging_prefix, sweep, untrusted


def _check(body: bytes | memoryview) -> bytes:
    return b"%08x" % zlib.crc32(body)


def read(path: Path, form: bytes, limit: int) -> object:
    """The body of the file at ``path``, unmarshalled; None if it is missing, in a folder
    others can write, over ``limit`` bytes, of another format or damaged. Never raises."""
    try:
        if untrusted(path.parent) is not None:
            return None
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > limit:
                return None
            raw = handle.read()  # sized by the file's status: no buffer of ``limit`` bytes
        size = len(form) + 8
        body = memoryview(raw)[size:]
        if len(raw) > limit or raw[:size] != form + _check(body):
            return None
        return marshal.loads(body)
    except Exception:  # a cache is never fatal
        return None


def write(path: Path, form: bytes, value: Any, limit: int) -> None:
    """Write ``value`` (marshalled, after ``form`` and its check value) to ``path``; see
    ``write_bytes``. Never raises."""
    with contextlib.suppress(Exception):
        body = marshal.dumps(value)
        write_bytes(path, form + _check(body) + body, limit)


def write_bytes(path: Path, data: bytes, limit: int) -> None:
    """Write ``data`` to ``path`` by way of a staging file, unless its folder cannot be made
    private or the file would exceed ``limit`` bytes. Never raises."""
    try:
        make_private(path.parent)
        if untrusted(path.parent) is not None or len(data) > limit:
            return
        sweep(path.parent)  # what a writer killed mid-write left
        staging = path.with_name(f"{staging_prefix()}{path.name}")
        try:
            with staging.open("xb") as handle:
                handle.write(data)
            staging.replace(path)
        finally:
            staging.unlink(missing_ok=True)
    except Exception:  # a cache is never fatal
        return
