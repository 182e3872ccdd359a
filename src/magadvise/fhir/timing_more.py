"""A dosage's timing beyond ``Timing.repeat``: its ``event`` list, its free text, and what is
given but cannot be read.

- ``timing.event`` (FHIR R4 Timing: "identifies specific times when the event occurs",
  http://hl7.org/fhir/R4/datatypes.html#Timing) is read as doses: the most events that fall
  within any 24 hours (``08:00``, ``14:00``, ``20:00`` on one day: three a day), never one a
  day for three times. A date with no time counts its events on that date. Times of day are
  not taken from it: a stamp in UTC need not be the person's clock.
- a Dosage's free text: its ``text``, else (or when ``text`` says no amount nor how often)
  its ``patientInstruction`` ("Instructions in terms that are understood by the patient",
  http://hl7.org/fhir/R4/dosage-definitions.html), read as typed directions are.
- a timing part given that cannot be read (a local ``timing.code`` with no display read as
  directions, an event that is not a date) is a problem: the amount a day is not known, so a
  magnesium product's amount is not known and no dose is advised beside it (never one a day).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from magadvise.fhir.quantity import Quantity

_DAY = timedelta(days=1)


def events_per_day(timing: dict[str, Any]) -> float | None:
    """Doses a day that ``timing.event`` names (see the module docstring); None when it names
    none; 0 when an event cannot be read (the caller reports it: :func:`unread_timing`)."""
    events = timing.get("event")
    if not isinstance(events, list) or not events:
        return None
    stamps: list[datetime] = []
    days: dict[date, int] = {}
    for event in events:
        if not isinstance(event, str):
            return 0
        try:
            if len(event) == 10:
                day = date.fromisoformat(event)
                days[day] = days.get(day, 0) + 1
            else:
                stamps.append(datetime.fromisoformat(event.replace("Z", "+00:00")))
        except ValueError:
            return 0
    if len({s.tzinfo is None for s in stamps}) > 1:
        stamps = [s.replace(tzinfo=None) for s in stamps]  # the cautious side: closer together
    stamps.sort()
    most = max(days.values(), default=0)
    for i, first in enumerate(stamps):
        within = sum(1 for later in stamps[i:] if later - first < _DAY)
        most = max(most, within)
    return float(most)


def unread_timing(dosage: dict[str, Any], often: float | None) -> Quantity | None:
    """A problem (``Quantity`` with ``problem`` set) when a dosage gives a timing it does not
    let be read (``often`` is what was read of it: None or 0 for nothing); None otherwise."""
    timing = dosage.get("timing")
    if not isinstance(timing, dict) or often:
        return None
    if isinstance(timing.get("event"), list) and timing["event"]:
        written = ", ".join(str(e) for e in timing["event"][:3])
        return Quantity(None, None, written, f"the record's dose times ({written}) cannot be read")
    code = timing.get("code")
    repeat = timing.get("repeat")
    if isinstance(code, dict) and not (isinstance(repeat, dict) and repeat):
        written = _code_written(code)
        return Quantity(None, None, written, f"the record's timing code {written} is not known")
    return None


def free_text(dosage: dict[str, Any]) -> str | None:
    """A dosage's directions as written: its ``text``, or its ``patientInstruction`` when there
    is no text or the text says no amount and no frequency."""
    texts = [
        t.strip() for t in (dosage.get("text"), dosage.get("patientInstruction"))
        if isinstance(t, str) and t.strip()
    ]  # fmt: skip
    if len(texts) < 2:
        return texts[0] if texts else None
    from magadvise.names.parse import read_directions

    said = read_directions(texts[0])
    return texts[0] if said.directions or said.frequency else texts[1]


def _code_written(code: dict[str, Any]) -> str:
    shown = [code.get("text")] + [
        c.get("display") or c.get("code") for c in code.get("coding") or [] if isinstance(c, dict)
    ]
    found = [s for s in shown if isinstance(s, str) and s.strip()]
    return f"'{found[0]}'" if found else "(no code)"
