"""Where the parse cache lives, and keeping that folder private, tidy and honest about failures.

The cache decides what magadvise tells a patient, so it is trusted only in a folder nobody else
can write: created ``0700``, and refused (one line on stderr, then the rules are parsed afresh)
when it is writable by group or others or owned by another user. Writers stage an entry in a
folder named after their process id; leftovers of a writer that was killed are removed on the
next start, and SIGTERM or SIGHUP during a write removes the staging folder before the process
ends. A cache that cannot be used or written is said once on stderr, never on stdout and never
while completing a shell word, and the command goes on.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

ENV_CACHE_DIR = "MAGADVISE_CACHE_DIR"
COMPLETING = "_MAGADVISE_COMPLETE"
STAGING = (".tmp-", ".old-")
STALE_SECONDS = 3600

_refused: set[str] = set()  # folders already reported while loading the rules


def _home() -> Path | None:
    """The user's home: ``$HOME`` when it is an absolute path, else the password database's."""
    home = os.environ.get("HOME", "")
    if not Path(home).is_absolute():
        try:
            import pwd

            home = pwd.getpwuid(os.getuid()).pw_dir
        except (ImportError, KeyError, AttributeError):
            return None
    return Path(home) if Path(home).is_absolute() and home.strip("/") else None


def cache_dir() -> Path | None:
    """Where caches live: ``$MAGADVISE_CACHE_DIR``, else the platform's user cache folder.

    None when there is no usable home folder (``HOME=''`` never means ``/.cache``).
    """
    override = os.environ.get(ENV_CACHE_DIR, "")
    if override:
        return Path(override).expanduser().absolute()
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA", "")
        if Path(local).is_absolute():
            return Path(local) / "magadvise" / "Cache"
        return None
    home = _home()
    if home is None:
        return None
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "magadvise"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(xdg) if Path(xdg).is_absolute() else home / ".cache") / "magadvise"


def warn(message: str) -> None:
    """One line on stderr about the cache (nothing while completing: the shell would show it)."""
    if os.environ.get(COMPLETING):
        return
    from magadvise.render.words import clean

    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"magadvise: warning: {clean(message)}\n")


def untrusted(folder: Path) -> str | None:
    """Why ``folder`` must not be trusted (writable by others, someone else's), else None."""
    info = folder.stat()
    if not stat.S_ISDIR(info.st_mode):
        return "is not a folder"
    if sys.platform == "win32":
        return None
    if info.st_uid != os.getuid():
        return "is owned by another user"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return "can be written by other users"
    return None


def refuse(folder: Path, why: str) -> None:
    """Say once that this cache folder is not used, and why."""
    key = str(folder)
    if key not in _refused:
        _refused.add(key)
        warn(f"not using the parse cache in {folder}: the folder {why}; parsing the rules afresh")


def new_run() -> None:
    """Forget what was refused: each load of the rules says it again (once)."""
    _refused.clear()


def is_refused(folder: Path) -> bool:
    """True if this folder was already refused in this process (nothing more to say)."""
    return str(folder) in _refused


def trusted(root: Path, sub: Path) -> bool:
    """True if the cache root and its versioned folder exist and only this user can write them.

    A folder that does not exist yet is simply not trusted (a miss), without a word.
    """
    for folder in (root, sub):
        try:
            why = untrusted(folder)
        except OSError:
            return False
        if why is not None:
            refuse(folder, why)
            return False
    return True


def make_private(folder: Path) -> None:
    """Create ``folder`` and any missing parent with mode 0700 (as the XDG spec asks)."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700)


def sweep(folder: Path) -> None:
    """Remove what killed writers left: staging of a process that is gone, or over an hour old.

    A folder still being written (its writer alive, and younger than an hour) is never touched.
    Costs one directory listing: the entries of one cache version.
    """
    import time

    try:
        listing = list(os.scandir(folder))
    except OSError:
        return
    for item in listing:
        if not item.name.startswith(STAGING):
            continue
        with contextlib.suppress(OSError):
            if not _alive(item.name) or time.time() - item.stat().st_mtime > STALE_SECONDS:
                _remove(Path(item.path))


def drop_older_formats(root: Path, prefix: str, current: int) -> None:
    """Remove the folders of older cache formats (``<prefix><n>``, n below ``current``): a
    newer magadvise never reads them, and they hold a formulary's worth of files each.

    Called after an entry of the current format was written, so only on a first call.
    """
    with contextlib.suppress(OSError):
        for item in os.scandir(root):
            number = item.name.removeprefix(prefix)
            if item.name.startswith(prefix) and number.isdigit() and int(number) < current:
                _remove(Path(item.path))


def staging_prefix() -> str:
    """The name a writer's staging folder starts with: it carries the writer's process id."""
    return f"{STAGING[0]}{os.getpid()}-"


def _alive(name: str) -> bool:
    """Whether the process named in a staging folder's name may still be writing it."""
    number = name.split("-")[1]
    if not number.isdigit():
        return True  # not named by a writer of this version: only its age can tell
    pid = int(number)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process, or a platform that cannot tell: assume alive
        return True
    return True


def _remove(path: Path) -> None:
    import shutil

    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


class Interrupted(BaseException):
    """SIGTERM or SIGHUP arrived while an entry was being written."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def removed_on_signal(folder: Path) -> Iterator[None]:
    """If SIGTERM or SIGHUP ends the process while the block runs, first remove this process's
    staging in ``folder`` (all of it, so even one made an instant before the signal).

    The signal is re-delivered once the staging is gone, so the process ends as it would have.
    Only the main thread can install handlers; elsewhere the start-up sweep cleans up.
    """
    import signal
    import threading

    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    if threading.current_thread() is not threading.main_thread():
        wanted = []

    def interrupt(signum: int, _frame: object) -> None:
        raise Interrupted(signum)

    previous = {}
    for signum in wanted:  # only where the signal would end the process anyway
        with contextlib.suppress(ValueError, OSError):
            if signal.getsignal(signum) is signal.SIG_DFL:
                previous[signum] = signal.signal(signum, interrupt)
    try:
        yield
    except Interrupted as stop:
        with contextlib.suppress(OSError):
            for item in os.scandir(folder):
                if item.name.startswith(staging_prefix()):
                    _remove(Path(item.path))
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        previous = {}
        os.kill(os.getpid(), stop.signum)
        raise
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
