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
import stat
import sys
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from magadvise import SCHEMA_VERSION, __version__
from magadvise.errors import Problem, RulesError

try:  # hashlib.blake2b's own C module: the same function without loading OpenSSL (~2 ms)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - Pythons without it
    from hashlib import blake2b

if TYPE_CHECKING:
    from magadvise.rules.ruleset import Rules, Section

ENV_CACHE_DIR = "MAGADVISE_CACHE_DIR"
FORMAT = 1
MAGIC = "magadvise-rules-cache"
CORE = "core.json"
ORDER = "order.json"
NAMES = "names.json"
SHARDED = "medications"
PER_SHARD = 256
MAX_SOURCE_BYTES = 32 * 1024 * 1024
PREFIX = 2


class Miss(Exception):
    """The cache cannot answer: read the rules file instead."""


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


def digest(data: bytes) -> str:
    """The content digest stored and checked for every file."""
    return blake2b(data, digest_size=32).hexdigest()


def entry_dir(root: Path, source: str) -> Path:
    """The entry for one rules file, program version and schema version."""
    key = f"{MAGIC}\0{FORMAT}\0{__version__}\0{SCHEMA_VERSION}\0{source}"
    name = blake2b(key.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
    return root / f"rules-v{FORMAT}" / name


def _read_source(name: str) -> bytes:
    """A layer's bytes, only from a regular file of sane size (never block on a pipe)."""
    try:
        file = Path(name)
        info = file.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SOURCE_BYTES:
            raise Miss(name)
        with file.open("rb") as handle:
            return handle.read(MAX_SOURCE_BYTES + 1)
    except OSError:
        raise Miss(name) from None


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


class Entry:
    """One cache entry being read: files checked against the header before they are used."""

    def __init__(self, folder: Path, option: str, header: dict[str, Any]) -> None:
        self.folder = folder
        self.option = option
        self.files: dict[str, Any] = header["files"]
        self.layers: list[Any] = header["layers"]
        self._fresh: Rules | None = None

    def load(self, name: str) -> Any:
        """A shard's JSON, if its bytes match the digest the header recorded."""
        expected = self.files.get(name)
        try:
            raw = (self.folder / name).read_bytes()
        except OSError:
            raise Miss(name) from None
        if expected is None or digest(raw) != expected:
            raise Miss(name)
        try:
            return json.loads(raw)
        except ValueError:
            raise Miss(name) from None

    def fresh(self) -> Rules:
        """The rules parsed afresh, when a shard turns out bad after the core was read."""
        if self._fresh is None:
            from magadvise.rules.load import load_rules

            rules = load_rules(self.option, use_cache=False)
            try:
                now = [digest(_read_source(name)) for name, _ in self.layers]
            except Miss:
                now = []
            if now != [expected for _, expected in self.layers]:
                message = "the rules file changed while magadvise was reading it; run again"
                raise RulesError([Problem(self.option, None, None, message)])
            self._fresh = rules
            discard(self.folder)
        return self._fresh


class Entries(Mapping[str, Any]):
    """The medications, read shard by shard (by a hash of the id) when first asked for."""

    def __init__(self, entry: Entry, count: int, shards: int) -> None:
        self._entry = entry
        self._count = count
        self._shards = shards
        self._loaded: dict[int, dict[str, Any]] = {}
        self._fallback: Mapping[str, Any] | None = None

    def _shard(self, number: int) -> dict[str, Any]:
        shard = self._loaded.get(number)
        if shard is None:
            shard = self._entry.load(f"m-{number}.json")
            if not isinstance(shard, dict):
                raise Miss("shard")
            self._loaded[number] = shard
        return shard

    def _fresh(self) -> Mapping[str, Any]:
        if self._fallback is None:
            self._fallback = self._entry.fresh().data.get(SHARDED, {})
        return self._fallback

    def __getitem__(self, id: str) -> Any:
        if not isinstance(id, str):
            raise KeyError(id)
        if self._fallback is None:
            try:
                return self._shard(shard_of(id, self._shards))[id]
            except Miss:
                pass
        return self._fresh()[id]

    def __iter__(self) -> Iterator[str]:
        if self._fallback is None:
            try:
                order = self._entry.load(ORDER)
                if isinstance(order, list) and len(order) == self._count:
                    return iter(order)
            except Miss:
                pass
        return iter(self._fresh())

    def __len__(self) -> int:
        return self._count if self._fallback is None else len(self._fallback)


class NameIndex(Mapping[str, str]):
    """Normalized name -> medication id, sharded by the name's first letters.

    Prefix shards answer both an exact lookup and a completion of what was typed so far.
    Iteration (for "did you mean") reads every shard and keeps the order of the rules file.
    """

    def __init__(self, entry: Entry, prefixes: dict[str, int], count: int) -> None:
        self._entry = entry
        self._prefixes = prefixes
        self._count = count
        self._loaded: dict[int, dict[str, tuple[Any, Any, Any]]] = {}
        self._keys: list[str] | None = None
        self._fallback: Mapping[str, str] | None = None

    def _shard(self, number: int) -> dict[str, tuple[Any, Any, Any]]:
        shard = self._loaded.get(number)
        if shard is None:
            rows = self._entry.load(f"n-{number}.json")
            try:
                shard = {row[0]: (row[1], row[2], row[3]) for row in rows}
            except (TypeError, IndexError, KeyError):
                raise Miss("names") from None
            self._loaded[number] = shard
        return shard

    def _fresh(self) -> Mapping[str, str]:
        if self._fallback is None:
            self._fallback = self._entry.fresh().medications.names
        return self._fallback

    def __getitem__(self, key: str) -> str:
        if not isinstance(key, str):
            raise KeyError(key)
        if self._fallback is None:
            number = self._prefixes.get(key[:PREFIX])
            if number is None:
                raise KeyError(key)
            try:
                id: str = self._shard(number)[key][0]
                return id
            except Miss:
                pass
        return self._fresh()[key]

    def _rows(self, numbers: list[int]) -> list[tuple[int, str, str, str]]:
        """(position, name, id, display) for the names in these shards, in file order."""
        rows = []
        for number in sorted(set(numbers)):
            for key, (id, display, position) in self._shard(number).items():
                rows.append((position, key, id, display))
        rows.sort()
        return rows

    def __iter__(self) -> Iterator[str]:
        if self._fallback is None:
            if self._keys is None:
                try:
                    keys = self._entry.load(NAMES)  # one read, not every shard
                    if isinstance(keys, list) and len(keys) == self._count:
                        self._keys = keys
                except Miss:
                    pass
            if self._keys is not None:
                return iter(self._keys)
        return iter(self._fresh())

    def __len__(self) -> int:
        return self._count if self._fallback is None else len(self._fallback)

    def starting_with(self, start: str) -> list[tuple[str, str]] | None:
        """(name as the rules write it, id) for normalized names that start so; None if unsure."""
        if self._fallback is not None:
            return None
        wanted = [n for p, n in self._prefixes.items() if p.startswith(start[:PREFIX])]
        try:
            rows = self._rows(wanted)
        except Miss:
            return None
        return [(display, id) for _, key, id, display in rows if key.startswith(start)]


def shard_of(id: str, shards: int) -> int:
    """Which medication shard holds an id (stable across runs and machines)."""
    return zlib.crc32(id.encode("utf-8", "surrogateescape")) % shards


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
    top = digest(_read_source(source))
    entry = entry_dir(root, source)
    header, body = _header(entry)
    layers = header.get("layers")
    if not isinstance(layers, list) or not layers or layers[-1] != [source, top]:
        raise Miss("top layer changed")
    for name, expected in layers[:-1]:
        if digest(_read_source(name)) != expected:
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


def discard(folder: Path) -> None:
    """Remove a cache folder, quietly."""
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
