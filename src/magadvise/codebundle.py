"""The modules a run imports, compiled, kept together, so a run does not look for each one.

A warm ``cautions`` run imports some ninety magadvise modules and, after its first lines, some
hundred more of Python's and of its dependencies' (Typer, Rich, PyYAML). For each, Python's import
system searches the folders on ``sys.path``, checks the source's status, opens and reads the cached
bytecode (``__pycache__``) and validates its header: about 60 microseconds a module before its
code runs, some 10 ms a run. ``install`` serves those modules from one file in the cache folder
instead: its index read at start, the file mapped into memory (``mmap``: the page cache's copy,
not one of the process's own), then for each module one status check of its source.

Never a stale or foreign module:

- an entry is used only while its source file has the size and modification time (to the
  nanosecond) it had when the entry was made; otherwise the module is imported as usual and
  the entry replaced at exit. Editing a module or installing another version changes them (an
  edit that kept both would be missed, as Python's own bytecode cache, which compares whole
  seconds, would miss it too);
- the file's name carries the folder magadvise is installed in, Python's installation
  (``sys.prefix``) and its bytecode magic number;
- magadvise's own modules are served only from this installation's folder; any other module only
  from Python's standard library or this Python's site-packages folders, and only while
  ``sys.path`` is the one it was found under (the same list of folders, in the same order, after
  the first: so a module that ``PYTHONPATH`` would now find first is imported as usual). The
  first folder (the script's, or the current one under ``python -m``) is listed once instead: a
  ``json.py`` there is imported, as Python would, and running from another folder is no miss.
  Each other folder counts with its modification time, as Python's own finder counts it: a
  module or package put in (or taken out of) a folder searched first means the usual import;
- its body is covered by a CRC-32, and each module's code by its own: a torn or damaged file is
  ignored whole, a damaged module is imported as usual;
- the folder is trusted as the rules cache's is (only this user can write it: the trust a
  ``__pycache__`` folder gets), and the file is bounded in size. magadvise replaces the file by
  renaming a new one over it, never by writing into it (a file mapped into memory and cut short
  in place by another program would stop the run);
- with ``--no-cache``, or where no cache folder can be used, nothing is installed.

Modules are still what the import system makes of a spec: ``__file__``, ``__spec__.origin``,
a package's ``__path__`` and its code's file name are the source's, and the loader is a source
file's (its ``get_source``, ``get_data`` and package resources), so tracebacks, ``inspect`` and
package data are unchanged. Extension modules (``.so``, ``.pyd``) are imported as
usual. New entries are written once, when the process ends (an ``atexit`` hook).
"""

from __future__ import annotations

import _imp
import contextlib
import marshal
import mmap
import os
import stat
import sys
import zlib
from importlib.machinery import ModuleSpec, SourceFileLoader, all_suffixes
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import ModuleType
from typing import Any

FORMAT = b"magadvise-code 3\n"
MAX_BYTES = 32 * 1024 * 1024
HERE = str(Path(__file__).resolve().parent) + os.sep  # where this installation's sources are
STDLIB = os.path.dirname(os.__file__) + os.sep  # noqa: PTH120 - Python's standard library

# name -> (source path, size, mtime_ns, is package, offset, length, CRC-32 of the code,
# the search path's key: see _search_key)
Entry = tuple[str, int, int, bool, int, int, int, int]

_entries: dict[str, Entry] = {}
_codes: dict[str, bytes | memoryview] = {}  # each module's marshalled code, served or recorded
_map: list[Any] = []  # the bundle mapped into memory, and where its codes start
_roots: tuple[str, ...] = (HERE,)  # where a module may be served from (see install)
_search: list[int] = [0]  # this run's search path's key
_fresh: set[str] = set()  # imported the usual way in this run: to record at exit
_listing: set[str] = set()  # the names in sys.path's first folder (see _shadowed)
_first: dict[str, bool] = {}  # top-level name -> a module of that name is in that folder
_file: Path | None = None


class BundleFinder:
    """A meta path finder for magadvise's own modules, from the entries read at start."""

    @classmethod
    def find_spec(cls, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        entry = _entries.get(name)
        if entry is not None and _served(name, entry) and _current(entry):
            code = _codes[name] = _code(entry)
            if zlib.crc32(code) == entry[6]:
                loader = BundleLoader(name, entry[0])
                spec = ModuleSpec(name, loader, origin=entry[0], is_package=entry[3])
                spec.has_location = True
                if entry[3]:
                    spec.submodule_search_locations = [str(Path(entry[0]).parent)]
                return spec
        _fresh.add(name)
        return None


def _served(name: str, entry: Entry) -> bool:
    """True for one of this installation's own modules, or another module found in the standard
    library or a site-packages folder under the search path this run has, and not in its first
    folder."""
    origin = entry[0]
    if origin.startswith(HERE):
        return True
    return entry[7] == _search[0] and origin.startswith(_roots) and not _shadowed(name)


def _shadowed(name: str) -> bool:
    """True if ``sys.path``'s first folder, which the search path's key leaves out, holds a
    module or a package of the top-level name (Python would import that one). The folder is
    listed once a run, as Python's own finder lists it."""
    top = name.partition(".")[0]
    if top not in _first:
        folder = (sys.path or [""])[0] or "."
        if not _listing:
            with contextlib.suppress(OSError):
                _listing.update(os.listdir(folder))  # noqa: PTH208
            _listing.add("")
        found = any(top + suffix in _listing for suffix in all_suffixes())
        if top in _listing:  # a folder is a package if it has an __init__ module
            init = os.path.join(folder, top, "__init__")  # noqa: PTH118
            found = found or any(os.path.isfile(init + end) for end in all_suffixes())  # noqa: PTH113
        _first[top] = found
    return _first[top]


def _search_key() -> int:
    """A CRC-32 of ``sys.path`` after its first folder: the folders a module is looked for in,
    in order, each with its modification time (it changes when a file or folder is put in or
    taken out). The first is the script's folder, or the current one under ``python -m``:
    running from another folder is no miss (``_shadowed`` looks in it)."""
    folders = []
    for folder in sys.path[1:]:
        changed = -1
        with contextlib.suppress(OSError, ValueError):
            changed = os.stat(folder).st_mtime_ns  # noqa: PTH116
        folders.append(f"{folder}\0{changed}")
    return zlib.crc32("\0".join(folders).encode("utf-8", "surrogateescape"))


def _site_roots() -> tuple[str, ...]:
    """This installation's folder, the standard library's, and this Python's site-packages
    (each as written and as resolved: a ``lib64`` link finds the same modules)."""
    import site

    sites = [*getattr(site, "getsitepackages", list)()]
    if site.ENABLE_USER_SITE:
        sites.append(site.getusersitepackages())
    found = {form + os.sep for p in sites for form in (p, str(Path(p).resolve()))}
    return (HERE, STDLIB, *sorted(found))


def _current(entry: Entry) -> bool:
    """True if the entry's source still has the size and modification time recorded."""
    try:
        status = os.stat(entry[0])  # noqa: PTH116 - no Path object per module
    except OSError:
        return False
    return (status.st_size, status.st_mtime_ns) == entry[1:3]


class BundleLoader(SourceFileLoader):
    """A source file's loader that runs the module's code from its entry, under the source's
    name (as Python's own loader does with a ``__pycache__`` file written elsewhere)."""

    def exec_module(self, module: ModuleType) -> None:
        code = marshal.loads(_codes[module.__name__])
        _imp._fix_co_filename(code, self.path)  # type: ignore[attr-defined]
        exec(code, module.__dict__)


def bundle_path(root: Path) -> Path:
    """This installation's bundle in the cache folder ``root``."""
    where = HERE + "\0" + sys.prefix
    key = zlib.crc32(where.encode("utf-8", "surrogateescape") + MAGIC_NUMBER)
    return root / f"code-{key:08x}.bin"


def install(root: Path | None) -> bool:
    """Serve magadvise's modules from the bundle in the cache folder ``root`` for the rest of
    this process (None: no cache folder, nothing done). Never raises."""
    global _file
    if _file is not None or root is None:
        return _file is not None
    with contextlib.suppress(Exception):
        path = bundle_path(root)
        global _roots
        _roots, _search[0] = _site_roots(), _search_key()
        with contextlib.suppress(Exception):
            _read(path)
        _file = path
        import atexit

        atexit.register(save)
        sys.meta_path.insert(0, BundleFinder)
        return True
    return False


def _read(path: Path) -> None:
    """Map the bundle and read its index: the format line, the index's CRC-32 and length
    (eight hex digits each), the index, then each module's code, read (and checked by its own
    CRC-32) only when that module is imported: a run reads the code of the modules it uses,
    however many the file holds."""
    from magadvise.rules.cachedir import untrusted

    if untrusted(path.parent) is not None:
        return
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))  # a FIFO never waits
    try:
        status = os.fstat(descriptor)
        if not (stat.S_ISREG(status.st_mode) and 0 < status.st_size <= MAX_BYTES):
            return
        view = memoryview(mmap.mmap(descriptor, 0, access=mmap.ACCESS_READ))
    finally:
        os.close(descriptor)  # the map keeps its own
    start = len(FORMAT) + 16
    head = bytes(view[:start])
    if len(head) != start or not head.startswith(FORMAT):
        return
    check, length = int(head[len(FORMAT) : start - 8], 16), int(head[start - 8 :], 16)
    index = view[start : start + length]
    if len(index) != length or zlib.crc32(index) != check:
        return
    _entries.update(marshal.loads(index))
    _map[:] = [view, start + length]


def _code(entry: Entry) -> memoryview | bytes:
    """An entry's marshalled code, from the bundle (empty if it cannot be read)."""
    if not _map:
        return b""
    view: memoryview = _map[0]
    at = _map[1] + entry[4]
    return view[at : at + entry[5]]


def _entry(name: str) -> tuple[Entry, bytes] | None:
    """An entry and its code for the module ``name`` as imported the usual way in this run."""
    module = sys.modules.get(name)
    spec = getattr(module, "__spec__", None)
    loader = getattr(spec, "loader", None)
    source = str(getattr(spec, "origin", None) or "")
    if not (source.endswith(".py") and source.startswith(_roots) and hasattr(loader, "get_code")):
        return None
    status = os.stat(source)  # noqa: PTH116
    from magadvise.pycache import current_code

    data = current_code(source, status, MAX_BYTES)
    if data is None:
        code = loader.get_code(name)  # type: ignore[union-attr]
        if code is None or os.stat(source).st_mtime_ns != status.st_mtime_ns:  # noqa: PTH116
            return None
        data = marshal.dumps(code)
    package = spec.submodule_search_locations is not None  # type: ignore[union-attr]
    crc, search = zlib.crc32(data), _search[0]
    return (source, status.st_size, status.st_mtime_ns, package, 0, len(data), crc, search), data


def save() -> None:
    """Record the modules this run imported the usual way (an ``atexit`` hook; never raises)."""
    if not _fresh or _file is None:
        return
    with contextlib.suppress(Exception):
        from magadvise import pycache  # noqa: F401 - imported before the names are read
        from magadvise.rules import cachefile

        added = {name: found for name in [*_fresh] if (found := _entry(name)) is not None}
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
            index[name] = (*entry[:4], offset, len(data), *entry[6:])
            offset += len(data)
        head = marshal.dumps(index)
        check = b"%08x%08x" % (zlib.crc32(head), len(head))
        blob = b"".join((FORMAT, check, head, *(data for _, data in kept.values())))
        _unmap([data for _, data in kept.values()])  # Windows cannot replace a mapped file
        cachefile.write_bytes(_file, blob, MAX_BYTES)


def _unmap(views: list[bytes | memoryview]) -> None:
    """Let go of the bundle's map, once every code read from it (``views`` and the served
    modules') is no longer needed."""
    whole = _map[0].obj if _map else None
    for view in (*views, *_codes.values(), *_map[:1]):
        if isinstance(view, memoryview):
            view.release()
    _codes.clear()
    _map.clear()
    if whole is not None:
        with contextlib.suppress(BufferError):
            whole.close()
