"""Which "did you mean" names are near a text not recognised as a name, not as a note's words.

A name not recognised whose "did you mean" is a magnesium product, or a medicine that stops the
dose, withholds it (:mod:`magadvise.advice.unknown_amount`,
:mod:`magadvise.advice.suggested_gate`). Words that are not a name are matched too: ``PV`` (per
vaginam, a route) is one letter from PNV, a prenatal vitamin; ``OM`` (in the morning) from MOM;
``PO`` (by mouth) from EPO; ``T2 pregnancy``, ``IVF pregnancy`` or ``early pregnancy`` (a
pregnancy, which is read and caps the dose) from Elevit Pregnancy. Such a match said only that
a route or a condition was written, and the dose was withheld as magnesium already taken.
:func:`as_a_name` keeps the names that are near the text as a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.rules.ruleset import Rules


def as_a_name(rules: Rules, typed: str, close: Iterable[str]) -> list[str]:
    """The names in ``close`` that are near ``typed`` as a name: none when every word of it is
    a route's or a direction's (``PV``: per vaginam, not PNV; ``OM``: in the morning, not
    MOM); for a note naming a condition (``T2 pregnancy``, ``IVF pregnancy``: not Elevit
    Pregnancy), only those beginning the same as a word it has besides the condition's
    (``pregnancy vitamins``: a pregnancy multivitamin)."""
    from magadvise.advice.condition_text import read_conditions
    from magadvise.errors import UsageError
    from magadvise.names.parse import parse

    if not parse(typed).parts:
        return []
    try:
        named, left = read_conditions(rules, typed)
    except UsageError:  # a kidney number alone: no condition's words to set aside
        return list(close)
    if not named:
        return list(close)
    stems = [word[:5] for word in left if len(word) >= 4]
    return [name for name in close if any(stem in name.casefold() for stem in stems)]


def any_reachable(key: str, names: Iterable[str], score: int) -> bool:
    """True if the rapidfuzz ``fuzz.ratio`` of ``key`` with any of ``names`` can reach
    ``score`` (0-100); False means no name can be suggested.

    ``fuzz.ratio`` is 200 times the longest common subsequence over the two lengths summed,
    and that subsequence is never longer than the letters the two share, counted with their
    repeats. A name near nothing in the rules (``Spinraza``) is told so without rapidfuzz's
    import (about 6 ms a run); a typo stops at the first name that may be near it, and
    rapidfuzz then ranks every candidate as before. Integer arithmetic: never a name at the
    line missed.
    """
    counts = {letter: key.count(letter) for letter in set(key)}
    for name in names:
        total = len(key) + len(name)
        if 200 * min(len(key), len(name)) < score * total:
            continue
        shared = sum(min(n, name.count(letter)) for letter, n in counts.items())
        if 200 * shared >= score * total:
            return True
    return False
