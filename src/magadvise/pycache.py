"""The compiled code in a source file's ``__pycache__`` file, when that file is current.

:mod:`magadvise.codebundle` records a module imported the usual way from the bytes Python ran
it from, so they need no unmarshalling and marshalling again.
"""

from __future__ import annotations

import contextlib
import os
from importlib.util import MAGIC_NUMBER, cache_from_source


def current_code(source: str, status: os.stat_result, limit: int) -> bytes | None:
    """The marshalled code in the source's ``__pycache__`` file, if that file is current for the
    source as Python checks it (its magic number, a timestamp header, the source's whole-second
    modification time and size), else None: a module imported the usual way was run from it, so
    its bytes need no unmarshalling and marshalling again."""
    with contextlib.suppress(OSError, ValueError, NotImplementedError):
        with open(cache_from_source(source), "rb") as file:  # noqa: PTH123
            data = file.read(limit)
        header = (
            MAGIC_NUMBER,
            (0).to_bytes(4, "little"),
            (int(status.st_mtime) & 0xFFFFFFFF).to_bytes(4, "little"),
            (status.st_size & 0xFFFFFFFF).to_bytes(4, "little"),
        )
        if data[:16] == b"".join(header):
            return data[16:]
    return None
