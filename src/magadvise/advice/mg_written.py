"""A dose written in mg beside a magnesium product of known strength, counted in its units.

``Mag-Ox 400 800 mg daily``: the product is a 400 mg magnesium oxide tablet, and 800 mg a dose
is two of them. The mg written is read against the strength its rules name gives (``magnesium
oxide 400 mg tablet``): a whole number of units (or of halves) is read as that many units
(``2 tablets``), and the line is counted as if written so. The same mg is also read as the
product's elemental magnesium (241.3 mg a tablet), and when that gives more units a dose, the
higher count is kept (never the lower reading). An amount that is not a whole number of units
(``Mag-Ox 400 500 mg``), a product whose name gives no single strength in mg, or more than one
mg amount written, is left not read: the amount is not known and no dose is added to it
(:mod:`magadvise.advice.unread`).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved
    from magadvise.rules.model_medicines import Medication

_MASS = r"(\d+(?:\.\d+)?)\s*(mg|mgs|milligrams?|g|gm|grams?)\b"
_SOLID = ("tablet", "capsule", "caplet", "softgel")
NOTE = "{mg} written a dose: {units} of {strength} mg counted"


def in_units(resolved: Resolved, part: Medication) -> tuple[Resolved, str | None]:
    """``resolved`` read with a dose in mg written as its units (see the module), and the note
    saying so; ``resolved`` itself and None when there is none to read."""
    from magadvise.names.parse import parse

    parsed, content = resolved.parsed, part.magnesium
    if parsed is None or content is None or content.unit not in _SOLID:
        return resolved, None
    written = [_mg(u) for u in parsed.unread]
    each = _strength(part)
    if len(parsed.unread) != 1 or len(written) != 1 or written[0] is None or not each:
        return resolved, None
    amount = written[0]
    units = max(_whole(amount / each), _whole(amount / content.elemental_mg))
    if not units:
        return resolved, None
    text = parsed.text
    found = [m for m in re.finditer(_MASS, text, re.IGNORECASE) if _mg(m[0]) == amount]
    if not found:
        return resolved, None
    last = found[-1]
    said = f"{units:g} {content.unit}s"
    again = parse(text[: last.start()] + said + text[last.end() :])
    if again.unread:
        return resolved, None
    note = NOTE.format(mg=parsed.unread[0], units=said, strength=f"{each:g}")
    return resolved._replace(parsed=again), note


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


def _mg(text: str) -> float | None:
    """``800mg`` -> 800.0, as the name parser reads a strength."""
    from magadvise.names.lex import lex, strength

    tokens = lex(text)
    return strength(tokens, 0)[0].mg() if tokens else None


def _whole(units: float) -> float:
    """``units`` when it is a whole number or a half (to 1%), else 0."""
    halves = units * 2
    return units if units > 0 and math.isclose(halves, round(halves), rel_tol=0.01) else 0.0
