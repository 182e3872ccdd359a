"""The medicine on a line that was read as the person's facts: ``Lily, age 4, ciprofloxacin
250mg``, ``DOB 01/02/1950 digoxin 125mcg``, ``Sam age 8 - ciprofloxacin``.

A line that gives an age or a birth date (:mod:`.person_line`, :mod:`.age_pregnancy`) was read
as that fact alone, and the medicine written on it was lost: ciprofloxacin's timing caution
beside a 4-year-old's age, digoxin's beside a birth date, and the pregnancy and folic acid beside
a 16-year-old's age, with exit 0 (a caution silently lost). What is left once the age and
birth-date words are taken out is read as a medicine's line too, beside the facts, when it may
name one: a dose or directions anywhere on the line (``250mg``, ``bd``, ``tablet``), or a word
of five letters or more that is not the line's first (the person's name, ``Lily``) nor its talk
about the person (``lives with Gran``). Labels (``Name:``), a sex and an allergy statement
(``NKDA``) are left out, so a line with nothing else (``Lily, age 4, lives with Gran``, ``Name:
Lily S.  DOB 03/14/2021``, ``MRN 12345 DOB 3/14/21``) stays the facts alone. A part left that
names nothing the rules know (the name ``Lily`` beside a medicine) is shown as not assessed,
never dropped: a capitalised word before the age may as well be a medicine or a condition
(``Pregnant, age 16, ciprofloxacin``).
"""

from __future__ import annotations

import re

from magadvise.medlist.person_line import DATE

_DOSE = re.compile(
    r"(?i)\d\s*(?:mg|mcg|micrograms?|\u00b5g|ug|g|grams?|ml|iu|units?|%|mmol|meq|puffs?|drops?"
    r"|tabs?|tablets?|caps?|capsules?|sachets?)\b|\b(?:od|bd|bid|tds|tid|qds|qid|qd|prn|nocte"
    r"|mane|daily|twice|weekly|tablets?|capsules?|inhaler|sachets?|patch|injection|drops)\b"
)
"""A dose or directions: what an age or a birth date never says, and a medicine's line does.
Weights (``16 kg``) are none: a line of the person's facts gives them."""
_UNIT = r"(?:yo|y/o|years?|yrs?|months?|mths?|mos?|weeks?|wks?|days?|[ymwd])\b\.?"
_FACTS = re.compile(
    rf"(?i)\b(?:(?:pt\.?|patient'?s?|child'?s?)\s+)?(?:age|aged)\s*[:=-]?\s*\d{{1,3}}(?:\.\d)?"
    rf"(?:\s*-?\s*{_UNIT})?(?:\s*-?\s*old)?"
    rf"|\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s?date|born)\s*[:=-]?\s*(?:{DATE}|[^\s,;]+)?"
    rf"|\b\d{{1,3}}(?:\.\d)?\s*-?\s*{_UNIT}(?:\s*-?\s*old)?"
)
"""The age and birth-date words taken out of the line (``age 4``, ``Age: 45``, ``DOB
01/02/1950``, ``7 yo``, ``4 years old``, ``18 months``)."""
_NOT_MEDICINE = re.compile(
    r"(?i)(?:name|patient|pt|mrn|nhs\s*(?:no|number)|hospital\s*(?:no|number)|for)\.?"
    r"(?:\s*[:=#-]\s*.*|\s+[A-Z0-9][\w'.]*(?:\s+[A-Z][\w'.]*)?)?"
    r"|(?:son|daughter|child|boy|girl|male|female|m|f|nkda|nka|nkfa|no\s+known\s+(?:drug\s+)?"
    r"allergies|allergies:?\s*none|dob|d\.o\.b|born|aged?)\.?"
)
"""A part that names no medicine: a label and what follows it, a sex, an allergy statement."""
_TALK = re.compile(
    r"(?i)(?:lives|living|brought|accompanied|seen|here|with|and|mum|mom|dad|gran|nan|carer|in"
    r"|at|from|attends|goes|school|nursery|year|class|grade|is|was|has|wife|husband|partner"
    r"|spouse|nok|next|mother|father|parent|guardian)\b"
)
"""How a line about the person goes on (``lives with Gran``, ``brought in by mum``)."""


_SPOKEN = frozenset(
    """years months weeks three seven eight eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety half
    sometime unknown daughter granddaughter grandson child children little youngest eldest
    oldest middle younger older toddler infant""".split()  # noqa: SIM905
)
"""Words of an age or a date written out (``six weeks old``), which name no medicine."""


def medicine_rest(name: str) -> str | None:
    """What is left of ``name``, a line read as the person's facts, once its age and
    birth-date words are taken out (see the module); None when nothing is left that may name a
    medicine."""
    rest = _FACTS.sub(",", name)
    parts = [p.strip(" :=-\u2013()[]") for p in re.split(r"[,;()\[\]]|\s[-\u2013]+\s", rest)]
    parts = [p for p in parts if re.search(r"[A-Za-z]{3}", p) and not _NOT_MEDICINE.fullmatch(p)]
    first = re.match(r"\W*([A-Za-z'-]+)", name)
    who = first.group(1).casefold() if first else ""  # "Lily" of "Lily, age 4, ...": a name?
    said = [p for p in parts if not _TALK.match(p)]
    words = {w.casefold() for p in said for w in re.findall(r"[A-Za-z][A-Za-z-]{4,}", p)}
    may_name = bool(words - {who} - _SPOKEN) or _DOSE.search(name) is not None
    return ", ".join(parts) if parts and may_name else None
