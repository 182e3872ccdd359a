"""Whether a MedicationRequest whose status is ``completed`` may still be being taken.

FHIR R4 defines a request's ``completed`` as "all actions that are implied by the prescription
have occurred" (http://hl7.org/fhir/R4/valueset-medicationrequest-status.html): the order was
filled, which many record systems set as soon as the pharmacy dispenses it. It does not say the
person stopped taking it: a ten-day antibiotic course ordered yesterday is ``completed`` today.
So such a request is checked unless the record's own dates say the course is over:

- an end it gives (``dispenseRequest.validityPeriod.end``, a dosage's
  ``timing.repeat.boundsPeriod.end``), or one it implies (the start, ``authoredOn`` or the
  validity period's start, plus ``dispenseRequest.expectedSupplyDuration`` or a dosage's
  ``boundsDuration``): the course is over when every end is before the run's date;
- refills: ``numberOfRepeatsAllowed`` is "the number of times, in addition to the original
  dispense, ... that the patient can receive the prescribed medication" (FHIR R4
  MedicationRequest.dispenseRequest), so the supply counts once for the first fill and once for
  each repeat (30 days and 3 repeats: 120 days from the start), and a repeat filled on the last
  day of the ``validityPeriod`` lasts one supply past its end;
- no end at all: ordered within :data:`RECENT_DAYS` days (our judgement: the longest usual
  supply, 90 days; that many again for each repeat, up to :data:`REPEATS_DAYS`), or not said
  when, is checked; an older order is not a current medicine.

A record is read once and kept in the cache: a course found running may later end, so a
cached reading can only err towards checking a medicine (the safer direction).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

RECENT_DAYS = 90
"""Days after an order with no end date within which a ``completed`` request is checked."""
REPEATS_DAYS = 366
"""The most days an order with repeats and no end date is checked for (our judgement: a
repeat prescription is commonly written for up to a year)."""
MOST_REPEATS = 100  # more refills than this is not a number to trust: not read
_DAYS = {"d": 1, "day": 1, "days": 1, "wk": 7, "week": 7, "weeks": 7, "mo": 30, "month": 30,
         "months": 30, "a": 365, "year": 365, "years": 365}  # fmt: skip


def course_over(request: dict[str, Any], today: date) -> str | None:
    """Why a ``completed`` MedicationRequest is no longer taken (``"its course ended
    2026-11-10"``), or None when it may still be (then it is checked)."""
    dispense = _dict(request.get("dispenseRequest"))
    validity = _dict(dispense.get("validityPeriod"))
    start = fhir_day(request.get("authoredOn")) or fhir_day(validity.get("start"))
    repeats = _repeats(dispense)
    supply = _dict(dispense.get("expectedSupplyDuration"))
    ends = [fhir_day(validity.get("end"))]
    if repeats:  # a refill on the last valid day lasts a supply more
        ends.append(_plus(ends[0], supply))
    ends.append(_plus(start, supply, 1 + repeats))
    for dosage in request.get("dosageInstruction") or []:
        repeat = _dict(_dict(_dict(dosage).get("timing")).get("repeat"))
        ends.append(fhir_day(_dict(repeat.get("boundsPeriod")).get("end")))
        ends.append(_plus(start, _dict(repeat.get("boundsDuration"))))
    known = [end for end in ends if end is not None]
    if known:
        last = max(known)
        return None if last >= today else f"its course ended {last.isoformat()}"
    recent = min(RECENT_DAYS * (1 + repeats), REPEATS_DAYS)
    if start is None or (today - start).days <= recent:
        return None
    return f"ordered {start.isoformat()}, more than {recent} days ago, with no end date"


def _repeats(dispense: dict[str, Any]) -> int:
    """``numberOfRepeatsAllowed``: refills after the first supply (0 when not given)."""
    value = dispense.get("numberOfRepeatsAllowed")
    if isinstance(value, bool) or not isinstance(value, int):
        return 0
    return value if 0 < value <= MOST_REPEATS else 0


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def fhir_day(value: Any) -> date | None:
    """The day of a FHIR date or dateTime (``2026-11-30``, ``2026-11-30T08:00:00Z``)."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _plus(start: date | None, duration: dict[str, Any], times: int = 1) -> date | None:
    """``start`` plus ``times`` a FHIR Duration (``{"value": 10, "unit": "days"}``), None if
    unreadable."""
    value = duration.get("value")
    unit = duration.get("code") or duration.get("unit")
    days = _DAYS.get(unit.lower()) if isinstance(unit, str) else None
    if start is None or days is None or not isinstance(value, int | float):
        return None
    if not 0 <= value * days * times <= 36_500:  # a course of a century or more: not a date
        return None
    return start + timedelta(days=round(value * days * times))
