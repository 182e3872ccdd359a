"""A record's Condition marked inactive, resolved or in remission: listed, and sometimes kept.

A problem list's ``clinicalStatus`` says whether a condition is current, but some conditions the
rules withhold for do not end, and some that end may not be over yet:

- **lasting**: chronic kidney disease at any stage, end-stage kidney disease, dialysis or a kidney
  transplant (KDIGO 2012: CKD is kidney damage or a GFR below 60 for more than 3 months, and a
  kidney transplant is CKD, rules source ``kdigo-2012-ckd``), myasthenia gravis (remission is not
  cure) and heart failure (an improved ejection fraction is still heart failure): whatever the
  record says, such an entry marked inactive is more often a tidied problem list or a
  transplant than a cure. It withholds the dose until the condition is confirmed (our judgement,
  the safer reading).
- **may end**: acute kidney injury, high blood magnesium and heart block: it withholds when it
  ended within :data:`RECENT_DAYS` days of the run's date, or the record does not say when (the
  days after an acute kidney injury are acute kidney disease, when kidney function may not be
  back: up to 90 days in the ADQI 2017 consensus, rules source ``adqi-2017-akd``; the same
  window for high magnesium and heart block is our judgement). One that ended earlier is not
  counted, except high blood magnesium given as the reason or note of a stopped medicine ("Stopped
  - hypermagnesaemia"): magnesium built up before, so it withholds however long ago (our
  judgement, the safer reading).
- conditions that cap a dose (pregnancy, breastfeeding) and the rest: not counted, as before.

A Condition whose text the matcher cannot read withholds, within the same window, when the safety
net screens it (:mod:`magadvise.fhir.screen`); else it is not counted. Such an entry is listed
under skipped with its status either way; the ones kept give ``withhold="ended:<condition id>"``
(or the screen's mark), which :mod:`magadvise.advice.record_gate` turns into the withholder
``record-inactive-condition`` (``record-not-read`` for one screened).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.medlist import Entry
    from magadvise.rules.ruleset import Rules

RECENT_DAYS = 90
"""Days after a condition that may end is recorded as ended within which it still withholds."""
LASTING = frozenset(
    {"kidney-disease", "severe-kidney-disease", "dialysis", "myasthenia-gravis", "heart-failure"}
)
MAY_END = frozenset({"hypermagnesemia", "heart-block"})
ENDED = "ended"
"""``Entry.withhold`` prefix of a Condition kept though the record lists it as not current."""
_ACUTE_KIDNEY = re.compile(r"\b(?:aki|arf|acute\s+(?:kidney|renal))\b")
_CHRONIC_KIDNEY = re.compile(
    r"\b(?:ckd|chronic|esrd|eskd|end[\s-]*stage|dialy\w*|hd|pd|capd|transplant\w*|stage)\b"
)


def ended(rules: Rules, entry: Entry) -> Entry:
    """``entry`` (a fact ``"ended"``, see :mod:`magadvise.fhir.context`) as listed under
    skipped: kept to withhold the dose (``withhold`` set, the reason says why) or not counted."""
    from magadvise.advice.record_facts import condition_meaning
    from magadvise.fhir.old_reasons import MEDICINE

    status = f"clinical status '{entry.status}'"
    when = f", ended {entry.dated}" if entry.dated else ""
    stopped = (entry.status or "").startswith(MEDICINE)
    if stopped:  # a reason or note of a medicine not taken
        status = f"said of a {(entry.status or '').removeprefix(MEDICINE)} medicine"
        when = f", last dated {entry.dated}" if entry.dated else ""
    read_as = condition_meaning(rules, entry)
    if read_as is None:  # not read: the safety net, within the window
        if entry.withhold and recent(entry.dated):
            from magadvise.fhir.screen import screened_why

            why = f"{status}{when}, a condition magadvise does not read: not read; "
            why += screened_why(entry.withhold)
            return entry._replace(skipped=why, unread=True)
        return _not_counted(entry, status + when)
    for condition in read_as[0]:
        if condition.dosing.action != "withhold":
            continue
        if condition.id in LASTING and not _acute_kidney(condition.id, entry):
            why = f"{status}{when}, but {_LASTS.get(condition.id, _LASTS['kidney'])}"
        elif stopped and condition.id == "hypermagnesemia":  # "stopped - hypermagnesaemia"
            why = f"{status}{when}, but a medicine stopped for high blood magnesium says "
            why += "magnesium built up before and may again"
        elif recent(entry.dated):
            why = f"{status}{when or ' (the record does not say when)'}, within {RECENT_DAYS} "
            why += "days: it may not be over"
        else:
            continue
        kidney = condition.id in ("kidney-disease", "severe-kidney-disease", "dialysis")
        why += f"; no dose is advised until {'kidney function' if kidney else 'it'} is confirmed"
        return entry._replace(skipped=why, withhold=f"{ENDED}:{condition.id}")
    return _not_counted(entry, status + when)


_LASTS = {
    "kidney": "kidney disease does not resolve (a kidney transplant is still kidney disease)",
    "myasthenia-gravis": "myasthenia gravis in remission is still myasthenia gravis",
    "heart-failure": "heart failure that has improved is still heart failure",
}


def recent(day: str | None) -> bool:
    """True when ``day`` (``YYYY-MM-DD``) is within :data:`RECENT_DAYS` days before the run's
    date, or after it, or None (not said when: the safer reading)."""
    from magadvise.clock import today

    if day is None:
        return True
    try:
        return (today() - date.fromisoformat(day)).days <= RECENT_DAYS
    except ValueError:
        return True


def _acute_kidney(condition: str, entry: Entry) -> bool:
    """An acute kidney injury alone (``AKI``, ``acute renal failure``), not a lasting one."""
    if condition not in ("kidney-disease", "severe-kidney-disease"):
        return False
    text = " ".join((entry.name, *entry.also)).lower()
    return _ACUTE_KIDNEY.search(text) is not None and _CHRONIC_KIDNEY.search(text) is None


def _not_counted(entry: Entry, status: str) -> Entry:
    return entry._replace(skipped=f"{status}: not counted", withhold=None, unread=False)
