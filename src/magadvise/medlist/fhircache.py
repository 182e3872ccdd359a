"""What a FHIR file validated to, kept in the cache folder so the next run skips validation.

Validating a 2,000-resource record with the FHIR models takes seconds; the entries it yields are
small. They are stored as JSON under a key made of the file's bytes (BLAKE2b), the
``include_inactive`` choice and the program version, so any change to the file, the option or
magadvise is a miss and the file is validated afresh. JSON only: nothing here can run code.
A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from magadvise import __version__
from magadvise.medlist import Entry

_FORMAT = 35  # raised whenever Entry's fields, or what the FHIR reader yields, change


def key(data: bytes, include_inactive: bool) -> str:
    """The cache key for a FHIR file's bytes and the option that changes what it yields."""
    digest = hashlib.blake2b(data, digest_size=20)
    digest.update(f"\0{_FORMAT}\0{__version__}\0{include_inactive}".encode())
    return digest.hexdigest()


def _path(key: str) -> Path | None:
    from magadvise.rules.cache import cache_dir

    root = cache_dir()
    return None if root is None else root / "fhir" / f"{key}.json"


def get(key: str, label: str) -> list[Entry] | None:
    """The entries kept for ``key`` (their file name set to ``label``), or None."""
    path = _path(key)
    if path is None:
        return None
    try:
        rows: Any = json.loads(path.read_bytes())
        from magadvise.fhir.quantity import Quantity

        return [
            Entry(
                str(r["name"]), label, r["line"], r["resource"], tuple(r["rxnorm"]),
                tuple(r["times"]), r["per_day"], r["skipped"], r["status"], r["timing_note"],
                tuple(r["also"]), Quantity(*r["dose"]) if r["dose"] else None,
                r["dosage_text"], Quantity(*r["daily"]) if r["daily"] else None,
                bool(r["as_needed"]), Quantity(*r["supplied"]) if r["supplied"] else None,
                bool(r["unread"]), r["fact"], r["withhold"], r["dated"],
                dose_texts=tuple(r["dose_texts"]),
            )
            for r in rows
        ]  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError):
        return None


def put(key: str, entries: list[Entry]) -> None:
    """Keep ``entries`` under ``key``, atomically; never fails the run."""
    path = _path(key)
    if path is None:
        return
    rows = [{**e._asdict(), "file": None} for e in entries]
    staging = path.with_name(f".tmp-{os.getpid()}-{path.name}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        staging.write_text(json.dumps(rows), encoding="utf-8")
        staging.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            staging.unlink()
