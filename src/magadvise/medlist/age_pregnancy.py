"""A pregnancy and the person's age on one line: ``Pregnant, age 16``, ``Age 16, pregnant``,
``Pregnant (16 years old)``, ``16yo pregnant``.

Read whole as the person's age (:mod:`.person_line`), the line lost its pregnancy: a pregnant
16-year-old got a child's dose with no word of the pregnancy's cap or cautions, or, with the age
not read, the line was set aside. Such a line is two facts: the age, read as the same words alone
on their line would be, and the pregnancy, kept as a line of its own that the condition reader
takes (:mod:`magadvise.advice.listed_conditions`). The child's upper level and the pregnancy's
cap then both apply, the lower winning (IOM 1997: 350 mg a day from supplements from 9 years,
in pregnancy too).

Weeks beside a pregnancy's word are its weeks, not an age (:mod:`.pregnancy_weeks`): such a line
is not read here.
"""

from __future__ import annotations

import re

from magadvise.medlist import Entry

_PREGNANT = r"(?:pregnant|pregnancy|preg)"
_CLAUSES = re.compile(r"[,;()\[\]]|\s[-\u2013]+\s")
_SPACED = re.compile(
    rf"(?i)\s*(?:(?P<p1>{_PREGNANT})\s+(?P<a1>.+?)|(?P<a2>.+?)\s+(?P<p2>{_PREGNANT}))\s*"
)


def age_and_pregnancy(name: str, label: str, number: int | None) -> list[Entry]:
    """The age and the pregnancy of a line that holds only the two (see the module): the age's
    facts, then an entry of the pregnancy's words; empty for any other line."""
    from magadvise.medlist.plain import person_fact
    from magadvise.medlist.pregnancy_weeks import pregnancy_weeks

    if pregnancy_weeks(name):
        return []
    clauses = [c.strip() for c in _CLAUSES.split(name) if c and c.strip()]
    if len(clauses) == 1 and (spaced := _SPACED.fullmatch(name)) is not None:
        clauses = [spaced["p1"] or spaced["p2"], spaced["a1"] or spaced["a2"]]
    said = [c for c in clauses if re.fullmatch(rf"(?i){_PREGNANT}", c)]
    others = [c for c in clauses if c not in said]
    if len(said) != 1 or not others:
        return []
    facts = [person_fact(c, label, number) for c in others]
    if any(f is None or f.fact not in ("age", "birthDate") for f in facts):
        return []
    return [*(f for f in facts if f is not None), Entry(said[0], label, number)]
