"""Writing a parse cache entry (see cache): the sections' shards, the name indexes, the core.

Imported only on a first call, when the rules were parsed and validated and are stored for next
time; a warm call never loads it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from magadvise import SCHEMA_VERSION, __version__
from magadvise.rules import cachedir
from magadvise.rules.cache import (
    COMBINATIONS,
    CORE,
    FOLDER,
    FORMAT,
    MAGIC,
    RXNORM_CODES,
    SECTIONS,
    Layers,
    cache_dir,
    entry_dir,
    versioned,
)
from magadvise.rules.shards import (
    NAMES,
    ORDER,
    SHARDED,
    bounds_of,
    digest,
    discard,
    names_of,
    pack_of,
    shard_of,
)

if TYPE_CHECKING:
    from magadvise.rules.packing import Staging
    from magadvise.rules.ruleset import Rules, Section

# Entries per shard: a shard is a few kilobytes, so a lookup decodes little however large the
# section (medications are short entries; sources and classes carry notes and advice).
PER_SHARD = {SHARDED: 16}
PER_SHARD_OTHER = 4


def write(path: Path, layers: Layers, rules: Rules) -> None:
    """Store validated rules for next time; if that fails, say so once and go on.

    ``layers``: (file name, the bytes parsed, its status just before they were read, when).
    """
    root = cache_dir()
    if root is None:
        cachedir.warn("no home folder for the parse cache (set MAGADVISE_CACHE_DIR)")
        return
    folder = versioned(root)
    try:
        if cachedir.is_refused(root) or cachedir.is_refused(folder):
            return
        cachedir.make_private(folder)
        if not cachedir.trusted(root, folder):
            return
        _write(root, path, layers, rules)
        cachedir.drop_older_formats(root, FOLDER, FORMAT)
    except Exception as exc:  # an unwritable cache must never stop the command
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        cachedir.warn(f"cannot write the parse cache in {root} ({reason}); going on without it")


def _write(root: Path, path: Path, layers: Layers, rules: Rules) -> None:
    import tempfile

    from magadvise.rules.packing import Staging, dump

    source = str(Path(path).absolute())
    entry = entry_dir(root, source)
    with cachedir.removed_on_signal(entry.parent):
        staging = Path(tempfile.mkdtemp(prefix=cachedir.staging_prefix(), dir=entry.parent))
        try:
            out = Staging(staging)
            body = _body(rules, layers, out)
            header = {
                "magic": MAGIC,
                "format": FORMAT,
                "program": __version__,
                "schema": SCHEMA_VERSION,
                "layers": [
                    [str(Path(name).absolute()), digest(raw), recorded, checked]
                    for name, raw, recorded, checked in layers[:-1]
                ]
                + [[source, digest(layers[-1][1]), layers[-1][2], layers[-1][3]]],
                "files": out.files,
                "body": digest(body),
            }
            (staging / CORE).write_bytes(dump(header) + b"\n" + body)
            _publish(staging, entry)
        finally:
            if staging.exists():
                discard(staging)


def _body(rules: Rules, layers: Layers, out: Staging) -> bytes:
    """Write the sections' shards and the name indexes; return the core body that describes
    them (the rest of the rules, the file order of every small section, the layers)."""
    from magadvise.rules.packing import dump

    sharded = {
        key: _shard(key, section, out)
        for key, section in rules.data.items()
        if key == SHARDED or key in SECTIONS
    }
    name_count = _name_index(rules, out)
    sections: dict[str, Section[Any]] = {
        key: getattr(rules, name) for key, name in SECTIONS.items()
    }
    for key, section in sections.items():
        if key in rules.data:
            out.put(names_of(key), dict(section.names))
    out.put(COMBINATIONS, dict(rules.combinations))
    out.put(RXNORM_CODES, dict(rules.rxnorm_codes))
    layer_names = [layer[0] for layer in layers]
    number_of = {name: number for number, name in enumerate(layer_names)}
    return dump(
        {
            "keys": list(rules.data),
            "data": {key: value for key, value in rules.data.items() if key not in sharded},
            "sharded": sharded,
            "names": name_count,
            "layer_names": layer_names,
            "origins": {
                key: number_of.get(name, len(layers) - 1) for key, name in rules.origins.items()
            },
        }
    )


def _shard(key: str, section: dict[str, Any], out: Staging) -> dict[str, Any]:
    """Write one section's shards (``<key>.pack``); its description for the core body."""
    from magadvise.rules.packing import string_list

    per_shard = PER_SHARD.get(key, PER_SHARD_OTHER)
    shards = max(1, -(-len(section) // per_shard))
    buckets: list[dict[str, Any]] = [{} for _ in range(shards)]
    for id, raw in section.items():
        buckets[shard_of(id, shards)][id] = raw
    out.pack(pack_of(key), buckets)
    if key == SHARDED:  # a formulary's ids: read only when the medications are listed
        out.put(ORDER, list(section), string_list)
        return {"count": len(section), "shards": shards}
    return {"count": len(section), "shards": shards, "order": list(section)}


def _name_index(rules: Rules, out: Staging) -> int:
    """Write the medication names: file order, and the sorted chunks both ways; the count."""
    from magadvise.rules.nameindex import CHUNK, MemoryNames
    from magadvise.rules.packing import columns, string_list

    index = rules.medications.names
    if not isinstance(index, MemoryNames):
        raise TypeError("the medication names were not built by validation")
    out.put(NAMES, list(index.owner), string_list)
    for side, reverse in (("forward", False), ("reverse", True)):
        keys = index.sorted_columns(reverse)[0]
        load = index.chunk_loader(reverse)
        out.pack(pack_of(side), map(load, range(-(-len(keys) // CHUNK))), columns)
        out.put(bounds_of(side), keys[::CHUNK], string_list)
    return len(index)


def _publish(staging: Path, entry: Path) -> None:
    """Rename the finished entry into place; an older one is moved aside first."""
    try:
        staging.replace(entry)
        return
    except OSError:
        pass
    aside = entry.parent / f"{cachedir.STAGING[1]}{os.getpid()}-{os.urandom(4).hex()}"
    try:
        entry.replace(aside)
    except OSError:
        return  # somebody else is replacing it right now: theirs will do
    with contextlib.suppress(OSError):  # a concurrent writer may have got there first
        staging.replace(entry)
    discard(aside)
