"""A pregnancy's own regimen written on a list's line: the line says a pregnancy by itself.

Two injections are given on a schedule that only a pregnancy has, so the words beside them
that would be read as something else on any other line are read as a pregnancy here
(:func:`antenatal_regimen`; the 350 mg cap, with the words shown as the fact read):

- an antenatal corticosteroid course, betamethasone or dexamethasone *injected* (``IM``,
  Celestone Soluspan), beside ``N weeks`` with N from 23 to 36 (``Dexamethasone 6 mg IM q12h,
  next dose due 8pm, 31 weeks``). Beside another medicine a bare ``31 weeks`` is read as how
  long it is taken; an intramuscular steroid is never a course of weeks, and it is given for
  a preterm birth from 23+0 to 35+6 weeks (NICE NG25, Preterm labour and birth, 2015,
  updated 2022, 1.5: discuss at 23+0 to 23+6, offer at 24+0 to 33+6, consider at 34+0 to
  35+6 weeks; NICE quality standard QS135, statement 5) and in the US to 36+6 weeks (ACOG
  Committee Opinion 713, 2017: the late preterm course at 34+0 to 36+6 weeks). Taken by mouth,
  the same steroids are ordinary courses, and the weeks stay a course's;
- anti-D immunoglobulin with a further dose said due (``Anti-D 1500 IU IM, next dose due
  postpartum``, ``Rhophylac 1500 IU IM, dose 2 due 4/10/27``): a next dose's ``due`` is not a
  pregnancy's on another medicine's line (:mod:`magadvise.advice.not_pregnancy`), but anti-D
  is given on a schedule in pregnancy: routine antenatal prophylaxis at 28 and 34 weeks, or
  once at 28-30 weeks (NICE TA156, 2008), and every 6 weeks while bleeding goes on after 12
  weeks (RCOG Green-top Guideline 22, 2011). After a birth a further dose follows only a large
  bleed from the baby (BSH 2014 anti-D guideline), and in immune thrombocytopenia (WinRho,
  Rhophylac IV) it is a Rh-positive adult's: read as a pregnancy there, the cap is the safe
  side.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.medications import Resolved
from magadvise.names.forms import INJECTED

if TYPE_CHECKING:
    from magadvise.advice.medications import Unresolved

_STEROIDS = frozenset({"betamethasone", "dexamethasone"})
_ANTI_D = "anti-d-immunoglobulin"
_WEEKS = r"(?i)(?<![\d./+])(?P<weeks>\d{1,2})\s*(?:weeks?|wks?|w)\b"
_STEROID_WEEKS = range(23, 37)
"""Weeks at which an antenatal corticosteroid course is given (see the module)."""
_DUE = r"(?i)\bdue\b"


def antenatal_regimen(line: str, results: list[Resolved | Unresolved]) -> str:
    """What ``line`` says that is a pregnancy's own regimen (see the module), as written
    (``31 weeks after an injected corticosteroid``); empty when it says none."""
    from magadvise.advice.route import route_of

    read = [r for r in results if isinstance(r, Resolved)]
    injected = any(r.medication.id in _STEROIDS and route_of(r) == INJECTED for r in read)
    if injected:
        for found in re.finditer(_WEEKS, line):
            if int(found["weeks"]) in _STEROID_WEEKS:
                return f"{found[0].strip()} beside an injected corticosteroid (an antenatal course)"
    if any(r.medication.id == _ANTI_D for r in read) and re.search(_DUE, line):
        return "anti-D with a further dose due (antenatal prophylaxis)"
    return ""
