"""A plain medication list: one medicine a line; ``#`` starts a comment; blank lines ignored.

A ``#`` before a number is not a comment: ``Tylenol #3`` is Tylenol with codeine No. 3, and
``#30`` on a pharmacy label is the quantity dispensed. A line that starts with ``#`` is one.

A line that gives directions but names no medicine (``  take 1 tablet by mouth daily`` under
``Lisinopril 10 mg``, as records print a list) belongs to the medicine on the line before.
"""

from __future__ import annotations

import re

from magadvise.medlist import Entry, MedListError

# "#" starts a comment, except before a number: "Tylenol #3" is a product, "#90" a quantity.
_COMMENT = re.compile(r"#(?!\s*\d)")
MAX_LINE = 500
"""Longest line read as a medicine name (characters); a longer one is refused."""


def read_plain(data: bytes, label: str) -> list[Entry]:
    """Each non-blank, non-comment line of ``data`` as an Entry, with its file and line.

    Raises MedListError for bytes that are not UTF-8 text, a NUL byte (a binary file), an
    over-long line, or a file with no medicine in it. A line of directions only is joined to
    the entry before it (which keeps its line number); with no entry before, it is an entry.
    """
    from magadvise.names.parse import directions_only

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MedListError(f"{label}: not UTF-8 text (byte {error.start})") from None
    if "\x00" in text:
        raise MedListError(f"{label}: a binary file, not a medication list")
    entries: list[Entry] = []
    for number, line in enumerate(text.splitlines(), start=1):
        name = _COMMENT.split(line, maxsplit=1)[0].strip()
        if not name or name.startswith("#"):
            continue
        if len(name) > MAX_LINE:
            raise MedListError(f"{label}:{number}: line longer than {MAX_LINE} characters")
        if entries and directions_only(name):
            entries[-1] = entries[-1]._replace(name=f"{entries[-1].name} {name}")
            continue
        entries.append(Entry(name, label, number))
    if not entries:
        raise MedListError(f"{label}: no medicines in the file (one a line; # for comments)")
    return entries
