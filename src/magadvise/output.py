"""Where results go: standard streams that fail only in documented ways, and atomic files.

``prepare_streams`` runs before any command:

- characters the output's encoding cannot hold degrade to ASCII (``…`` to ``...``, ``’`` to
  ``'``, accented letters to plain ones, anything else to ``?``) instead of failing the run;
- standard output is written through a buffer that completes short writes (a closed pipe
  is always noticed, even with ``PYTHONUNBUFFERED=1``), and a write that fails for any other
  reason (closed, disk full, I/O error) becomes one ``OutputError`` (exit 74);
- a closed standard error swallows what is written to it: there is nowhere to report.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import sys
from pathlib import Path
from typing import Any

from magadvise.errors import OutputError, UsageError

ERRORS = "magadvise-ascii"
_ASCII = {
    "…": "...",
    "–": "-",
    "—": "-",
    "‑": "-",
    "−": "-",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "•": "*",
    "→": "->",
    "←": "<-",
    "≥": ">=",
    "≤": "<=",
    "×": "x",
    "±": "+/-",
    "µ": "u",
    "°": " deg",
    "█": "#",
    "▉": "#",
    "▊": "#",
    "▋": "#",
    "▌": "#",
    "▍": "",
    "▎": "",
    "▏": "",
}


def degrade(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: an ASCII stand-in for each character the encoding cannot hold."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return "".join(ascii_for(c) for c in exc.object[exc.start : exc.end]), exc.end


def ascii_for(char: str) -> str:
    """``…`` -> ``...``, ``é`` -> ``e``, an undecodable byte -> ``\\xff``, else ``?``."""
    if char in _ASCII:
        return _ASCII[char]
    if "\udc80" <= char <= "\udcff":  # a byte of a non-UTF-8 command line, kept by Python
        return f"\\x{ord(char) - 0xDC00:02x}"
    import unicodedata

    plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii")
    return plain or "?"


class _Stream(io.FileIO):
    """A standard stream's file descriptor that turns write failures into our own errors.

    For stdout, a failure other than a closed pipe raises OutputError once; after any
    failure the rest of the output is dropped, so it is reported only once. For stderr every
    failure is swallowed.
    """

    def __init__(self, fd: int, is_stdout: bool) -> None:
        super().__init__(fd, "wb", closefd=False)
        self.is_stdout = is_stdout
        self.failed = False

    def write(self, data: Any) -> int:
        size = len(memoryview(data))
        if self.failed:
            return size
        try:
            return super().write(data) or 0
        except BrokenPipeError:
            self.failed = True
            if self.is_stdout:
                raise
        except OSError as exc:
            self.failed = True
            if self.is_stdout:
                reason = exc.strerror or str(exc)
                raise OutputError(f"cannot write the output: {reason}") from None
        return size


class _Closed(io.RawIOBase):
    """Standard output that was closed before magadvise started (``>&-``)."""

    failed = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if not self.failed:
            self.failed = True
            raise OutputError("cannot write the output: standard output is closed")
        return len(memoryview(data))


def prepare_streams() -> None:
    """Make stdout and stderr safe to write (see the module docstring); call once per run."""
    import codecs

    codecs.register_error(ERRORS, degrade)
    for name in ("stdout", "stderr"):
        current = getattr(sys, name)
        fd = 1 if name == "stdout" else 2
        if current is None:  # closed before we started: keep files we open off its number
            spare = os.open(os.devnull, os.O_WRONLY)
            if spare != fd:
                os.dup2(spare, fd)
                os.close(spare)
            raw: io.RawIOBase = _Closed() if fd == 1 else _Stream(fd, False)
            setattr(sys, name, _wrap(raw, None))
        elif current is getattr(sys, f"__{name}__") and _fileno(current) == fd:
            with contextlib.suppress(OSError, ValueError):
                current.flush()
            setattr(sys, name, _wrap(_Stream(fd, fd == 1), current))
        else:  # a test runner's or an embedding program's stream: only degrade characters
            with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation):
                current.reconfigure(errors=ERRORS)


def _fileno(stream: Any) -> int | None:
    try:
        return int(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return None


def _wrap(raw: io.RawIOBase, old: Any) -> io.TextIOWrapper:
    encoding = getattr(old, "encoding", None) or "utf-8"
    return io.TextIOWrapper(
        io.BufferedWriter(raw),
        encoding=encoding,
        errors=ERRORS,
        line_buffering=bool(getattr(old, "line_buffering", False)),
    )


STDOUT_NAMES = ("-", "/dev/stdout")
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG}


def is_stdout(path: Path | str) -> bool:
    """``-`` and ``/dev/stdout`` name standard output."""
    return str(path) in STDOUT_NAMES


def target_path(text: str, what: str) -> Path:
    """The file a user named for output; an empty name is a UsageError (it would otherwise
    read as ``.``, the current directory). ``what`` names the option in the message."""
    if not text.strip():
        raise UsageError(
            f"{what}: the file name is empty; give a file name, or - for standard output"
        )
    return Path(text)


def check_target(path: Path, force: bool = False) -> None:
    """Refuse, before any work is done, a file name that cannot or must not be written.

    Refused: a name longer than the file system allows, a directory, an existing symbolic
    link (writing would replace the link and leave its target), a pipe, device or socket,
    and an existing file without ``force``. Raises UsageError.
    """
    if is_stdout(path):
        return
    limit = _name_max(path.parent)
    size = len(os.fsencode(path.name))
    if size > limit:
        raise UsageError(
            f"the file name is {size} bytes long; this file system allows at most {limit}: "
            "choose a shorter name"
        )
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return
    except (OSError, ValueError) as exc:
        raise _cannot(path, exc) from None
    if stat.S_ISLNK(status.st_mode):
        raise UsageError(
            f"{path} is a symbolic link; give the file's own name (writing here would replace "
            "the link, not its target), or - for standard output"
        )
    if stat.S_ISDIR(status.st_mode):
        raise UsageError(f"{path} is a directory; give a file name")
    if not stat.S_ISREG(status.st_mode):
        raise UsageError(
            f"{path} is not a regular file (a pipe, device or socket); give a file name, "
            "or - for standard output"
        )
    if not force:
        raise _exists(path)


def write_file(path: Path, content: str | bytes, force: bool = False) -> None:
    """Write ``content`` to ``path`` whole or not at all (``-`` or ``/dev/stdout``: stdout).

    A temporary file in the same directory is written, synced and then linked (never
    clobbering a file that appeared meanwhile) or, with ``force``, renamed over the old one.
    A bad name is a UsageError (exit 2); a full disk or I/O error an OutputError (exit 74).
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    if is_stdout(path):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    check_target(path, force)
    import tempfile  # only when a file is written (it loads random: ~1 ms on every call)

    try:
        handle, name = tempfile.mkstemp(prefix=".magadvise-", suffix=".tmp", dir=path.parent)
    except (OSError, ValueError) as exc:
        raise _cannot(path, exc) from None
    temp = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temp.chmod(_mode())
        if force:
            temp.replace(path)
            return
        try:
            os.link(temp, path)  # fails if the file appeared meanwhile: never clobbers
        except FileExistsError:
            raise _exists(path) from None
        except OSError:
            if path.exists() or path.is_symlink():
                raise _exists(path) from None
            temp.replace(path)  # no hard links on this file system
    except OSError as exc:
        raise _cannot(path, exc) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _name_max(folder: Path) -> int:
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return 255


def _exists(path: Path) -> UsageError:
    return UsageError(f"{path} already exists; add --force to overwrite it")


def _cannot(path: Path, exc: BaseException) -> UsageError | OutputError:
    """A full disk or I/O error is an output failure; anything else, a name that cannot work."""
    reason = getattr(exc, "strerror", None) or str(exc)
    if isinstance(exc, ValueError):
        reason = "the name contains a NUL character"
    message = f"cannot write {path}: {reason}"
    if getattr(exc, "errno", None) in _FULL:
        return OutputError(message)
    return UsageError(message)


def _mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
