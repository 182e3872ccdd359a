"""Compiled regular expressions kept between runs, so a warm run does not compile them again.

magadvise reads free text (typed lists, sig lines, records) with a few hundred regular
expressions, and Python compiles each one on first use in every process: parsing it and
generating its matching code takes 0.05-2 ms a pattern, about 16 ms for a typed list of ten
medicines, more than the rest of that run's own work. The compiled form is a list of integers
(the SRE code ``re.compile`` hands to ``_sre.compile``) that depends only on the pattern text,
its flags and the Python build. ``install`` keeps those lists in one file in the cache folder
and hands them back to ``_sre.compile`` on later runs: the same pattern object ``re.compile``
would make, without the parse.

Never trusted blindly, never fatal, never a different pattern:

- an entry is keyed by the exact pattern text and flags; the file's name carries the Python
  version and the SRE magic number, so another Python never reads it;
- the file holds a CRC-32 of its body: a torn or damaged file is ignored as a whole (the folder
  is private, so a check against accidents, as Python's own bytecode cache has);
- ``_sre.compile`` checks the code it is given (``RuntimeError`` on invalid code): such an
  entry is compiled afresh;
- the folder is trusted as the rules cache's is (``rules.cachedir``: only this user can write
  it); a file over ``MAX_BYTES`` or ``MAX_PATTERNS`` entries is not read or grown;
- only on CPython 3.11-3.13, whose ``re`` compiler has the shape relied on here; elsewhere, and
  with ``--no-cache`` (``magadvise.cli``), nothing is installed and ``re`` works as it always
  does.

New patterns are written once, when the process ends (an ``atexit`` hook), to a staging file
then renamed into place: concurrent runs each write a whole file, and the last one wins.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

MAGIC = b"magadvise-patterns 1\n"
MAX_BYTES = 8 * 1024 * 1024
MAX_PATTERNS = 4096

Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_store: dict[tuple[str, int], Entry] = {}
_added = 0
_file: Path | None = None


def _engine() -> Any:
    """The regular-expression engine's C module, ``_sre`` (it has no type stubs)."""
    import importlib

    return importlib.import_module("_sre")


def supported() -> bool:
    """True on a Python whose regular-expression compiler this module knows."""
    return (
        sys.implementation.name == "cpython"
        and (3, 11) <= sys.version_info[:2] <= (3, 13)
        and memoryview(bytes(8)).cast("I").itemsize == _engine().CODESIZE
        and callable(getattr(getattr(re, "_compiler", None), "compile", None))
    )


def store_path(root: Path) -> Path:
    """This Python's pattern file in the cache folder ``root``."""
    version = "".join(str(part) for part in sys.version_info[:3])
    return root / f"patterns-cp{version}-{_engine().MAGIC}.bin"


def install(root: Path | None) -> bool:
    """Serve compiled patterns from the cache folder ``root`` for the rest of this process
    (None: no cache folder, nothing done). Returns True if installed. Never raises: anything
    unusable leaves ``re`` as it was."""
    global _file
    if _file is not None or root is None:
        return _file is not None
    try:
        from magadvise.rules import cachefile

        if not supported():
            return False
        path = store_path(root)
        loaded = cachefile.read(path, MAGIC, MAX_BYTES)
        if isinstance(loaded, dict) and len(loaded) <= MAX_PATTERNS:
            _store.update(loaded)
    except Exception:  # a cache is never fatal
        return False
    _file = path
    import atexit

    compiler: Any = re._compiler  # type: ignore[attr-defined]
    atexit.register(save)
    compiler.compile = _compiling(compiler.compile)
    return True


def _compiling(original: Any) -> Any:
    """``re._compiler.compile`` served from the store, recording what it compiles afresh."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _sre = _engine()

    def compile(p: Any, flags: int = 0) -> Any:  # the name re calls
        global _added
        if type(p) is not str or flags & re.DEBUG:
            return original(p, flags)
        key = (p, flags)
        entry = _store.get(key)
        if entry is not None:
            try:
                code = memoryview(entry[1]).cast("I").tolist()
                return _sre.compile(p, entry[0], code, *entry[2:])
            except Exception:  # not this build's code after all: compile it afresh
                del _store[key]
        from array import array  # a new pattern only: its code kept as bytes

        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (flags | parsed.state.flags, array("I", code).tobytes(),
                 parsed.state.groups - 1, groupindex, tuple(indexgroup))  # fmt: skip
        if len(_store) < MAX_PATTERNS:
            _store[key] = entry
            _added += 1
        return _sre.compile(p, entry[0], code, *entry[2:])

    return compile


def save() -> None:
    """Write the store if this run compiled new patterns (an ``atexit`` hook; never raises)."""
    global _added
    if not _added or _file is None:
        return
    _added = 0
    from magadvise.rules import cachefile

    cachefile.write(_file, MAGIC, _store, MAX_BYTES)
