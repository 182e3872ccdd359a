"""Weeks written beside a pregnancy's word: the pregnancy's weeks, not the person's age.

``Pregnant, 28 weeks``, ``Pregnant (12 weeks)``, ``Pregnancy [20 wks]``, and the same with a
slip of the word one letter off (``Regnant (12 weeks)``, ``Oregnant``, ``Pregnacy``), give how
far on a pregnancy is; read as an age, they withheld the dose as a child's (or gave a baby's
advice to a pregnant adult) and lost the pregnancy. Such weeks are no age here: the line is read
as the condition it names (the pregnancy cap). Weeks with no pregnancy word stay an age or a
course's length (``Calpol (12 weeks old)``, ``Infant, 12 weeks``).
"""

from __future__ import annotations

import re

WEEKS = r"\d\s*-?\s*(?:w|wks?|weeks?)\b|\d\s*/\s*52\b"
"""Weeks (``12 weeks``, ``12wk``, ``12/52``)."""
_WORDS = ("pregnant", "pregnancy", "gestation", "gravid")
"""A pregnancy's words; a word with ``preg`` or ``gestation`` in it counts as well."""


def pregnancy_weeks(text: str) -> bool:
    """Whether ``text`` has weeks and a pregnancy's word, or a word one letter off one (see the
    module)."""
    folded = text.casefold()
    if not re.search(WEEKS, folded):
        return False
    if "preg" in folded or "gestation" in folded:
        return True
    from rapidfuzz.distance import Levenshtein  # only for weeks beside no pregnancy word

    words = re.findall(r"[a-z]{6,}", folded)
    return any(
        Levenshtein.distance(word, said, score_cutoff=1) <= 1 for word in words for said in _WORDS
    )
