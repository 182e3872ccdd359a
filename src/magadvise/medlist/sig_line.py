"""A line of directions under a medicine on a plain list, as record printouts write it.

Epic's after-visit summary prints each medicine's directions on the line below its name, with
each number said again in words and each dose's total in brackets (``Take 2 tablets (143 mg
total) by mouth 2 (two) times daily.``, ``every 12 (twelve) hours``); other lists label the
line (``Directions: take two tablets twice a day``, ``Instructions: 2 twice daily``,
``Frequency: twice daily``), and UK charts write the count in Latin numerals (``ii tds``: two
three times a day); what the medicine is for may follow (``Indications: leg cramps``). Each
is read as directions and joined to the medicine above it, so a magnesium product's tablets
are counted as written: left apart, the product was counted at one tablet a day and a dose
above the upper level was shown. Epic also prints the brand a generic is ``Commonly known
as:`` on its own line (``Commonly known as: MAG-OX``): it is the same medicine, joined to it in
brackets as another name, never a second product counted again.
"""

from __future__ import annotations

import re

from magadvise.names.spellings import plain_spellings

_LABEL = re.compile(r"(?i)^\s*(?:directions|instructions|frequency|sig|dosage)\s*:\s*")
_LATIN = re.compile(r"(?i)^(iv|i{1,3})\s+(?=\S)")  # "ii tds": two, three times a day
_WHY = re.compile(r"(?i)\bindications?\s*:\s*")  # Epic's "Indications: leg cramps": what for
_AKA = re.compile(r"(?i)^\s*(?:commonly\s+)?known\s+as\s*:\s*(\S.*)$")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


def line_below(text: str) -> str | None:
    """What ``text`` adds to the medicine on the line before (its directions, or its other
    name in brackets), or None when it is a line of its own."""
    aka = _AKA.match(text)
    if aka is not None and not re.search(r"[()\[\]]", aka[1]):
        return f"({aka[1].strip()})"
    return directions_line(text)


def directions_line(text: str) -> str | None:
    """The directions ``text`` gives, without a ``Directions:`` label, to join to the
    medicine on the line before; None when the line is not directions alone."""
    from magadvise.names.parse import directions_only

    bare = _WHY.sub("for ", _LABEL.sub("", text, count=1)).strip()
    if not bare:
        return None
    plain = _LATIN.sub(lambda m: _ROMAN[m[1].casefold()] + " ", plain_spellings(bare))
    return bare if directions_only(plain) else None
