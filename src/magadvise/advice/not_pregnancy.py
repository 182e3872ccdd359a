"""Words on a list that look like a pregnancy and say something else.

A typed list's pregnancy readers (:mod:`magadvise.advice.listed_conditions`,
:mod:`magadvise.advice.pregnancy_written`) cap the dose at the pregnancy upper level. Two
wordings they read as a pregnancy are not one, and are read here instead:

- a medicine's next dose, where the words before the ``due`` say so themselves: ``next dose
  due 12/15/26``, ``next due date 12/15/26``, ``refill due 3/1/27``, ``repeat prescription
  due``, ``booster due``, ``Shingrix dose 2 due date 3/1/27``, ``2nd dose due``, ``due date
  for next dose 3/1/27`` (:func:`said_next`). Nothing else is enough: not an injection word, an
  interval or a medicine's name (``B12 1000 mcg IM monthly, due date 12/15/26``, ``Lantus 10
  units SC nocte, due date 4/1/27``, ``Zoladex 10.8 mg q12wk (due date 1/3/27)`` keep the
  cap). Insulins, heparins, anti-D, antenatal steroids, IV iron and vaccines are all injected
  in pregnancy, and no list of them is ever complete, so a plain ``due date`` beside any
  medicine stays a pregnancy's; a false cap (the B12 injection's next dose read as a
  pregnancy) is the safe side. A wording joined by a comma (``Tdap booster, due date
  4/10/27``) is two things, and the due date stays a pregnancy's; so does any ``due`` on a line
  with a pregnancy word (``EDD``, ``pregnant``, ``28/40``, ``G2P1``, ``baby``);
- a plain no: ``Not pregnant``, ``Pregnancy: no``, ``Pregnant: N``, the whole line and nothing
  else (:func:`says_not_pregnant`). ``Pregnancy test negative`` or ``Pregnancy: neg`` keeps
  the cap: a test rules out a pregnancy only on the day it was done, and early tests miss
  one, so it is not read as "not pregnant". ``Pregnancy: no (breastfeeding)`` is read as ``Not
  pregnant (breastfeeding)`` is (:data:`PLAIN_NO`): the words after it count on their own.

Weeks written ``N/40`` after an insulin (``Humalog 12/40``, ``NovoRapid 32/40``) may be its
doses morning and evening, or weeks of a pregnancy, which an insulin is often for (gestational
diabetes): the pregnancy cap stays, and the output says it may be the insulin's doses
(:func:`after_insulin`).

Each wording read as no pregnancy is shown as ignored (not a medicine, not a condition), never
dropped silently. The patterns are compiled on first use, and this module is imported only for
a line with ``due``, ``/40`` or ``preg`` in it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.advice.medications import Unresolved
    from magadvise.medlist import Entry
    from magadvise.names.notmed import Ignored
    from magadvise.rules.ruleset import Rules

NEXT_DOSE = "when a medicine's next dose is due, not a pregnancy's due date"
"""What a next dose's ``due`` on a medicine's line is (shown as ignored)."""
SAID_NOT = "says not pregnant: not read as a pregnancy"
"""What a line that says plainly it is not a pregnancy is (shown as ignored)."""

_PREGNANCY = (
    r"(?i)\b(?:pregnan\w*|gestation\w*|gravid\w*|edd|edc|lmp|bab(?:y|ies)|birth|obstetric\w*"
    r"|antenatal|prenatal|pnv|midwife|trimester|iup|g\s?\d{1,2}\s?p\s?\d{1,2})\b"
    r"|\d\s*/\s*40\b"
)
"""A pregnancy word: with one on the line a ``due`` stays a pregnancy's."""
_NEXT = (
    r"(?:next(?:\s+(?:dose|injection|inj|shot|jab|infusion|refill|fill|supply|vaccine"
    r"|vaccination|one))?|refills?|re-?fill|repeat(?:\s+(?:prescription|rx|script|dose))?"
    r"|boosters?|(?:dose|shot|injection|jab|infusion)\s*(?:no\.?|#)?\s*\d{1,2}"
    r"|(?:\d{1,2}\s*(?:st|nd|rd|th)|second|third|fourth|fifth|final)\s+"
    r"(?:dose|shot|injection|jab|infusion))"
)
"""Words that name a medicine's next dose (``next dose``, ``refill``, ``dose 2``, ``booster``)."""
_SAID_NEXT = (
    rf"(?i)\b{_NEXT}\s*:?\s*due\b[^,;()\[\]]*"
    rf"|\bdue(?:\s+date)?\s*:?\s*[(\[]?\s*(?:of|for)\s+(?:the\s+|a\s+)?{_NEXT}\b[^,;()\[\]]*"
)
"""A ``due`` said to be a next dose's: those words right before it (``refill due``, ``dose 2
due date``), or after it with ``of`` or ``for`` (``due date for next dose``), to the clause's
end (a comma, a semicolon or a bracket)."""
_PLAIN_NO = r"pregnan(?:t|cy)(?:\s+status)?\s*\??\s*[:=-]?\s*(?:no|n)"
_SAYS_NOT = (
    r"(?i)\s*(?:(?:not|non)[\s-]*(?:currently\s+)?pregnant"
    r"|pregnan(?:t|cy)(?:\s+status)?\s*\??\s*[:=-]?\s*(?:no|n|not\s+pregnant))\s*\.?\s*"
)
PLAIN_NO = rf"(?i)^\s*{_PLAIN_NO}\b(?=\s*(?:[(\[,;]|\s-\s))"
"""``Pregnancy: no`` (``Pregnant: N``) before other words in brackets or after a comma, a
semicolon or a dash: read as ``not pregnant`` (the condition reader's negation), so the words
after it count on their own (``Pregnancy: no (breastfeeding)``: breastfeeding)."""


def said_next(line: str) -> list[tuple[int, int]]:
    """Where ``line`` says a ``due`` is a medicine's next dose (see the module): the (start,
    end) of each such wording; none on a line with a pregnancy word."""
    if "due" not in line.casefold() or re.search(_PREGNANCY, line):
        return []
    return [found.span() for found in re.finditer(_SAID_NEXT, line)]


def next_dose(line: str, text: str) -> str | None:
    """The wording of ``line`` (``dose 2 due date 3/1/27``) that says its piece ``text``
    (``due date``, ``refill due date``) is a medicine's next dose, else None."""
    piece = text.strip().casefold()
    for start, end in said_next(line):
        if piece and piece in line[start:end].casefold():
            return line[start:end].strip()
    return None


def says_not_pregnant(text: str) -> bool:
    """Whether ``text`` (a whole line) says only that it is not a pregnancy: ``Not pregnant``,
    ``Pregnancy: no``, ``Pregnant: N``."""
    return re.fullmatch(_SAYS_NOT, text) is not None


def after_insulin(rules: Rules, before: str) -> str | None:
    """The insulin's name (``Humalog``, ``NovoLog``, ``insulin``) the text ``before`` weeks
    written as ``N/40`` ends with (the numbers may be its doses: see the module), else None."""
    found = re.search(r"([A-Za-z][\w-]*)\W*$", before)
    if found is None:
        return None
    if found[1].casefold() == "insulin":
        return found[1]
    medication = rules.medications.find(found[1])
    return found[1] if medication is not None and "insulin" in medication.classes else None


def no_pregnancy(line: str, result: Unresolved, entry: Entry | None) -> Ignored | None:
    """``result`` shown as ignored when it looks like a pregnancy and is not one (a medicine's
    next dose said due, a line saying ``Not pregnant``); None for any other (most) text."""
    text = result.input.strip().casefold()
    if "due" not in text and not ("preg" in text and text == line.strip().casefold()):
        return None
    from magadvise.names.notmed import Ignored

    where = entry.where if entry is not None else None
    if "due" not in text:
        return Ignored(result.input.strip(), SAID_NOT, where) if says_not_pregnant(text) else None
    due = next_dose(line, text)  # "refill due date", "due date" of "dose 2 due date 3/1/27"
    return Ignored(due, NEXT_DOSE, where) if due is not None else None
