"""A magnesium supplement named with its strength (``magnesium oxide 400 MG Oral Tablet``): counted.

The rules' generic ``magnesium supplement`` has no amount, so a name that only says "magnesium
citrate" withholds a dose (its magnesium cannot be counted toward the upper level). When the name
also gives one strength in mg or g, that strength is counted as **elemental** magnesium per unit.
A strength written after a salt's name is read both ways in practice: drug names and RxNorm give
the salt's weight (``magnesium oxide 400 mg``: 241.3 mg magnesium, label-mag-ox-400), supplement
labels often the magnesium in it (``Mag 64``: magnesium chloride 535 mg holding 64 mg
magnesium). The name alone cannot tell which, so the higher reading, all of it magnesium, is
counted (the cautious side for the upper level) and the output says what the other reading
would give. A name with two strengths, or none, stays "amount not known".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.units import mg, number
from magadvise.rules.model import MagnesiumContent

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved
    from magadvise.names.parse import Parsed
    from magadvise.rules.ruleset import Rules

_SOLID = r"\b(?:tablet|caplet|capsule)\b"
_COUNT = r"^\d+(?:\.\d+)? (?:tablet|capsule)s?$"
_GRAMS = {"mg": 1.0, "g": 1000.0}
FROM_NAME = "Read from the name: "  # how a note read from the name starts (otc shows it)
LIMIT_MG = 10_000.0  # a strength above 10 g a unit is not a tablet's: not read (a data error)


def with_strength(rules: Rules, resolved: Resolved) -> Resolved:
    """``resolved`` with its magnesium counted from the strength its name gives, when it names
    the rules' magnesium supplement of unknown amount; else ``resolved`` unchanged."""
    from magadvise.advice.otc import MAGNESIUM_PRODUCT

    medication, parsed = resolved.medication, resolved.parsed
    unknown = MAGNESIUM_PRODUCT in medication.classes and medication.magnesium is None
    if not unknown or parsed is None or medication.ingredients:
        return resolved
    content = strength_content(rules, parsed)
    if content is None:
        return resolved
    amount = f"{mg(content.elemental_mg)} a {content.unit}, read from the name"
    counted = medication._replace(name=f"magnesium supplement ({amount})", magnesium=content)
    return resolved._replace(medication=counted, ingredients=(counted,))


def strength_content(rules: Rules, parsed: Parsed) -> MagnesiumContent | None:
    """Elemental magnesium per unit from the one strength a magnesium name gives (see the
    module's docstring); None when it gives none, several, or one that is not mg or g."""
    strengths = [p for p in parsed.parts if p.strength is not None]
    if len(parsed.parts) != 1 or len(strengths) != 1:
        return None
    part = strengths[0]
    assert part.strength is not None  # filtered above; for the type checker
    scale = _GRAMS.get(part.strength.unit or "")
    if scale is None or len(part.strength.amounts) != 1:
        return None
    amount = float(part.strength.amounts[0]) * scale
    if not 0 < amount <= LIMIT_MG:
        return None
    unit = _unit(parsed)
    salt = _salt(rules, part.text)
    written = f"{number(amount)} mg"
    if salt is None:
        note = f"{FROM_NAME}{written} a {unit}, counted as elemental magnesium."
        return MagnesiumContent(amount, unit, (), None, note)
    name, percent, sources = salt
    note = (
        f"{FROM_NAME}{written} a {unit} counted as elemental magnesium: the name does not say "
        f"whether {written} is the weight of {name.lower()} ({mg(amount * percent / 100)} of "
        f"magnesium at {number(percent)}%) or of the magnesium in it; the higher is counted."
    )
    return MagnesiumContent(amount, unit, sources, None, note)


def _unit(parsed: Parsed) -> str:
    """What one strength is in: the dose form written, else a tablet or capsule when a count of
    them is written (``200 mg 2 caps``), else one dose."""
    if parsed.dose_form and re.search(_SOLID, parsed.dose_form):
        return parsed.dose_form
    if any(re.match(_COUNT, d) for d in parsed.directions):
        return "tablet or capsule"
    return "dose"


def _salt(rules: Rules, text: str) -> tuple[str, float, tuple[str, ...]] | None:
    """The form a name's salt is (``magnesium citrate``): its name, elemental % and sources."""
    from magadvise.advice.lookup import PREFIX
    from magadvise.rules.names import normalize

    key = normalize(text)
    found = rules.formulations.find(key) or rules.formulations.find(key.removeprefix(PREFIX))
    if found is None:
        return None
    return found.name, found.elemental_percent, found.sources
