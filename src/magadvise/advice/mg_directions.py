"""A health record's written directions with a dose in mg, beside a magnesium product.

A record's ``dosage.text`` is read as typed directions are, but the directions reader keeps no
mg: ``143 mg daily`` beside Slow-Mag would count one tablet a day. The mg is read here the way
a typed line's is (:mod:`magadvise.advice.mg_written`): against the figures of one unit, so
``143 mg daily`` is two Slow-Mag tablets of 71.5 mg, ``800 mg twice daily`` beside Mag-Ox 400
two tablets twice a day, and ``64 mg daily`` (one unit's figure) one tablet. A count written
as well is read when the mg agrees with it (``2 tablets (143 mg) daily``); otherwise, an mg no
figure divides, or two different mg amounts, the amount is not known and no dose is advised
beside it, never one unit. Beside milk of magnesia the mg is read as the mL it is
(:mod:`magadvise.advice.mg_liquid`: ``2400 mg at bedtime`` is 30 mL). A record's
``doseQuantity`` in mg is read by the same figures (:func:`dose_units`), and a text beside a
coded count that writes an mg of another number of units makes the amount not known
(:func:`text_says_other`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.mg_written import (
    COUNTED,
    MASS,
    SOLID,
    mg_of,
    one_unit,
    say_count,
    units_of,
)
from magadvise.advice.units import number

if TYPE_CHECKING:
    from magadvise.medlist import Entry
    from magadvise.names.parse import Parsed
    from magadvise.rules.model_medicines import Medication

NOT_READ = "'{mg}' in the record's directions was not read: how much a day is not known"


class Directions:
    """A record's directions as read: ``parsed`` (None when the amount is not known), the
    note saying how an mg was counted, and ``why`` the amount is not known."""

    def __init__(self, parsed: Parsed | None, note: str | None, why: str | None) -> None:
        self.parsed, self.note, self.why = parsed, note, why


def read_record_directions(text: str, part: Medication) -> Directions:
    """``text`` (a record's dosage text) read as typed directions, with an mg written in it
    counted in ``part``'s units (see the module)."""
    from magadvise.names.parse import read_directions

    written = read_directions(text)
    content = part.magnesium
    found = list(re.finditer(MASS, text, re.IGNORECASE))
    amounts = {a for m in found if (a := mg_of(m[0])) is not None}
    if content is None or not found:
        return Directions(written, None, None)
    if content.unit not in SOLID:
        return _in_volume(text, written, found, part)
    if len(amounts) != 1 or len(found) != len([m for m in found if mg_of(m[0])]):
        return Directions(None, None, NOT_READ.format(mg=found[0][0]))
    amount = amounts.pop()
    if one_unit(amount, part, content):
        return Directions(written, None, None)  # "1 tablet (71.5 mg)": each unit's strength
    mg = found[-1][0]
    reading = units_of(amount, mg, part, content)
    if reading is None:
        return Directions(None, None, NOT_READ.format(mg=mg))
    units, note = reading
    if written.directions:  # "2 tablets (143 mg)": read when the two agree
        counts = [COUNTED.match(d) for d in written.directions]
        if all(c is not None and float(c[1]) == units for c in counts):
            return Directions(written, None, None)
        return Directions(None, None, NOT_READ.format(mg=mg))
    last = found[-1]
    said = say_count(units, content.unit.split()[-1])  # "2 tablets" (the parser's word)
    again = read_directions(text[: last.start()] + said + text[last.end() :])
    if again.unread or not again.directions:
        return Directions(None, None, NOT_READ.format(mg=mg))
    return Directions(again, note, None)


def _in_volume(
    text: str, written: Parsed, found: list[re.Match[str]], part: Medication
) -> Directions:
    """A liquid's directions with an mg in them (``2400 mg at bedtime`` beside milk of
    magnesia) read as the mL it is (:mod:`magadvise.advice.mg_liquid`); unchanged for a
    liquid with no such figure; not known with two mg amounts or a volume written as well."""
    from magadvise.advice.mg_liquid import liquid_ml
    from magadvise.names.parse import read_directions

    content = part.magnesium
    amount = mg_of(found[-1][0])
    reading = liquid_ml(amount, found[-1][0], content) if content and amount else None
    if reading is None:
        return Directions(written, None, None)
    mg = found[-1][0]
    volume = any(kind == "volume" for kind, _ in written.trail)
    if len({mg_of(m[0]) for m in found}) != 1 or volume:
        return Directions(None, None, NOT_READ.format(mg=mg))
    ml, note = reading
    last = found[-1]
    again = read_directions(text[: last.start()] + f"{number(ml)} mL" + text[last.end() :])
    if again.unread:
        return Directions(None, None, NOT_READ.format(mg=mg))
    return Directions(again, note, None)


def dose_units(amount: float, part: Medication, named: float | None) -> float | None:
    """Units of ``part`` in a record's dose of ``amount`` mg (``doseQuantity``): by the figures
    of one unit, the strength the record's name gives (``named``) among them, the highest
    count as a typed line's mg is; else ``amount`` over ``named``; None with neither."""
    from magadvise.advice.mg_liquid import liquid_ml
    from magadvise.advice.typed_count import UNIT_ML

    content = part.magnesium
    if content is not None and content.unit in SOLID:
        reading = units_of(amount, f"{amount:g} mg", part, content, named)
        if reading is not None:
            return reading[0]
    liquid = liquid_ml(amount, f"{amount:g} mg", content) if content is not None else None
    volume = re.search(UNIT_ML, content.unit) if content is not None else None
    if liquid is not None and volume is not None:  # milk of magnesia 2400 mg: one 30 mL dose
        return liquid[0] / float(volume[1])
    return amount / named if named else None


def text_says_other(record: Entry, part: Medication, units: float | None) -> str | None:
    """Why a record's coded dose of ``units`` a day is not known: a text beside it writes an
    mg that is another number of units a day (``143 mg daily`` beside 1 Slow-Mag tablet a
    day: 2 tablets; :mod:`magadvise.advice.mg_directions`); None when none does."""
    if not record.dose_texts or part.magnesium is None:
        return None
    from magadvise.advice.typed_count import count

    for text in record.dose_texts:
        directions = read_record_directions(text, part)
        if directions.note is None or directions.parsed is None:
            continue  # no mg, or one unit's strength ("1 tablet (400 mg)")
        said = count(directions.parsed, part.magnesium, len(record.times), record.per_day)
        if said is not None and (units is None or abs(said.units - units) > 1e-9):
            coded = f" ({number(units)} a day)" if units is not None else ""
            return (
                f"the record's written directions '{text}' ({directions.note}) do not say the "
                f"same amount a day as its dose{coded}: the amount is not known"
            )
    return None
