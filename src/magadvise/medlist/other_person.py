"""A list's line that gives someone else's age or date of birth: a parent's, a carer's.

``Mum DOB 01/02/1990``, ``Age 38 (mother)``, ``Mother's age: 34``, ``Mum: 35``, ``Completed by:
mother (age 34)``, ``Parent/guardian: Jane Smith, age 38``: the age is not the patient's, and
read as it (:mod:`.person_line`) it gave an adult's dose on a child's list (a child's upper
level for supplements is 65 mg a day at 1-3 years and 110 mg at 4-8, IOM 1997). Such a line
tells that someone else wrote the list, most often a parent for a child, so it is kept as
someone else's age (``Entry.fact`` :data:`OTHER`, ``Entry.name`` as written): never the age
advised for, and without the patient's own age (``--age``, ``Age: 4`` on the list) it withholds
the dose (exit 4, ``age-not-read``, :mod:`magadvise.advice.record_gate`) with a reason that
names the line.

Whose: a parent (mum, mom, mother, dad, father, parent; step- or foster), a guardian, a carer or
caregiver, a grandparent (gran, nan), an aunt or uncle, the next of kin, a spouse or partner,
and whoever completed or filled in the list. The patient's own age beside such a word (``Tom, 4
years, brought by mother``) is read by :mod:`.own_age`.
A son's or daughter's age is read as the patient's (:mod:`.person_line`): on a parent's list the
child's age is the younger, whose level is the lower, so reading it never raises a dose (our
judgement). ``MOM`` (milk of magnesia) keeps its meaning: only a line whose words, once the
relative's are set aside, give nothing but an age or a date of birth is read so.
"""

from __future__ import annotations

import re

from magadvise.medlist import Entry

OTHER = "otherAge"
"""``Entry.fact`` of someone else's age or birth date written on a list."""
WHO = (
    r"(?:(?:step|foster)\s*-?\s*)?(?:mum|mom|mummy|mommy|mother|dad|daddy|father|parents?|"
    r"guardian|carer|care\s*giver|caretaker|grand(?:mother|father|ma|pa|parents?|dad)|gran|"
    r"granny|nan|nana|nanna|aunt|auntie|aunty|uncle|next\s+of\s+kin|nok|spouse|wife|"
    r"husband|partner)(?:'s|s')?"
)
"""A relative's or carer's word (``foster mum``, ``nan``, ``stepdad``)."""
_OTHER = re.compile(
    rf"(?i)(?:\b(?:completed|filled\s+(?:in|out)|written|signed|prepared)\s+by\s*[:=-]?\s*)?"
    rf"(?:\bof\s+(?:the\s+)?)?\b{WHO}(?:\s*(?:/|&|\band\b|\bor\b)\s*{WHO})*(?![\w'])"
)
_NAME = re.compile(r"(?i)\s*(?:[a-z][\w'.-]*\s+){0,2}[a-z][\w'.-]*\s*(?:[,:-]\s*|(?=age\b|dob\b))")
"""A name before the age (``Jane Smith, age 38``), set aside."""
_NUMBER = re.compile(r"(?i)\s*\(?\s*\d{1,3}\s*(?:y|yrs?|years?(?:\s+old)?|yo|y/o)?\s*\)?\s*\.?")
"""A bare age after the relative's word (``Mum: 35``, ``Dad (42)``)."""


def other_entry(text: str, file: str, line: int | None) -> Entry | None:
    """The line as someone else's age or birth date (see the module), or None."""
    if _OTHER.search(text) is None:
        return None
    rest = _OTHER.sub(" ", text)
    rest = re.sub(r"\(\s*\)|\[\s*\]", " ", rest)  # "Age 38 (mother)": "Age 38 ( )"
    rest = re.sub(r"^[\s/:=,;&-]+|[\s/:=,;&-]+$", "", rest)
    if not rest:
        return None
    if _says_age(rest) or ((found := _NAME.match(rest)) and _says_age(rest[found.end() :])):
        return Entry(text, file, line, fact=OTHER)
    return None


def names_someone_else(text: str) -> bool:
    """Whether ``text`` names a relative or carer (``mum``, ``carer``, ``completed by``)."""
    return _OTHER.search(text) is not None


def _says_age(text: str) -> bool:
    """Whether ``text`` holds nothing but an age or a date of birth."""
    from magadvise.medlist.person_line import person_entry

    return bool(text.strip()) and (
        _NUMBER.fullmatch(text) is not None or person_entry(text, "", None) is not None
    )


def other_said(entry: Entry) -> tuple[str, str]:
    """Why someone else's age stops the dose, and what to do."""
    return (
        f"{entry.said('gives')} '{entry.name}' ({entry.where}): the age or birth date of "
        "someone else (a parent, a carer), not the patient's. The list may be written for a "
        "child, whose age magadvise was not given",
        "Give the patient's age with --age (on the list, write it as 'Age: 4').",
    )
