"""How much a record's dosages add up to in a day, at the most they allow.

Each ``dosage`` (``dosageInstruction``) entry of a resource is counted on its own and the
entries are added: 1 tablet in the morning and 2 at bedtime is 3 tablets a day, never the
largest dose taken at every time named. One entry's doses a day are the most its timing allows:

- ``timing.repeat``: ``frequencyMax`` (else ``frequency``) per the shorter of ``period`` and
  ``periodMax`` (``1-3`` per ``1`` ``d``: 3 a day; every ``4-6`` ``h``: 6 a day);
- the clock times (``timeOfDay``) or events of the day (``when``) it names, one dose each;
- ``timing.code`` (HL7 v3 GTSAbbreviation, FHIR's TimingAbbreviation value set: ``QD``, ``BID``,
  ``TID``, ``QID``, ``AM``, ``PM``, ``QOD``, ``Q<n>H``), else its ``text`` or a coding's
  ``display`` (a local code: "2 times daily") read as typed directions are (``twice daily``),
  when ``repeat`` gives no frequency.

The largest of these is kept; less than once a day (weekly, ``QOD``) still counts one dose on
the day it is taken (the upper level is per day). A dosage that names no timing counts one dose.
An as-needed limit counts too: ``maxDosePerAdministration`` raises the dose to it, and
``maxDosePerPeriod`` (a Ratio: ``40 mL`` per ``1 d``) is scaled to a day (``10 mL`` per ``4 h``:
60 mL) and counted when it is more than the doses scheduled; a period longer than a day counts
its whole amount in one day (it may all be taken on one day). Every choice is the cautious side
for the upper level. A limit that cannot be read makes the amount not known (a problem).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeGuard

from magadvise.fhir.quantity import Quantity, read_quantity

DAYS = {"s": 1 / 86400, "min": 1 / 1440, "h": 1 / 24, "d": 1, "wk": 7, "mo": 30, "a": 365}
"""Days in one FHIR ``periodUnit`` (UCUM units of time; a month as 30 days, a year 365)."""
_WORDS = {"hour": "h", "hours": "h", "day": "d", "days": "d", "week": "wk", "weeks": "wk"}
CODES = {"QD": 1, "AM": 1, "PM": 1, "QOD": 0.5, "BID": 2, "TID": 3, "QID": 4}
"""Doses a day of the GTSAbbreviation codes FHIR R4 lists (``Q<n>H`` is read as 24 / n)."""
_SHOWN = {"count": "units", "mg": "mg", "mL": "mL"}
_EVERY_HOURS = re.compile(r"^Q(\d{1,2})H$")


def repeat_per_day(repeat: dict[str, Any]) -> float | None:
    """Doses a day from ``repeat``: the highest frequency over the shortest period; None when
    it gives no frequency, period and unit."""
    counts = [f for f in (repeat.get("frequency"), repeat.get("frequencyMax")) if _count(f)]
    periods = [p for p in (repeat.get("period"), repeat.get("periodMax")) if _positive(p)]
    unit = DAYS.get(repeat.get("periodUnit") or "")
    if not counts or not periods or unit is None:
        return None
    return float(max(counts)) / (min(periods) * unit)


def code_per_day(timing: dict[str, Any]) -> float | None:
    """Doses a day from ``timing.code``: a GTSAbbreviation coding, else the code's text read
    as directions; None when neither says."""
    code = timing.get("code")
    if not isinstance(code, dict):
        return None
    for coding in code.get("coding") or []:
        value = coding.get("code") if isinstance(coding, dict) else None
        if isinstance(value, str):
            found = _abbreviation(value)
            if found is not None:
                return found
    displays = [c.get("display") for c in code.get("coding") or [] if isinstance(c, dict)]
    for text in (code.get("text"), *displays):  # a local code's display: "2 times daily"
        if not isinstance(text, str) or not text.strip():
            continue
        found = _abbreviation(text)
        if found is not None:
            return found
        from magadvise.advice.written_times import doses_a_day
        from magadvise.names.parse import read_directions

        found = doses_a_day(read_directions(text).frequency)
        if found is not None:
            return found
    return None


def _abbreviation(code: str) -> float | None:
    word = code.strip().upper()
    hours = _EVERY_HOURS.match(word)
    if hours is not None and int(hours[1]) > 0:
        return 24 / int(hours[1])
    return CODES.get(word)


def daily_total(
    dosages: Sequence[dict[str, Any]],
    doses: Sequence[Quantity | None],
    per_day: Sequence[float | None],
) -> Quantity | None:
    """The most a day the dosages allow (see the module's docstring), or None when there is
    one dosage and it gives no timing and no limit (the caller counts its dose as typed
    directions say). ``doses``: each dosage's dose; ``per_day``: its doses a day, if given."""
    limits = [_limits(d) for d in dosages]
    timed = any(p is not None for p in per_day) or any(a or b for a, b in limits)
    if not timed and sum(q is not None for q in doses) <= 1:
        return None
    amounts: list[Quantity] = []
    for dose, often, (each, most) in zip(doses, per_day, limits, strict=True):
        bad = next((q for q in (dose, each, most) if q is not None and q.problem), None)
        if bad is not None:
            return bad
        dose = _larger(dose, each)
        scheduled = _times(dose, max(1.0, often or 1.0)) if dose is not None else None
        larger = _larger(scheduled, most)
        if larger is not None and larger.problem:
            return larger
        if larger is not None:
            amounts.append(larger)
    if not amounts:
        return None
    kinds = {q.kind for q in amounts}
    if len(kinds) > 1:
        written = ", ".join(q.written for q in amounts)
        return Quantity(None, None, written, f"doses given in different units ({written})")
    total = sum(q.value or 0 for q in amounts)
    return _per_day(amounts[0].kind, total)


def _limits(dosage: dict[str, Any]) -> tuple[Quantity | None, Quantity | None]:
    """An as-needed dosage's ``maxDosePerAdministration`` and its ``maxDosePerPeriod`` as an
    amount a day; None for each not given."""
    each = dosage.get("maxDosePerAdministration")
    each_q = read_quantity(each) if isinstance(each, dict) else None
    ratio = dosage.get("maxDosePerPeriod")
    if not isinstance(ratio, dict):
        return each_q, None
    amount = ratio.get("numerator")
    most = read_quantity(amount) if isinstance(amount, dict) else None
    if most is None or most.problem or most.value is None:
        return each_q, most or Quantity(None, None, "?", "maxDosePerPeriod has no amount")
    per = ratio.get("denominator")
    days = _days(per) if isinstance(per, dict) else None
    if days is None:
        problem = f"maxDosePerPeriod {most.written} per an unreadable period"
        return each_q, Quantity(None, None, most.written, problem)
    value = most.value / days if days < 1 else most.value
    return each_q, Quantity(most.kind, value, f"{most.written} per {days:g} d")


def _days(period: dict[str, Any]) -> float | None:
    """Days in a Ratio's denominator (``1 d``, ``4 h``); None when it is not a time."""
    value = period.get("value", 1)
    words = [u.strip() for u in (period.get("code"), period.get("unit")) if isinstance(u, str)]
    unit = next((DAYS[w] for w in (_WORDS.get(w, w) for w in words) if w in DAYS), None)
    if unit is None or not _positive(value):
        return None
    return float(value) * unit


def _times(dose: Quantity, doses: float) -> Quantity:
    if dose.problem:
        return dose
    return _per_day(dose.kind, (dose.value or 0) * doses)


def _per_day(kind: str | None, value: float) -> Quantity:
    """An amount a day, written ``3 units a day`` (a count), ``60 mL a day``."""
    return Quantity(kind, value, f"{value:g} {_SHOWN.get(kind or '', kind)} a day")


def _larger(first: Quantity | None, second: Quantity | None) -> Quantity | None:
    """The larger amount of two of one kind; a problem when their kinds differ."""
    if first is None or second is None:
        return first or second
    if first.kind != second.kind:
        written = f"{first.written}, {second.written}"
        return Quantity(None, None, written, f"doses given in different units ({written})")
    return first if (first.value or 0) >= (second.value or 0) else second


def _count(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _positive(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0
