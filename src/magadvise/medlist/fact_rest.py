"""The medicine on a line that was read as the person's facts: ``Lily, age 4, ciprofloxacin
250mg``, ``DOB 01/02/1950 digoxin 125mcg``, ``Pregnant, age 16, folic acid 400mcg``.

A line that gives an age or a birth date (:mod:`.person_line`, :mod:`.age_pregnancy`) was read
as that fact alone, and the medicine written on it was lost: ciprofloxacin's timing caution
beside a 4-year-old's age, digoxin's beside a birth date, and the pregnancy and folic acid beside
a 16-year-old's age, with exit 0 (a caution silently lost). When such a line also says a dose
(a strength, ``250mg``, ``5 mL``, ``2 puffs``) or directions (``bd``, ``daily``, ``tablet``),
what is left once the age and birth-date words are taken out is read as a medicine's line too,
beside the facts; a word left that names nothing (``Lily``) is shown as not assessed, never
dropped. A line with neither (``Lily, age 4, lives with Gran``) stays the facts alone.
"""

from __future__ import annotations

import re

_DOSE = re.compile(
    r"(?i)\d\s*(?:mg|mcg|micrograms?|\u00b5g|ug|g|grams?|ml|iu|units?|%|mmol|meq|puffs?|drops?"
    r"|tabs?|tablets?|caps?|capsules?|sachets?)\b|\b(?:od|bd|bid|tds|tid|qds|qid|qd|prn|nocte"
    r"|mane|daily|twice|weekly|tablets?|capsules?|inhaler|sachets?|patch|injection|drops)\b"
)
"""A dose or directions: what an age or a birth date never says, and a medicine's line does.
Weights (``16 kg``) are none: a line of the person's facts gives them."""
_DATE = (
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}"
    r"|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
)
_FACTS = re.compile(
    rf"(?i)\b(?:(?:pt\.?|patient'?s?|child'?s?)\s+)?(?:age|aged)\s*[:=-]?\s*\d{{1,3}}(?:\.\d)?"
    rf"\s*(?:y|yrs?|years?|yo|y/o|months?|mos?|m|weeks?|wks?|w)?\.?(?:\s*-?\s*old)?"
    rf"|\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s?date|born)\s*[:=-]?\s*(?:{_DATE})?"
    rf"|\b\d{{1,3}}(?:\.\d)?\s*-?\s*(?:yo|y/o|(?:years?|yrs?|months?|mos?|weeks?|wks?)\s*-?\s*old)\b"
)
"""The age and birth-date words taken out of the line (``age 4``, ``Age: 45 yrs``, ``DOB
01/02/1950``, ``7 yo``, ``4 years old``)."""


def medicine_rest(name: str) -> str | None:
    """What is left of ``name``, a line read as the person's facts, once its age and
    birth-date words are taken out, when it says a dose or directions (see the module); None
    for a line with no dose or nothing left."""
    if _DOSE.search(name) is None:
        return None
    rest = _FACTS.sub(" ", name)
    parts = (p.strip(" :=-\u2013") for p in re.split(r"[,;]|\s[-\u2013]+\s", rest))
    left = ", ".join(p for p in parts if p)
    return left if re.search(r"[A-Za-z]{3}", left) and _DOSE.search(left) else None
