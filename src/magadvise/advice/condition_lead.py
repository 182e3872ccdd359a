"""A condition written before the medicine taken for it: ``HF on Lasix 40mg``, ``28/40 on
levothyroxine 100mcg``, ``HTN: amlodipine 5mg``, ``AF - digoxin 125mcg``.

Clinicians' lists put the problem first and join it with ``on``, ``:`` or a dash. Read whole,
such a line named nothing: the medicine was lost with its caution (``HF on Lasix``: furosemide
NOT ASSESSED) or the condition was (``28/40 on levothyroxine``: the 28 weeks of a pregnancy read
as a date, so no pregnancy cap). :func:`condition_lead` splits the line where the words before
the joint are wholly a condition and the words after it name a medicine:

- a condition the rules give (``HF``, ``CHF``, ``CCF``, ``CKD 4``, ``ESRD``, ``pregnant``,
  ``20 weeks pregnant``) counts as ``--condition`` would
  (:mod:`magadvise.advice.listed_conditions`), and so does an abbreviation that names one only
  here, before a medicine (``PET on labetalol``: pre-eclampsia, so pregnancy; ``PET scan`` no);
- ``N/40`` or ``N+D weeks`` alone (4 to 42: weeks and days of a pregnancy, as obstetric notes
  write it; first on the line, it needs no joint: ``28/40 levothyroxine 100mcg``, since a
  strength is not written before its medicine's name; ``20/40`` beside no medicine stays
  unread, a visual acuity; ``12 weeks`` without the days may be how long a medicine was taken)
  counts as pregnancy;
- a condition the rules do not gate on (``HTN``, ``AF``, ``T2DM``; :mod:`magadvise.names.notmed`)
  is kept as a text of its own, shown as ignored, a condition and not a medicine;
- words before the joint that name a medicine (``Lasix on hold``, ``Vitamin D: 1000 IU``), or
  any when the line read whole was understood, leave the line as it was read;
- other words before it, on a line that read whole was not assessed (``HIV on Biktarvy``,
  ``Acne on minocycline``: a condition the rules do not know), stay NOT ASSESSED as a text of
  their own, and the medicine after the joint is read: its caution is not lost with them.

The medicine after the joint is read as any line is, so it keeps its cautions and timing; after
a condition the rules give, a medicine only the drug vocabulary knows (``PET on methyldopa``)
is enough: the condition counts and the medicine stays NOT ASSESSED on its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.listed_conditions import (
    ListedCondition,
    as_listed,
    read_listed,
    spelled_out,
)
from magadvise.record import Record

if TYPE_CHECKING:
    from magadvise.advice.medications import MedicationFinder, Resolved, Unresolved
    from magadvise.medlist import Entry
    from magadvise.rules.ruleset import Rules

# Patterns kept as text are compiled on first use (re's own cache): most lines never need them.
_LEAD = r"(?i)^\s*(?P<lead>[^:;,()]{1,30}?)(?:\s+on\s+|\s*:\s*|\s+[-\u2013]\s+)(?P<rest>\S.*)$"
_GESTATION = r"(?P<weeks>\d{1,2})(?:(?:\s*\+\s*\d)?\s*/\s*40|\s*\+\s*\d\s*(?:weeks?|wks?))"
# weeks first, then a word that is not a unit: a strength is never written before its name
_WEEKS_FIRST = (
    rf"(?i)^\s*(?P<lead>{_GESTATION.replace('?P<weeks>', '')})[\s,]+"
    r"(?P<rest>(?!(?:on|mg|mcg|micrograms?|g|ml|units?|iu|tabs?|tablets?|caps?|capsules?)\b)"
    r"[a-z].*)$"
)
WEEKS = range(4, 43)  # weeks of a pregnancy an obstetric note writes as N/40
MOST_WORDS = 4  # a condition written first is short: "20 weeks pregnant", "CKD stage 4"


class Lead(Record):
    """A line read as a condition then a medicine: the ``readings`` to assess (the medicine's,
    after the condition's own text when it is a condition the rules do not gate on), and the
    condition ``listed`` (None for one the rules do not gate on)."""

    readings: tuple[Resolved | Unresolved, ...]
    listed: ListedCondition | None


def condition_lead(
    rules: Rules, finder: MedicationFinder, line: str, entry: Entry | None, unread: bool = False
) -> Lead | None:
    """The ``line`` read as a condition before a medicine (see the module), or None when it is
    not one. ``entry`` is the list's entry the line came from, None for a ``--med`` value;
    ``unread``: the line read whole left words not assessed (then any words before the joint
    that name no medicine are split off, see the module)."""
    found = re.match(_WEEKS_FIRST, line)  # "28/40 levothyroxine": no joint needed
    if found is None and not re.search(r"(?i)\son\s|:|\s[-\u2013]\s", line):
        return None
    found = found or re.match(_LEAD, line)
    if found is None or len(found["lead"].split()) > MOST_WORDS:
        return None
    lead, rest = found["lead"].strip(), found["rest"]
    weeks = re.fullmatch(_GESTATION, lead)
    said = "pregnant" if weeks is not None and int(weeks["weeks"]) in WEEKS else spelled_out(lead)
    conditions, left = read_listed(rules, said)
    gated = bool(conditions) and not left
    from magadvise.advice.medications import Resolved, Unresolved

    if (
        not gated
        and not _ungated(lead)
        and (not unread or any(isinstance(m, Resolved) for m in finder.resolve(lead)))
    ):
        return None  # "Lasix on hold", "Vitamin D: 1000 IU": read as the line was
    medicines = finder.resolve(rest)
    known = any(isinstance(m, Resolved) or (gated and m.recognised_as) for m in medicines)
    if not known:  # "PET on Monday": no medicine after the joint
        return None
    if gated:
        return Lead(tuple(medicines), as_listed(lead, conditions, entry, ""))
    return Lead((Unresolved(lead, ()), *medicines), None)


def _ungated(lead: str) -> bool:
    """True when ``lead`` is wholly a condition the rules do not gate on (``HTN``, ``AF``)."""
    from magadvise.names.notmed import CONDITION, not_a_medicine

    return not_a_medicine(lead) == CONDITION
