"""A parse cache that cannot lie: validated rules as checksummed JSON, checked against content.

One entry per rules file (and program and schema version), a folder under the user's cache
directory: ``core.json`` holds every section but the medications, the name indexes of the small
sections and a header with the BLAKE2b digest of every layer's bytes and of every other file in
the entry. The medications and their name index are split into small shards read on demand, so
a 20,000-medicine formulary costs two small reads per lookup. Anything that does not check out
(a different layer content, a bad digest, JSON of the wrong shape, a missing or unreadable file)
is a miss: the rules are parsed and validated afresh, never taken from the cache. Entries are
written to a temporary folder and renamed into place, so readers never see half an entry.
JSON only: nothing in the cache can execute code.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from magadvise import SCHEMA_VERSION, __version__
from magadvise.rules.shards import (
    NAMES,
    ORDER,
    PREFIX,
    SHARDED,
    Entries,
    Entry,
    Miss,
    NameIndex,
    digest,
    discard,
    read_source,
    shard_of,
)

if TYPE_CHECKING:
    from magadvise.rules.ruleset import Rules, Section

ENV_CACHE_DIR = "MAGADVISE_CACHE_DIR"
FORMAT = 1
MAGIC = "magadvise-rules-cache"
CORE = "core.json"
PER_SHARD = 256


def cache_dir() -> Path | None:
    """Where caches live: ``$MAGADVISE_CACHE_DIR``, else the platform's user cache folder."""
    override = os.environ.get(ENV_CACHE_DIR, "")
    if override:
        return Path(override).expanduser()
    try:
        home = Path.home()
    except (RuntimeError, KeyError):  # no home directory: no cache
        return None
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA", "")
        return (Path(local) if local else home / "AppData" / "Local") / "magadvise" / "Cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "magadvise"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".cache") / "magadvise"


def entry_dir(root: Path, source: str) -> Path:
    """The entry for one rules file, program version and schema version."""
    key = f"{MAGIC}\0{FORMAT}\0{__version__}\0{SCHEMA_VERSION}\0{source}"
    name = digest(key.encode("utf-8", "surrogateescape"))[:32]
    return root / f"rules-v{FORMAT}" / name


def _header(entry: Path) -> tuple[dict[str, Any], bytes]:
    """The checked header of an entry's core file, and the body it vouches for."""
    try:
        raw = (entry / CORE).read_bytes()
    except OSError:
        raise Miss(CORE) from None
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
    try:
        return _read(root, path, option)
    except Exception:  # a cache is never trusted and never fatal
        return None


def _read(root: Path, path: Path, option: str | None) -> Rules:
    from magadvise.rules.ruleset import Rules

    source = str(Path(path).absolute())
    top = digest(read_source(source))
    entry = entry_dir(root, source)
    header, body = _header(entry)
    layers = header.get("layers")
    if not isinstance(layers, list) or not layers or layers[-1] != [source, top]:
        raise Miss("top layer changed")
    for name, expected in layers[:-1]:
        if digest(read_source(name)) != expected:
            raise Miss("a layer changed")
    doc = json.loads(body)
    data, names, sharded = doc["data"], doc["names"], doc["sharded"]
    if not isinstance(data, dict) or not isinstance(names, dict) or not isinstance(sharded, dict):
        raise Miss("wrong shape")
    layer_names: list[str] = [*doc["layer_names"][:-1], str(path)]
    origins = {key: layer_names[number] for key, number in doc["origins"].items()}
    reader = Entry(entry, option if option is not None else str(path), header)
    data[SHARDED] = Entries(reader, int(sharded["count"]), int(sharded["shards"]))
    names[SHARDED] = NameIndex(reader, dict(sharded["prefixes"]), int(sharded["names"]))
    return Rules(data, str(path), origins, names)


def write(path: Path, layers: list[tuple[str, bytes]], rules: Rules) -> None:
    """Store validated rules for next time; any failure just leaves the cache as it was."""
    root = cache_dir()
    if root is None:
        return
    try:
        _write(root, path, layers, rules)
    except Exception:  # an unwritable cache must never stop the command
        return


def _dump(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def _write(root: Path, path: Path, layers: list[tuple[str, bytes]], rules: Rules) -> None:
    import tempfile

    source = str(Path(path).absolute())
    entry = entry_dir(root, source)
    entry.parent.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {}
    medications = rules.data.get(SHARDED, {})
    shards = max(1, -(-len(medications) // PER_SHARD))
    buckets: list[dict[str, Any]] = [{} for _ in range(shards)]
    for id, raw in medications.items():
        buckets[shard_of(id, shards)][id] = raw
    for number, bucket in enumerate(buckets):
        files[f"m-{number}.json"] = _dump(bucket)
    files[ORDER] = _dump(list(medications))
    prefixes, name_count = _name_shards(rules, files)
    sections: dict[str, Section[Any]] = {
        "sources": rules.sources,
        "formulations": rules.formulations,
        "goals": rules.goals,
        "medication_classes": rules.classes,
        "conditions": rules.conditions,
        "foods": rules.foods,
    }
    names = {key: dict(section.names) for key, section in sections.items() if key in rules.data}
    layer_names = [name for name, _ in layers]
    number_of = {name: number for number, name in enumerate(layer_names)}
    body = _dump(
        {
            "data": {key: value for key, value in rules.data.items() if key != SHARDED},
            "names": names,
            "sharded": {
                "count": len(medications),
                "shards": shards,
                "names": name_count,
                "prefixes": prefixes,
            },
            "layer_names": layer_names,
            "origins": {
                key: number_of.get(name, len(layers) - 1) for key, name in rules.origins.items()
            },
        }
    )
    header = {
        "magic": MAGIC,
        "format": FORMAT,
        "program": __version__,
        "schema": SCHEMA_VERSION,
        "layers": [[str(Path(name).absolute()), digest(raw)] for name, raw in layers[:-1]]
        + [[source, digest(layers[-1][1])]],
        "files": {name: digest(content) for name, content in files.items()},
        "body": digest(body),
    }
    files[CORE] = _dump(header) + b"\n" + body
    staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=entry.parent))
    try:
        for name, content in files.items():
            (staging / name).write_bytes(content)
        _publish(staging, entry)
    finally:
        if staging.exists():
            discard(staging)
    _sweep(entry.parent)


def _sweep(folder: Path, older_than: float = 3600) -> None:
    """Remove what writers killed mid-write left behind (never a folder still being written)."""
    import time

    for left in folder.iterdir():
        if left.name.startswith((".tmp-", ".old-")):
            with contextlib.suppress(OSError):
                if time.time() - left.stat().st_mtime > older_than:
                    discard(left)


def _name_shards(rules: Rules, files: dict[str, bytes]) -> tuple[dict[str, int], int]:
    """Write the medication name index as prefix shards; return prefix -> shard and the count."""
    from magadvise.rules.names import entry_names, normalize

    # The index Section.names would build (same keys, same owners, same order), and for each
    # name its spelling in the rules, preferring the display name over the id.
    index: dict[str, str] = {}
    display: dict[str, str] = {}
    for id, raw in rules.data.get(SHARDED, {}).items():
        spellings = entry_names(id, raw)
        keys = [normalize(spelling) for spelling in spellings]
        for key in keys:
            index.setdefault(key, id)
        spellings[0] = id.replace("-", " ")
        for key, spelling in zip(keys[1:] + keys[:1], spellings[1:] + spellings[:1], strict=True):
            if index[key] == id:
                display.setdefault(key, spelling)
    rules.medications.__dict__.setdefault("names", index)  # spare the caller building it again
    files[NAMES] = _dump(list(index))
    by_prefix: dict[str, list[list[Any]]] = {}
    for position, (key, id) in enumerate(index.items()):
        by_prefix.setdefault(key[:PREFIX], []).append([key, id, display[key], position])
    prefixes: dict[str, int] = {}
    shard: list[list[Any]] = []
    number = 0
    for prefix in sorted(by_prefix):
        if shard and len(shard) + len(by_prefix[prefix]) > PER_SHARD:
            files[f"n-{number}.json"] = _dump(shard)
            shard, number = [], number + 1
        shard.extend(by_prefix[prefix])
        prefixes[prefix] = number
    files[f"n-{number}.json"] = _dump(shard)
    return prefixes, len(index)


def _publish(staging: Path, entry: Path) -> None:
    """Rename the finished entry into place; an older one is moved aside first."""
    try:
        staging.replace(entry)
        return
    except OSError:
        pass
    aside = entry.parent / f".old-{os.getpid()}-{os.urandom(4).hex()}"
    try:
        entry.replace(aside)
    except OSError:
        return  # somebody else is replacing it right now: theirs will do
    with contextlib.suppress(OSError):  # a concurrent writer may have got there first
        staging.replace(entry)
    discard(aside)
