"""A dose written in mg beside a magnesium product of known strength, counted in its units.

``Mag-Ox 400 800 mg daily``: the product is a 400 mg magnesium oxide tablet, and 800 mg a dose
is two of them. ``Slow-Mag 143 mg daily``: a Slow-Mag tablet holds 71.5 mg of magnesium, and
143 mg is two of them. The mg written (left over after the name, or kept by the parser as the
name's strength) is read against each mg figure a unit of the product has:

- the strength its rules name gives (``magnesium oxide 400 mg tablet``), and halves of it;
- its elemental magnesium (241.3 mg a Mag-Ox 400 tablet, 71.5 mg a Slow-Mag), and halves;
- the other figures its labels print for one unit (``label_mg`` in the rules: the salt's
  weight, another active ingredient such as Rolaids' calcium carbonate, another strength sold
  under the brand), in whole units only.

An mg equal to one of these figures is the strength of one unit (``Rolaids 1000 mg``, ``Slow-Mag
64 mg``, an older tablet's), not a dose: counted as the product is, with no note. Otherwise each
figure that divides it into a whole number of units (or of halves, as above) is a reading, and
the highest count is kept, the cautious side for the upper level (``Rolaids 400 mg`` is two
tablets of 200 mg magnesium hydroxide, counted at the product's 98 mg a tablet), among the
readings within the label's most a day when there are any (``Doan's 1160 mg`` is two caplets of
580 mg, not 30.5 of 38 mg elemental magnesium: no dose is above the label's daily maximum), and
never more than 12 units a dose (``Pepcid Complete 1600 mg`` is two tablets of 800 mg calcium
carbonate, not 160 of its 10 mg famotidine). A figure divides the mg when it is within 0.6 mg
of a whole number of them (a figure written rounded to the mg);
the line is then counted as if written so (``2 tablets``), and the note shown with the count
says so, naming a lower reading when there was one. An amount no figure divides
(``Mag-Ox 400 500 mg``, ``Rolaids 300 mg``), a product whose unit is not a tablet, caplet or
capsule, or more than one mg amount written, is left not read: the amount is not known and no
dose is added to it (:mod:`magadvise.advice.unread`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.units import number

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved
    from magadvise.names.parse import Parsed
    from magadvise.rules.model_medicines import MagnesiumContent, Medication

MASS = r"(\d+(?:\.\d+)?)\s*(mg|mgs|milligrams?|g|gm|grams?)\b"
SOLID = ("tablet", "capsule", "caplet", "softgel", "chewable tablet")
NOTE = "{mg} written a dose: {units} of {figure} counted"
_SLACK_MG = 0.6  # a figure written to the nearest mg
COUNTED = re.compile(r"^\s*(\d+(?:\.\d+)?)\b")  # a direction that is a count: "2 tablets"
MOST_A_DOSE = 12  # more units than this in one dose is not a reading (as a bare count)


class _Figure:
    """One mg figure of a unit: its value, how the note names it, whether halves count."""

    def __init__(self, mg: float, said: str, halves: bool) -> None:
        self.mg, self.said, self.halves = mg, said, halves


def in_units(resolved: Resolved, part: Medication) -> tuple[Resolved, str | None]:
    """``resolved`` read with a dose in mg written as its units (see the module), and the note
    saying so; ``resolved`` itself and None when there is none to read, or ``resolved`` with the
    mg marked not read when it was kept as the name's strength and no figure divides it."""
    from magadvise.names.parse import parse

    parsed, content = resolved.parsed, part.magnesium
    if parsed is None or content is None:
        return resolved, None
    if content.unit not in SOLID:
        return _in_volume(resolved, parsed, content)
    found = _written(resolved, parsed)
    if found is None:
        return resolved, None
    written, amount, named = found
    if named and one_unit(amount, part, content):
        return resolved, None  # the strength of one unit: counted as the product is
    not_read = resolved._replace(parsed=parsed._replace(unread=(*parsed.unread, written)))
    if named and parsed.directions:  # "Slow-Mag 143 mg 2 tabs": the dose, or each tablet's?
        return not_read, None
    reading = units_of(amount, written, part, content)
    counts = [float(c[1]) for d in parsed.directions if (c := COUNTED.match(d))]
    if counts:  # "Slow-Mag 2 tablets (143 mg)": read when the mg is the count's, or one unit's
        kept = parsed._replace(unread=tuple(u for u in parsed.unread if u != written))
        agree = reading is not None and all(c == reading[0] for c in counts)
        one = one_unit(amount, part, content)
        return (resolved._replace(parsed=kept), None) if agree or one else (not_read, None)
    if reading is None:
        return (not_read if named else resolved), None
    units, note = reading
    text = parsed.text
    at = [m for m in re.finditer(MASS, text, re.IGNORECASE) if mg_of(m[0]) == amount]
    if not at:
        return (not_read if named else resolved), None
    last = at[-1]
    said = say_count(units, content.unit.split()[-1])  # "2 tablets" (the parser's word)
    again = parse(text[: last.start()] + said + text[last.end() :])
    if again.unread:
        return (not_read if named else resolved), None
    return resolved._replace(parsed=again), note


def _in_volume(
    resolved: Resolved, parsed: Parsed, content: MagnesiumContent
) -> tuple[Resolved, str | None]:
    """``resolved`` with an mg written beside a liquid read as the mL it is
    (:mod:`magadvise.advice.mg_liquid`); marked not read when a volume is written as well
    (``milk of magnesia 1200 mg 30 mL``: the dose, or what the volume holds?)."""
    from magadvise.advice.mg_liquid import liquid_ml
    from magadvise.names.parse import parse

    found = _written(resolved, parsed)
    reading = liquid_ml(found[1], found[0], content) if found is not None else None
    if found is None or reading is None:
        return resolved, None
    written, amount, _ = found
    ml, note = reading
    not_read = resolved._replace(parsed=parsed._replace(unread=(*parsed.unread, written)))
    at = [m for m in re.finditer(MASS, parsed.text, re.IGNORECASE) if mg_of(m[0]) == amount]
    if any(kind == "volume" for kind, _ in parsed.trail) or not at:
        return not_read, None
    text = parsed.text
    again = parse(text[: at[-1].start()] + f"{number(ml)} mL" + text[at[-1].end() :])
    if again.unread:
        return not_read, None
    return resolved._replace(parsed=again), note


def one_unit(amount: float, part: Medication, content: MagnesiumContent) -> bool:
    """True when ``amount`` mg is one of the figures of one unit (see the module)."""
    return any(_units(amount, f.mg, halves=False) == 1 for f in _figures(part, content))


def units_of(
    amount: float,
    written: str,
    part: Medication,
    content: MagnesiumContent,
    named: float | None = None,
) -> tuple[float, str] | None:
    """How many units of ``part`` a dose of ``amount`` mg (``written``) is, and the note
    saying so, by the figures of one unit (see the module; ``named``: the strength the
    record's or line's own name gives, read as a figure too); None when no figure divides it."""
    figures = _figures(part, content)
    if named and all(abs(named - f.mg) > _SLACK_MG for f in figures):
        figures.insert(0, _Figure(named, f"{number(named)} mg", halves=True))
    counts = ((_units(amount, f.mg, f.halves), f) for f in figures)
    readings = [(u, f) for u, f in counts if 0 < u <= MOST_A_DOSE]
    if not readings:
        return None
    most = content.max_units_per_day
    likely = [r for r in readings if most is None or r[0] <= most] or readings
    units, figure = max(likely, key=lambda r: r[0])
    note = NOTE.format(mg=written, units=say_count(units, content.unit), figure=figure.said)
    lower = [(u, f) for u, f in likely if u < units]
    if lower:
        u, f = lower[0]
        note += f", the higher of its readings ({say_count(u, content.unit)} of {f.said})"
    return units, note


def _written(resolved: Resolved, parsed: Parsed) -> tuple[str, float, bool] | None:
    """The one mg amount written beside the product: its text, its mg, and whether the parser
    kept it as the name's strength (``Slow-Mag 143 mg``) rather than leaving it over
    (``Mag-Ox 400 800 mg``); None when there is not exactly one."""
    if parsed.unread:
        amounts = [mg_of(u) for u in parsed.unread]
        if len(amounts) != 1 or amounts[0] is None:
            return None
        return parsed.unread[0], amounts[0], False
    typed = resolved.input.casefold()
    strengths = [
        p.strength
        for p in parsed.parts
        if p.strength is not None and p.strength.mg() is not None and p.text.casefold() in typed
    ]
    if len(strengths) != 1:
        return None
    amount = strengths[0].mg()
    return (str(strengths[0]), amount, True) if amount else None


def _figures(part: Medication, content: MagnesiumContent) -> list[_Figure]:
    """The mg figures of one unit a written mg is read against (see the module)."""
    figures = []
    each = _strength(part)
    if each:
        figures.append(_Figure(each, f"{number(each)} mg", halves=True))
    elemental = f"{number(content.elemental_mg)} mg elemental magnesium"
    figures.append(_Figure(content.elemental_mg, elemental, halves=True))
    label = [_Figure(mg, f"{number(mg)} mg (on its label)", False) for mg in content.label_mg]
    return [*figures, *label]


def say_count(units: float, unit: str) -> str:
    """``2 tablets``, ``1 chewable tablet``, ``0.5 tablets``."""
    return f"{units:g} {unit}" + ("" if units == 1 else "s")


def _strength(part: Medication) -> float | None:
    """mg in one unit as the product's rules name writes it (one strength in mg), or None."""
    from magadvise.names.parse import parse

    amounts = {
        amount
        for text in (part.name, *part.aliases)
        for p in parse(text).parts
        if p.strength is not None and (amount := p.strength.mg()) is not None
    }
    return amounts.pop() if len(amounts) == 1 else None


def mg_of(text: str) -> float | None:
    """``800mg`` -> 800.0, as the name parser reads a strength."""
    from magadvise.names.lex import lex, strength

    tokens = lex(text)
    return strength(tokens, 0)[0].mg() if tokens else None


def _units(amount: float, each: float, halves: bool) -> float:
    """How many units of ``each`` mg ``amount`` is when it is a whole number of them (or of
    halves, when ``halves``) to within 0.6 mg (a figure written rounded to the mg: ``Mag-Ox 400
    483 mg``); else 0. A tolerance in mg, not in units: a large amount is nearly a whole
    number of a small figure far more often than it means one (535 mg is not 7.5 tablets of
    71.5 mg)."""
    step = 2 if halves else 1
    count = round(amount / each * step)
    return count / step if count > 0 and abs(amount - count * each / step) <= _SLACK_MG else 0.0
