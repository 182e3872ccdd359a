"""A record's written directions that say another amount a day than its coded dose.

A FHIR dosage may give its dose twice: coded (``doseAndRate``, ``timing``) and written (its
``text``, ``patientInstruction``, ``additionalInstruction``), and a medicine's ``note`` may say
what is really taken ("Patient actually takes 2 tablets twice daily", "takes 3 a day"). When
only one is read, a magnesium product taken at twice its coded dose is counted at the coded one
and more magnesium is advised on top. So every written text that gives an amount or how often is
read as typed directions are (:func:`magadvise.names.parse.read_directions`,
:func:`magadvise.advice.typed_count.dose_times`) and its units a day compared with the dose's:

- a dosage with a coded dose: each of its texts against that dose and its timing; one with no
  coded dose: its first text that says an amount or how often against its timing (a coded
  twice a day beside "1 tablet daily"), and its other texts against that first one;
- a note: against all the dosages together;
- a text that gives only an amount takes the dose's timing, one that gives only how often takes
  the dose's amount ("Take twice daily" beside 1 tablet once a day: 2 a day);
- a dose coded in mg is compared by how often, and a text giving a count of units other than
  one a dose does not agree with it: the mg a unit is not known here, so "Take 3 capsules
  daily" beside 100 mg once a day may be 300 mg (and "Take 2 tablets daily" beside 800 mg may
  be 800 mg or 1,600 mg: not known either way).

When any says another amount a day (more or fewer, or in other units), the amount is not known
(a :class:`~magadvise.fhir.quantity.Quantity` problem): no magnesium dose is advised beside it,
never the lower reading (our judgement). A text that gives neither ("Take with food") is not
compared.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from magadvise.fhir.quantity import Quantity, dosage_dose
from magadvise.record import Record


class _Reading(Record):
    """What a text or a coded dose says: units a dose (None: not said), doses a day (None:
    not said), and the kind of unit (``count`` or ``mL``)."""

    each: float | None
    per_day: float | None
    kind: str = "count"
    times: tuple[tuple[float | None, float | None], ...] = ()  # (amount, doses a day) written


def disagreement(
    resource: dict[str, Any], dosages: Sequence[dict[str, Any]], each: Sequence[float | None]
) -> Quantity | None:
    """A problem when a written text of ``resource`` (its ``dosages``, with the doses a day
    each one's timing gives, ``each``) says another amount a day than its dose; None when none
    does (see the module docstring)."""
    bases: list[_Reading] = []
    for dosage, often in zip(dosages, each, strict=True):
        dose = dosage_dose(dosage)
        coded = _Reading(None, often, "count" if dose is None else "mg")  # mg: how often only
        if dose is not None and dose.kind in ("count", "mL") and dose.value is not None:
            coded = _Reading(dose.value, often, dose.kind)
        readings = [(t, r) for t in _texts(dosage) if (r := _read(t)) is not None]
        if dose is None and readings:  # the first text is the dose
            readings_text, first = readings.pop(0)
            coded = _Reading(_daily(first, coded), 1.0, first.kind)
            if len(first.times) == 1:
                amount, times = first.times[0]
                coded = _Reading(amount, times or often, first.kind)
            if often is not None and abs(_often(first, _Reading(None, often)) - often) > 1e-9:
                return _problem(readings_text, _Reading(None, often))  # timing says otherwise
        bases.append(coded)
        for text, reading in readings:
            if _differ(reading, coded):
                return _problem(text, coded)
    notes = [n.get("text") for n in resource.get("note") or [] if isinstance(n, dict)]
    total = _Reading(sum(_daily(b, b) for b in bases), 1.0, bases[0].kind) if bases else None
    if bases and bases[0].kind == "mg":
        total = _Reading(None, sum(_often(b, b) for b in bases), "mg")
    for text in (n for n in notes if isinstance(n, str)):
        said = _read(text)
        if said is not None and total is not None and _differ(said, total, bases[0]):
            return _problem(text, total)
    return None


def _texts(dosage: dict[str, Any]) -> list[str]:
    """A dosage's written texts, in order: ``text``, ``patientInstruction``, then each
    ``additionalInstruction``'s text or first display."""
    found = [dosage.get("text"), dosage.get("patientInstruction")]
    for concept in dosage.get("additionalInstruction") or []:
        if isinstance(concept, dict):
            codings = [c for c in concept.get("coding") or [] if isinstance(c, dict)]
            displays = [c.get("display") for c in codings if c.get("display")]
            found.append(concept.get("text") or next(iter(displays), None))
    return [t.strip() for t in found if isinstance(t, str) and t.strip()]


def _read(text: str) -> _Reading | None:
    """What ``text`` says of an amount and how often; None when it says neither."""
    from magadvise.advice.typed_count import dose_times
    from magadvise.names.parse import read_directions

    times, _ = dose_times(read_directions(text).trail)
    volume = any(t.unit == "mL" for t in times)
    if all(t.unit in ("", "dose") and t.amount == 1 and not t.per_day for t in times):
        return None
    written = tuple(
        (None, (t.per_day or 1) * t.amount)  # "twice daily" is read "2 doses once a day"
        if t.unit == "dose"
        else (t.amount if t.unit or t.amount != 1 else None, t.per_day)
        for t in times
        if not t.most
    )
    most = [t.amount * (t.per_day or 1) for t in times if t.most]
    if most and not written:
        written = ((max(most), 1.0),)
    return _Reading(None, None, "mL" if volume else "count", written)


def _daily(reading: _Reading, base: _Reading) -> float:
    """Units a day ``reading`` says, taking what it does not say from ``base``."""
    if not reading.times:
        return (reading.each or base.each or 1) * (reading.per_day or base.per_day or 1)
    return sum(
        (amount or base.each or 1) * (often or base.per_day or 1) for amount, often in reading.times
    )


def _differ(reading: _Reading, base: _Reading, fill: _Reading | None = None) -> bool:
    """True when ``reading`` says another amount a day than ``base`` (what it does not say
    taken from ``fill``, else ``base``), or in another kind of unit."""
    if base.kind == "mg" and reading.kind != "mL":  # mg and units: how often, one unit a dose
        if any(amount is not None and amount != 1 for amount, _ in reading.times):
            return True  # "Take 3 capsules daily" beside 100 mg: the mg a capsule is not known
        return abs(_often(reading, fill or base) - _often(base, base)) > 1e-9
    said = _daily(reading, fill or base)
    return reading.kind != base.kind or abs(said - _daily(base, base)) > 1e-9


def _often(reading: _Reading, base: _Reading) -> float:
    """Doses a day ``reading`` says, taking what it does not say from ``base``."""
    if not reading.times:
        return reading.per_day or base.per_day or 1
    return sum(often or base.per_day or 1 for _, often in reading.times)


def _problem(text: str, base: _Reading) -> Quantity:
    daily = _daily(base, base)
    unit = "mL" if base.kind == "mL" else "units"
    why = f"the record's written directions '{text}' do not say the same amount a day as its "
    why += f"dose ({daily:g} {unit} a day): the amount is not known"
    return Quantity(None, None, text, why)
