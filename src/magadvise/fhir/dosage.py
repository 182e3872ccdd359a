"""When a record says a medicine is taken: ``dosageInstruction.timing.repeat`` read into times.

Three parts of a FHIR ``Timing.repeat`` are read, in this order of precedence:

- ``timeOfDay`` (``"07:30:00"``): clock times, taken as given;
- ``when`` (FHIR EventTiming / HL7 v3 TimingEvent codes: ``MORN``, ``NIGHT``, ``HS``, ``ACM``,
  ``PCV``...) with ``offset`` (minutes): an event of the day, turned into a typical clock time
  (the table below; our assumption, said in the output);
- ``frequency`` / ``period`` / ``periodUnit`` (``2`` per ``1`` ``d``; ``frequencyMax`` and
  ``periodMax`` read at their most), else ``timing.code`` (``TID``): doses a day, turned into
  times by the timing plan (:func:`magadvise.advice.timing.spread`).

How much a dose is comes from ``doseAndRate[].doseQuantity`` (see :mod:`magadvise.fhir.quantity`)
and, when no dosage has one, the free ``text`` of the dosage (``2 tabs twice a day``; its
``patientInstruction`` when the text gives neither amount nor frequency), kept for the name
parser to read; how much all the dosages add up to in a day, from
:mod:`magadvise.fhir.daily`, or not known when a written text says another amount
(:mod:`magadvise.fhir.written_dose`).
"""

from __future__ import annotations

from typing import Any

from magadvise.fhir.daily import code_per_day, daily_total, repeat_per_day
from magadvise.fhir.quantity import Quantity, dosage_dose, dose_quantity
from magadvise.fhir.timing_more import events_per_day, free_text, unread_timing
from magadvise.record import Record

BREAKFAST, LUNCH, DINNER, MEAL_GAP = 8 * 60, 12 * 60 + 30, 18 * 60 + 30, 30
"""Typical meal times (minutes after midnight) and the gap before or after a meal (minutes)."""

# code: (minutes after midnight, plain words); meals: -1 before, 0 with, +1 after.
_EVENTS: dict[str, tuple[tuple[int, ...], str]] = {
    "WAKE": ((7 * 60,),  "on waking"),
    "MORN": ((8 * 60,), "in the morning"),
    "MORN.early": ((6 * 60,), "early morning"),
    "MORN.late": ((10 * 60,), "late morning"),
    "NOON": ((12 * 60,), "at noon"),
    "AFT": ((15 * 60,), "in the afternoon"),
    "AFT.early": ((13 * 60,), "early afternoon"),
    "AFT.late": ((16 * 60,), "late afternoon"),
    "EVE": ((19 * 60,), "in the evening"),
    "EVE.early": ((18 * 60,), "early evening"),
    "EVE.late": ((20 * 60,), "late evening"),
    "NIGHT": ((22 * 60,), "at night"),
    "HS": ((22 * 60,), "at bedtime"),
    "PHS": ((7 * 60,), "after sleep"),
}  # fmt: skip
_MEALS = {"": (BREAKFAST, LUNCH, DINNER), "M": (BREAKFAST,), "D": (LUNCH,), "V": (DINNER,)}
_MEAL_WORDS = {"": "meals", "M": "breakfast", "D": "lunch", "V": "dinner"}
_SIDE = {"AC": (-1, "before"), "C": (0, "with"), "PC": (1, "after")}


class Dosage(Record):
    """What a resource's dosage says about timing.

    ``times``: clock times (HH:MM) from ``timeOfDay`` or ``when``; ``per_day``: doses a day from
    ``frequency``/``period`` when no times are given; ``note``: how ``when`` codes were read
    (``"before breakfast; clock time typical"``), None for clock times given as such.
    ``quantity``: the amount of one dose (``doseQuantity``), None when none is given;
    ``text``: the dosages' free text, when no dosage gives a ``doseQuantity``; ``daily``: the
    most a day the dosages add up to (see :mod:`magadvise.fhir.daily`), None when one dosage
    gives no timing and no limit; ``as_needed``: a dosage says ``asNeededBoolean: true`` or
    gives an ``asNeededCodeableConcept`` (the reason).
    """

    times: tuple[str, ...] = ()
    per_day: float | None = None
    note: str | None = None
    quantity: Quantity | None = None
    text: str | None = None
    daily: Quantity | None = None
    as_needed: bool = False
    coded_texts: tuple[str, ...] = ()
    """The dosages' free texts when a dosage gives a ``doseQuantity`` (``text`` is then None):
    read beside a magnesium product for an mg that says another amount (advice.mg_directions)."""


def read_dosage(resource: dict[str, Any]) -> Dosage:
    """The timing of a MedicationRequest (``dosageInstruction``) or a statement (``dosage``)."""
    dosages = resource.get("dosageInstruction") or resource.get("dosage") or []
    dosages = [dosages] if isinstance(dosages, dict) else dosages  # an administration's one
    clock: list[str] = []
    events: list[str] = []
    words: list[str] = []
    per_day: float | None = None
    dosages = [d for d in dosages if isinstance(d, dict)] if isinstance(dosages, list) else []
    quantity = dose_quantity(dosages)
    texts = [t for d in dosages if (t := free_text(d)) is not None]
    text = ("; ".join(t for t in texts if t) or None) if quantity is None else None
    coded = tuple(t for t in texts if t) if quantity is not None else ()
    each: list[float | None] = []  # doses a day of each dosage, when its timing says
    unread: Quantity | None = None  # a timing given that cannot be read: amount not known
    for dosage in dosages:
        timing = _object(dosage.get("timing"))
        repeat = _object(timing.get("repeat"))
        given = [t[:5] for t in repeat.get("timeOfDay") or [] if isinstance(t, str)]
        clock.extend(given)
        offset = repeat.get("offset") if isinstance(repeat.get("offset"), int) else None
        named: list[str] = []
        for code in repeat.get("when") or []:
            found = _event(code, offset) if isinstance(code, str) else None
            if found is not None:
                named.extend(found[0])
                words.append(found[1])
        events.extend(named)
        often = repeat_per_day(repeat)
        often = often if often is not None else code_per_day(timing)
        often = often if often is not None else (events_per_day(timing) or None)
        unread = unread or unread_timing(dosage, often)
        if often is not None:
            per_day = (per_day or 0) + often
        counts = [n for n in (often, len(set(given)), len(set(named))) if n]
        each.append(max(counts) if counts else None)
    daily = daily_total(dosages, [dosage_dose(d) for d in dosages], each)
    daily = unread if unread is not None and not (daily and daily.problem) else daily
    if not (daily and daily.problem):  # a written text saying another amount: not known
        from magadvise.fhir.written_dose import disagreement

        daily = disagreement(resource, dosages, each) or daily
    needed = any(
        d.get("asNeededBoolean") is True or isinstance(d.get("asNeededCodeableConcept"), dict)
        for d in dosages
    )
    if clock:
        return Dosage(
            tuple(dict.fromkeys(clock)), per_day, None, quantity, text, daily, needed, coded
        )
    if events:
        note = f"{', '.join(dict.fromkeys(words))}; clock time typical"
        times = tuple(sorted(dict.fromkeys(events)))
        return Dosage(times, per_day, note, quantity, text, daily, needed, coded)
    return Dosage((), per_day, None, quantity, text, daily, needed, coded)


def _object(value: Any) -> dict[str, Any]:
    """``value`` when it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def _event(code: str, offset: int | None) -> tuple[tuple[str, ...], str] | None:
    """Clock times and words for one EventTiming code; None for a code not known here."""
    if code in _EVENTS:
        minutes, words = _EVENTS[code]
        return tuple(_clock(m + (offset or 0)) for m in minutes), words
    for prefix, (side, word) in _SIDE.items():
        meal = code[len(prefix) :]
        if code.startswith(prefix) and meal in _MEALS:
            gap = offset if offset is not None else (MEAL_GAP if side else 0)
            times = tuple(_clock(m + side * gap) for m in _MEALS[meal])
            return times, f"{word} {_MEAL_WORDS[meal]}"
    return None


def _clock(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
