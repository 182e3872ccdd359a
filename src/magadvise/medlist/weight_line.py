"""A plain list's line that gives the person's weight (``Wt 16 kg``), read as who it is for.

``Wt 16 kg``, ``Weight: 16 kg``, ``Wt: 35 lb``, ``weight 16.5kg``, ``Body weight = 70 kg`` are
not medicines: they say how heavy the person is, and a child's weight on the list tells that
the person is a child (:mod:`magadvise.advice.listed_weight` decides what it means). So they
are kept as the person's weight (``Entry.fact`` :data:`WEIGHT`, ``Entry.name`` as written),
never as a medicine not assessed. A weight with no unit (``Weight: 16``) is read in pounds, the
lighter of its two readings (the safer one for a child). A line that says it gives a weight but
cannot be read (``Weight: sixteen``, ``Wt: 2 st``) is kept as a weight not read, which withholds
the dose until ``--age`` is given: it may be a child's.
"""

from __future__ import annotations

import re

from magadvise.medlist import Entry

WEIGHT = "weight"  # Entry.fact of a weight written on a list (Entry.name: the line as written)
LB_KG = 0.45359237
"""Kilograms in one pound (the international avoirdupois pound)."""
_WORD = r"(?:body\s*)?(?:weight|wt|bw)\.?"
_WEIGHT = re.compile(
    rf"(?i)\s*(?:patient'?s?\s+|child'?s?\s+)?{_WORD}\s*[:=-]?\s*(\d{{1,3}}(?:\.\d{{1,2}})?)\s*"
    r"(kgs?|kilos?|kilograms?|lbs?|pounds?)?\.?\s*"
)
_SAID = re.compile(rf"(?i)\s*(?:(?:patient'?s?|child'?s?)\s+)?{_WORD}\s*(?:[:=]\s*\S|\d)")
"""A line that says it gives a weight (``Weight: sixteen``, ``Wt 2 st``), read or not; not
``Weight loss tablets``, a product's name."""


def weight_entry(text: str, file: str, line: int) -> Entry | None:
    """The line as the person's weight (read by :func:`kilograms`, or a weight not read), or
    None for a line that gives no weight."""
    if kilograms(text) is not None or _SAID.match(_plain(text)):
        return Entry(text, file, line, fact=WEIGHT)
    return None


def kilograms(text: str) -> float | None:
    """The weight ``text`` gives in kg (one decimal), or None when it gives none it can read."""
    found = _WEIGHT.fullmatch(_plain(text))
    if found is None:
        return None
    amount, unit = float(found[1]), (found[2] or "lb").casefold()
    return round(amount if unit.startswith("k") else amount * LB_KG, 1)


def _plain(text: str) -> str:
    """``text`` without a note in brackets at its end (``Wt 16 kg (2026-11-02)``)."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", text)
