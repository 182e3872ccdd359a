"""Words on a list that look like a pregnancy and say something else.

A typed list's pregnancy readers (:mod:`magadvise.advice.listed_conditions`,
:mod:`magadvise.advice.condition_lead`) cap the dose at the pregnancy upper level. Three
wordings they read as a pregnancy are not one, and are read here instead:

- a medicine's next dose: ``B12 1000 mcg IM monthly, due date 12/15/26``, ``Shingrix dose 2
  due date 3/1/27``, ``Zoladex 10.8 mg q12wk (due date 1/3/27)``. A ``due date`` on a line
  that says the medicine is injected, implanted, a vaccine, a numbered dose or a refill (IM,
  injection, depot, implant, vaccine, booster, dose 2, refill), or that names a medicine
  before it and gives its interval (monthly, q12wk, every 3 months), is when that medicine is
  next due (:func:`next_dose`). A medicine's name alone is not enough (``Prenatal vitamin,
  due date 3/1/27`` is a pregnancy), and neither is any line with a pregnancy word on it
  (``EDD``, ``pregnant``, ``28/40``, ``G2P1``, ``baby``), a medicine taken daily, or an
  injection or vaccine given in pregnancy (``Lovenox 40 mg SC``, ``progesterone IM``,
  ``Rhogam``, ``Tdap vaccine``, ``flu shot``): those keep the cap;
- a dose split after an insulin: ``Humalog 12/40`` (units morning/evening), not 12 weeks of a
  pregnancy (:func:`insulin_split`). ``Lantus 20 units 28/40`` keeps the cap: the weeks do not
  follow the insulin's name, and a pregnancy on insulin is common;
- a plain no: ``Not pregnant``, ``Pregnancy: no``, ``Pregnant: N``, the whole line and nothing
  else (:func:`says_not_pregnant`). ``Pregnancy test negative`` or ``Pregnancy: neg`` keeps
  the cap: a test rules out a pregnancy only on the day it was done, and early tests miss
  one, so it is not read as "not pregnant".

Each is shown as ignored (not a medicine, not a condition), never dropped silently. The
patterns are compiled on first use, and this module is imported only for a line with ``due``,
``/40`` or ``preg`` in it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.rules.ruleset import Rules

NEXT_DOSE = "when a medicine's next dose is due, not a pregnancy's due date"
"""What a ``due date`` on a medicine's line is (shown as ignored)."""
SAID_NOT = "says not pregnant: not read as a pregnancy"
"""What a line that says plainly it is not a pregnancy is (shown as ignored)."""

_PREGNANCY = (
    r"(?i)\b(?:pregnan\w*|gestation\w*|gravid\w*|edd|edc|lmp|bab(?:y|ies)|birth|obstetric\w*"
    r"|antenatal|prenatal|pnv|midwife|trimester|iup|g\s?\d{1,2}\s?p\s?\d{1,2})\b"
    r"|\d\s*/\s*40\b"
)
"""A pregnancy word: with one on the line a ``due date`` stays a pregnancy's."""
_GIVEN_IN_PREGNANCY = (
    r"(?i)\b(?:progesterone|pio|rhogam|anti[\s-]?d|rho\s*\(?d\)?|winrho|rhophylac|makena"
    r"|17[\s-]?ohp|hydroxyprogesterone|heparin|enoxaparin|lovenox|clexane|dalteparin|fragmin"
    r"|tinzaparin|insulin|influenza|flu|tdap|boostrix|adacel|rsv|abrysvo|covid\w*)\b"
    r"|\b(?:daily|qd|od|bid|tid|qid|nightly|qhs|qam|qpm|bd|tds)\b"
)
"""Injections and vaccines a pregnancy is given (progesterone, anti-D, heparins, insulin, the
influenza, Tdap, RSV and COVID vaccines), and a medicine taken every day, which has no next
dose's date to write: beside these a ``due date`` may be the pregnancy's, so it stays one."""
_DOSE_CUE = (
    r"(?i)\b(?:im|sc|sq|subq|subcut\w*|inj|inject\w*|shots?|jabs?|depot|implants?|vaccin\w*"
    r"|immuni[sz]ation|booster|refills?|infusions?|(?:dose|shot)\s*(?:no\.?|#)?\s*\d"
    r"|\d(?:st|nd|rd|th)\s+(?:dose|shot|injection))\b"
)
"""Words that say a line is about a medicine's doses given at intervals."""
_INTERVAL = (
    r"(?i)\b(?:monthly|q\s*\d{1,2}\s*(?:wks?|weeks?|w|mos?|months?)|every\s+\d{1,2}\s+"
    r"(?:weeks?|months?)|\d{1,2}[\s-]*(?:monthly|weekly))\b"
)
"""A medicine's interval between doses measured in weeks or months."""
_DUE_DATE = r"(?i)\bdue\s+date\b[^,;()\[\]]*"
_SAYS_NOT = (
    r"(?i)\s*(?:(?:not|non)[\s-]*(?:currently\s+)?pregnant"
    r"|pregnan(?:t|cy)(?:\s+status)?\s*\??\s*[:=-]?\s*(?:no|n|not\s+pregnant))\s*\.?\s*"
)


def next_dose(line: str, named: bool) -> str | None:
    """The ``due date`` text of ``line`` (``due date 12/15/26``) when it is a medicine's next
    dose (see the module), else None. ``named``: a medicine is read on the line besides it."""
    if re.search(_PREGNANCY, line) or re.search(_GIVEN_IN_PREGNANCY, line):
        return None
    if not (re.search(_DOSE_CUE, line) or (named and re.search(_INTERVAL, line))):
        return None
    found = re.search(_DUE_DATE, line)
    return found[0].strip() if found else None


def says_not_pregnant(text: str) -> bool:
    """Whether ``text`` (a whole line) says only that it is not a pregnancy: ``Not pregnant``,
    ``Pregnancy: no``, ``Pregnant: N``."""
    return re.fullmatch(_SAYS_NOT, text) is not None


def insulin_split(rules: Rules, before: str) -> bool:
    """Whether the text ``before`` weeks written as ``N/40`` ends with an insulin's name
    (``Humalog``, ``NovoLog``, ``insulin``): the numbers are its doses, not weeks."""
    found = re.search(r"([A-Za-z][\w-]*)\W*$", before)
    if found is None:
        return False
    if found[1].casefold() == "insulin":
        return True
    medication = rules.medications.find(found[1])
    return medication is not None and "insulin" in medication.classes
