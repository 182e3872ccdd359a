"""A parse cache that cannot lie: validated rules as checksummed JSON, checked against content.

One entry per rules file (and program and schema version), a folder under the user's cache
directory (see cachedir: private, swept, refused when others can write it). ``core.json`` holds
a header with the BLAKE2b digest of every layer's bytes and of every other file in the entry,
and a small body: the sections that are not keyed by id, the file order of each small section,
and where the rest is. Every id-keyed section (sources, formulations, goals, classes,
medications, conditions, foods) is split into shards of a few entries by a hash of the id, in
one pack file per section with a binary index of offsets and digests (see shards); medication
names are a sorted index in chunks (see nameindex); the small sections' name indexes are one
file each. All are read on demand, so a warm call decodes a few small pieces, not the rules:
about 20 kB for ``cautions`` with ten medicines, however large the formulary and however its
names cluster.

Content key. Each layer's digest is taken from the bytes that were parsed, and with it the
file's status as it was just before they were read: size, modification and change times in
nanoseconds, inode and device. A warm call compares that status instead of reading and hashing
the file (17 ms for a 13.5 MB file). That is as safe as the hash: no edit can keep all five (a
write changes the change time, and no program can set it back; ``touch -d`` and ``utime`` set
it to now; a file replaced by renaming has another inode), except one made within the same
clock tick as the status was taken. So a status taken less than ``RACY_NS`` after the file last
changed is not trusted (the file is hashed, as git does for "racily clean" files), until a warm
call finds the bytes unchanged and the file older, and records the status again.
Windows keeps no change time (its ``st_ctime`` is when the file was created), so there a
program can put size and modification time back after an edit: the status proves nothing, and
every warm call hashes each layer (3 ms for a 20,000-medicine file).

Anything that does not check out (a different layer, a bad digest, JSON of the wrong shape, a
missing or unreadable file) is a miss: the rules are parsed and validated afresh, never taken
from the cache. Entries are written to a staging folder and renamed into place, so readers never
see half an entry. JSON only: nothing in the cache can execute code.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from magadvise import SCHEMA_VERSION, __version__
from magadvise.rules import cachedir
from magadvise.rules.cachedir import cache_dir
from magadvise.rules.shardnames import NameIndex
from magadvise.rules.shards import (
    SHARDED,
    Entries,
    Entry,
    Miss,
    Stored,
    digest,
    names_of,
    read_source,
)

if TYPE_CHECKING:
    from magadvise.rules.ruleset import Rules

__all__ = ["cache_dir", "entry_dir", "read", "write"]

FORMAT = 5
FOLDER = "rules-v"  # the entries of a cache format are in <FOLDER><FORMAT>
MAGIC = "magadvise-rules-cache"
CORE = "core.json"
COMBINATIONS = "combinations.json"
RXNORM_CODES = "rxnorm-codes.json"
# The id-keyed sections (``Rules`` attribute for each), sharded like the medications.
SECTIONS = {
    "sources": "sources",
    "formulations": "formulations",
    "goals": "goals",
    "medication_classes": "classes",
    "conditions": "conditions",
    "foods": "foods",
}
RACY_NS = 3_000_000_000  # a status this close to the file's last change is not trusted
STATUS_PROVES_CONTENT = sys.platform != "win32"  # no change time on Windows: always hash

Stamp = list[int]
Layers = list[tuple[str, bytes, Stamp, int]]


def stamp(name: str) -> Stamp:
    """What a file's status says about its content: size, mtime, ctime (ns), inode, device."""
    info = Path(name).stat()
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


def _settled(recorded: Stamp, checked: int) -> bool:
    """True if the file had not changed for RACY_NS when its status was taken."""
    return max(recorded[1], recorded[2]) < checked - RACY_NS


def versioned(root: Path) -> Path:
    """The folder of this cache format's entries."""
    return root / f"{FOLDER}{FORMAT}"


def entry_dir(root: Path, source: str) -> Path:
    """The entry for one rules file, program version and schema version."""
    key = f"{MAGIC}\0{FORMAT}\0{__version__}\0{SCHEMA_VERSION}\0{source}"
    name = digest(key.encode("utf-8", "surrogateescape"))[:32]
    return versioned(root) / name


def _header(raw: bytes) -> tuple[dict[str, Any], bytes]:
    """The checked header of an entry's core file, and the body it vouches for."""
    first, newline, body = raw.partition(b"\n")
    header = json.loads(first) if newline else None
    if not isinstance(header, dict) or (
        header.get("magic"),
        header.get("format"),
        header.get("program"),
        header.get("schema"),
    ) != (MAGIC, FORMAT, __version__, SCHEMA_VERSION):
        raise Miss("foreign or outdated entry")
    if header.get("body") != digest(body) or not isinstance(header.get("files"), dict):
        raise Miss("core body does not match its digest")
    return header, body


def read(path: Path, option: str | None) -> Rules | None:
    """The cached rules for this file, or None when the cache cannot vouch for them."""
    root = cache_dir()
    if root is None:
        return None
    cachedir.new_run()
    try:
        if not cachedir.trusted(root, versioned(root)):
            return None
        cachedir.sweep(versioned(root))
        return _read(root, path, option)
    except Exception:  # a cache is never trusted and never fatal
        return None


def _unchanged(layers: list[Any]) -> bool:
    """Check every layer against its recorded status, or its bytes against their digest.

    Returns True if a layer was hashed and found unchanged and its status is worth recording
    (never where the status proves nothing: see STATUS_PROVES_CONTENT).
    """
    hashed = False
    for name, expected, recorded, checked in layers:
        with contextlib.suppress(OSError):
            if STATUS_PROVES_CONTENT and stamp(name) == recorded and _settled(recorded, checked):
                continue
        if digest(read_source(name)) != expected:
            raise Miss("a layer changed")
        hashed = True
    return hashed and STATUS_PROVES_CONTENT


def _restamp(entry: Path, header: dict[str, Any], body: bytes) -> None:
    """Record the layers' status again, now that their bytes were found unchanged."""
    layers = []
    for name, expected, _recorded, _checked in header["layers"]:
        checked = time.time_ns()
        layers.append([name, expected, stamp(name), checked])
    if not all(_settled(layer[2], layer[3]) for layer in layers):
        return
    from magadvise.rules.packing import dump

    raw = dump({**header, "layers": layers}) + b"\n" + body
    temporary = entry.parent / f"{cachedir.staging_prefix()}{os.urandom(4).hex()}"
    try:
        temporary.write_bytes(raw)
        temporary.replace(entry / CORE)
    finally:
        temporary.unlink(missing_ok=True)


def _read(root: Path, path: Path, option: str | None) -> Rules:
    from magadvise.rules.ruleset import Rules

    source = str(Path(path).absolute())
    entry = entry_dir(root, source)
    try:
        raw = (entry / CORE).read_bytes()
    except OSError:
        raise Miss(CORE) from None
    header, body = _header(raw)
    layers = header.get("layers")
    if not isinstance(layers, list) or not layers or layers[-1][0] != source:
        raise Miss("another file")
    if _unchanged(layers):
        with contextlib.suppress(OSError):
            _restamp(entry, header, body)
    doc = json.loads(body)
    data, sharded = doc["data"], doc["sharded"]
    if not isinstance(data, dict) or not isinstance(sharded, dict):
        raise Miss("wrong shape")
    layer_names: list[str] = [*doc["layer_names"][:-1], str(path)]
    origins = {key: layer_names[number] for key, number in doc["origins"].items()}
    reader = Entry(entry, option if option is not None else str(path), header)
    names: dict[str, Any] = {}
    for key in doc["keys"]:
        found = sharded.get(key)
        if found is None:
            continue
        data[key] = Entries(
            reader, key, int(found["count"]), found.get("order"), int(found["shards"])
        )
        if key in SECTIONS:
            names[key] = Stored(reader, names_of(key), _names_in(SECTIONS[key]))
    names[SHARDED] = NameIndex(reader, int(doc["names"]))
    combinations = Stored(reader, COMBINATIONS, lambda fresh: fresh.combinations)
    codes = Stored(reader, RXNORM_CODES, lambda fresh: fresh.rxnorm_codes)
    rules = {key: data[key] for key in doc["keys"]}
    return Rules(rules, str(path), origins, names, combinations, codes)


def _names_in(section: str) -> Callable[[Rules], Mapping[str, str]]:
    """How to find a section's name index in rules parsed afresh."""
    return lambda fresh: getattr(fresh, section).names


def write(path: Path, layers: Layers, rules: Rules) -> None:
    """Store validated rules for next time; if that fails, say so once and go on (see
    cachewrite, imported only when a cache is written).

    ``layers``: (file name, the bytes parsed, its status just before they were read, when).
    """
    from magadvise.rules.cachewrite import write as write_entry

    write_entry(path, layers, rules)
