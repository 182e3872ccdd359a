"""Wordings on a list that hold a condition's word but not the condition: contraception,
pre-conception, kidney stones and kidney beans.

``Norethindrone (prevent pregnancy)`` is a contraceptive, not a pregnancy; ``folic acid
(pre-pregnancy)`` is taken before one; ``tamsulosin 0.4 for kidney stone`` treats a stone, which
is not kidney disease (magnesium is itself used to prevent some stones: our reading, as for a
record's "Kidney stones", :mod:`magadvise.advice.routine_kidney`). Read by their words, the first
counted as a pregnancy (and as a prenatal vitamin with magnesium, "did you mean Elevit
Pregnancy?"), the second capped the dose, the third withheld it as kidney wording not read.

:func:`without_asides` takes these wordings out of a list's text before it is read for
conditions, for kidney words and for near misses, so every other word on the line is still read
(``Norethindrone (prevent pregnancy), CKD 4`` still counts CKD 4). The wordings (any case, a
hyphen or a space inside, ``for`` or ``to`` before):

- contraception: prevent(s/ing/ion of) or avoid(ing) pregnancy, pregnancy prevention,
  contraception (contraceptive), birth control;
- pre-conception: pre-pregnancy, pre-conception (preconceptional), before pregnancy, planning
  (a) pregnancy, trying for a baby, trying to conceive or to get pregnant;
- kidney stones: kidney or renal stone(s) or calculi (calculus), nephrolithiasis, urolithiasis
  ("renal colic" is not among them and is still read);
- a food: kidney bean(s) (a line of a list that also notes what is eaten; it withheld the dose
  as kidney wording not read).
"""

from __future__ import annotations

import re

_ASIDES = (  # a pattern string: compiled (and cached by re) on first use
    r"(?i)\b(?:(?:for|to)\s+)?(?:"
    r"(?:prevent(?:s|ing|ion\s+of)?|avoid(?:s|ing)?)\s+(?:a\s+)?pregnan\w*"
    r"|pregnancy\s+(?:prevention|avoidance)|contracept\w*|birth\s+control"
    r"|pre[\s-]?pregnan\w*|pre[\s-]?concept\w*|before\s+(?:a\s+)?pregnan\w*"
    r"|planning\s+(?:a\s+|for\s+a\s+)?(?:pregnan\w*|baby)|trying\s+for\s+a\s+baby"
    r"|trying\s+to\s+(?:conceive|get\s+pregnant)"
    r"|(?:kidney|renal)\s+(?:stones?|calcul(?:i|us))|nephrolithiasis|urolithiasis"
    r"|kidney[\s-]+beans?"
    r")\b"
)
_LEFT = " \t()[]{},;:.-/"
"""What may be left of a text that was wholly an aside (brackets, punctuation)."""


def without_asides(text: str) -> str:
    """``text`` with each wording of the module docstring replaced by a space; unchanged (the
    same string) when it has none."""
    if not _maybe(text):
        return text
    return re.sub(_ASIDES, " ", text)


def wholly_aside(text: str) -> bool:
    """True when ``text`` is nothing but such wordings (``(for kidney stones)``,
    ``prevent pregnancy``), brackets and punctuation."""
    if not _maybe(text):
        return False
    plain, count = re.subn(_ASIDES, " ", text)
    return count > 0 and not plain.strip(_LEFT)


def _maybe(text: str) -> bool:
    """A cheap test first: most lines hold none of the words the wordings need."""
    lowered = text.lower()
    return any(w in lowered for w in ("pregnan", "concept", "contracept", "birth", "baby",
                                      "stone", "calcul", "lithiasis", "bean"))  # fmt: skip
