"""Write a result to a file: atomically (temp file + os.replace) and never over a file unasked."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from magadvise.errors import UsageError


def _exists_error(path: Path) -> UsageError:
    return UsageError(f"'{path}' already exists; add --force to overwrite it")


def _mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_file(path: Path, content: str, force: bool = False) -> None:
    """Write ``content`` to ``path`` whole or not at all; refuse an existing file without force."""
    if path.is_dir():
        raise UsageError(f"'{path}' is a directory; give a file name for --output")
    if path.exists() and not force:
        raise _exists_error(path)
    directory = path.parent
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise UsageError(f"cannot write '{path}': {exc.strerror or exc}") from None
    temp = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        temp.chmod(_mode())
        if force:
            temp.replace(path)
            return
        try:
            os.link(temp, path)  # fails if the file appeared meanwhile: never clobbers
        except FileExistsError:
            raise _exists_error(path) from None
        except OSError:
            if path.exists():
                raise _exists_error(path) from None
            temp.replace(path)  # no hard links on this file system
    except OSError as exc:
        raise UsageError(f"cannot write '{path}': {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
