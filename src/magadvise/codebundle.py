"""magadvise's own compiled modules kept together, so a run does not look for each one.

A warm ``cautions`` run imports some ninety magadvise modules. For each, Python's import system
searches the package folder, checks the source's status, opens and reads the cached bytecode
(``__pycache__``) and validates its header: about 60 microseconds a module before its code
runs, some 5 ms a run. ``install`` serves those modules from one file in the cache folder
instead: its index read at start, then for each module one status check of its source and one
read of its code.

Never a stale or foreign module:

- an entry is used only while its source file has the size and modification time (to the
  nanosecond) it had when the entry was made; otherwise the module is imported as usual and
  the entry replaced at exit. Editing a module or installing another version changes them (an
  edit that kept both would be missed, as Python's own bytecode cache, which compares whole
  seconds, would miss it too);
- the file's name carries the folder magadvise is installed in and Python's bytecode magic
  number, and an entry is used only for a source inside this installation's folder;
- its body is covered by a CRC-32: a torn or damaged file is ignored whole;
- the folder is trusted as the rules cache's is (only this user can write it: the trust a
  ``__pycache__`` folder gets), and the file is bounded in size;
- with ``--no-cache``, or where no cache folder can be used, nothing is installed.

Modules are still what the import system makes of a spec: ``__file__``, ``__spec__.origin``
and a package's ``__path__`` are the source's, so tracebacks, ``inspect`` and package data are
unchanged. New entries are written once, when the process ends (an ``atexit`` hook).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from importlib.machinery import ModuleSpec
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import ModuleType
from typing import Any

FORMAT = b"magadvise-code 2\n"
MAX_BYTES = 32 * 1024 * 1024
PACKAGE = "magadvise"
HERE = str(Path(__file__).resolve().parent) + os.sep  # where this installation's sources are

# name -> (source path, size, mtime_ns, is package, offset, length, CRC-32 of the code)
Entry = tuple[str, int, int, bool, int, int, int]

_entries: dict[str, Entry] = {}
_codes: dict[str, bytes] = {}  # the marshalled code of each module served or recorded
_open: list[int] = []  # the bundle's file descriptor and where its codes start
_fresh: set[str] = set()  # imported the usual way in this run: to record at exit
_file: Path | None = None


class BundleFinder:
    """A meta path finder for magadvise's own modules, from the entries read at start."""

    @classmethod
    def find_spec(cls, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if not name.startswith(PACKAGE + ".") and name != PACKAGE:
            return None
        entry = _entries.get(name)
        if entry is not None and entry[0].startswith(HERE) and _current(entry):
            code = _codes[name] = _code(entry)
            if zlib.crc32(code) == entry[6]:
                spec = ModuleSpec(name, LOADER, origin=entry[0], is_package=entry[3])
                spec.has_location = True
                if entry[3]:
                    spec.submodule_search_locations = [str(Path(entry[0]).parent)]
                return spec
        _fresh.add(name)
        return None


def _current(entry: Entry) -> bool:
    """True if the entry's source still has the size and modification time recorded."""
    try:
        status = os.stat(entry[0])  # noqa: PTH116 - no Path object per module
    except OSError:
        return False
    return (status.st_size, status.st_mtime_ns) == entry[1:3]


class BundleLoader:
    """Runs a module's code from its entry."""

    @staticmethod
    def create_module(spec: ModuleSpec) -> ModuleType | None:
        return None

    @staticmethod
    def exec_module(module: ModuleType) -> None:
        exec(marshal.loads(_codes[module.__name__]), module.__dict__)


LOADER: Any = BundleLoader


def bundle_path(root: Path) -> Path:
    """This installation's bundle in the cache folder ``root``."""
    key = zlib.crc32(HERE.encode("utf-8", "surrogateescape") + MAGIC_NUMBER)
    return root / f"code-{key:08x}.bin"


def install(root: Path | None) -> bool:
    """Serve magadvise's modules from the bundle in the cache folder ``root`` for the rest of
    this process (None: no cache folder, nothing done). Never raises."""
    global _file
    if _file is not None or root is None:
        return _file is not None
    with contextlib.suppress(Exception):
        path = bundle_path(root)
        with contextlib.suppress(Exception):
            _read(path)
        _file = path
        import atexit

        atexit.register(save)
        sys.meta_path.insert(0, BundleFinder)
        return True
    return False


def _read(path: Path) -> None:
    """Open the bundle and read its index: the format line, the index's CRC-32 and length
    (eight hex digits each), the index, then each module's code, read (and checked by its own
    CRC-32) only when that module is imported: a run reads the code of the modules it uses,
    however many the file holds."""
    from magadvise.rules.cachedir import untrusted

    if untrusted(path.parent) is not None:
        return
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    start = len(FORMAT) + 16
    head = os.read(descriptor, start)
    if len(head) != start or not head.startswith(FORMAT):
        os.close(descriptor)
        return
    check, length = int(head[len(FORMAT) : start - 8], 16), int(head[start - 8 :], 16)
    index = os.read(descriptor, length) if length <= MAX_BYTES else b""
    if len(index) != length or zlib.crc32(index) != check:
        os.close(descriptor)
        return
    _entries.update(marshal.loads(index))
    _open[:] = [descriptor, start + length]  # left open for the run; the exit closes it


def _code(entry: Entry) -> bytes:
    """An entry's marshalled code, from the bundle (empty if it cannot be read)."""
    try:
        os.lseek(_open[0], _open[1] + entry[4], os.SEEK_SET)
        return os.read(_open[0], entry[5])
    except (OSError, IndexError):
        return b""


def _entry(name: str) -> tuple[Entry, bytes] | None:
    """An entry and its code for the module ``name`` as imported the usual way in this run."""
    module = sys.modules.get(name)
    spec = getattr(module, "__spec__", None)
    loader = getattr(spec, "loader", None)
    origin = getattr(spec, "origin", None)
    if not (origin and str(origin).endswith(".py") and hasattr(loader, "get_code")):
        return None
    status = Path(origin).stat()
    code = loader.get_code(name)  # type: ignore[union-attr]
    if code is None or Path(origin).stat().st_mtime_ns != status.st_mtime_ns:
        return None
    package = spec.submodule_search_locations is not None  # type: ignore[union-attr]
    data = marshal.dumps(code)
    entry = (origin, status.st_size, status.st_mtime_ns, package, 0, len(data), zlib.crc32(data))
    return entry, data


def save() -> None:
    """Record the modules this run imported the usual way (an ``atexit`` hook; never raises)."""
    if not _fresh or _file is None:
        return
    with contextlib.suppress(Exception):
        from magadvise.rules import cachefile

        added = {name: found for name in _fresh if (found := _entry(name)) is not None}
        _fresh.clear()
        if not added:
            return
        kept = {}  # the entries still current and intact, then this run's
        for name, entry in _entries.items():
            data = _codes.get(name) or _code(entry)
            if _current(entry) and zlib.crc32(data) == entry[6]:
                kept[name] = (entry, data)
        kept.update(added)
        index: dict[str, Entry] = {}
        offset = 0
        for name, (entry, data) in kept.items():
            index[name] = (*entry[:4], offset, len(data), entry[6])
            offset += len(data)
        head = marshal.dumps(index)
        check = b"%08x%08x" % (zlib.crc32(head), len(head))
        blob = b"".join(data for _, data in kept.values())
        cachefile.write_bytes(_file, b"".join((FORMAT, check, head, blob)), MAX_BYTES)
