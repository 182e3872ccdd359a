"""A medicine listed at a strength made for children, in any spelling: read as a child's.

The rules give each medicine's children's liquids as their labels write them
(``children_liquids.strengths``: children's acetaminophen ``160 mg/5 mL``, infant ibuprofen
drops ``50 mg/1.25 mL``, Augmentin ``228.5 mg/5 mL``), each with its label or SmPC. A line of
the list names a medicine by the same lookup the rest of the advice uses (``Tylenol`` is
acetaminophen, ``Amoxil`` amoxicillin, ``Augmentin`` amoxicillin/clavulanate), and its strength
is read by the name parser (:mod:`magadvise.names.lex`), whatever the spelling: ``160mg/5mL``,
``160mg per 5mL``, ``160 mg in 5 mL``, ``32 MG/ML`` (a health record's RxNorm name), ``80 mg/0.8
mL``. Both are compared as an amount in one mL, so one children's strength is every way of
writing it, and an adult strength (``Tylenol 500mg``, ``Amoxicillin 500mg capsules``, ``Lactulose
10 g/15 mL``) is none. A combination is compared with its own strengths and with those of each
of its ingredients (``Augmentin 250mg/5mL`` is amoxicillin's 250 mg/5 mL).

A strength in a volume written anywhere on the line is read (``paracetamol 2.5ml of 120mg/5ml``),
and so is prescribers' shorthand for a liquid: ``N/5`` with no unit (``paracetamol 120/5``,
``amox 400/5``, ``Cefzil 250/5``) beside a medicine that has children's liquids is N mg in 5 mL.
Chewable tablets and suppositories made for children are read the same way, from
``children_units`` in the rules: a strength of one unit (acetaminophen ``80 mg``) written with
one of its forms (``Tylenol chewable 80mg``, ``acetaminophen 120 MG Rectal Suppository``).

Adults take some of these liquids too (cetirizine or amoxicillin syrup for someone who cannot
swallow tablets): without an age, the child's reading is the safer one, as for a product
labelled only for children (:mod:`magadvise.advice.child_products`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from magadvise.names import forms
from magadvise.record import Record

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved
    from magadvise.names.lex import Strength
    from magadvise.names.parse import Parsed
    from magadvise.names.part import Part
    from magadvise.rules.model_medicines import Medication

_PER_VOLUME = r"(mg|mcg|g)/(?:([0-9]*\.?[0-9]+) )?mL"
"""A strength's unit when it is an amount in a volume (names.lex writes ``mg/5 mL``)."""
_MG = {"mg": 1.0, "mcg": 0.001, "g": 1000.0}
_CLOSE = 0.01
"""How near (a share of the label's amount) a written strength must be: the label's 228.5
mg/5 mL is written 228 mg/5 mL, its 156.25 mg/5 mL 156 mg/5 mL."""


class ChildStrength(Record):
    """A line naming ``medicine`` at ``written`` (mg in one mL: ``per_ml``), one of the
    strengths of its liquids made for children (``label``, from ``sources``)."""

    line: str
    medicine: str
    written: str
    per_ml: float
    label: str
    sources: tuple[str, ...]


def per_ml(strength: Strength) -> tuple[float, ...]:
    """Each amount of ``strength`` in mg per mL, with their sum for several (``400/57 mg/5
    mL``: 80, 11.4 and 91.4); empty when it is not an amount in a volume."""
    unit = re.fullmatch(_PER_VOLUME, strength.unit or "")
    if unit is None:
        return ()
    volume = float(unit.group(2) or 1)
    if volume <= 0:
        return ()
    try:
        amounts = [float(a) * _MG[unit.group(1)] / volume for a in strength.amounts]
    except ValueError:
        return ()
    return (*amounts, sum(amounts)) if len(amounts) > 1 else tuple(amounts)


def child_strengths(found: Sequence[Resolved]) -> list[ChildStrength]:
    """The medicines of ``found`` written at a strength made for children, one per line."""
    out: dict[str, ChildStrength] = {}
    for resolved in found:
        named = (resolved.medication, *resolved.ingredients)
        line = resolved.origin.name if resolved.origin else resolved.input
        medicines = _with_liquids(named)
        for strength in _strengths(resolved) if medicines else ():
            hit = _match(strength, medicines)
            if hit is not None:
                out.setdefault(line, ChildStrength(line, *hit))
        # the medicine named, not a combination's ingredients (Claritin-D's 5 mg loratadine)
        units = [m for m in (resolved.medication,) if m.children_units is not None]
        for strength, form in _unit_strengths(resolved) if units else ():
            hit = _match_unit(strength, form, units)
            if hit is not None:
                out.setdefault(line, ChildStrength(line, *hit))
        written = _written(resolved, medicines) if line not in out else None
        if written is not None:  # "co-amoxiclav 400/57", "ibuprofen 50 mg"
            out[line] = ChildStrength(line, *written)
        small = _small_dose(resolved) if medicines and line not in out else None
        if small is not None:  # "Tylenol 5 ml": a child's dose of its liquid, no strength given
            liquids = medicines[0].children_liquids
            assert liquids is not None
            label = f"dose of its liquids, below {SMALL_DOSE_ML:g} mL"
            out[line] = ChildStrength(line, medicines[0].name, small, 0.0, label, liquids.sources)
    return list(out.values())


SMALL_DOSE_ML = 10.0
"""A dose of a medicine's liquid below this (``Tylenol 5 ml``, ``Motrin 2.5 mL``, or after a
strength, ``amoxicillin 250 mg 5 mL tid``) is read as a child's: the children's doses on the
labels cited for each medicine's children's liquids run from 1.25 mL, and an adult's dose of a
liquid is most often 10 mL or more (our judgement, not a labelled cut-off); without an age the
child's reading is the safer one. Only medicines with children's liquids are read this way."""


def _small_dose(resolved: Resolved) -> str | None:
    """``5 mL`` when the line gives a volume to take below :data:`SMALL_DOSE_ML`, alone or
    after a strength (a solid's dose is never written in mL, so the mL marks a liquid), else
    None. The largest volume written is the one compared (``5-10 mL`` is 10 mL)."""
    volumes: list[float] = []
    for reading in _readings(resolved):
        if reading.route != forms.ORAL or not all(map(_by_mouth, reading.parts)):
            continue  # eye drops (1% 5 mL), an injection (800 mg 8 mL IV): no child's liquid
        written = [said for kind, said in reading.trail if kind == "volume"]
        written += [
            part.strength.amounts[0]
            for part in reading.parts
            if part.strength is not None
            and part.strength.unit == "mL"
            and len(part.strength.amounts) == 1
        ]
        for said in written:
            try:
                volumes.append(float(said.rpartition("-")[2]))
            except ValueError:
                continue  # not a number read as one (a fraction): the others still count
    if not volumes or max(volumes) >= SMALL_DOSE_ML:
        return None
    return f"{max(volumes):g} mL"


_ORAL_UNIT = re.compile(rf"mg|mcg|g|mL|{_PER_VOLUME}")
"""Units a liquid taken by mouth is written in (``250 mg``, ``5 mL``, ``250 mg/5 mL``): not a
percentage (eye drops) or units."""


def _by_mouth(part: Part) -> bool:
    """Whether ``part``'s strength, if any, is one a liquid by mouth is written in."""
    unit = part.strength.unit if part.strength is not None else None
    return unit is None or _ORAL_UNIT.fullmatch(unit) is not None


def _written(
    resolved: Resolved, medicines: Sequence[Medication]
) -> tuple[str, str, float, str, tuple[str, ...]] | None:
    """A children's liquid written as a pair with no unit or as a child's dose
    (:mod:`magadvise.advice.child_written`), else None."""
    from magadvise.advice.child_written import dose_strength, pair_strength

    readings = _readings(resolved)
    pair = pair_strength([r.text for r in readings], medicines) if medicines else None
    return pair or dose_strength(resolved, readings)


def _with_liquids(medicines: Iterable[Medication]) -> list[Medication]:
    return [m for m in dict.fromkeys(medicines) if m.children_liquids is not None]


def _readings(resolved: Resolved) -> list[Parsed]:
    """``resolved``'s line as read, and the record's other names for it (a coding's display)."""
    from magadvise.names.parse import parse

    readings = [resolved.parsed] if resolved.parsed is not None else []
    if resolved.origin is not None:
        readings += [parse(t) for t in (resolved.origin.name, *resolved.origin.also)]
    return readings


def _unit_strengths(resolved: Resolved) -> list[tuple[Strength, str]]:
    """Each strength in mg written for ``resolved`` with the dose form it was written in."""
    return [
        (part.strength, reading.dose_form or "")  # no form: it may be any of them
        for reading in _readings(resolved)
        if reading.dose_form or not _volume(reading)
        for part in reading.parts
        if part.strength is not None and part.strength.mg() is not None
    ]


def _volume(reading: Parsed) -> bool:
    """Whether a reading gives a volume (``Tylenol 160 mg 5 mL``): a liquid's, read by
    :func:`_match`, not a unit's."""
    return any(
        part.strength is not None and "ml" in (part.strength.unit or "").casefold()
        for part in reading.parts
    )


def _match_unit(
    strength: Strength, form: str, medicines: Sequence[Medication]
) -> tuple[str, str, float, str, tuple[str, ...]] | None:
    """(medicine, strength as written, mg, the label's strength and form, sources) when
    ``strength`` in ``form`` is one of the medicines' children's chewables or suppositories."""
    amount = strength.mg()
    for medicine in medicines:
        units = medicine.children_units
        assert units is not None and amount is not None
        kind = next((f for f in units.forms if f in form), None) if form else None
        label = next((u for u in units.strengths if float(u.split()[0]) == amount), None)
        if label is not None and (kind is not None or not form):
            said = f"{strength} {kind}" if kind else f"{strength} (no form given)"
            made = kind or "strength"  # no form: the strength is made only for children
            return medicine.name, said, amount, f"{label} {made}", units.sources
    return None


def _strengths(resolved: Resolved) -> list[Strength]:
    """Each strength written for ``resolved`` taken by mouth: on its line as read, and in the
    record's other names for it (a coding's display beside the text); any amount in a volume
    on the line (``2.5ml of 120mg/5ml``), and ``N/5`` with no unit read as N mg/5 mL."""
    oral = [reading for reading in _readings(resolved) if reading.route == forms.ORAL]
    written = [part.strength for reading in oral for part in reading.parts if part.strength]
    written += [s for reading in oral for s in map(_unread, reading.unread) if s]
    written += [s for reading in oral for s in _in_volume(reading.text)]
    return [_shorthand(s) for s in written]


def _in_volume(text: str) -> list[Strength]:
    """Every amount in a volume written in ``text`` (``120 mg/5 mL`` after ``2.5ml of``)."""
    from magadvise.names.lex import lex, strength

    tokens = lex(text)
    found = [strength(tokens, i)[0] for i, t in enumerate(tokens) if t.kind == "num"]
    return [s for s in found if re.fullmatch(_PER_VOLUME, s.unit or "")]


def _shorthand(written: Strength) -> Strength:
    """``120/5`` with no unit, as prescribers write a liquid: 120 mg in 5 mL; else as written."""
    if written.unit is None and len(written.amounts) == 2 and written.amounts[1] == "5":
        return written._replace(amounts=written.amounts[:1], unit="mg/5 mL")
    return written


def _unread(text: str) -> Strength | None:
    """A strength the parser kept as not read (``600 mg/5 mL`` of ``Augmentin ES-600 600mg/5mL``,
    after the number of the name), or None."""
    from magadvise.names.lex import lex, strength

    tokens = lex(text)
    return strength(tokens, 0)[0] if tokens and tokens[0].kind == "num" else None


def _match(
    strength: Strength, medicines: Sequence[Medication]
) -> tuple[str, str, float, str, tuple[str, ...]] | None:
    """(medicine, strength as written, mg per mL, the label's strength, sources) when one of
    ``strength``'s amounts is one of the medicines' children's liquids; else None."""
    written = per_ml(strength)
    for medicine in medicines:
        liquids = medicine.children_liquids
        assert liquids is not None
        for label in liquids.strengths:
            for value in _label_per_ml(label):
                for amount in written:
                    if abs(amount - value) <= _CLOSE * value:
                        return medicine.name, str(strength), amount, label, liquids.sources
    return None


def _label_per_ml(label: str) -> tuple[float, ...]:
    """mg per mL of a rules strength (``160 mg/5 mL``), read by the same parser as a line."""
    read = _unread(label)
    return per_ml(read) if read is not None else ()
