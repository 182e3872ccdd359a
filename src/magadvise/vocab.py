"""A drug vocabulary for names the rules do not know: what a name is, never what it does.

The vocabulary is the ``drug-named-entity-recognition`` package (MIT licence; about 20,000
drugs and 107,000 generic names, brands and synonyms drawn from DrugBank, the NHS and
Wikipedia). Importing it takes about two seconds, so it is never imported on the warm path:
the first time a name is not in the rules, its variant -> generic table is copied into a
small SQLite index in magadvise's cache folder (keyed by the size and modification time of
the package's data file, so an upgrade rebuilds it), and every later look-up is one indexed
query. Where no cache folder can be written, the package is read directly (slow, still right).

Only :func:`recognise` is public. A name it recognises is still *not assessed* unless the
rules review that generic: the vocabulary says what a medicine is, the rules say what it does
with magnesium.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from magadvise.record import Record

PACKAGE = "drug_named_entity_recognition"
DISTRIBUTION = "drug-named-entity-recognition"
_DATA_FILE = "drug_ner_dictionary.pkl.bz2"
_FORMAT = 1


class Recognised(Record):
    """A name the vocabulary knows.

    ``generic`` is the vocabulary's generic (lower case, e.g. ``"apixaban"`` for ``Eliquis``;
    a combination reads ``"abacavir, dolutegravir, and lamivudine"``); ``matched`` is the
    comparison key that matched; ``drugbank_id`` is DrugBank's accession where the vocabulary
    carries one (``"DB06605"``).
    """

    generic: str
    matched: str
    drugbank_id: str | None


def recognise(keys: Iterable[str]) -> Recognised | None:
    """The first of ``keys`` (normalised names, most literal first) that the vocabulary knows.

    Returns None when none is known, or when the vocabulary package is not installed (the
    name then stays an unknown; nothing is ever reported as assessed on this basis).
    """
    wanted = [key for key in dict.fromkeys(keys) if key]
    if not wanted:
        return None
    data = _data_file()
    if data is None:
        return None
    index = _index_path(data)
    if index is not None and not _loaded:
        with contextlib.suppress(_NoIndex):
            return _query(index, wanted)
    fresh = not _loaded
    table = _table()
    if index is not None and fresh:
        _build(index, table)
    return next((table[key] for key in wanted if key in table), None)


_loaded: dict[str, Recognised] = {}  # the table, once this process has read the package


class _NoIndex(Exception):
    """The SQLite index is absent or unusable: read the package instead."""


def _data_file() -> Path | None:
    """The package's data file, found without importing the package (which is slow)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / _DATA_FILE
    return path if path.is_file() else None


def _index_path(data: Path) -> Path | None:
    """Where the SQLite copy of this version of the vocabulary lives, or None (no cache)."""
    from magadvise.rules.cache import cache_dir

    root = cache_dir()
    if root is None:
        return None
    stat = data.stat()
    return root / f"vocabulary-{_FORMAT}-{stat.st_size}-{stat.st_mtime_ns}.sqlite"


def _query(index: Path, keys: list[str]) -> Recognised | None:
    """Look ``keys`` up in the SQLite index; raises _NoIndex if it is absent or unusable."""
    import sqlite3

    try:
        db = _open(index)
        for key in keys:
            row = db.execute(
                "SELECT generic, drugbank_id FROM variant WHERE name = ?", (key,)
            ).fetchone()
            if row is not None:
                return Recognised(row[0], key, row[1])
    except sqlite3.Error as error:
        raise _NoIndex from error
    return None


_connections: dict[Path, Any] = {}  # one read-only connection per index, for this process


def _open(index: Path) -> Any:
    """A read-only connection to the index, opened once per process (ten unknown names cost
    one connection); raises _NoIndex if the index is absent."""
    db = _connections.get(index)
    if db is None:
        if not index.is_file():
            raise _NoIndex
        import sqlite3

        db = _connections[index] = sqlite3.connect(f"{index.as_uri()}?mode=ro", uri=True)
    return db


def _table() -> dict[str, Recognised]:
    """Every variant the vocabulary package knows, keyed like the rules' names."""
    from drug_named_entity_recognition import drugs_finder  # the slow import: ~2 s

    from magadvise.rules.names import normalize

    if _loaded:
        return _loaded
    canon = drugs_finder.drug_canonical_to_data or drugs_finder.d["drug_canonical_to_data"]
    table = _loaded
    for variant, generics in drugs_finder.d["drug_variant_to_canonical"].items():
        if not generics:
            continue
        generic = generics[0]
        entry = canon.get(generic, {})
        drugbank = entry.get("drugbank_id") if isinstance(entry, dict) else None
        key = normalize(variant)
        table.setdefault(key, Recognised(generic.lower(), key, drugbank or None))
    return table


def _build(index: Path, table: dict[str, Recognised]) -> None:
    """Write the SQLite index atomically (a temporary file, then a rename); never fail the run."""
    import sqlite3

    staging = index.with_name(f".tmp-{os.getpid()}-{os.urandom(4).hex()}-{index.name}")
    try:
        index.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.closing(sqlite3.connect(staging)) as db:
            db.execute(
                "CREATE TABLE variant (name TEXT PRIMARY KEY, generic TEXT, drugbank_id TEXT)"
            )
            db.executemany(
                "INSERT OR IGNORE INTO variant VALUES (?, ?, ?)",
                ((key, r.generic, r.drugbank_id) for key, r in table.items()),
            )
            db.commit()
        staging.replace(index)
    except (OSError, sqlite3.Error):
        pass  # no cache: the next unknown name reads the package again
    finally:
        with contextlib.suppress(OSError):
            staging.unlink()
