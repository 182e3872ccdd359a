"""Magnesium in the products a person lists (antacids, laxatives, supplements), per day."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.listed_strength import FROM_NAME
from magadvise.advice.taken import typed_label
from magadvise.advice.units import mg, number
from magadvise.record import Record

MAGNESIUM_PRODUCT = "magnesium-product"  # the class that marks a product containing magnesium
DIRECTED_ONLY = 'the directions say only "as directed": how much is not known'
MULTIVITAMIN = "multivitamin-minerals"  # a multivitamin with minerals: magnesium, amount by brand
if TYPE_CHECKING:  # types only: dose arithmetic must not import the cautions machinery
    from magadvise.advice.cautions import CautionReport
    from magadvise.advice.medications import Resolved
    from magadvise.advice.typed_count import Counted
    from magadvise.fhir.quantity import Quantity
    from magadvise.medlist import Entry
    from magadvise.names.parse import Parsed
    from magadvise.rules.model_medicines import MagnesiumContent, Medication
    from magadvise.rules.ruleset import Rules


class ListedMagnesium(Record):
    """Magnesium from a product the person listed: ``units`` a day (1 unless the directions
    written with it say more, see :func:`magadvise.advice.typed_count.count`)."""

    input: str
    medication: Medication
    content: MagnesiumContent
    units: float = 1
    notes: tuple[str, ...] = ()  # how it was counted: a range's high end, as needed (typed_count)
    parsed: Parsed | None = None  # how ``input`` was read (its directions: see :attr:`label`)

    @property
    def label(self) -> str:
        """``Mag-Ox 400 (2 tabs tid)``: the name typed, its directions in brackets."""
        return typed_label(self.input, self.parsed)

    @property
    def elemental_mg(self) -> float:
        """Elemental mg a day counted from it (``units`` units)."""
        return self.content.elemental_mg * self.units

    def sentence(self) -> str:
        """``Mag-Ox 400: 241.3 mg per tablet, one tablet a day counted (label: up to 2 a day).``"""
        unit = self.content.unit
        text = f"{self.label}: {mg(self.content.elemental_mg)} elemental magnesium per {unit}"
        if self.units == 1:
            text += f", one {unit} a day counted"
        else:
            text += f", {number(self.units)} a day counted as written ({mg(self.elemental_mg)})"
        most = self.content.max_units_per_day
        if most is not None and most > 1:
            top = most * self.content.elemental_mg
            text += f" (its label allows up to {number(most)} a day, {mg(top)})"
        note = self.content.note or ""
        if note.startswith(FROM_NAME):  # say how a strength in the name was read
            text += f" ({note.removeprefix(FROM_NAME).rstrip('.')})"
        return text + self.how() + "."

    def how(self, named: bool = False) -> str:
        """``; a range was written: its high end is counted`` for each note ('' for none);
        ``named``: each note starts with the name typed (when several products are listed)."""
        name = f"{self.label}: " if named else ""
        return "".join(f"; {name}{note}" for note in self.notes)


def _doses(parsed: Parsed | None, times: int = 0, per_day: float | None = None) -> float:
    """Doses a day: the typed frequency, else the record's times of day or doses a day, else 1."""
    from magadvise.advice.written_times import doses_a_day

    doses = doses_a_day(parsed.frequency) if parsed is not None else None
    return doses or times or per_day or 1


def _units(resolved: Resolved, part: Medication, content: MagnesiumContent) -> Counted | None:
    """Units a day for a listed product, from its typed directions or its record's dosage
    (``doseQuantity``, else its free text, with its timing); None when the record gives a dose
    that cannot be read in the product's units (the amount is then not known). A record that
    lists the same product more than once counts copies with one dosage once and different
    dosages summed (:func:`magadvise.advice.copies.combine`)."""
    from magadvise.advice.copies import combine
    from magadvise.advice.mg_written import in_units
    from magadvise.advice.typed_count import count, unmeasured
    from magadvise.advice.unread import why_unread

    resolved, said = in_units(resolved, part)  # "Mag-Ox 400 800 mg": 2 tablets
    if unmeasured(resolved.parsed) or why_unread(resolved):  # typed, or a list file's line
        return None
    if resolved.origin is None:
        typed = count(resolved.parsed, content, name=resolved.input)
        if typed is None or said is None:
            return typed
        return typed._replace(notes=(said, *typed.notes))
    entries = _entries(resolved)
    counted = [_record_units(resolved, part, content, e) for e in entries]
    known = [c for c in counted if c is not None]
    if len(known) < len(counted) or not known:
        return None
    return known[0] if len(entries) == 1 else combine(entries, known)


def _entries(resolved: Resolved) -> list[Entry]:
    """The record's entries for a product: the first and each copy of it in the record."""
    copies = [c for c in resolved.copies if c is not None]
    return [resolved.origin, *copies] if resolved.origin is not None else copies


def _record_units(
    resolved: Resolved, part: Medication, content: MagnesiumContent, record: Entry
) -> Counted | None:
    """Units a day one record entry gives (see :func:`_units`); a dosage taken as needed
    counts as typed "as needed" does (:func:`magadvise.advice.typed_count.as_needed`)."""
    from magadvise.advice.typed_count import TAKEN_AS_NEEDED, as_needed

    counted = _dosage_units(resolved, part, content, record)
    if counted is None or not record.as_needed:
        return counted
    if any(n.startswith(TAKEN_AS_NEEDED) for n in counted.notes):  # its text says so: counted
        return counted
    doses = _doses(resolved.parsed, len(record.times), record.per_day)
    units, said = as_needed(counted.units, counted.content, counted.units / doses)
    return counted._replace(units=units, notes=(*counted.notes, said))


def _dosage_units(
    resolved: Resolved, part: Medication, content: MagnesiumContent, record: Entry
) -> Counted | None:
    """Units a day one record entry's dosage gives, as needed or not (see :func:`_units`):
    with no dose given, what a dispense supplies a day when it is more than its directions say
    (:mod:`magadvise.fhir.supply`)."""
    from magadvise.advice.mg_directions import text_says_other
    from magadvise.advice.typed_count import Counted, count

    times, per_day = len(record.times), record.per_day
    given = [q.kind for q in (record.daily, record.dose) if q is not None]
    least = 0.0 if "mL" in given else 1.0  # a part of a tablet counts as one, not of a volume
    daily = None
    if record.daily is not None:  # what the record's dosages add up to in a day, at most
        daily = _dose_units(record.daily, content, _strength_mg(resolved, part), part)
        if daily is None or record.dose is not None:
            if daily is None or text_says_other(record, part, max(least, daily)):
                return None
            return Counted(max(least, daily), content)
    if record.dose is not None:
        each = _dose_units(record.dose, content, _strength_mg(resolved, part), part)
        if each is None:
            return None
        units = max(least, each * _doses(resolved.parsed, times, per_day))
        return None if text_says_other(record, part, units) else Counted(units, content)
    parsed, said = resolved.parsed, None
    if record.dosage_text:
        from magadvise.advice.mg_directions import read_record_directions
        from magadvise.advice.unread import dosage_unread

        directions = read_record_directions(record.dosage_text, part)  # "143 mg daily"
        written, said = directions.parsed, directions.note
        if written is None or dosage_unread(written) is not None:
            return None
        volume = any(kind == "volume" for kind, _ in written.trail)  # "30 mL" alone
        parsed = written if written.directions or written.frequency or volume else parsed
    counted = _supplied(count(parsed, content, times, per_day), record, content)
    if counted is not None and said is not None:
        counted = counted._replace(notes=(said, *counted.notes))
    if counted is None:
        return None if daily is None else Counted(max(1.0, daily), content)
    return counted if daily is None else counted._replace(units=max(counted.units, daily))


def _supplied(counted: Counted | None, record: Entry, content: MagnesiumContent) -> Counted | None:
    """``counted``, or what the record's dispense supplies a day when that is more (or the
    directions give no amount), with a note saying so (the as-directed note it replaces
    dropped)."""
    from magadvise.advice.typed_count import TAKEN_AS_DIRECTED, Counted

    given = record.supplied
    units = _dose_units(given, content, None) if given is not None else None
    if given is None or units is None or (counted is not None and units <= counted.units):
        return counted
    what = "prescription" if (record.resource or "").startswith("MedicationRequest") else "dispense"
    said = f"the {what} supplies {given.written}: {number(units)} a day counted"
    notes = [n for n in (counted.notes if counted else ()) if not n.startswith(TAKEN_AS_DIRECTED)]
    return Counted(max(1.0, units), content, (*notes, said))


def _dose_units(
    dose: Quantity,
    content: MagnesiumContent,
    strength: float | None,
    part: Medication | None = None,
) -> float | None:
    """Units of the product in one dose a record gives: a count of tablets or capsules (for a
    solid product), mg by the figures of one unit of ``part`` (as a typed line's mg is) or over
    the strength its name gives, mL over the mL in its unit."""
    if dose.value is None:
        return None
    from magadvise.advice.typed_count import SOLID_UNIT, UNIT_ML  # reads directions: only here

    if dose.kind == "count" and re.search(SOLID_UNIT, content.unit):
        return dose.value
    if dose.kind == "mg" and part is not None:  # by the figures of one unit (mg_directions)
        from magadvise.advice.mg_directions import dose_units

        return dose_units(dose.value, part, strength)
    if dose.kind == "mg" and strength:
        return dose.value / strength
    volume = re.search(UNIT_ML, content.unit)
    if dose.kind == "mL" and volume is not None and float(volume[1]) > 0:
        return dose.value / float(volume[1])
    return None


def _strength_mg(resolved: Resolved, part: Medication) -> float | None:
    """mg in one unit as the name typed (``magnesium citrate 200 mg``) or the product's own
    name (``magnesium oxide 400 mg tablet``) gives it: one strength, in mg or g; else None."""
    from magadvise.names.parse import parse

    for parsed in (resolved.parsed, parse(part.name)):
        strengths = [p.strength for p in parsed.parts if p.strength] if parsed else []
        if len(strengths) == 1 and (amount := strengths[0].mg()) is not None:
            return amount
    return None


def not_known(resolved: Resolved, part: Medication) -> str | None:
    """Why a listed product's daily amount is not known though its content is (a record's dose
    that cannot be read in its units), or None."""
    from magadvise.advice.mg_directions import text_says_other
    from magadvise.advice.mg_written import in_units
    from magadvise.advice.typed_count import count, unmeasured
    from magadvise.advice.unread import dosage_unread, why_unread

    content = part.magnesium
    if content is None:
        return None
    resolved, _ = in_units(resolved, part)  # "Mag-Ox 400 800 mg": 2 tablets, read
    why = unmeasured(resolved.parsed) or why_unread(resolved)
    if why is not None:
        return why
    if resolved.origin is None:
        counted = count(resolved.parsed, content, name=resolved.input)
        return None if counted is not None else DIRECTED_ONLY
    for record in _entries(resolved):
        if _dosage_units(resolved, part, content, record) is None:
            given = [q for q in (record.dose, record.daily) if q is not None]
            problem = next((q.problem for q in given if q.problem), None)
            if record.dosage_text and not given:
                from magadvise.advice.mg_directions import read_record_directions

                directions = read_record_directions(record.dosage_text, part)
                written = directions.parsed
                problem = directions.why or (dosage_unread(written) if written else None)
            if not given:
                return problem or DIRECTED_ONLY
            strength = _strength_mg(resolved, part)
            if all(_dose_units(q, content, strength, part) is not None for q in given):
                problem = problem or text_says_other(record, part, None)
            return problem or f"the record's dose {given[0].written} is not in {content.unit}s"
    return None


def listed_magnesium(report: CautionReport) -> tuple[ListedMagnesium, ...]:
    """The products among the medicines assessed that contain magnesium, each counted once,
    at the units a day written with it."""
    return tuple(
        ListedMagnesium(
            caution.resolved.input,
            part,
            counted.content,
            counted.units,
            counted.notes,
            caution.resolved.parsed,
        )
        for caution in report.medications
        for part in caution.resolved.ingredients
        if part.magnesium is not None
        and (counted := _units(caution.resolved, part, part.magnesium)) is not None
    )


def amount_unknown(part: Medication) -> bool:
    """True when ``part`` contains magnesium in an amount the rules do not give: a magnesium
    product without a content (``magnesium glycinate``, Cal-Mag's and Emergen-C's magnesium)
    or a multivitamin with minerals (the amount differs by brand)."""
    return part.magnesium is None and (
        MAGNESIUM_PRODUCT in part.classes or MULTIVITAMIN in part.classes
    )


def has_magnesium(rules: Rules, name: str) -> bool:
    """True when ``name`` (as the rules spell it, a "did you mean") is a product with
    magnesium, counted or not."""
    from magadvise.rules.names import normalize

    id = rules.medications.names.get(normalize(name))
    if id is None:
        return False
    product = rules.medications[id]
    parts = [product, *(rules.medications[i] for i in product.ingredients)]
    return any(p.magnesium is not None or amount_unknown(p) for p in parts)


def uncounted_magnesium(report: CautionReport) -> tuple[str, ...]:
    """The names typed for products that contain magnesium in an amount the rules do not give
    (``Emergen-C``, ``magnesium glycinate``): flagged, never counted, so a total is a floor."""
    return tuple(
        dict.fromkeys(
            caution.resolved.input.strip()
            for caution in report.medications
            if any(map(amount_unknown, caution.resolved.ingredients))
        )
    )
