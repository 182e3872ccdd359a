"""A plain medication list: one medicine a line; ``#`` starts a comment; blank lines ignored."""

from __future__ import annotations

from magadvise.medlist import Entry, MedListError

MAX_LINE = 500
"""Longest line read as a medicine name (characters); a longer one is refused."""


def read_plain(data: bytes, label: str) -> list[Entry]:
    """Each non-blank, non-comment line of ``data`` as an Entry, with its file and line.

    Raises MedListError for bytes that are not UTF-8 text, a NUL byte (a binary file), an
    over-long line, or a file with no medicine in it.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MedListError(f"{label}: not UTF-8 text (byte {error.start})") from None
    if "\x00" in text:
        raise MedListError(f"{label}: a binary file, not a medication list")
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        name = line.split("#", 1)[0].strip()
        if not name:
            continue
        if len(name) > MAX_LINE:
            raise MedListError(f"{label}:{number}: line longer than {MAX_LINE} characters")
        entries.append(Entry(name, label, number))
    if not entries:
        raise MedListError(f"{label}: no medicines in the file (one a line; # for comments)")
    return entries
