"""How the start of a typed word may have slipped from a condition's word: ``rneal``, ``Regnant``.

The near-miss check of a condition (:mod:`magadvise.advice.near_condition`) keeps a word's first
letter, or its first two swapped (``rneal``): a name that only rhymes with a condition word
(``Sidney``) is not taken for it. But a slip can take the first letter too:

- dropped: ``Regnant`` for pregnant, ``Regnancy`` for pregnancy, ``Ialysis`` for dialysis;
- replaced by a key beside it on a QWERTY keyboard: ``Oregnant`` for pregnant.

Either is read only when the rest of the word is kept letter for letter and the word meant is
long and distinctive: of 7 letters or more and a name of a condition on its own (``pregnant``,
``dialysis``, ``myasthenia``), not a word that names one only in a phrase (``morning`` of
morning sickness, ``pressure`` of low blood pressure). Of the words such slips of the
conditions' words make, wordfreq 3.1.1's English list holds only ``regnant`` (reigning, rare,
and not a word of medicine lists).

A shorter word (``renal``, ``kidney``, ``heart``) slips so into real words (``penal``,
``Sidney``, ``Geary``), so its slip is read only in a phrase whose next word makes the
condition (``Tenal failure``, ``Lidney disease``, ``Geart block``: :func:`start_slips`), never
alone; a neighbouring key is a key beside the one meant, so ``Sidney`` (``s`` is not beside
``k``), ``rental`` and ``dental`` (a letter more) are none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
"""The rows of a QWERTY keyboard, each set half a key to the right of the one above it."""
SHORTEST = 7
"""The fewest letters of a word whose first letter may be dropped or replaced."""


def _neighbours() -> dict[str, frozenset[str]]:
    """Each key's neighbours on its own row and the rows above and below (``p``: o, l, 0)."""
    where = {k: (r, i) for r, row in enumerate(ROWS) for i, k in enumerate(row)}
    out: dict[str, set[str]] = {}
    for key, (row, i) in where.items():
        for other, (row2, j) in where.items():
            # a row is set half a key right of the one above: i and i+1 above, i-1 and i below
            near = (row2 == row and abs(i - j) == 1) or (row2 == row - 1 and j in (i, i + 1))
            near = near or (row2 == row + 1 and j in (i - 1, i))
            if near:
                out.setdefault(key, set()).add(other)
    return {k: frozenset(v) for k, v in out.items()}


NEIGHBOURS = _neighbours()
"""The keys beside each key of a QWERTY keyboard."""


def tails(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``words`` of :data:`SHORTEST` letters or more by their letters after the first
    (``regnant``: pregnant), for :func:`slipped_start`."""
    out: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= SHORTEST and word.isalpha():
            out.setdefault(word[1:], []).append(word)
    return {k: tuple(v) for k, v in out.items()}


def slipped_start(word: str, by_tail: dict[str, tuple[str, ...]]) -> str | None:
    """The word of ``by_tail`` (:func:`tails`) that ``word`` is with its first letter dropped
    (``regnant``) or typed on a key beside it (``oregnant``); None when it is neither."""
    dropped = by_tail.get(word, ())
    if dropped:
        return dropped[0]
    near_key = (t for t in by_tail.get(word[1:], ()) if word[0] in NEIGHBOURS.get(t[0], ()))
    return next(near_key, None)


def same_start(word: str, target: str) -> bool:
    """The same first letter, or the first two swapped (``rneal``)."""
    return word[0] == target[0] or word[:2] == target[1::-1]


def two_off(word: str, target: str) -> bool:
    """Whether two edits off ``target`` may still be a slip for it: the first three letters
    kept (``hemodyalisis``), or the same letters with the first kept (``dyalisis``); never
    ``hypo`` for ``hyper``. Another word two edits off a long one is often a real word of its
    own (``neuropathy`` of nephropathy, ``neuritis`` of nephritis)."""
    if word.startswith("hypo") != target.startswith("hypo"):
        return False
    return word[:3] == target[:3] or (word[0] == target[0] and sorted(word) == sorted(target))


def start_slips(word: str) -> str:
    """A pattern for ``word`` as typed, with its first letter kept, dropped or typed on a key
    beside it (``renal``: ``tenal``, ``enal``, ``eenal``), for a phrase that makes it a
    condition (``Tenal failure``); a word of its own alone (``penal``), so never read alone."""
    keys = "".join(sorted({word[0], *NEIGHBOURS.get(word[0], ())}))
    return f"[{re.escape(keys)}]?{re.escape(word[1:])}"
