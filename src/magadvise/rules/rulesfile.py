"""Find and read one rules file: which path to use, its bytes within limits, its text."""

from __future__ import annotations

import os
import stat
from pathlib import Path as FsPath

from magadvise.errors import Problem, RulesError, UsageError

# 16 MiB holds ~150,000 medicines; parsing needs about 70 times the file size in memory.
MAX_BYTES = 16 * 1024 * 1024
DEFAULT = "default"
ENV_RULES = "MAGADVISE_RULES"


def shipped_rules() -> FsPath:
    """The rules file inside the installed package."""
    import magadvise

    # What importlib.resources answers for a package in a folder, without its ~5 ms import.
    folders = list(getattr(magadvise.__spec__, "submodule_search_locations", None) or ())
    if len(folders) == 1:
        candidate = FsPath(folders[0], "data", "rules.yaml")
        if candidate.is_file():
            return candidate
    from importlib.resources import files  # zipped or unusual installs

    return FsPath(str(files("magadvise").joinpath("data", "rules.yaml")))


def resolve_path(option: str | None) -> FsPath:
    """The rules file to use: ``--rules``, else ``$MAGADVISE_RULES``, else the shipped one.

    An empty ``--rules ""`` (a variable that was not set, say) is a UsageError: it must not
    quietly mean the shipped rules when the user asked for a file of their own. An empty
    ``$MAGADVISE_RULES`` counts as unset, as shells treat it.
    """
    if option is not None and not option.strip():
        raise UsageError("--rules: the path is empty; give a rules file, or leave --rules out")
    chosen = option or os.environ.get(ENV_RULES) or ""
    return shipped_rules() if chosen in ("", DEFAULT) else FsPath(chosen)


def read_bytes(path: FsPath) -> bytes:
    """The file's bytes, refusing what cannot be a rules file before parsing it."""
    name = str(path)

    def fail(message: str) -> RulesError:
        return RulesError([Problem(name, None, None, message)])

    try:
        if path.is_dir():
            raise fail("is a directory, not a rules file")
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise fail("is not a regular file (a device, pipe or socket): save the rules to a file")
        size = status.st_size
        if size > MAX_BYTES:
            raise fail(f"file is {size:,} bytes; rules files are limited to {MAX_BYTES:,} bytes")
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise fail("no such file") from None
    except PermissionError:
        raise fail("permission denied: cannot read the file") from None
    except OSError as exc:
        raise fail(f"cannot read the file: {exc.strerror or exc}") from None
    except ValueError:  # a NUL character in the name, e.g. from an 'extends' value
        raise fail("not a usable file name (it contains a NUL character)") from None
    if len(raw) > MAX_BYTES:
        raise fail(f"file is larger than the {MAX_BYTES:,}-byte limit for rules files")
    return raw


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text, or a located problem for binary or mis-encoded bytes."""
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise RulesError(
            [Problem(name, line, None, "binary data (NUL byte): not a YAML text file")]
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        message = f"not UTF-8 text (byte 0x{raw[exc.start]:02x}): save the file as UTF-8"
        raise RulesError([Problem(name, line, column, message)]) from None
    if not text.strip():
        raise RulesError([Problem(name, None, None, "the file is empty")])
    return text
