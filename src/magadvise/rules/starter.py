"""A starting point for a user's rules file, and a write that never leaves half a file."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from magadvise.errors import UsageError
from magadvise.rules.spec import SCHEMA_VERSION

LAYERED = """\
# Local magadvise rules, layered on the shipped rules (extends: default).
#
# An entry here is added, or replaces the shipped entry with the same id WHOLE:
# copy the full entry from `magadvise rules export` before changing it.
# Quote times ("08:00"), PMIDs ("22529203") and words YAML reads as true/false (NO, yes, on).
#
# Check it:   magadvise rules validate {name}
# Use it:     magadvise --rules {name} cautions --med furosemide   (or set MAGADVISE_RULES)
# Trace it:   magadvise --rules {name} rules show-source ID
# Editor:     magadvise rules schema > magadvise.schema.json, then make this the first line:
#             # yaml-language-server: $schema=magadvise.schema.json
extends: default
schema_version: {version}

# medications:
#   my-local-drug:
#     classes: [loop-diuretic]
#     brands: ["Localbrand"]
"""


def layered_starter(name: str) -> bytes:
    """A small rules file that extends the shipped one and explains how to add to it."""
    return LAYERED.format(name=name, version=SCHEMA_VERSION).encode("utf-8")


def write_new(path: Path, data: bytes, replace: bool = False) -> None:
    """Write ``data`` to ``path`` whole or not at all: a temporary file beside it, then a rename.

    Without ``replace`` an existing file is never overwritten, not even one that appears
    while we write (the final step is a hard link, which fails if the name is taken).
    """
    if path.is_dir():
        raise UsageError(f"{path} is a directory; give a file name")
    if not replace and (path.exists() or path.is_symlink()):
        raise UsageError(f"{path} already exists; add --force to replace it")
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    created = False
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        created = True
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            temporary.replace(path)
        else:
            _link_no_clobber(temporary, path)
    except FileExistsError:
        raise UsageError(f"{path} already exists; add --force to replace it") from None
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if created:
            temporary.unlink(missing_ok=True)


def _link_no_clobber(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        # No hard links here (some network or FAT file systems): check, then rename.
        if target.exists():
            raise FileExistsError(target) from None
        source.replace(target)
