"""When a record says a Condition ended (FHIR R4 ``Condition.abatement[x]``).

Read for a Condition marked inactive, resolved or in remission
(:mod:`magadvise.advice.ended_conditions` weighs how long ago it ended).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def ended_day(resource: dict[str, Any]) -> str | None:
    """The day (``YYYY-MM-DD``) a Condition ended: ``abatementDateTime``, else the end of
    ``abatementPeriod`` (else its start), else an ``abatementString`` that starts with a date;
    a year or a year and month is read as its last day (the most recent it may mean: the safer
    reading). None when the record gives no such date (an ``abatementAge`` is not read)."""
    period = resource.get("abatementPeriod")
    ends = (period.get("end"), period.get("start")) if isinstance(period, dict) else ()
    said = (resource.get("abatementDateTime"), *ends, resource.get("abatementString"))
    dates = (_DATE.match(v.strip()) for v in said if isinstance(v, str))
    found = next((d for d in dates if d is not None), None)
    return None if found is None else _last_day(found)


def _last_day(found: re.Match[str]) -> str | None:
    year, month, day = found.groups()
    try:
        if day is not None:
            return date(int(year), int(month), int(day)).isoformat()
        if month is not None:
            after = date(int(year) + int(month) // 12, int(month) % 12 + 1, 1)
            return (after - timedelta(days=1)).isoformat()
        return date(int(year), 12, 31).isoformat()
    except ValueError:
        return None
